/**
 * An answer given at a step of the diagnosis (a question's form, a key, an outcome's way on): recorded as
 * `answering.ts` says, then where it leads. Uses the statechart (flows/replay), unlike `answering.ts`.
 */
import { type AnswerValue } from '../flows/ids';
import { changeAnswer, replay } from '../flows/replay';
import { nodeHref } from '../session/codec';
import type { NoticeState, Shown } from '../session/resolve';
import { giveAnswer, type AfterAnswer, type AnswerProblem } from './answering';
import { callLog } from './callLog';
import { reduceCalls } from './calls';

/** Where an answer leads: the next page, or why it was not taken (the page stays). */
export type NextStep =
  | { readonly to: string; readonly state?: NoticeState; readonly replace?: boolean }
  | { readonly problem: Exclude<AnswerProblem, 'callChanged'> };

const afterStepAnswer: AfterAnswer = (answers, index, value) =>
  changeAnswer(replay(answers).path, index, value as AnswerValue);

/** The page of `node` as the call in progress now stands, or the call's own step when `node` is off its path. */
export function callStepHref(node: string): string {
  const answers = reduceCalls(callLog.getSnapshot().events).current?.answers ?? [];
  const r = replay(answers);
  const values = r.path.map((a) => a.value);
  return nodeHref(r.nodes.find((n) => n === node) ?? r.current, values);
}

/** Gives `value` at the step shown (`shownAt`: when the page was shown, ISO). */
export function answerStep(helpDesk: boolean, shown: Shown, value: string, shownAt: string): NextStep {
  const at = { node: shown.node, index: shown.index, values: shown.replay.path.map((a) => a.value) };
  const given = giveAnswer(helpDesk, at, value, shownAt, afterStepAnswer, (a) => replay(a).current);
  if (!given.ok) {
    if (given.problem !== 'callChanged') return { problem: given.problem };
    // The call changed in another tab since the page was shown: shown again as it stands, nothing recorded.
    return { to: callStepHref(shown.node), state: { reason: { kind: 'callChanged' } }, replace: true };
  }
  const next = replay(given.value).nodes[shown.index + 1];
  if (next === undefined) throw new Error(`Answer ${value} leads nowhere from ${shown.node}`);
  return { to: nodeHref(next, given.value) };
}
