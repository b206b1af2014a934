/**
 * A small validated value kept in local storage (a preference, the references, drafts), read through
 * React's useSyncExternalStore; a record is an event log instead (../records/log.ts).
 *
 * - A write is checked against the schema after a JSON round trip: a value that would not read back is
 *   refused, and nothing stored is touched. One the storage refuses stays on screen (in memory), is in the
 *   backup, and is written with the next write that works.
 * - A stored value that does not read (damaged, or of a newer version) is never used nor dropped: it is set
 *   aside under `<key>.rejected`, stays in place until the next write, and the snapshot says so.
 */
import * as z from 'zod/mini';
import { ok, refuse, type Result } from './result';
import {
  keep,
  keepAside,
  listenersOf,
  readRaw,
  storageKey,
  writeRaw,
  type Kept,
  type ReadProblem,
  type WriteProblem,
} from './storage';

export interface StoreSnapshot<T> {
  /** The stored value, or the store's empty value when there is none (or it could not be used). */
  readonly value: T;
  /** A value is stored and was read. */
  readonly stored: boolean;
  readonly problem: ReadProblem | null;
  /** The last write's failure, until a write succeeds. */
  readonly writeProblem: WriteProblem | null;
}

export type WriteResult = Result<void, WriteProblem>;

export interface StoreOptions<T> {
  /** The key is `secours-douane.<name>`. */
  readonly name: string;
  readonly version: number;
  readonly schema: z.ZodMiniType<T>;
  readonly empty: T;
  /** The name it had before: what was kept under it moves to the new name, once. */
  readonly formerName?: string;
  /** Part of the backup file (« Mes données »); not for drafts. */
  readonly inBackup?: boolean;
}

export interface Store<T> extends Kept {
  readonly version: number;
  /** The name it had before (a backup file of then holds it under that name). */
  readonly formerName?: string;
  readonly schema: z.ZodMiniType<T>;
  readonly empty: T;
  readonly inBackup: boolean;
  getSnapshot(): StoreSnapshot<T>;
  /** The snapshot rendered on the server (prerendering) and while hydrating: empty. */
  getServerSnapshot(): StoreSnapshot<T>;
  subscribe(listener: () => void): () => void;
  write(value: T): WriteResult;
  /** Applies `change` to the latest value, then writes. */
  update(change: (current: T) => T): WriteResult;
  clear(): WriteResult;
  /** A value as stored (`{ v, data }`, a backup file's too), checked; null if it does not fit this version. */
  parse(stored: unknown): T | null;
}

export function createStore<T>({ name, version, schema, empty, formerName, inBackup = true }: StoreOptions<T>) {
  const key = storageKey(name);
  const former = formerName && readRaw(storageKey(formerName));
  if (former && readRaw(key) === null && writeRaw(key, former) === null) writeRaw(storageKey(formerName), null);
  const server: StoreSnapshot<T> = { value: empty, stored: false, problem: null, writeProblem: null };
  let writeProblem: WriteProblem | null = null;
  /** The text of a value the storage refused, shown until a write works. */
  let unsaved: string | null = null;
  let cache: { raw: string | null | undefined; writeProblem: WriteProblem | null; snapshot: StoreSnapshot<T> } | null =
    null;
  // Another tab wrote: what it wrote is the value now, over one this tab could not write (its form still
  // shows what was typed, and writes it with the next change).
  const { subscribe, notify } = listenersOf(key, () => {
    unsaved = null;
    notify();
  });

  const parse = (stored: unknown): T | null => {
    const { v, data } = (stored ?? {}) as { v?: unknown; data?: unknown };
    const parsed = v === version ? schema.safeParse(data) : null;
    return parsed?.success ? parsed.data : null;
  };

  const read = (raw: string): Omit<StoreSnapshot<T>, 'writeProblem'> => {
    let json: { v?: unknown } | undefined;
    try {
      json = JSON.parse(raw) as typeof json;
    } catch {
      json = undefined;
    }
    const value = parse(json);
    if (value !== null) return { value, stored: raw !== unsaved, problem: null };
    keepAside(`${key}.rejected`, [raw]);
    const newer = typeof json?.v === 'number' && json.v > version;
    return { value: empty, stored: false, problem: newer ? 'version' : 'corrupt' };
  };

  const getSnapshot = (): StoreSnapshot<T> => {
    const raw = unsaved ?? readRaw(key);
    if (cache && cache.raw === raw && cache.writeProblem === writeProblem) return cache.snapshot;
    // Nothing stored and no problem: the very snapshot the server rendered, so that hydrating renders once.
    const snapshot =
      raw === null && writeProblem === null
        ? server
        : raw == null
          ? { ...server, problem: raw === undefined ? ('unavailable' as const) : null, writeProblem }
          : { ...read(raw), writeProblem };
    cache = { raw, writeProblem, snapshot };
    return snapshot;
  };

  const done = (problem: WriteProblem | null): WriteResult => {
    writeProblem = problem;
    notify();
    return problem ? refuse(problem) : ok(undefined);
  };

  /** Stores `text` (null: removes the value); what is stored and does not read is set aside first. */
  const store = (text: string | null): WriteResult => {
    const before = readRaw(key);
    if (before && read(before).problem && !keepAside(`${key}.rejected`, [before])) return done('full');
    const problem = writeRaw(key, text);
    unsaved = problem ? text : null;
    return done(problem);
  };

  const write = (value: T): WriteResult => {
    let text: string;
    try {
      text = JSON.stringify({ v: version, data: value });
    } catch {
      return done('invalid'); // a value JSON cannot hold (a cycle, a BigInt)
    }
    return parse(JSON.parse(text)) === null ? done('invalid') : store(text);
  };

  return keep<Store<T>>({
    name,
    key,
    version,
    formerName,
    schema,
    empty,
    inBackup,
    getSnapshot,
    getServerSnapshot: () => server,
    subscribe,
    write,
    update: (change) => write(change(getSnapshot().value)),
    clear: () => store(null),
    parse,
  });
}
