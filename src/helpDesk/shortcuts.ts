/**
 * The help-desk keyboard shortcuts: the keys, declared once (the panel and the « Aide » page list them from
 * here; the hook acts on them), and where a key takes the caller's diagnosis, as a pure function.
 */
import { answersOf } from '../flows/ids';
import { nodeHref } from '../session/codec';
import { hrefAfterAnswer, type Shown } from '../session/resolve';

/** Each shortcut and its key (letters are taken in either case). */
export const SHORTCUTS = {
  answer: '1–9',
  back: 'R',
  newCall: 'N',
  panel: 'A',
  close: 'Échap',
} as const;
export type Shortcut = keyof typeof SHORTCUTS;

/** Whether a key pressed is a letter shortcut. */
export const isKey = (shortcut: Exclude<Shortcut, 'answer' | 'close'>, key: string) =>
  key.toUpperCase() === SHORTCUTS[shortcut];

/**
 * Where a key takes the caller's diagnosis: 1–9 picks that answer, R goes back one question. Null for any
 * other key, a digit with no answer, or R on the first question. (N, a new call, and A, the panel, are not
 * steps: the hook handles them.)
 */
export function shortcutTarget(at: Shown, key: string): string | null {
  const answers = answersOf(at.node);
  const digit = /^[1-9]$/.test(key) ? Number(key) : 0;
  if (digit >= 1 && digit <= answers.length) return hrefAfterAnswer(at, answers[digit - 1]!);
  const previous = at.replay.nodes[at.index - 1];
  if (isKey('back', key) && previous) {
    return nodeHref(
      previous,
      at.replay.path.map((a) => a.value),
    );
  }
  return null;
}
