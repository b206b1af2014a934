/**
 * The calls, derived from the log (pure): each call's answers as they stand, its facts, notes and caller,
 * and the events of its course in time order. Which call is in progress is derived too: the call most
 * recently started or taken back, and not ended since.
 */
import { byTime } from '../records/log';
import type { Fact } from './facts';
import { CALLER_FIELDS, type CallerField, type CallEvent } from './callLog';

export type CourseEvent = Extract<CallEvent, { type: 'answer.given' | 'answer.changed' | 'path.restarted' }>;

export interface Call {
  readonly id: string;
  readonly startedAt: string;
  /** When it last ended; null while it is open. */
  readonly endedAt: string | null;
  /** The caller's answers as they stand (values, from the entry question on). */
  readonly answers: readonly string[];
  /** Answers, changes and restarts, in time order. */
  readonly course: readonly CourseEvent[];
  readonly facts: Partial<Record<Fact, { readonly value: string; readonly at: string }>>;
  readonly notes: string;
  /** The notes event that holds (what a new text is recorded over). */
  readonly notesEvent?: string;
  /**
   * Texts of the notes recorded at the same time in another copy (another tab, a backup restored) and
   * replaced by the one shown: kept in the panel and the summary until the notes are typed in again.
   */
  readonly otherNotes: readonly { readonly text: string; readonly at: string }[];
  /** Every such text the call ever had replaced: on record, in the summary, after the notes are typed again. */
  readonly replacedNotes: readonly { readonly text: string; readonly at: string }[];
  readonly caller: Readonly<Record<CallerField, string>>;
  /** Every event of the call, in time order. */
  readonly events: readonly CallEvent[];
  /** When it was last started or taken back. */
  readonly openedAt: string;
}

export interface Calls {
  /** Every call, oldest first. */
  readonly all: readonly Call[];
  /** The call in progress, if any. */
  readonly current: Call | null;
}

const EMPTY_CALLER = Object.fromEntries(CALLER_FIELDS.map((f) => [f, ''])) as Record<CallerField, string>;

export function reduceCalls(events: readonly CallEvent[]): Calls {
  const byCall = new Map<string, CallEvent[]>();
  for (const e of events.toSorted(byTime)) {
    const list = byCall.get(e.call);
    if (list) list.push(e);
    else byCall.set(e.call, [e]);
  }
  const all = [...byCall.entries()].map(([id, list]) => reduceCall(id, list));
  all.sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.id < b.id ? -1 : 1));
  let current: Call | null = null;
  for (const c of all) if (c.endedAt === null && (current === null || c.openedAt >= current.openedAt)) current = c;
  return { all, current };
}

function reduceCall(id: string, events: readonly CallEvent[]): Call {
  let answers: readonly string[] = [];
  let endedAt: string | null = null;
  let openedAt = events[0]!.at;
  let notes = '';
  let notesEvent: CallEvent | undefined;
  const otherNotes: { text: string; at: string }[] = [];
  const replacedNotes: { text: string; at: string }[] = [];
  const course: CourseEvent[] = [];
  const facts: Partial<Record<Fact, { value: string; at: string }>> = {};
  const caller = { ...EMPTY_CALLER };
  for (const e of events) {
    switch (e.type) {
      case 'call.started':
      case 'call.resumed':
        openedAt = e.at;
        endedAt = null;
        break;
      case 'call.ended':
        endedAt = e.at;
        break;
      case 'answer.given':
      case 'answer.changed':
        answers = e.path;
        course.push(e);
        break;
      case 'path.restarted':
        answers = [];
        course.push(e);
        break;
      case 'fact.recorded':
        if (e.value === '') delete facts[e.fact];
        else facts[e.fact] = { value: e.value, at: e.at };
        break;
      case 'note.edited': {
        // Recorded over another text than the one that holds (two copies at once): the one it replaces is
        // kept, shown; a text recorded over the one shown settles them.
        const concurrent = e.over !== undefined && e.over !== (notesEvent?.id ?? '');
        if (!concurrent) otherNotes.length = 0;
        else if (notes.trim() && notes !== e.text) {
          otherNotes.push({ text: notes, at: notesEvent!.at });
          replacedNotes.push({ text: notes, at: notesEvent!.at });
        }
        notes = e.text;
        notesEvent = e;
        break;
      }
      case 'caller.edited':
        caller[e.field] = e.value;
        break;
    }
  }
  return {
    id,
    startedAt: events[0]!.at,
    endedAt,
    answers,
    course,
    facts,
    notes,
    ...(notesEvent ? { notesEvent: notesEvent.id } : {}),
    otherNotes,
    replacedNotes,
    caller,
    events,
    openedAt,
  };
}

/**
 * When the answer now at `index` of the call's answers was given: the earliest of the latest run of events
 * whose path already held it there, after the same earlier answers.
 */
export function answeredAt(call: Call, index: number): string | null {
  let at: string | null = null;
  for (let i = call.course.length - 1; i >= 0; i--) {
    const e = call.course[i]!;
    if (e.type === 'path.restarted' || e.path.length <= index) break;
    if (e.path.slice(0, index + 1).some((v, j) => v !== call.answers[j])) break;
    at = e.at;
  }
  return at;
}

/** Whether `call` started after every end of a call: new since no call was in progress, never one taken back. */
export const isNewCall = (call: Call, events: readonly CallEvent[]) =>
  events.every((e) => e.type !== 'call.ended' || e.at <= call.startedAt);

/** How long the call lasted, in minutes (to its end, or to `now` while it is open). */
export function callMinutes(call: Call, now: Date): number {
  // The time it was open: from its start or each taking back to the end that followed (or now).
  let open = 0;
  let from: number | null = Date.parse(call.startedAt);
  for (const e of call.events) {
    if (e.type === 'call.resumed') from ??= Date.parse(e.at);
    else if (e.type === 'call.ended' && from !== null) {
      open += Date.parse(e.at) - from;
      from = null;
    }
  }
  if (from !== null) open += now.getTime() - from;
  return Math.max(0, Math.round(open / 60_000));
}

/** A short reference for the call, to quote in a ticket: the first eight characters of its id. */
export const callReference = (call: Pick<Call, 'id'>) =>
  call.id
    .replace(/[^a-zA-Z0-9]/g, '')
    .slice(0, 8)
    .toUpperCase();
