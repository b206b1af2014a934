import { useEffect, useMemo, useRef } from 'react';
import { useDraft } from '../../ui/drafts';

/**
 * A text the agent types into the call (notes, the caller, a fact): kept as a draft while typed (it survives
 * a reload), and recorded once the agent pauses or leaves the field: one event per text, not per key.
 * `record` says whether it was recorded (a refused value stays a draft, with its message).
 */
export function useTyped(draftKey: string, recorded: string, record: (value: string) => boolean, pause = 1200) {
  const initial = useMemo(() => ({ value: recorded }), [recorded]);
  const { values, set, clear } = useDraft(draftKey, initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ recorded, record, clear });
  useEffect(() => {
    latest.current = { recorded, record, clear };
  });
  const flush = (value: string) => {
    clearTimeout(timer.current);
    const { recorded: now, record: save, clear: forget } = latest.current;
    if (value === now || save(value)) forget();
  };
  return {
    value: values.value,
    onChange(value: string) {
      set('value', value);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => flush(value), pause);
    },
    onBlur: () => flush(values.value),
    /** Records a value at once (a choice, « Maintenant »). */
    commit: flush,
  };
}
