/**
 * The help-desk keyboard shortcuts: the keys, declared once (the panel and the « Aide » page list them from
 * here; the hook acts on them), and when a key may act, as pure functions.
 */

/** Each shortcut and its key (letters are taken in either case). */
export const SHORTCUTS = {
  answer: '1–9',
  back: 'R',
  newCall: 'N',
  panel: 'A',
  close: 'Échap',
} as const;
export type Shortcut = keyof typeof SHORTCUTS;

/** Whether a key pressed is a letter shortcut (by the letter typed: the same on AZERTY and QWERTY). */
export const isKey = (shortcut: 'back' | 'newCall' | 'panel', key: string) => key.toUpperCase() === SHORTCUTS[shortcut];

/**
 * The digit a key gives, 1–9, or 0: by the key's place (`code`), so that the digit row of an AZERTY keyboard
 * answers without Shift (it types « & é " »…), as does the numeric keypad.
 */
export function digitOf(event: { readonly code: string; readonly key: string }): number {
  const placed = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  if (placed) return Number(placed[1]);
  return /^[1-9]$/.test(event.key) ? Number(event.key) : 0;
}

/**
 * Controls: a key typed there is theirs (text, a click, a toggle), never a shortcut. And the panel's call
 * line, where the focus goes from a field typed in as it is recorded: what is typed next is not an answer.
 */
const CONTROLS =
  'a, button, input, select, textarea, summary, label, [contenteditable], [role=button], [role=link], dialog, .help-desk-call';

/**
 * Whether the keys may act with the focus on `target`: on the page's body, its text or its heading, on the
 * answers of its question, on the panel's own text (its title, a notice: the drawer, opened, shows the keys)
 * or on the panel's button (where closing the drawer leaves the focus); never in or on another control.
 */
export function keysMayAct(target: unknown): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return true;
  if (target.matches('form.question input[type=radio], .help-desk-toggle')) return true;
  return target.closest(CONTROLS) === null;
}

/** Whether a key typed on `target` goes into text (a field): there even A is a letter, never a shortcut. */
export function isTyping(target: unknown): boolean {
  return (
    typeof Element !== 'undefined' &&
    target instanceof Element &&
    target.closest(
      'input:not([type=radio], [type=checkbox], [type=button], [type=submit], [type=reset]), textarea, select, [contenteditable]:not([contenteditable=false])',
    ) !== null
  );
}
