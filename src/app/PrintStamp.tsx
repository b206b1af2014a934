import { useEffect, useState } from 'react';
import { formatDateTime } from '../lib/time';
import { APP_TEXT } from './texts';

/**
 * When the page was printed, at the top of its first printed page (a printed record is evidence; every page
 * also says « page N / M », styles.css). Taken once the page is live, and again as the browser prepares to
 * print; never prerendered (the build's time would be wrong, and would not hydrate).
 */
export function PrintStamp() {
  const [at, setAt] = useState('');
  useEffect(() => {
    const update = () => setAt(formatDateTime(new Date()));
    update();
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return at ? <p className="print-only print-stamp">{APP_TEXT.printed(at)}</p> : null;
}
