import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { replay } from '../flows/replay';
import { nodeHref } from '../session/codec';
import { sessionStore } from '../session/store';
import { endCurrentCall, takeBackCall } from './answering';
import type { Call } from './calls';

/** « Nouvel appel »: the call in progress ends; the next one starts with its first answer, on the entry question. */
export function useNewCall() {
  const navigate = useNavigate();
  return useCallback((): Call | null => {
    const ended = endCurrentCall();
    sessionStore.clear();
    void navigate('/');
    return ended;
  }, [navigate]);
}

/** « Reprendre cet appel »: the call is taken back (the one in progress ends), on the step its answers reach. */
export function useResumeCall() {
  const navigate = useNavigate();
  return useCallback(
    (call: Call) => {
      const answers = takeBackCall(call);
      const back = replay(answers);
      const values = back.path.map((a) => a.value);
      if (values.length > 0)
        sessionStore.write({ answers: values, node: back.current, savedAt: new Date().toISOString() });
      else sessionStore.clear();
      void navigate(nodeHref(back.current, values));
    },
    [navigate],
  );
}
