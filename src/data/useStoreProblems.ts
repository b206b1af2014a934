import { useSyncExternalStore } from 'react';
import { stores, type ReadProblem, type WriteProblem } from '../lib/storage';

export interface StoreProblem {
  readonly name: string;
  readonly read: ReadProblem | null;
  readonly write: WriteProblem | null;
}

const subscribeAll = (listener: () => void) => {
  const offs = stores.map((s) => s.subscribe(listener));
  return () => offs.forEach((off) => off());
};

const key = () =>
  stores
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
