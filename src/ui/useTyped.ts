import { useEffect, useMemo, useRef } from 'react';
import { clearDrafts, draftsStore, useDraft } from './drafts';

/**
 * A text typed into a record (a call's notes, the caller, a fact; an incident's notes): kept as a draft while
 * typed, and recorded once the user pauses or leaves the field, or the page is left (a reload, a closed tab),
 * or the field goes away: one event per text, not per key, and nothing typed left unrecorded. `record` says
 * whether it was recorded (a refused value stays a draft, with its message).
 *
 * When the record it is typed for changes under the user's fingers (`draftKey`: a call started while the
 * agent types its first note), what this tab typed and has not recorded goes with the field; so does a draft
 * left under the former key (a tab closed before it could record), when `carriesDraft` says this tab made the
 * change: only the tab where the user acts, never a stale copy in another.
 */
export function useTyped(
  draftKey: string,
  recorded: string,
  record: (value: string) => boolean,
  { pause = 1200, carriesDraft }: { pause?: number; carriesDraft?: () => boolean } = {},
) {
  const initial = useMemo(() => ({ value: recorded }), [recorded]);
  const { values, set, clear } = useDraft(draftKey, initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** What was typed and is not recorded yet. */
  const pending = useRef<string | null>(null);
  const latest = useRef({ recorded, record, clear, carriesDraft });
  useEffect(() => {
    latest.current = { recorded, record, clear, carriesDraft };
  });
  const flush = (value: string) => {
    clearTimeout(timer.current);
    pending.current = null;
    const { recorded: now, record: save, clear: forget } = latest.current;
    if (value === now || save(value)) forget();
    else pending.current = value;
  };
  const flushRef = useRef(flush);
  // The record it is typed for changed: what goes with the field is recorded there after the pause, and the
  // draft under the former key is forgotten.
  const typedFor = useRef(draftKey);
  useEffect(() => {
    if (typedFor.current === draftKey) return;
    const former = typedFor.current;
    typedFor.current = draftKey;
    const left = latest.current.carriesDraft?.() ? draftsStore.getSnapshot().value[former]?.value : undefined;
    const value = pending.current ?? left ?? null;
    if (value === null) return;
    pending.current = value;
    set('value', value);
    clearDrafts(former);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => flushRef.current(value), pause);
  }, [draftKey, set, pause]);
  useEffect(() => {
    flushRef.current = flush;
  });
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
    commit: flush,
  };
}
