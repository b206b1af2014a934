/**
 * Persistent storage (navigator.storage): asked for once a record that may be evidence is written, so that
 * the browser does not clear it under storage pressure. Its state is an external store for the screens.
 */
export type PersistState = 'unknown' | 'granted' | 'denied' | 'unsupported';

let state: PersistState = 'unknown';
let asked = false;
const listeners = new Set<() => void>();

export const persistState = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: () => state,
  getServerSnapshot: (): PersistState => 'unknown',
};

/** Asks the storage manager `persisted` (no prompt) or `persist` (some browsers ask the user). */
async function ask(question: 'persisted' | 'persist'): Promise<PersistState> {
  const manager = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  let next: PersistState;
  try {
    next = !manager?.[question] ? 'unsupported' : (await manager[question]()) ? 'granted' : 'denied';
  } catch {
    next = question === 'persist' ? 'denied' : 'unsupported';
  }
  // Not yet persistent is not a refusal: the question is asked when a record is written.
  if (question === 'persisted' && next === 'denied') next = state;
  if (next !== state) {
    state = next;
    for (const listener of listeners) listener();
  }
  return state;
}

export const checkPersistence = () => ask('persisted');
export const requestPersistence = () => ask('persist');

/** For the records' evidence hook: asks once per session, never again once granted. */
export function askOnceForPersistence() {
  if (asked || state === 'granted' || state === 'unsupported') return;
  asked = true;
  void requestPersistence();
}
