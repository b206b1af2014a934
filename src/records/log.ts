/**
 * Records as append-only event logs (../shared/docs/records.md): what the user did is appended, never
 * rewritten; what is shown is derived by a pure reducer per record type. Two copies of a log (two tabs, a
 * backup restored, later a team store) merge as the union of their events by id, in time order.
 *
 * A log is kept in local storage under one key, `{ v, events }`. Each event is validated on append and on
 * read; one that does not read is set aside under `<key>.rejected` and counted, never dropped. Another tab's
 * write comes with the `storage` event: when it lacks events this tab holds (two appends at the same
 * moment), this tab writes the union back, so that no tab's event is lost.
 */
import * as z from 'zod/mini';
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
} from '../lib/storage';
import { ok, refuse, type Result } from '../lib/result';
import { evidenceWritten } from './evidence';

export interface RecordEvent {
  readonly id: string;
  readonly at: string;
  readonly type: string;
}

const text = (max: number) => z.string().check(z.maxLength(max));

/** The fields every event has: its id and the time it was recorded (ISO). */
export const EVENT_BASE = { id: z.string().check(z.minLength(1), z.maxLength(64)), at: text(40) };

/** A new id, unique anywhere (the one id format of the records). */
export function newId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  // Outside a secure context randomUUID is missing; getRandomValues is not.
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The order a log reads in: by time, then by id (the same on every copy). */
export function byTime(a: RecordEvent, b: RecordEvent): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The union of two logs by event id, in time order: nothing lost, nothing twice, the same whichever comes
 * first. (Two different events under one id cannot be made by this app; should a damaged copy hold one, the
 * same one of the two is kept whatever the order.)
 */
export function union<E extends RecordEvent>(a: readonly E[], b: readonly E[]): E[] {
  const byId = new Map<string, E>();
  for (const e of [...a, ...b]) {
    const kept = byId.get(e.id);
    if (kept === undefined || (kept !== e && JSON.stringify(e) < JSON.stringify(kept))) byId.set(e.id, e);
  }
  return [...byId.values()].toSorted(byTime);
}

export interface LogSnapshot<E> {
  readonly events: readonly E[];
  /** Events of the stored copy that did not read: set aside, counted here. */
  readonly rejected: number;
  readonly problem: ReadProblem | null;
  readonly writeProblem: WriteProblem | null;
}

export interface Log<E extends RecordEvent> extends Kept {
  getSnapshot(): LogSnapshot<E>;
  getServerSnapshot(): LogSnapshot<E>;
  subscribe(listener: () => void): () => void;
  /** Appends events (checked first: one that does not fit is refused, and nothing is written). */
  append(...events: readonly E[]): Result<void, WriteProblem>;
  /** The events of raw data (a backup file's) that read, and those that do not. */
  parse(raw: readonly unknown[]): { events: E[]; rejected: unknown[] };
  /** Adds the events of another copy (union by id); those that do not read are set aside. The count added. */
  merge(raw: readonly unknown[]): Result<number, WriteProblem>;
  /** The events of the stores an earlier build kept this record in, given their raw values by name. */
  eventsOfOld(raw: (name: string) => string | null | undefined): readonly unknown[];
  /** Whether this tab appended or merged the event (the others came from another tab). */
  isOwn(id: string): boolean;
}

export interface LogOptions<E> {
  /** The key is `secours-douane.<name>`. */
  readonly name: string;
  readonly event: z.ZodMiniType<E>;
  /** Events made from data an earlier build kept otherwise, read once; their ids must not change between reads. */
  readonly migrate?: {
    /** The names of the stores an earlier build kept this record in. */
    readonly from: readonly string[];
    /** Their stored values (raw, null when absent) made into events, whose ids do not change between reads. */
    readonly events: (raws: readonly (string | null)[]) => readonly unknown[];
  };
}

const VERSION = 1;
const EMPTY = { events: [], rejected: 0, problem: null, writeProblem: null } as const;
const tabMemories = new Set<() => void>();

/** What every log of this tab remembers (its own events, those unsaved), forgotten: a page loaded anew (tests). */
export const forgetThisTab = () => tabMemories.forEach((forget) => forget());

