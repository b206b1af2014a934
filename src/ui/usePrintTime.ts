import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatDateTime } from '../lib/time';

/**
 * The time the page is printed, Paris time: taken once the page is live (never prerendered: the build's time
 * would be wrong, and would not hydrate), and again as the browser prepares to print, rendered at once
 * (flushSync): the browser lays the page out for print right after `beforeprint`, before React would render.
 */
export function usePrintTime(): string {
  const [at, setAt] = useState('');
  useEffect(() => {
    const update = () => setAt(formatDateTime(new Date()));
    const beforePrint = () => flushSync(update);
    update();
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, []);
  return at;
}
