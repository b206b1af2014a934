/**
 * Persistent storage (navigator.storage.persist()): asked for once the first record that may be evidence
 * is written (an incident, an LRN), so that the browser does not clear it under storage pressure. Its
 * state is an external store for the screens.
 */
export type PersistState = 'unknown' | 'granted' | 'denied' | 'unsupported';

let state: PersistState = 'unknown';
const listeners = new Set<() => void>();
const set = (next: PersistState) => {
  if (state === next) return;
  state = next;
  for (const l of listeners) l();
};

const api = () => (typeof navigator !== 'undefined' ? navigator.storage : undefined);

export const persistState = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: () => state,
  getServerSnapshot: (): PersistState => 'unknown',
};

/** Reads whether the storage is already persistent (no prompt). */
export async function checkPersistence(): Promise<PersistState> {
  const storage = api();
  if (!storage?.persisted) {
    set('unsupported');
    return state;
  }
  try {
    if (await storage.persisted()) set('granted');
  } catch {
    set('unsupported');
  }
  return state;
}

/** Asks the browser for persistent storage; some browsers ask the user, others decide alone. */
export async function requestPersistence(): Promise<PersistState> {
  const storage = api();
  if (!storage?.persist) {
    set('unsupported');
    return state;
  }
  try {
    set((await storage.persist()) ? 'granted' : 'denied');
  } catch {
    set('denied');
  }
  return state;
}

let asked = false;
/** For the storage layer's evidence hook: asks once per session, never again once granted. */
export function askOnceForPersistence() {
  if (asked || state === 'granted' || state === 'unsupported') return;
  asked = true;
  void requestPersistence();
}
