import { useEffect, useState, type ReactNode } from 'react';

/** Runs `then` once the browser is idle (at the latest after `timeout` ms); returns a cancel function. */
export function whenIdle(then: () => void, timeout = 2000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(then, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(then, Math.min(timeout, 500));
  return () => window.clearTimeout(id);
}

/**
 * Its children, once the browser is idle after the page was shown: for what the page does not need (the
 * service worker), so that it never delays the page. Only this component renders again, not its holder.
 */
export function WhenIdle({ children }: { children: ReactNode }) {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  return idle ? children : null;
}
