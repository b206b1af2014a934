import { useCallback } from 'react';
import type { WriteProblem } from '../lib/createStore';
import { useStore } from '../lib/useStore';
import type { Register } from './register';
import { registerStore } from './store';

type Change = { ok: true; register: Register } | { ok: false };

/**
 * The LRN register, read from the store, and `apply` to change it: the rule runs on the latest stored
 * register (another tab may have added a document), and its result comes back with the write's problem
 * if the storage refused it.
 */
export function useLrnRegister() {
  const snapshot = useStore(registerStore);
  const apply = useCallback(<R extends Change>(rule: (current: Register) => R): R & { storage?: WriteProblem } => {
    let result: R | null = null;
    const written = registerStore.update((current) => {
      result = rule(current);
      return result.ok ? (result as Extract<Change, { ok: true }>).register : current;
    });
    const outcome = result as unknown as R;
    return written.ok || !outcome.ok ? outcome : { ...outcome, storage: written.problem };
  }, []);
  return { ...snapshot, register: snapshot.value, apply };
}
