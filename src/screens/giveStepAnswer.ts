/**
 * An answer given at a step (a question's form, an outcome's way on): saved, and where it leads. In
 * help-desk mode it is also recorded in the call (helpDesk/answerStep.ts), whose code comes with the panel,
 * not with every step's page.
 */
import type { AnswerValue } from '../flows/ids';
import { changeAnswer, replay } from '../flows/replay';
import type { NextStep } from '../helpDesk/answerStep';
import { nodeHref } from '../session/codec';
import type { Shown } from '../session/resolve';
import { saveAnswers } from '../session/store';

export function giveStepAnswer(
  helpDesk: boolean,
  shown: Shown,
  value: AnswerValue,
  shownAt: string,
): NextStep | Promise<NextStep> {
  if (helpDesk) return import('../helpDesk/answerStep').then((m) => m.answerStep(true, shown, value, shownAt));
  const values = changeAnswer(shown.replay.path, shown.index, value);
  const after = replay(values);
  saveAnswers(values, after.current);
  return { to: nodeHref(after.nodes[shown.index + 1]!, values) };
}
