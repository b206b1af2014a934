import { usePrintTime } from '../ui/usePrintTime';
import { APP_TEXT } from './texts';

/**
 * When the page was printed, at the top of its first printed page: a printed record is evidence (every page
 * also says « page N / M », styles.css). Loaded once the browser is idle, with what it needs to render at
 * once before printing (react-dom's flushSync): none of it in the first load.
 */
export default function PrintStamp() {
  const at = usePrintTime();
  return at ? <p className="print-only print-stamp">{APP_TEXT.printed(at)}</p> : null;
}
