/**
 * The help-desk keys pressed while the panel's code is still loading (after a reload, the page is live
 * before the panel): kept, then pressed again once the panel listens (useHelpDeskShortcuts.ts), rather than
 * lost. Part of the first load: small on purpose.
 */
import { isTyping } from './shortcuts';

let early: { key: string; code: string; target: EventTarget | null }[] | null = null;
/** The panel has listened once on this page: from then on its own listener hears every key. */
let listening = false;

const keep = (event: KeyboardEvent) => {
  if (event.altKey || event.ctrlKey || event.metaKey || event.repeat || isTyping(event.target)) return;
  // A character (a digit, a letter): the panel's listener tells the shortcuts from the rest.
  if (event.key.length === 1 && early && early.length < 20)
    early.push({ key: event.key, code: event.code, target: event.target });
};

/** Keeps the keys typed outside a field until the panel listens; what it returns stops (help-desk mode left). */
export function keepEarlyKeys(): () => void {
  if (listening || early) return () => {};
  early = [];
  window.addEventListener('keydown', keep);
  return () => {
    window.removeEventListener('keydown', keep);
    early = null;
  };
}

/** The panel listens: the keys kept are pressed again, in order, where they were pressed (or on the page). */
export function replayEarlyKeys() {
  listening = true;
  const keys = early ?? [];
  window.removeEventListener('keydown', keep);
  early = null;
  for (const { key, code, target } of keys) {
    const on = target instanceof Node && target.isConnected ? target : document.body;
    on.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true }));
  }
}
