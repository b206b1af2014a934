import { useEffect, useMemo, useRef, useState } from 'react';
import { clearDrafts, draftsStore, useDraft } from './drafts';

/**
 * A text typed into a record (a call's notes, the caller, a fact; an incident's notes): kept as a draft while
 * typed, and recorded once the user pauses or leaves the field, or the page is left (a reload, a closed tab),
 * or the field goes away: one event per text, not per key. `record` says whether it was recorded (a refused
 * value stays a draft, with its message). A draft found when the field is shown (left by a tab that crashed)
 * is shown, and recorded at the user's first action in this tab (a click, a key that types or answers, a
 * print) if it is still that draft and `recordsFound` says its record takes it; showing a page never writes.
 *
 * When the record it is typed for changes under the user's fingers (`draftKey`: a call started while the
 * agent types its first note), what this tab typed and has not recorded goes with the field; so does a draft
 * left under the former key (a tab closed before it could record), when `carriesDraft` says this tab made the
 * change: only the tab where the user acts, never a stale copy in another.
 */
/** What counts as the user's first action in a tab (never a reload, a scroll, a tab switch, a right-click). */
const ACTIONS = ['click', 'keydown', 'beforeprint'] as const;
const typesOrAnswers = (e: KeyboardEvent) =>
  !e.ctrlKey && !e.metaKey && !e.altKey && (e.key.length === 1 || ['Enter', 'Backspace', 'Delete'].includes(e.key));

export function useTyped(
  draftKey: string,
  recorded: string,
  record: (value: string) => boolean,
  {
    pause = 1200,
    carriesDraft,
    recordsFound,
  }: { pause?: number; carriesDraft?: () => boolean; recordsFound?: () => boolean } = {},
) {
  const initial = useMemo(() => ({ value: recorded }), [recorded]);
  const { values, set, clear, kept } = useDraft(draftKey, initial);
  /** The draft kept for this field when it was shown, under its key (a crashed tab's does not change). */
  const [found] = useState(() => (kept ? { key: draftKey, value: values.value } : null));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** What was typed and is not recorded yet. */
  const pending = useRef<string | null>(null);
  const latest = useRef({ recorded, record, clear, carriesDraft, recordsFound });
  useEffect(() => {
    latest.current = { recorded, record, clear, carriesDraft, recordsFound };
  });
  /** The draft key the field is typed under now. */
  const typedFor = useRef(draftKey);
  /** A draft left under the former key, moved with the field (another tab may still be typing it). */
  const carried = useRef(false);
  /** Records `value`; refused, it stays a draft, and what this tab typed stays due (not a carried copy). */
  const flush = (value: string, wasCarried = false) => {
    clearTimeout(timer.current);
    pending.current = null;
    carried.current = false;
    const { recorded: now, record: save, clear: forget } = latest.current;
    if (value === now || save(value)) forget();
    else if (!wasCarried) pending.current = value;
  };
  /** Records what is due: what this tab typed; else a draft it carried, as it stands now (nothing, if gone). */
  const flushDue = () => {
    const left = carried.current ? draftsStore.getSnapshot().value[typedFor.current]?.value : undefined;
    carried.current = false;
    if (pending.current !== null) flush(pending.current);
    else if (left !== undefined) flush(left, true);
  };
  const flushRef = useRef({ flush, flushDue });
  // The record it is typed for changed: what goes with the field is recorded there after the pause, and the
  // draft under the former key is forgotten.
  useEffect(() => {
    if (typedFor.current === draftKey) return;
    const former = typedFor.current;
    typedFor.current = draftKey;
    if (pending.current !== null) {
      set('value', pending.current);
      clearDrafts(former);
    } else if (latest.current.carriesDraft?.()) {
      // Moved, not taken as typed here: it is recorded as it then stands, if no other tab recorded it first.
      const drafts = draftsStore.getSnapshot().value;
      if (!drafts[former] || drafts[draftKey]) return;
      draftsStore.update(({ [former]: left, ...rest }) => (left ? { ...rest, [draftKey]: left } : rest));
      carried.current = true;
    } else return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => flushRef.current.flushDue(), pause);
  }, [draftKey, set, pause]);
  useEffect(() => {
    flushRef.current = { flush, flushDue };
  });
  useEffect(() => {
    if (!found) return;
    // The user's first action here (a click, a key that types or answers, a print): a draft found when the
    // field was shown is recorded first, if it is still that draft, under that key: one another tab goes on
    // typing (or has carried into a call it started) is that tab's to record.
    const act = (event: Event) => {
      if (event instanceof KeyboardEvent && !typesOrAnswers(event)) return;
      if (event instanceof MouseEvent && event.button !== 0) return;
      stop();
      const now = draftsStore.getSnapshot().value[found.key]?.value;
      if (pending.current !== null || typedFor.current !== found.key || now !== found.value) return;
      if (latest.current.recordsFound?.() ?? true) flushRef.current.flush(now, true);
    };
    const stop = () => {
      for (const type of ACTIONS) window.removeEventListener(type, act, true);
    };
    for (const type of ACTIONS) window.addEventListener(type, act, true);
    return stop;
  }, [found]);
  useEffect(() => {
    // The page left (reload, tab closed) or the field gone, with text typed since the last record: recorded.
    const leave = () => flushRef.current.flushDue();
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
