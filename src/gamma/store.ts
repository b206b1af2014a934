/**
 * The register as the pages read and change it: the reduction of its event log (./log.ts, ./reduce.ts),
 * and `apply`, which runs a rule on the register shown and appends what it did as events. Every tab and a
 * restored backup add to the same log; a page only ever reads.
 */
import type { StorageFailure } from '../lib/storage';
import { ok, refuse, type Result } from '../lib/result';
import { stampAfter } from '../records/log';
import { registerEvent, registerLog, type RegisterEvent, type RegisterEventData } from './log';
import { addDocument, recordMilestone, type DocumentProblems, type MilestoneProblems } from './documents';
import { endEpisode, type EpisodeProblems } from './episodes';
import {
  linkEvents,
  reduceRegister,
  registerEventsFor,
  unsettledOf,
  type ReducedRegister,
  type RegisterConflict,
  type RegisterHeads,
} from './reduce';
import { emptyRegister, type Register } from './schema';

export interface RegisterSnapshot {
  readonly value: Register;
  readonly conflicts: readonly RegisterConflict[];
  /** The second documents of an LRN drawn up twice, voided since: on record. */
  readonly settled: ReducedRegister['settled'];
  /** The events the register shown stands on (what a new event replaces or names). */
  readonly heads: RegisterHeads;
  readonly problem: ReturnType<typeof registerLog.getSnapshot>['problem'];
  readonly writeProblem: ReturnType<typeof registerLog.getSnapshot>['writeProblem'];
}

const EMPTY: RegisterSnapshot = {
  value: emptyRegister,
  conflicts: [],
  settled: [],
  heads: { sets: new Map(), documents: new Map() },
  problem: null,
  writeProblem: null,
};
let cache: { events: readonly RegisterEvent[]; snapshot: RegisterSnapshot } | null = null;

function getSnapshot(): RegisterSnapshot {
  const log = registerLog.getSnapshot();
  // Nothing kept: the very snapshot the server rendered, so that hydrating a prerendered page renders it once.
  if (log.events.length === 0 && log.problem === null && log.writeProblem === null) return EMPTY;
  if (
    cache?.events === log.events &&
    cache.snapshot.problem === log.problem &&
    cache.snapshot.writeProblem === log.writeProblem
  )
    return cache.snapshot;
  const { register, conflicts, settled, heads } = reduceRegister(log.events);
  cache = {
    events: log.events,
    snapshot: { value: register, conflicts, settled, heads, problem: log.problem, writeProblem: log.writeProblem },
  };
  return cache.snapshot;
}

/** Appends the events that take the register shown to `next`. */
function appendChange(next: Register, now: Date): Result<Register, StorageFailure> {
  const { value, heads } = getSnapshot();
  return appendEvents(registerEventsFor(value, next), heads, now);
}

function appendEvents(made: readonly RegisterEventData[], heads: RegisterHeads, now: Date) {
  // One change may make several events: a millisecond apart, so that they read back in the order made;
  // after every event of the register this copy holds (stampAfter).
  const start = stampAfter(registerLog.getSnapshot().events.at(-1)?.at, now).getTime();
  const events = linkEvents(
    made.map((data, i) => registerEvent(data, new Date(start + i))),
    heads,
  );
  if (events.length === 0) return ok(getSnapshot().value);
  const written = registerLog.append(...events);
  return written.ok ? ok(getSnapshot().value) : refuse({ storage: written.problem });
}

/** Why a value kept of two is refused: the rules of its milestone or of its episode's end. */
export type KeptProblems = MilestoneProblems | EpisodeProblems;

/** A value set (the operator, the prefix, an episode's start or end, a milestone), as the user sets it. */
export type ValueSetData = Extract<
  RegisterEventData,
  { type: 'operator.set' | 'prefix.set' | 'episode.corrected' | 'episode.ended' | 'milestone.recorded' }
>;

/**
 * A value kept of two: within the rules, as when it is typed (a milestone in S2's order, an episode's end
 * not after a document's entry); the start of an episode, already on its documents' forms, as it is.
 */
function checkKept(register: Register, set: ValueSetData, now: Date): Result<Register, KeptProblems> {
  const voided = set.type === 'milestone.recorded' && register.documents.find((d) => d.lrn === set.lrn)?.voided;
  if (set.type === 'milestone.recorded' && set.value.at !== null && !voided) {
    const { at, arc } = set.value;
    return recordMilestone(register, set.lrn, set.milestone, { at, ...(arc ? { arc } : {}), withoutCopy: true }, now);
  }
  if (set.type === 'episode.ended') {
    // Checked as if it were ending now, with the end it has (the one shown) left out.
    const episodes = register.episodes.map((e) => {
      if (e.id !== set.episode) return e;
      const { endedAt: _shown, ...open } = e;
      return open;
    });
    return endEpisode({ ...register, episodes }, set.episode, set.endedAt, now);
  }
  return ok(register);
}

function choose(value: ValueSetData, now = new Date()): Result<Register, KeptProblems | StorageFailure> {
  const { value: register, heads } = getSnapshot();
  const checked = checkKept(register, value, now);
  return checked.ok ? appendEvents([value], heads, now) : checked;
}

export const registerStore = {
  name: registerLog.name,
  getSnapshot,
  getServerSnapshot: (): RegisterSnapshot => EMPTY,
  subscribe: registerLog.subscribe,
  /** Runs a rule on the register shown: what it does is appended as events; nothing when it refuses. */
  apply<P>(
    rule: (current: Register, conflicts: readonly RegisterConflict[]) => Result<Register, P>,
    now = new Date(),
  ): Result<Register, P | StorageFailure> {
    const { value, conflicts } = getSnapshot();
    const result = rule(value, conflicts);
    return result.ok ? appendChange(result.value, now) : result;
  },
  /**
   * The second document of an LRN drawn up twice, settled: voided with `reason` (given the new LRN), and with
   * `again`, drawn up anew with the next LRN of its series (same date and consignee), in the open episode:
   * that LRN, if so.
   */
  settleTwice(
    id: string,
    reason: (lrn: string | null) => string,
    again: boolean,
    now = new Date(),
  ): Result<string | null, DocumentProblems | StorageFailure> {
    const { value, conflicts, heads } = getSnapshot();
    const other = conflicts.find((c) => c.kind === 'lrnTwice' && c.id === id);
    if (other?.kind !== 'lrnTwice') return ok(null);
    const d = other.other;
    const input = {
      lrn: '',
      date: d.date,
      consigneeName: d.consignee.name,
      consigneeIdentification: d.consignee.identification,
    };
    const made = again ? addDocument(value, input, now, null, unsettledOf(conflicts)) : ok(value);
    if (!made.ok) return made;
    const lrn = made.value.documents.find((x) => !value.documents.includes(x))?.lrn ?? null;
    const voided: RegisterEventData = { type: 'document.voided', lrn: d.lrn, document: id, reason: reason(lrn) };
    const written = appendEvents([...registerEventsFor(value, made.value), voided], heads, now);
    return written.ok ? ok(lrn) : written;
  },
  /** A value chosen where two copies set it differently (a conflict ./reduce.ts reports): set over every set of it. */
  choose,
  /** Makes the register `next` by appending what differs (tests, and records made outside a rule). */
  write: (next: Register, now = new Date()) => appendChange(next, now),
};
