import { useEffect, useRef } from 'react';

/**
 * Moves focus to an element when `key` changes (not on the first render): after an in-page action, to
 * the next step, the new field or the status message, so that a screen-reader or keyboard user keeps
 * their place instead of falling back to the top of the page.
 */
export function useFocusOnChange<T extends HTMLElement>(key: string | null) {
  const ref = useRef<T>(null);
  const shown = useRef(key);
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    if (key !== null) ref.current?.focus();
  }, [key]);
  return ref;
}
