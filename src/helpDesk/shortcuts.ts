/** The help-desk keyboard shortcuts, as a pure function of the step shown and the key pressed. */
import { answersOf } from '../flows/ids';
import { nodeHref } from '../session/codec';
import { hrefAfterAnswer, type Shown } from '../session/resolve';

/**
 * Where a key takes the caller's diagnosis: 1–9 picks that answer, R goes back one question. Null for any
 * other key, a digit with no answer, or R on the first question. (N, a new call, is not a step: the hook
 * asks for confirmation.)
 */
export function shortcutTarget(at: Shown, key: string): string | null {
  const answers = answersOf(at.node);
  const digit = /^[1-9]$/.test(key) ? Number(key) : 0;
  if (digit >= 1 && digit <= answers.length) return hrefAfterAnswer(at, answers[digit - 1]!);
  const previous = at.replay.nodes[at.index - 1];
  if ((key === 'r' || key === 'R') && previous) {
    return nodeHref(
      previous,
      at.replay.path.map((a) => a.value),
    );
  }
  return null;
}
