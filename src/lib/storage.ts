/**
 * Local storage as the app keeps it, for the small values (./createStore.ts) and the records' event logs
 * (../records/log.ts) alike: every key under `secours-douane.`; every failure a code, which the screens word;
 * nothing unreadable dropped (it is set aside under `<key>.rejected`); one list of everything kept, for the
 * storage status of every page and the backup file.
 */

/** Every key of the app in local storage starts with this. */
export const STORAGE_PREFIX = 'secours-douane';

/** The local-storage key of the value or log named `name`. */
export const storageKey = (name: string) => `${STORAGE_PREFIX}.${name}`;

/** Why stored data could not be used: unreadable, from a newer version, or no storage at all. */
export type ReadProblem = 'corrupt' | 'version' | 'unavailable';
/** Why a write was refused: the data breaks its schema, the storage is full, or it is blocked. */
export type WriteProblem = 'invalid' | 'full' | 'unavailable';

/** A rule applied to kept data could not be kept: the storage refused it. */
export interface StorageFailure {
  readonly storage: WriteProblem;
}
export const isStorageFailure = (problem: unknown): problem is StorageFailure =>
  typeof problem === 'object' && problem !== null && 'storage' in problem;

function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** The text stored under `key`: null when there is none, undefined when the storage cannot be read. */
export function readRaw(key: string): string | null | undefined {
  try {
    const s = storage();
    return s ? s.getItem(key) : undefined;
  } catch {
    return undefined;
  }
}

/** Stores `text` under `key` (null removes it); what went wrong, if the storage refused. */
export function writeRaw(key: string, text: string | null): WriteProblem | null {
  try {
    const s = storage();
    if (!s) return 'unavailable';
    if (text === null) s.removeItem(key);
    else s.setItem(key, text);
    return null;
  } catch (error) {
    return error instanceof DOMException &&
      (error.name === 'QuotaExceededError' || error.code === 22 || error.code === 1014)
      ? 'full'
      : 'unavailable';
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

/**
 * Everything set aside in this browser, by the name it was set aside for: `<name>.rejected`, and the copies
 * an earlier build kept before migrating a store (`<name>.v1`…). Whatever its name, nothing is left out.
 */
export function everythingAside(): Record<string, string[]> {
  const aside: Record<string, string[]> = {};
  try {
    const s = storage();
    const keys = s ? Array.from({ length: s.length }, (_, i) => s.key(i) ?? '') : [];
    for (const key of keys) {
      const name = new RegExp(`^${STORAGE_PREFIX}\\.(.+)\\.(rejected|v\\d+)$`).exec(key)?.[1];
      if (name) aside[name] = [...new Set([...(aside[name] ?? []), ...setAside(key)])];
    }
  } catch {
    /* storage blocked: nothing can be read, nothing is there to list */
  }
  return aside;
}

/** A value or a log, as the storage status and the backup file see it. */
export interface Kept {
  readonly name: string;
  readonly key: string;
  getSnapshot(): { readonly problem: ReadProblem | null; readonly writeProblem: WriteProblem | null };
}

/** Everything kept, as its module loads (a page's records come with its code). */
export const kept: Kept[] = [];
const anyChange = new Set<() => void>();

/** Hears every change of anything kept, in this tab (other tabs': the `storage` event). */
export function subscribeToAll(listener: () => void): () => void {
  anyChange.add(listener);
  return () => anyChange.delete(listener);
}

/** Registers what is kept under `key`. */
export function keep<K extends Kept>(item: K): K {
  kept.push(item);
  for (const listener of anyChange) listener();
  return item;
}

/**
 * The listeners of what is kept under `key`: `notify` tells them (and every page's storage status) of a
 * change in this tab; while there is one, another tab's write to `key` calls `onOtherTab`.
 */
export function listenersOf(key: string, onOtherTab: (event: StorageEvent) => void) {
  const listeners = new Set<() => void>();
  const onStorage = (event: StorageEvent) => {
    if (event.key === key || event.key === null) onOtherTab(event);
  };
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      if (listeners.size === 1 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      };
    },
    notify() {
      for (const listener of [...listeners, ...anyChange]) listener();
    },
  };
}
