/**
 * Records as append-only event logs (../shared/docs/records.md): what the user did is appended, never
 * rewritten; what is shown is derived by a pure reducer per record type. Two copies of a log (two tabs, a
 * backup restored, later a team store) merge as the union of their events by id, in time order.
 *
 * A log is kept in local storage under one key, `{ v, events }`. Each event is validated on append and on
 * read; one that does not read is set aside under `<key>.rejected` and counted, never dropped. What a newer
 * build adds (a field, a type of event: another tab, already updated) is kept as it is and written back
 * untouched; a log of a newer version is neither read nor written over. Another tab's
 * write comes with the `storage` event: when it lacks events this tab holds (two appends at the same
 * moment), this tab writes the union back, so that no tab's event is lost.
 */
import * as z from 'zod/mini';
import {
  asRaw,
  createKept,
  tabMemory,
  type Kept,
  type KeptSnapshot,
  type ReadProblem,
  type WriteProblem,
} from '../lib/storage';
import { refuse, type Result } from '../lib/result';
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

/**
 * The time a new event of a record is stamped with: now; or, when the latest event of the record this copy
 * holds (`last`) is not before now (recorded on a device whose clock is ahead), just after it. What the user
 * does after seeing an event (a correction of it) reads after it, on every copy.
 */
export function stampAfter(last: string | undefined, now: Date): Date {
  const after = last === undefined ? Number.NaN : Date.parse(last) + 1;
  return after > now.getTime() ? new Date(after) : now;
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
  /** Events of a type a newer build wrote (another tab): shown nowhere, kept, and in a backup file. */
  readonly foreign: readonly unknown[];
}

export interface Log<E extends RecordEvent> extends Pick<Kept, 'name' | 'key' | 'subscribe'> {
  getSnapshot(): LogSnapshot<E>;
  getServerSnapshot(): LogSnapshot<E>;
  /** Appends events (checked first: one that does not fit is refused, and nothing is written). */
  append(...events: readonly E[]): Result<void, WriteProblem>;
  /** The events of raw data (a backup file's) that read, and those that do not. */
  parse(raw: readonly unknown[]): { events: E[]; rejected: unknown[] };
  /** The events of the stores an earlier build kept this record in, given their raw values by name. */
  eventsOfOld(raw: (name: string) => string | null | undefined): readonly unknown[];
  /** Whether this tab appended the event (the others came from another tab). */
  isOwn(id: string): boolean;
}

export interface LogOptions<E> {
  /** The key is `secours-douane.<name>`. */
  readonly name: string;
  readonly event: z.ZodMiniType<E>;
  /** Events made from data an earlier build kept otherwise; their ids must not change between reads. */
  readonly migrate?: {
    /** The names of the stores an earlier build kept this record in. */
    readonly from: readonly string[];
    /** Their stored values (raw, null when absent) made into events, whose ids do not change between reads. */
    readonly events: (raws: readonly (string | null)[]) => readonly unknown[];
  };
}

const VERSION = 1;

const isEvent = (x: unknown): x is RecordEvent =>
  typeof x === 'object' && x !== null && ['id', 'at', 'type'].every((k) => typeof (x as never)[k] === 'string');
const EMPTY = { events: [], rejected: 0, problem: null, writeProblem: null, foreign: [] } as const;

