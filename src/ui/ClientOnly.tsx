import { startTransition, useEffect, useState, type ReactNode } from 'react';

let hydrated = false;

/**
 * Its children, once in the browser. Not while prerendering nor while hydrating, so that hydration matches
 * the prerendered page; then added as a transition (in short slices, not one long task on a slow phone).
 * Mounted later in the browser (a page opened from a link), it shows its children at once.
 */
export function ClientOnly({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(hydrated);
  useEffect(() => {
    hydrated = true;
    if (!shown) startTransition(() => setShown(true));
  }, [shown]);
  return shown ? children : null;
}
