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

/**
 * Asks the storage manager one of its two questions: the state its answer gives, or `failed` when it
 * throws; `unsupported` without the question.
 */
async function ask(
  question: 'persisted' | 'persist',
  answer: (yes: boolean) => PersistState | null,
  failed: PersistState,
): Promise<PersistState> {
  const storage = api();
  if (!storage?.[question]) {
    set('unsupported');
    return state;
  }
  try {
    const next = answer(await storage[question]());
    if (next) set(next);
  } catch {
    set(failed);
  }
  return state;
}

/** Reads whether the storage is already persistent (no prompt). */
export const checkPersistence = () => ask('persisted', (yes) => (yes ? 'granted' : null), 'unsupported');

/** Asks the browser for persistent storage; some browsers ask the user, others decide alone. */
export const requestPersistence = () => ask('persist', (yes) => (yes ? 'granted' : 'denied'), 'denied');

let asked = false;
/** For the storage layer's evidence hook: asks once per session, never again once granted. */
export function askOnceForPersistence() {
  if (asked || state === 'granted' || state === 'unsupported') return;
  asked = true;
  void requestPersistence();
}
