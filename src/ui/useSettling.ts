import { useEffect, useState } from 'react';

/**
 * True for a moment after a control appears: its button is said unavailable (`aria-disabled`) and ignores
 * taps meanwhile, so that the second tap of a double tap, or a tap meant for what was there a moment
 * before (another tab changed the page), never acts on what just took its place.
 */
export function useSettling(ms = 600): boolean {
  const [settling, setSettling] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setSettling(false), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return settling;
}
