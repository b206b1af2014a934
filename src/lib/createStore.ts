/**
 * Versioned, validated local storage, read through React's useSyncExternalStore.
 *
 * - Writes are checked against the same schema as reads (after a JSON round trip): a value that would not
 *   read back is refused and nothing stored is touched.
 * - Reads are validated too. A value that does not fit (corrupt, or written by a newer version) is never
 *   used nor dropped: a copy is kept under `<key>.rejected` (every distinct raw value, so nothing is lost),
 *   it stays in place until the next write, and the snapshot says what happened.
 * - Only small values are kept so (preferences, drafts): a record is an event log (../records/log.ts).
 * - Every failure is a code (`ReadProblem`, `WriteProblem`); the screens word it.
 */
import * as z from 'zod/mini';
import { ok, refuse, type Result } from './result';

/** Every key of the app in local storage starts with this. */
export const STORAGE_PREFIX = 'secours-douane';

/** The local-storage key of the store named `name`. */
export const storageKey = (name: string) => `${STORAGE_PREFIX}.${name}`;

/** Why a stored value could not be used: unreadable, from a newer version, or no storage at all. */
export type ReadProblem = 'corrupt' | 'version' | 'unavailable';
/** Why a write was refused: the value breaks the schema, the storage is full, or it is blocked. */
export type WriteProblem = 'invalid' | 'full' | 'unavailable';

export interface StoreSnapshot<T> {
  /** The stored value, or the store's empty value when there is none (or it could not be used). */
  readonly value: T;
  /** A value is stored and was read (possibly after a migration). */
  readonly stored: boolean;
  readonly problem: ReadProblem | null;
  /** The last write's failure, until a write succeeds. */
  readonly writeProblem: WriteProblem | null;
}

export type WriteResult = Result<void, WriteProblem>;

/** A rule applied to a store could not be kept: the storage refused it. */
export interface StorageFailure {
  readonly storage: WriteProblem;
}
export const isStorageFailure = (problem: unknown): problem is StorageFailure =>
  typeof problem === 'object' && problem !== null && 'storage' in problem;

export interface StoreOptions<T> {
  /** The key is `secours-douane.<name>`. */
  readonly name: string;
  readonly version: number;
  readonly schema: z.ZodMiniType<T>;
  readonly empty: T;
  /** Names the store had before (its data is moved to the new key the first time the store is read). */
  readonly formerNames?: readonly string[];
  /** Part of the backup file (« Mes données »); not for drafts. */
  readonly inBackup?: boolean;
}

export interface Store<T> {
  readonly key: string;
  readonly name: string;
  readonly version: number;
  readonly schema: z.ZodMiniType<T>;
  readonly empty: T;
  /** Names the store had before, under which an older backup file holds its data. */
  readonly formerNames: readonly string[];
  readonly inBackup: boolean;
  getSnapshot(): StoreSnapshot<T>;
  /** The snapshot used when rendering on the server (prerendering) and while hydrating: empty. */
  getServerSnapshot(): StoreSnapshot<T>;
  subscribe(listener: () => void): () => void;
  /** Checks `value` against the schema, then stores it. */
  write(value: T): WriteResult;
  /** Applies `change` to the latest stored value (read again just before), then writes. */
  update(change: (current: T) => T): WriteResult;
  /** Removes the value (a clear is never refused by the schema). */
  clear(): WriteResult;
  /** Parses data of any known version of this store (a backup file's), migrating it; null if it does not fit. */
  parse(version: number, data: unknown): T | null;
}

const envelope = z.object({ v: z.number(), data: z.unknown() });

export function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** Whether anything is kept under a store's name (its value is not read): for a page that loads it only then. */
export function hasStoredValue(name: string): boolean {
  try {
    return storage()?.getItem(storageKey(name)) != null;
  } catch {
    return false;
  }
}

/** Every store created, for the backup file and the storage status. */
export const stores: Store<unknown>[] = [];

const anyListeners = new Set<() => void>();
/**
 * Hears every change of every store, including stores created later (a page's stores come with its code):
 * for the storage status shown on every page.
 */
export function subscribeToAllStores(listener: () => void): () => void {
  anyListeners.add(listener);
  return () => anyListeners.delete(listener);
}
const notifyAll = () => {
  for (const listener of anyListeners) listener();
};

/** Keeps `raw` in the JSON list stored under `copyKey`, once. */
export function keepCopy(s: Storage, copyKey: string, raw: string) {
  try {
    let kept: unknown = [];
    const existing = s.getItem(copyKey);
    if (existing !== null) {
      try {
        kept = JSON.parse(existing);
      } catch {
        kept = [existing];
      }
      if (!Array.isArray(kept)) kept = [existing];
    }
    const list = kept as unknown[];
    if (!list.includes(raw)) s.setItem(copyKey, JSON.stringify([...list, raw]));
  } catch {
    /* storage full or blocked: the raw value stays where it is, untouched */
  }
}

/**
 * A store renamed: what was kept under its former keys (the value, and its set-aside and pre-migration
 * copies) moves to the new key, once, unless the new key already holds something.
 */
