import { useCallback, useEffect, useState } from 'react';
import type { Store, StoreProblem } from './storage';

/**
 * State kept in a Store. Every change is applied to the latest stored value (read again just before
 * writing), and changes made in another tab are picked up, so that two tabs do not overwrite each other.
 */
export function useStore<T>(store: Store<T>, initial: T) {
  const [state, setState] = useState<{ value: T; problem: StoreProblem | null; saved: boolean }>(() => {
    const read = store.read();
    return { value: read.value ?? initial, problem: store.takeProblem() ?? read.problem, saved: true };
  });

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== store.key) return;
      const read = store.read();
      setState((s) => ({ ...s, value: read.value ?? initial }));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store, initial]);

  const update = useCallback(
    (change: (current: T) => T): T => {
      const next = change(store.read().value ?? initial);
      const saved = store.write(next);
      setState((s) => ({ ...s, value: next, saved }));
      return next;
    },
    [store, initial],
  );

  const reset = useCallback(() => {
    store.clear();
    setState((s) => ({ ...s, value: initial, saved: true }));
  }, [store, initial]);

  return { value: state.value, problem: state.problem, saved: state.saved, update, reset };
}
