import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { sessionStore } from './store';

/** « Recommencer »: forgets the diagnosis in progress and goes back to the entry question. */
export function useStartOver() {
  const navigate = useNavigate();
  return useCallback(() => {
    sessionStore.clear();
    navigate('/');
  }, [navigate]);
}