function moveFormerKeys(key: string, former: readonly string[]) {
  const s = storage();
  if (!s) return;
  try {
    const keys = Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => k !== null);
    for (const old of former.filter((f) => f !== key)) {
      for (const k of keys) {
        if (k !== old && !k.startsWith(`${old}.`)) continue;
        const moved = key + k.slice(old.length);
        const raw = s.getItem(k);
        if (raw !== null && s.getItem(moved) === null) s.setItem(moved, raw);
        if (s.getItem(moved) === raw) s.removeItem(k);
      }
    }
  } catch {
    /* storage blocked or full: the former keys stay where they are, untouched */
  }
}

export function createStore<T>(options: StoreOptions<T>): Store<T> {
  const { name, version, schema, empty, formerNames = [], inBackup = true } = options;
  const key = storageKey(name);
  moveFormerKeys(key, formerNames.map(storageKey));
  const listeners = new Set<() => void>();
  let writeProblem: WriteProblem | null = null;
  /** A value that could not be stored (storage full or blocked): kept in memory so that the screen still
   * shows it, exported by the backup, and written as soon as a write succeeds. */
  let unsaved: string | null = null;
  let cache: { raw: string | null | undefined; writeProblem: WriteProblem | null; snapshot: StoreSnapshot<T> } | null =
    null;
  const serverSnapshot: StoreSnapshot<T> = { value: empty, stored: false, problem: null, writeProblem: null };

  const notify = () => {
    for (const listener of listeners) listener();
    notifyAll();
  };

  /** Data of version `from`, checked; null if it does not fit (a store's values are all of its version). */
  const parse = (from: number, data: unknown): T | null => {
    if (from !== version) return null;
    const parsed = schema.safeParse(data);
    return parsed.success ? parsed.data : null;
  };

  const decode = (s: Storage, raw: string): Pick<StoreSnapshot<T>, 'value' | 'stored' | 'problem'> => {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      json = undefined;
    }
    const outer = envelope.safeParse(json);
    if (outer.success && outer.data.v > version) {
      keepCopy(s, `${key}.rejected`, raw);
      return { value: empty, stored: false, problem: 'version' };
    }
    const value = outer.success ? parse(outer.data.v, outer.data.data) : null;
    if (value === null) {
      keepCopy(s, `${key}.rejected`, raw);
      return { value: empty, stored: false, problem: 'corrupt' };
    }
    return { value, stored: true, problem: null };
  };

  const getSnapshot = (): StoreSnapshot<T> => {
    const s = storage();
    let raw: string | null | undefined;
    try {
      raw = unsaved ?? (s ? s.getItem(key) : undefined);
    } catch {
      raw = undefined;
    }
    if (cache && cache.raw === raw && cache.writeProblem === writeProblem) return cache.snapshot;
    const read: Pick<StoreSnapshot<T>, 'value' | 'stored' | 'problem'> = raw === undefined
      ? { value: empty, stored: false, problem: 'unavailable' }
      : raw === null
        ? { value: empty, stored: false, problem: null }
        : raw === unsaved
          ? {
              value: parse(version, (JSON.parse(raw) as { data: unknown }).data) ?? empty,
              stored: false,
              problem: null,
            }
          : decode(s!, raw);
    // Nothing stored and no problem: the very snapshot the server rendered, so that hydrating a prerendered
    // page does not render it a second time.
    const nothing = raw === null && writeProblem === null;
    cache = { raw, writeProblem, snapshot: nothing ? serverSnapshot : { ...read, writeProblem } };
    return cache.snapshot;
  };

  const write = (value: T): WriteResult => {
    let text: string;
    try {
      text = JSON.stringify({ v: version, data: value });
    } catch {
      writeProblem = 'invalid';
      notify();
      return refuse('invalid');
    }
    const check = schema.safeParse((JSON.parse(text) as { data: unknown }).data);
    if (!check.success) {
      writeProblem = 'invalid';
      notify();
      return refuse('invalid');
    }
    const s = storage();
    try {
      if (!s) throw new Error('no storage');
      s.setItem(key, text);
    } catch (error) {
      const full =
        error instanceof DOMException &&
        (error.name === 'QuotaExceededError' || error.code === 22 || error.code === 1014);
      unsaved = text;
      writeProblem = full ? 'full' : 'unavailable';
      notify();
      return refuse(full ? 'full' : 'unavailable');
    }
    unsaved = null;
    writeProblem = null;
    notify();
    return ok(undefined);
  };

  const onStorageEvent = (event: StorageEvent) => {
    if (event.key === key || event.key === null) notify();
  };

  const store: Store<T> = {
    key,
    name,
    version,
    schema,
    empty,
    formerNames,
    inBackup,
    getSnapshot,
    getServerSnapshot: () => serverSnapshot,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && typeof window !== 'undefined') window.addEventListener('storage', onStorageEvent);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined')
          window.removeEventListener('storage', onStorageEvent);
      };
    },
    write,
    update: (change) => write(change(getSnapshot().value)),
    clear() {
      unsaved = null;
      try {
        storage()?.removeItem(key);
      } catch {
        writeProblem = 'unavailable';
        notify();
        return refuse('unavailable');
      }
      writeProblem = null;
      notify();
      return ok(undefined);
    },
    parse,
  };
  stores.push(store as Store<unknown>);
  notifyAll();
  return store;
}
