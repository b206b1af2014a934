/**
 * Local storage as the app keeps it, for the small values (./createStore.ts) and the records' event logs
 * (../records/log.ts) alike (`createKept`): every key under `secours-douane.`; every failure a code, which the
 * screens word; nothing unreadable dropped (it is set aside under `<key>.rejected`); one list of everything
 * kept, for the storage status of every page and the backup file.
 */
import { ok, refuse, type Result } from './result';

/** Every key of the app in local storage starts with this. */
export const STORAGE_PREFIX = 'secours-douane';

/** The local-storage key of the value or log named `name`. */
export const storageKey = (name: string) => `${STORAGE_PREFIX}.${name}`;

/** Why stored data could not be used: unreadable, from a newer version, or no storage at all. */
export type ReadProblem = 'corrupt' | 'version' | 'unavailable';
/**
 * Why a write was refused: the data breaks its schema, the storage is full, or it is blocked; or what is
 * stored comes from a newer build (another tab already updated), which this build neither reads nor replaces.
 */
export type WriteProblem = 'invalid' | 'full' | 'unavailable' | 'newer';

/** A rule applied to kept data could not be kept: the storage refused it. */
export interface StorageFailure {
  readonly storage: WriteProblem;
}
export const isStorageFailure = (problem: unknown): problem is StorageFailure =>
  typeof problem === 'object' && problem !== null && 'storage' in problem;

/** The text stored under `key`: null when there is none, undefined when the storage cannot be read. */
export function readRaw(key: string): string | null | undefined {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return undefined; // blocked, or no window at all (the prerender)
  }
}

/** Stores `text` under `key` (null removes it); what went wrong, if the storage refused. */
export function writeRaw(key: string, text: string | null): WriteProblem | null {
  try {
    if (text === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, text);
    return null;
  } catch (e) {
    const full = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22 || e.code === 1014);
    return full ? 'full' : 'unavailable';
  }
}

/** Whether anything is kept under a name (not read): for a page that loads its code only then. */
export const hasStoredValue = (name: string) => readRaw(storageKey(name)) != null;

/** A value as it is set aside: a text as it was, anything else as JSON. */
export const asRaw = (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x));

/** The raw values set aside under `key` (a JSON list of them), oldest first. */
export function setAside(key: string): string[] {
  const raw = readRaw(key);
  if (raw == null) return [];
  try {
    const list: unknown = JSON.parse(raw);
    if (Array.isArray(list)) return list.map(asRaw);
  } catch {
    /* a value that is not a list is itself kept */
  }
  return [raw];
}

/** Sets raw values aside under `key`, each once. False if the storage refused (they stay where they were). */
export function keepAside(key: string, raws: readonly string[]): boolean {
  const list = setAside(key);
  const fresh = [...new Set(raws)].filter((raw) => !list.includes(raw));
  return fresh.length === 0 || writeRaw(key, JSON.stringify([...list, ...fresh])) === null;
}

/** What is kept under a name, as it reads: a value, or what it lacks and why. */
export interface KeptSnapshot<T> {
  /** What reads (a log: its events that read), or the empty value. */
  readonly value: T;
  /** A value is stored and was read (not only on screen, unsaved). */
  readonly stored: boolean;
  /** Parts of what is stored that did not read (a log's events): set aside, counted here. */
  readonly rejected: number;
  readonly problem: ReadProblem | null;
  /** The last write's failure, until a write succeeds. */
  readonly writeProblem: WriteProblem | null;
}

/** Stored texts, read: what reads, the texts to set aside, and why nothing could be used. */
export interface Reading<T> {
  readonly value: T;
  readonly aside: readonly string[];
  readonly rejected: number;
  readonly problem: ReadProblem | null;
}

