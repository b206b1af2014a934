import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { clearDrafts, draftsStore, useDraft } from './drafts';

/**
 * A text typed into a record (a call's notes, the caller, a fact; an incident's notes): kept as a draft while
 * typed, and recorded once the user pauses or leaves the field, or the page is left (a reload, a closed tab),
 * or the field goes away: one event per text, not per key. `record` says whether it was recorded (a refused
 * value stays a draft, with its message). A draft found when the field is shown (left by a tab that crashed,
 * or typed in another tab) is shown, and recorded only once the user acts on it here: leaves the field, or, as
 * below, makes the record it was left for; showing a page never writes.
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
  /** A draft left under the former key, moved with the field (another tab may still be typing it). */
  const carried = useRef(false);
  const flush = (value: string) => {
    clearTimeout(timer.current);
    pending.current = null;
    carried.current = false;
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
    if (pending.current !== null) {
      set('value', pending.current);
      clearDrafts(former);
    } else if (latest.current.carriesDraft?.() && draftsStore.getSnapshot().value[former]) {
      // Moved, not taken as typed here: it is recorded as it then stands, if no other tab recorded it first.
      draftsStore.update(({ [former]: left, ...rest }) =>
        left && !rest[draftKey] ? { ...rest, [draftKey]: left } : rest,
      );
      carried.current = true;
    } else return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => flushDue(pending, carried, typedFor, flushRef.current), pause);
  }, [draftKey, set, pause]);
  useEffect(() => {
    flushRef.current = flush;
  });
  useEffect(() => {
    // The page left (reload, tab closed) or the field gone, with text typed since the last record: recorded.
    const leave = () => flushDue(pending, carried, typedFor, flushRef.current);
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

/** Records what is due: what this tab typed; else a draft it carried, as it stands now (or nothing, if gone). */
function flushDue(
  pending: RefObject<string | null>,
  carried: RefObject<boolean>,
  draftKey: RefObject<string>,
  flush: (value: string) => void,
) {
  const value = pending.current ?? (carried.current ? draftsStore.getSnapshot().value[draftKey.current]?.value : null);
  if (value != null) flush(value);
}
