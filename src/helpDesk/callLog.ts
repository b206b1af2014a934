/**
 * Help-desk calls as an append-only event log (../shared/docs/records.md, flows.md fourth round): what the
 * agent did, each event with its call's id, its own id and its time. Pages shown, Back, Forward, reloads,
 * other tabs and old pages write nothing: only the agent's actions append. Light on purpose (zod/mini, no
 * statechart): the entry page reads it in help-desk mode.
 */
import * as z from 'zod/mini';
import { createLog, EVENT_BASE, newId } from '../records/log';
import { FACT_MAX, FACTS } from './facts';

const text = (max: number) => z.string().check(z.maxLength(max));
const answer = text(20);
const path = z.array(answer).check(z.maxLength(40));

export const CALLER_FIELDS = ['name', 'company', 'eori', 'phone', 'email'] as const;
export type CallerField = (typeof CALLER_FIELDS)[number];
export const CALLER_MAX: Record<CallerField, number> = { name: 120, company: 120, eori: 20, phone: 30, email: 120 };
export const NOTES_MAX = 5000;

const base = { ...EVENT_BASE, call: text(64) };
const kind = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.object({ ...base, type: z.literal(type), ...shape });

export const callEventSchema = z.discriminatedUnion('type', [
  kind('call.started', {}),
  kind('call.ended', {}),
  /** An ended call taken back (« Reprendre »). */
  kind('call.resumed', {}),
  /**
   * An answer given where the call had none: `path` is the call's answers after it. `source: 'link'`: taken
   * from a link the caller gave (the agent opened it and took its answers into an empty call).
   */
  kind('answer.given', { node: text(40), value: answer, path, source: z.optional(z.literal('link')) }),
  /** An answer changed (« Modifier », R, then another answer): the one it replaces, and the path after it. */
  kind('answer.changed', { node: text(40), value: answer, previous: answer, path }),
  /** « Recommencer » during the call: the diagnosis starts again; the call goes on. */
  kind('path.restarted', {}),
  /** A fact the caller gave (an empty value forgets it). */
  kind('fact.recorded', { fact: z.enum(FACTS), value: text(FACT_MAX) }),
  /**
   * The call's notes, as they stand once typed. `over`: the notes event shown when this text began to be
   * typed ('' for none): two texts recorded over the same one (two tabs, two copies) are both kept.
   */
  kind('note.edited', { text: text(NOTES_MAX), over: z.optional(text(64)) }),
  kind('caller.edited', { field: z.enum(CALLER_FIELDS), value: text(120) }),
]);
export type CallEvent = z.infer<typeof callEventSchema>;
type Payload<E> = E extends unknown ? Omit<E, 'id' | 'at' | 'call'> : never;
/** What an action records: an event without its id, time and call (given when appended). */
export type CallEventData = Payload<CallEvent>;

/** An event of `call`, recorded now. */
export const callEvent = (call: string, data: CallEventData, now: Date): CallEvent =>
  ({ ...data, id: newId(), at: now.toISOString(), call }) as CallEvent;

// ---- Calls kept by earlier builds (one value for the call in progress, a list for the history).

const OLD_KEYS = ['help-desk-call', 'help-desk-calls', 'agent-call', 'agent-calls'];

/**
 * A call as earlier builds kept it, made into events. Their ids are made from the call's own data, so that
 * reading it again gives the same events (union by id: nothing twice).
 */
export function eventsOfOldCall(raw: unknown, n: number): unknown[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const old = raw as {
    id?: string;
    startedAt?: string;
    endedAt?: string;
    caller?: Record<string, string>;
    answers?: string[];
    facts?: Record<string, { value: string; at: string }>;
    notes?: string;
    log?: { node: string; value: string; at: string; previous?: string }[];
  };
  const log = Array.isArray(old.log) ? old.log : [];
  const start = old.startedAt || log[0]?.at || old.endedAt || '';
  if (!start) return [];
  const call = old.id ?? `old-${start}-${n}`;
  let i = 0;
  const ev = (at: string, data: Record<string, unknown>) => ({ id: `${call}-${i++}`, at, call, ...data });
  const out: unknown[] = [ev(start, { type: 'call.started' })];
  for (const field of CALLER_FIELDS) {
    const value = old.caller?.[field];
    if (value) out.push(ev(start, { type: 'caller.edited', field, value }));
  }
  // The path after each answer: the answers kept by then, the latest one last.
  const latest = new Map<string, string>();
  for (const e of log) {
    latest.set(e.node, e.value);
    const answers = old.answers?.length ? old.answers : [...latest.values()];
    const data = { node: e.node, value: e.value, path: answers };
    out.push(
      ev(
        e.at,
        e.previous ? { type: 'answer.changed', previous: e.previous, ...data } : { type: 'answer.given', ...data },
      ),
    );
  }
  for (const [fact, f] of Object.entries(old.facts ?? {}))
    out.push(ev(f.at, { type: 'fact.recorded', fact, value: f.value }));
  if (old.notes) out.push(ev(old.endedAt || start, { type: 'note.edited', text: old.notes }));
  if (old.endedAt) out.push(ev(old.endedAt, { type: 'call.ended' }));
  return out;
}

/** The calls an earlier build kept in this browser (its stores' raw values), as events. */
function oldCalls(raws: readonly (string | null)[]): unknown[] {
  const out: unknown[] = [];
  for (const raw of raws) {
    try {
      if (!raw) continue;
      const data = (JSON.parse(raw) as { data?: unknown }).data;
      const calls = Array.isArray(data) ? data : [data];
      calls.forEach((c, n) => out.push(...eventsOfOldCall(c, n)));
    } catch {
      out.push(raw); // unreadable: set aside by the log, and left where it is
    }
  }
  return out;
}

/** Every help-desk call of this browser. */
export const callLog = createLog({
  name: 'help-desk-log',
  event: callEventSchema,
  migrate: { from: OLD_KEYS, events: oldCalls },
});