export function createLog<E extends RecordEvent>({ name, event, migrate }: LogOptions<E>): Log<E> {
  const key = storageKey(name);
  const aside = `${key}.rejected`;
  let cache: { raw: string | null | undefined; snapshot: LogSnapshot<E> } | null = null;
  let writeProblem: WriteProblem | null = null;
  /** Events appended while the storage refused them: shown, and written with the next write that works. */
  let unsaved: E[] = [];
  /** Every event this tab appended or merged: another tab's write that lacks one is answered with it. */
  const own = new Map<string, E>();
  tabMemories.add(() => {
    own.clear();
    unsaved = [];
    writeProblem = null;
    cache = null;
    migratedFrom = null;
  });

  const parse = (raw: readonly unknown[]) => {
    const events: E[] = [];
    const rejected: unknown[] = [];
    for (const item of raw) {
      const parsed = event.safeParse(item);
      if (parsed.success) events.push(parsed.data);
      else rejected.push(item);
    }
    return { events, rejected };
  };
  /** Sets aside what does not read, as it was (a string) or as JSON. */
  const setAside = (bad: readonly unknown[]) =>
    keepAside(
      aside,
      bad.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))),
    );

  const decode = (raw: string): Omit<LogSnapshot<E>, 'writeProblem'> => {
    let json: { v?: unknown; events?: unknown } | null;
    try {
      json = JSON.parse(raw) as typeof json;
    } catch {
      json = null;
    }
    if (typeof json?.v !== 'number' || !Array.isArray(json.events) || json.v > VERSION) {
      setAside([raw]);
      return { ...EMPTY, problem: typeof json?.v === 'number' && json.v > VERSION ? 'version' : 'corrupt' };
    }
    const { events, rejected } = parse(json.events);
    setAside(rejected);
    return { events: events.toSorted(byTime), rejected: rejected.length, problem: null };
  };
  /** What is stored now, read again (another tab may have written). */
  const stored = (): readonly E[] => {
    const raw = readRaw(key);
    return raw ? decode(raw).events : [];
  };

  const eventsOfOld = (raw: (name: string) => string | null | undefined) =>
    migrate ? migrate.events(migrate.from.map((n) => raw(n) ?? null)) : [];
  let migratedFrom: string | null = null;
  /** Data an earlier build kept, read into the log whenever it changes: nothing already here is written twice. */
  const readOld = () => {
    const raws = JSON.stringify(migrate!.from.map((n) => readRaw(storageKey(n)) ?? null));
    if (raws === migratedFrom) return;
    migratedFrom = raws;
    const { events, rejected } = parse(eventsOfOld((n) => readRaw(storageKey(n))));
    // What an earlier build kept and this one cannot read is set aside with the log's own, never dropped.
    setAside(rejected);
    const have = new Set(stored().map((e) => e.id));
    const fresh = events.filter((e) => !have.has(e.id));
    if (fresh.length > 0) write(fresh);
  };

  const getSnapshot = (): LogSnapshot<E> => {
    if (migrate) readOld();
    const raw = readRaw(key);
    if (cache && cache.raw === raw && cache.snapshot.writeProblem === writeProblem) return cache.snapshot;
    const read = raw === undefined ? { ...EMPTY, problem: 'unavailable' as const } : raw === null ? EMPTY : decode(raw);
    const events = unsaved.length ? union(read.events, unsaved) : read.events;
    const snapshot =
      raw === null && writeProblem === null && !unsaved.length ? EMPTY : { ...read, events, writeProblem };
    cache = { raw, snapshot };
    return snapshot;
  };

  const onOtherTab = (e: StorageEvent) => {
    cache = null;
    const now = getSnapshot();
    const ids = new Set(now.events.map((x) => x.id));
    // Another tab wrote over events of this one (both appended at once, each from what it had read): they
    // are written back, as the union. This tab's own events are kept for that, whatever it read since. Never
    // over a value this build cannot read (a newer build's): that tab's data is not this tab's to replace.
    const missing = [...own.values()].filter((x) => !ids.has(x.id));
    if (e.key === key && e.newValue !== null && now.problem === null && missing.length > 0) write(missing);
    else notify();
  };
  const { subscribe, notify } = listenersOf(key, onOtherTab);

  /** Writes the union of what is stored and `events`. */
  function write(events: readonly E[]): Result<void, WriteProblem> {
    for (const e of events) own.set(e.id, e);
    // What is stored now, read once: another tab may have written; what does not read is never written over
    // before it is set aside.
    const before = readRaw(key);
    const read = before ? decode(before) : null;
    const all = union(read?.events ?? [], [...unsaved, ...events]);
    writeProblem =
      before && read?.problem && !keepAside(aside, [before])
        ? 'full'
        : writeRaw(key, JSON.stringify({ v: VERSION, events: all }));
    unsaved = writeProblem ? union(unsaved, events) : [];
    // What is shown has changed even when what is stored has not: read again.
    cache = null;
    notify();
    if (writeProblem) return refuse(writeProblem);
    evidenceWritten();
    return ok(undefined);
  }

  return keep<Log<E>>({
    name,
    key,
    getSnapshot,
    getServerSnapshot: () => EMPTY,
    subscribe,
    append(...events) {
      return parse(events).rejected.length > 0 ? refuse('invalid') : write(events);
    },
    parse,
    merge(raw) {
      const { events, rejected } = parse(raw);
      setAside(rejected);
      const before = new Set(getSnapshot().events.map((e) => e.id));
      const added = events.filter((e) => !before.has(e.id));
      if (added.length === 0) return ok(0);
      const written = write(added);
      return written.ok ? ok(added.length) : written;
    },
    eventsOfOld,
    isOwn: (id) => own.has(id),
  });
}
