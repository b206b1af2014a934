/**
 * A small validated value kept in local storage (a preference, the references, drafts), as `{ v, data }`; a
 * record is an event log instead (../records/log.ts). Both are kept the same way (./storage.ts): a value that
 * would not read back is refused, and nothing stored is touched; one the storage refuses stays on screen and
 * is written with the next write that works; a stored value that does not read (damaged) is never used nor
 * dropped, but set aside under `<key>.rejected`, and the snapshot says so; one of a newer version (a newer
 * build, in another tab) is left as it is, and no write replaces it until the page is reloaded.
 */
import * as z from 'zod/mini';
import type { Result } from './result';
import { createKept, readRaw, storageKey, writeRaw, type Kept, type KeptSnapshot, type WriteProblem } from './storage';

export type StoreSnapshot<T> = KeptSnapshot<T>;
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

export interface Store<T> extends Kept<T> {
  readonly version: number;
  /** The name it had before (a backup file of then holds it under that name). */
  readonly formerName?: string;
  readonly schema: z.ZodMiniType<T>;
  readonly empty: T;
  readonly inBackup: boolean;
  write(value: T): WriteResult;
  /** A value as stored (`{ v, data }`, a backup file's too), checked; null if it does not fit this version. */
  parse(stored: unknown): T | null;
}

const json = (raw: string | null | undefined): { v?: unknown } | undefined => {
  try {
    return raw ? (JSON.parse(raw) as { v?: unknown }) : undefined;
  } catch {
    return undefined;
  }
};

export function createStore<T>({ name, version, schema, empty, formerName, inBackup = true }: StoreOptions<T>) {
  const former = formerName && readRaw(storageKey(formerName));
  if (former && readRaw(storageKey(name)) === null && writeRaw(storageKey(name), former) === null)
    writeRaw(storageKey(formerName), null);

  const parse = (stored: unknown): T | null => {
    const { v, data } = (stored ?? {}) as { v?: unknown; data?: unknown };
    const parsed = v === version ? schema.safeParse(data) : null;
    return parsed?.success ? parsed.data : null;
  };
  const kept = createKept<T>({
    name,
    empty,
    read([raw]) {
      const stored = json(raw);
      const value = raw == null ? null : parse(stored);
      if (raw == null || value !== null)
        return { value: value ?? empty, aside: [], rejected: 0, problem: raw === undefined ? 'unavailable' : null };
      const newer = typeof stored?.v === 'number' && stored.v > version;
      return { value: empty, aside: [raw], rejected: 0, problem: newer ? 'version' : 'corrupt' };
    },
    text(value) {
      try {
        const text = JSON.stringify({ v: version, data: value });
        return parse(JSON.parse(text)) === null ? null : text;
      } catch {
        return null; // a value JSON cannot hold (a cycle, a BigInt)
      }
    },
  });
  // The same object as the one listed as kept (the backup file reads its version and schema there).
  const write = (value: T) => kept.update(() => value);
  return Object.assign(kept, { version, formerName, schema, empty, inBackup, parse, write }) satisfies Store<T>;
}