export function createLog<E extends RecordEvent>({ name, event, migrate }: LogOptions<E>): Log<E> {
  /** Every event this tab appended: another tab's write that lacks one is answered with it. */
  const own = new Map<string, E>();
  tabMemory.add(() => own.clear());

  /** The types of event this build knows: one of another type (a newer build's) is kept, not set aside. */
  // oxlint-disable-next-line no-underscore-dangle -- zod's internals for libraries: a union's discriminator values
  const types = (event._zod.propValues?.type ?? new Set()) as Set<unknown>;
  const parse = (raw: readonly unknown[]) => {
    const events: E[] = [];
    const rejected: unknown[] = [];
    /** Events of a type this build does not know (a newer build's, in another tab): kept as they are. */
    const foreign: E[] = [];
    for (const item of raw) {
      const parsed = event.safeParse(item);
      // With the fields a newer build may have added, kept as they are: written back untouched.
      if (parsed.success) events.push({ ...(item as E), ...parsed.data });
      else if (isEvent(item) && !types.has(item.type)) foreign.push(item as E);
      else rejected.push(item);
    }
    return { events, rejected, foreign };
  };
  const eventsOfOld = (raw: (name: string) => string | null | undefined) =>
    migrate ? migrate.events(migrate.from.map((n) => raw(n) ?? null)) : [];

  const kept = createKept<readonly E[]>({
    name,
    empty: EMPTY.events,
    from: migrate?.from,
    /** The log as stored, with the records an earlier build kept otherwise made into events. */
    read([raw, ...olds]) {
      type Stored = { v?: unknown; events?: unknown } | null;
      let json: Stored = null;
      try {
        json = raw ? (JSON.parse(raw) as Stored) : null;
      } catch {
        json = null;
      }
      const newer = typeof json?.v === 'number' && json.v > VERSION;
      const whole = raw && (typeof json?.v !== 'number' || !Array.isArray(json.events) || newer);
      const stored = parse(whole || !json ? [] : (json.events as unknown[]));
      const old = parse(migrate ? migrate.events(olds.map((o) => o ?? null)) : []);
      return {
        value: union([...stored.events, ...stored.foreign], old.events),
        aside: [...(whole ? [raw] : []), ...stored.rejected.map(asRaw), ...old.rejected.map(asRaw)],
        rejected: stored.rejected.length + old.rejected.length,
        problem: raw === undefined ? 'unavailable' : !whole ? null : newer ? 'version' : 'corrupt',
      };
    },
    text: (events) => JSON.stringify({ v: VERSION, events }),
    joins: true,
    written: evidenceWritten,
    // Another tab wrote over events of this one (both appended at once, each from what it had read): they
    // are written back, as the union. This tab's own events are kept for that, whatever it read since. Never
    // over a value this build cannot read (a newer build's): that tab's data is not this tab's to replace.
    onOtherTab(e) {
      const now = getSnapshot();
      const ids = new Set(now.events.map((x) => x.id));
      const missing = [...own.values()].filter((x) => !ids.has(x.id));
      if (e.key === kept.key && e.newValue !== null && now.problem === null && missing.length > 0) write(missing);
    },
  });

  function write(events: readonly E[]) {
    for (const e of events) own.set(e.id, e);
    return kept.update((current) => union(current, events));
  }

  let shown: [KeptSnapshot<readonly E[]>, LogSnapshot<E>] | null = null;
  const getSnapshot = (): LogSnapshot<E> => {
    const snapshot = kept.getSnapshot();
    if (shown?.[0] !== snapshot) {
      const { rejected, problem, writeProblem } = snapshot;
      const events = snapshot.value.filter((e) => types.has(e.type));
      const foreign = snapshot.value.filter((e) => !types.has(e.type));
      const empty = snapshot.value.length === 0 && rejected === 0 && problem === null && writeProblem === null;
      shown = [snapshot, empty ? EMPTY : { events, rejected, problem, writeProblem, foreign }];
    }
    return shown[1];
  };

  return {
    name,
    key: kept.key,
    subscribe: kept.subscribe,
    getSnapshot,
    getServerSnapshot: () => EMPTY,
    append: (...events) => (events.length === parse(events).events.length ? write(events) : refuse('invalid')),
    // A backup file's events of a type this build does not know are set aside with those that do not read.
    parse(raw) {
      const { events, rejected, foreign } = parse(raw);
      return { events, rejected: [...rejected, ...foreign] };
    },
    eventsOfOld,
    isOwn: (id) => own.has(id),
  };
}