export interface KeptOptions<T> {
  /** The key is `secours-douane.<name>`. */
  readonly name: string;
  readonly empty: T;
  /** Other names read with it: the stores an earlier build kept a record in (read, never written). */
  readonly from?: readonly string[];
  /** Its stored texts, its own first (null: none; undefined: the storage cannot be read), read. */
  read(raws: readonly (string | null | undefined)[]): Reading<T>;
  /** The text to store for a value; null when it would not read back. */
  text(value: T): string | null;
  /**
   * What this tab could not write joins what is stored, even after another tab's write (a log: its events).
   * Otherwise the value this tab could not write is shown, until another tab writes one.
   */
  readonly joins?: boolean;
  /** Another tab wrote under its key (after this tab has read it again). */
  onOtherTab?(event: StorageEvent): void;
  /** After each write that worked (a record's: ask for persistent storage). */
  written?(): void;
}

export interface Kept<T = unknown> {
  readonly name: string;
  readonly key: string;
  getSnapshot(): KeptSnapshot<T>;
  /** The snapshot rendered on the server (prerendering) and while hydrating: empty. */
  getServerSnapshot(): KeptSnapshot<T>;
  subscribe(listener: () => void): () => void;
  /**
   * Writes `change` of what is kept now (read again: another tab may have written), with what this tab could
   * not write. What is stored and does not read is set aside first, never written over.
   */
  update(change: (current: T) => T): Result<void, WriteProblem>;
  /** Removes the value (set aside first if it does not read). */
  clear(): Result<void, WriteProblem>;
  /** Writes again what this tab could not write, if anything: whether nothing is left unsaved. */
  retry(): boolean;
}

type Change<T> = (stored: T) => T;

/**
 * Everything kept, as its module loads (a page's records come with its code): for a log, what keeps it, not
 * the log itself (its snapshot's `value` is the log's events).
 */
export const kept: Kept[] = [];
const anyChange = new Set<() => void>();

/**
 * Writes again everything this tab could not write: once anything else could be written (space was freed),
 * when the page is hidden or left (a reload, a closed tab), and from the storage banner. Whether all is stored.
 * (A retry's own write calls it again: it finds only what is still unsaved, each retried once.)
 */
export function retryUnsaved() {
  const saved = kept.map((k) => k.retry()).every(Boolean);
  if (saved) globalThis.removeEventListener?.('beforeunload', confirmLeaving);
  return saved;
}
if (typeof window !== 'undefined') {
  const retry = () => void retryUnsaved();
  window.addEventListener('pagehide', retry);
  document.addEventListener('visibilitychange', retry);
}

/**
 * Leaving the page while the storage still refuses a change: the browser asks the user to confirm (what is
 * on screen would go). Listened to only meanwhile: a listener keeps the page out of some browsers'
 * back-forward cache.
 */
const confirmLeaving = (event: Event) => {
  if (!retryUnsaved()) event.preventDefault();
};

/** Hears every change of anything kept, in this tab (other tabs': the `storage` event). */
export function subscribeToAll(listener: () => void): () => void {
  anyChange.add(listener);
  return () => anyChange.delete(listener);
}

/** What this tab remembers of each value and log (what it could not write, its own events). */
export const tabMemory = new Set<() => void>();
/** Forgets it: a page loaded anew (tests). */
export const forgetThisTab = () => tabMemory.forEach((forget) => forget());

