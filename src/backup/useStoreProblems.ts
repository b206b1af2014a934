import { useSyncExternalStore } from 'react';
import { kept, subscribeToAll, type ReadProblem, type WriteProblem } from '../lib/storage';

export interface StoreProblem {
  readonly name: string;
  readonly read: ReadProblem | null;
  readonly write: WriteProblem | null;
}

/** Every store, and other tabs' changes to any of them. */
const subscribeAll = (listener: () => void) => {
  const off = subscribeToAll(listener);
  const onStorage = () => listener();
  window.addEventListener('storage', onStorage);
  return () => {
    off();
    window.removeEventListener('storage', onStorage);
  };
};

const key = () =>
  kept
    .map((s) => {
      const snap = s.getSnapshot();
      return snap.problem || snap.writeProblem ? `${s.name}:${snap.problem ?? ''}:${snap.writeProblem ?? ''}` : '';
    })
    .filter(Boolean)
    .join('|');

/** The problems of every store, as they change (in this tab and in others). */
export function useStoreProblems(): StoreProblem[] {
  const current = useSyncExternalStore(subscribeAll, key, () => '');
  if (current === '') return [];
  return current.split('|').map((entry) => {
    const [name = '', read = '', write = ''] = entry.split(':');
    return { name, read: (read || null) as ReadProblem | null, write: (write || null) as WriteProblem | null };
  });
}
