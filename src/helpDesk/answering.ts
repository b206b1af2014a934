/**
 * An answer given on a page of the diagnosis, as a request (GOV.UK Smart Answers: the answer arrives, the
 * flow replays it, the user is sent on; Back never answers). In help-desk mode it is recorded in the call
 * in progress, and only there:
 * - on a page that is a step of the call (the call has reached it, and the page's answers agree with the
 *   call's): a new answer is `answer.given`, a different one `answer.changed`; the same one records nothing;
 * - on a page of another call, or of the call before a change, nothing is recorded: the page is read-only;
 * - on a page shown before the call changed elsewhere (another tab): nothing is recorded, the page is shown
 *   again as the call now stands.
 * The next page follows the call's answers, never the page's: an old page cannot bring its answers in.
 */
import { ok, refuse, type Result } from '../lib/result';
import { saveAnswers } from '../session/store';
import { callEvent, callLog, type CallEventData } from './callLog';
import { isNewCall, reduceCalls, type Call } from './calls';
import { newId } from '../records/log';

/** Where an answer is given: the question's node, its place in the path, and the page's answers. */
export interface AnswerAt {
  readonly node: string;
  readonly index: number;
  readonly values: readonly string[];
}

/** The answers after `value` at `index` of `answers` (later ones kept while they still apply). */
export type AfterAnswer = (answers: readonly string[], index: number, value: string) => readonly string[];

/**
 * `notThisCall`: the page is not a step of the call in progress; `noCall`: none is in progress, and the page
 * is further on than the first question (a call ended, or a caller's link not yet taken); `callChanged`:
 * another tab changed the call since the page was shown.
 */
export type AnswerProblem = 'notThisCall' | 'noCall' | 'callChanged';