/** A value or a log kept under `secours-douane.<name>`, read through React's useSyncExternalStore. */
export function createKept<T>(o: KeptOptions<T>): Kept<T> {
  const key = storageKey(o.name);
  const keys = [key, ...(o.from ?? []).map(storageKey)];
  const server: KeptSnapshot<T> = { value: o.empty, stored: false, rejected: 0, problem: null, writeProblem: null };
  let writeProblem: WriteProblem | null = null;
  /**
   * What this tab could not write, as a change of what is stored: shown, and written with the next write
   * that works (a value: itself, as it reads back; a log: this tab's changes, over what is stored).
   */
  let unsaved: Change<T> | null = null;
  /** What was stored when that write failed: a value this tab could not write gives way to one written since. */
  let unsavedOver: string | null | undefined;
  const giveWay = (raw: string | null | undefined) => {
    if (unsaved && !o.joins && raw !== unsavedOver) unsaved = null;
  };
  let cache: {
    raws: string;
    writeProblem: WriteProblem | null;
    unsaved: Change<T> | null;
    snapshot: KeptSnapshot<T>;
  } | null = null;
  tabMemory.add(() => {
    unsaved = writeProblem = cache = null;
  });
  /** What is shown: what is stored, with what this tab could not write. */
  const shown = (value: T) => (unsaved ? unsaved(value) : value);
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners, ...anyChange]) listener();
  };
  /**
   * What is stored, read; what does not read is set aside here, every time (each raw text is kept once). A
   * newer build's data is not unreadable: it is left as it is, for that build (another tab, or this one
   * once reloaded).
   */
  const read = (raws = keys.map(readRaw)) => {
    const reading = o.read(raws);
    const keptAside = reading.problem === 'version' || keepAside(`${key}.rejected`, reading.aside);
    return { ...reading, raws, setAside: keptAside };
  };

  const getSnapshot = (): KeptSnapshot<T> => {
    const raws = keys.map(readRaw);
    giveWay(raws[0]);
    const id = JSON.stringify(raws);
    // The same snapshot while nothing changed (useSyncExternalStore needs it).
    if (cache?.raws === id && cache.writeProblem === writeProblem && cache.unsaved === unsaved) return cache.snapshot;
    const { value, rejected, problem } = read(raws);
    // Nothing stored and no problem: the very snapshot the server rendered, so that hydrating renders once.
    const nothing = raws.every((raw) => raw === null) && !unsaved && writeProblem === null;
    const snapshot = nothing
      ? server
      : {
          value: shown(value),
          stored: !unsaved && raws[0] != null && problem === null,
          rejected,
          problem,
          writeProblem,
        };
    cache = { raws: id, writeProblem, unsaved, snapshot };
    return snapshot;
  };

  /** Writes `text` over `now`, what is stored as just read (what does not read in it set aside first). */
  const store = (text: string | null, change: Change<T> | null, now = read()): Result<void, WriteProblem> => {
    if (now.problem === 'version') {
      // Never over a newer build's data: refused, for the user to reload (what is on screen stays as it was).
      writeProblem = 'newer';
      notify();
      return refuse('newer');
    }
    writeProblem = now.setAside ? writeRaw(key, text) : 'full';
    unsaved = writeProblem ? change : null;
    unsavedOver = now.raws[0];
    if (unsaved) addEventListener('beforeunload', confirmLeaving);
    notify();
    if (writeProblem) return refuse(writeProblem);
    o.written?.();
    retryUnsaved();
    return ok(undefined);
  };

  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && !keys.includes(event.key)) return;
    // What another tab wrote is the value now, over one this tab could not write (giveWay; a log joins both).
    o.onOtherTab?.(event);
    notify();
  };

  const item: Kept<T> = {
    name: o.name,
    key,
    getSnapshot,
    getServerSnapshot: () => server,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(change) {
      const now = read();
      giveWay(now.raws[0]);
      const before = unsaved;
      const text = o.text(change(shown(now.value)));
      if (text === null) {
        writeProblem = 'invalid';
        notify();
        return refuse('invalid');
      }
      const readBack = o.joins ? null : o.read([text]).value;
      return store(text, o.joins ? (stored) => change(before ? before(stored) : stored) : () => readBack as T, now);
    },
    clear: () => store(null, null),
    retry() {
      // Never by itself over what this build cannot read (a newer build's): that is for the user to do.
      if (!unsaved || read().problem === 'version') return !unsaved;
      const before = unsaved;
      const done = item.update((value) => value).ok;
      if (!done && unsaved) unsaved = before; // tried again as it was, not one change deeper
      return done;
    },
  };
  // Heard whether or not a page shows it: a log answers another tab's write that lacks its events.
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  kept.push(item as Kept);
  for (const listener of anyChange) listener();
  return item;
}
