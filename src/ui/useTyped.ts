import { useEffect, useMemo, useRef, useState } from 'react';
import { draftsStore, useDraft } from './drafts';

/** What counts as the user's first action in a tab (never a reload, a scroll, a tab switch, a right-click). */
const ACTIONS = ['click', 'keydown', 'beforeprint'] as const;
const typesOrAnswers = (e: KeyboardEvent) =>
  !e.ctrlKey && !e.metaKey && !e.altKey && (e.key.length === 1 || ['Enter', 'Backspace', 'Delete'].includes(e.key));

/**
 * A text typed into a record (a call's notes, the caller, a fact; an incident's notes): kept as a draft while
 * typed, and recorded once the user pauses or leaves the field, or the page is left (a reload, a closed tab),
 * or the field goes away: one event per text, not per key. `record` says whether it was recorded (a refused
 * value stays a draft, with its message). A draft found when the field is shown (left by a tab that crashed)
 * is shown, and recorded at the user's first action in this tab (a click, a key that types or answers, a
 * print) if it is still that draft and `recordsFound` says its record takes it; showing a page never writes.
 * `recordsFound` is asked at each such action until it says yes (a help-desk field shown with no call in
 * progress: once this tab has started one).
 */
export function useTyped(
  draftKey: string,
  recorded: string,
  record: (value: string) => boolean,
  { pause = 1200, recordsFound }: { pause?: number; recordsFound?: () => boolean } = {},
) {
  const initial = useMemo(() => ({ value: recorded }), [recorded]);
  const { values, set, clear, kept } = useDraft(draftKey, initial, true);
  /** The draft kept for this field when it was shown, under its key (a crashed tab's does not change). */
  const [found] = useState(() => (kept ? { key: draftKey, value: values.value } : null));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** What was typed and is not recorded yet. */
  const pending = useRef<string | null>(null);
  const latest = useRef({ draftKey, recorded, record, clear, recordsFound });
  useEffect(() => {
    latest.current = { draftKey, recorded, record, clear, recordsFound };
  });
  /** Records `value`; refused, it stays a draft, and what this tab typed stays due (not a draft found). */
  const flush = (value: string, typedHere = true) => {
    clearTimeout(timer.current);
    pending.current = null;
    const { recorded: now, record: save, clear: forget } = latest.current;
    if (value === now || save(value)) forget();
    else if (typedHere) pending.current = value;
  };
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  });
  useEffect(() => {
    if (!found) return;
    // The user's first action here (a click, a key that types or answers, a print): a draft found when the
    // field was shown is recorded first, if it is still that draft, under that key: one another tab goes on
    // typing is that tab's to record.
    /** Records it if its record takes it now; false while it does not. */
    const attempt = () => {
      const now = draftsStore.getSnapshot().value[found.key]?.value;
      const still = pending.current === null && latest.current.draftKey === found.key && now === found.value;
      if (still && !(latest.current.recordsFound?.() ?? true)) return false;
      stop();
      if (still) flushRef.current(now, false);
      return true;
    };
    const act = (event: Event) => {
      if (event instanceof KeyboardEvent && !typesOrAnswers(event)) return;
      if (event instanceof MouseEvent && event.button !== 0) return;
      // The action may itself make the record (an answer that starts the call): asked again once it is done.
      if (!attempt()) again = setTimeout(attempt, 0);
    };
    let again: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      clearTimeout(again);
      for (const type of ACTIONS) window.removeEventListener(type, act, true);
    };
    for (const type of ACTIONS) window.addEventListener(type, act, true);
    return stop;
  }, [found]);
  useEffect(() => {
    // The page left (reload, tab closed) or the field gone, with text typed since the last record: recorded.
    const leave = () => {
      if (pending.current !== null) flushRef.current(pending.current);
    };
    window.addEventListener('pagehide', leave);
    // Printed now: what was just typed is in the record first (and so on paper).
    window.addEventListener('beforeprint', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('beforeprint', leave);
      leave();
      clearTimeout(timer.current);
    };
  }, []);
  return {
    value: values.value,
    onChange(value: string) {
      set('value', value);
      pending.current = value;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => flush(value), pause);
    },
    onBlur: () => flush(values.value),
    /** Records a value at once (a choice, « Maintenant »). */
    commit: (value: string) => flush(value),
  };
}
