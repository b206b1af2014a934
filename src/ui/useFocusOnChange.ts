import { useEffect, useRef } from 'react';

/** A field the user types in. */
const editable = (el: Element | null) =>
  el instanceof HTMLTextAreaElement ||
  el instanceof HTMLSelectElement ||
  (el instanceof HTMLInputElement && !['button', 'submit', 'reset', 'checkbox', 'radio'].includes(el.type));

/**
 * Moves focus to an element when `key` changes (not on the first render): after an in-page action, to
 * the next step, the new field or the status message, so that a screen-reader or keyboard user keeps
 * their place instead of falling back to the top of the page. Never away from a field the user has gone
 * on to type in elsewhere meanwhile (on a slow phone, the move comes a moment after the tap): what they
 * type is not lost.
 */
export function useFocusOnChange<T extends HTMLElement>(
  key: string | null,
  /** Never from a field typed in, wherever it is: the change may come from another tab, not from this one. */
  spareFields = false,
) {
  const ref = useRef<T>(null);
  const shown = useRef(key);
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    const target = ref.current;
    if (key === null || !target) return;
    const active = document.activeElement;
    const scope = target.closest('section, details, form, .panel') ?? target;
    if (editable(active) && (spareFields || !scope.contains(active))) return;
    target.focus();
  }, [key, spareFields]);
  return ref;
}