/** Whether two lists of answers agree on their first `n`. */
const agree = (a: readonly string[], b: readonly string[], n: number) => {
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** The call's answers as they stood after each of its answers and changes. */
export const pathsOf = (call: Pick<Call, 'course'> | null) =>
  call ? call.course.flatMap((e) => ('path' in e ? [e.path] : [])) : [];

/**
 * Whether a page is a step of the call: the call has reached it, and they agree on every answer both have.
 * Or a question of the call as it stood before one of its changes (`paths`), as Back brings it again with
 * the answers it had then: still the call's question when the answers before it agree.
 */
export function onCallPath(
  answers: readonly string[],
  at: Pick<AnswerAt, 'index' | 'values'>,
  paths: readonly (readonly string[])[] = [],
): boolean {
  if (answers.length < at.index) return false;
  if (agree(answers, at.values, Math.min(answers.length, at.values.length))) return true;
  return (
    agree(answers, at.values, at.index) &&
    paths.some((p) => p.length > at.index && agree(p, at.values, Math.min(p.length, at.values.length)))
  );
}

/**
 * What makes a page shown before it stale: another tab changed the call's answers (given, changed, started
 * again) or took the call back. Not the call's start: a call that its caller's name or a note started, on the
 * page shown, has no answer the page could contradict (a page further on, of an earlier call, is refused as
 * not this call's: `onCallPath`). Nor what this tab did from its panel (a link's answers taken, a call taken
 * back): the agent saw it done.
 */
const COURSE = new Set<Call['events'][number]['type']>([
  'answer.given',
  'answer.changed',
  'path.restarted',
  'call.resumed',
]);

/** Whether another tab changed the call's course after `since` (`mine`: this tab's events): a page shown then is stale. */
export const changedSince = (call: Call | null, since: string, mine: (id: string) => boolean = () => false) =>
  call !== null && call.events.some((e) => e.at > since && COURSE.has(e.type) && !mine(e.id));

/** What answering records in `call` (pure): the events, and the call's answers after them; or why not. */
export function answerInCall(
  call: Call | null,
  at: AnswerAt,
  value: string,
  shownAt: string,
  after: AfterAnswer,
  mine?: (id: string) => boolean,
): Result<{ events: CallEventData[]; answers: readonly string[] }, AnswerProblem> {
  const answers = call?.answers ?? [];
  if (changedSince(call, shownAt, mine)) return refuse('callChanged');
  if (!onCallPath(answers, at, pathsOf(call))) return refuse(call ? 'notThisCall' : 'noCall');
  const next = after(answers, at.index, value);
  const previous = answers[at.index];
  if (previous === value) return ok({ events: [], answers: next });
  const data = { node: at.node, value, path: [...next] };
  return ok({
    events: [
      previous === undefined ? { type: 'answer.given', ...data } : { type: 'answer.changed', previous, ...data },
    ],
    answers: next,
  });
}

/**
 * Gives an answer: in help-desk mode, records it in the call in progress (started by its first answer);
 * saves the diagnosis to resume it. The answers to go on with, or why nothing was recorded.
 * @param shownAt when the page was shown (ISO)
 * @param nodeAfter the node the answers lead to (saved with them)
 */
export function giveAnswer(
  helpDesk: boolean,
  at: AnswerAt,
  value: string,
  shownAt: string,
  after: AfterAnswer,
  nodeAfter: (answers: readonly string[]) => string,
  now = new Date(),
): Result<readonly string[], AnswerProblem> {
  let answers = after(at.values, at.index, value);
  if (helpDesk) {
    const { current } = reduceCalls(callLog.getSnapshot().events);
    const given = answerInCall(current, at, value, shownAt, after, callLog.isOwn);
    if (!given.ok) return given;
    answers = given.value.answers;
    if (given.value.events.length > 0) recordInCall(given.value.events, now);
  }
  saveAnswers(answers, nodeAfter(answers), now);
  return ok(answers);
}

// ---- The agent's other actions on the calls.

/**
 * Events made by one action, a millisecond apart and the last one at `now` (never later: a page shown after
 * the action must not see them as newer), so that they read in the order they were made, on every copy.
 */
const stamped = (call: string, data: readonly CallEventData[], now: Date) =>
  data.map((d, i) => callEvent(call, d, new Date(now.getTime() - (data.length - 1 - i))));

/**
 * Records what the agent did in the call in progress (or in `callId`, the call a text was typed for, if it
 * exists); a call starts with its first record.
 */
export function recordInCall(data: readonly CallEventData[], now = new Date(), callId?: string) {
  const { current, all: calls } = reduceCalls(callLog.getSnapshot().events);
  const target = calls.find((c) => c.id === callId) ?? current;
  const call = target?.id ?? newId();
  const all: CallEventData[] = [...(target ? [] : [{ type: 'call.started' as const }]), ...data];
  return callLog.append(...stamped(call, all, now));
}

/**
 * A text typed in the panel's fields (the notes, the caller, a fact), recorded in the call it was typed for:
 * `call`; or, typed while no call was in progress, a new call (started by this record, or meanwhile in
 * another tab). Never in a call taken back from before (another tab took it back meanwhile): false, and the
 * text stays a draft, for the next call.
 */
export function recordTyped(data: readonly CallEventData[], call: Call | null, now = new Date()) {
  const events = callLog.getSnapshot().events;
  const { current } = reduceCalls(events);
  if (!call && current && !isNewCall(current, events)) return false;
  recordInCall(data, now, call?.id);
  return true;
}

/** « Fin d'appel », « Nouvel appel »: the call in progress ends. The call ended, if there was one. */
export function endCurrentCall(now = new Date()): Call | null {
  const { current } = reduceCalls(callLog.getSnapshot().events);
  if (!current) return null;
  callLog.append(callEvent(current.id, { type: 'call.ended' }, now));
  return current;
}

/** « Reprendre cet appel »: the call in progress ends, `call` is taken back. Its answers. */
export function takeBackCall(call: Call, now = new Date()): readonly string[] {
  const { current } = reduceCalls(callLog.getSnapshot().events);
  if (current?.id === call.id) return current.answers;
  const end = current ? [callEvent(current.id, { type: 'call.ended' }, new Date(now.getTime() - 1))] : [];
  callLog.append(...end, callEvent(call.id, { type: 'call.resumed' }, now));
  return reduceCalls(callLog.getSnapshot().events).all.find((c) => c.id === call.id)?.answers ?? call.answers;
}

/**
 * A link's answers (the caller's link, opened by the agent) taken into the call in progress, which has none:
 * each as given now, from the link.
 */
export function takeLinkAnswers(nodes: readonly string[], values: readonly string[], now = new Date()) {
  const data: CallEventData[] = values.map((value, i) => ({
    type: 'answer.given',
    node: nodes[i]!,
    value,
    path: values.slice(0, i + 1),
    source: 'link',
  }));
  return recordInCall(data, now);
}

/**
 * « Recommencer » in help-desk mode: recorded in the call in progress (which goes on) when the page it was
 * asked on is one of the call's (`before`: the answers before that page); from another call's page, nothing.
 */
export function recordRestart(before: readonly string[], now = new Date()) {
  const answers = reduceCalls(callLog.getSnapshot().events).current?.answers ?? [];
  if (answers.length > 0 && onCallPath(answers, { index: before.length, values: before }))
    recordInCall([{ type: 'path.restarted' }], now);
}
