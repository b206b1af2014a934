/**
 * The entry: the stylesheet, and the app once the page has painted. A prerendered page (scripts/prerender-plugin.ts)
 * is shown from its HTML and CSS alone; the app's JavaScript is fetched only after that first paint, so that
 * on a slow connection or phone the page is read while the app loads (./start hydrates it). A page not
 * prerendered for this URL has nothing to show: the app starts at once.
 */
import './styles.css';
import { preloadStages, stagesFor, type Kept } from './lib/chunkPlan';
import { storageKey } from './lib/storageKey';

/**
 * Asks at once for every file the page will import, from the start to the outcome's tool
 * (src/lib/chunkPlan.ts), rather than each stage's files once the stage before has arrived.
 */
function preload() {
  const { pathname, search } = window.location;
  preloadStages(stagesFor(pathname, search, keptHere));
}

function start() {
  preload();
  void import('./start');
}

function afterFirstPaint(then: () => void) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(fallback);
    then();
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) once();
  });
  observer.observe({ type: 'paint', buffered: true });
  // A hidden tab does not paint, and a browser may not report paints: the app never waits more than this.
  const fallback = setTimeout(once, 500);
}

const kept = (name: string) => window.localStorage.getItem(storageKey(name)) ?? '';

/** What this browser keeps that the app will show: read without the stores, which are not loaded yet. */
function keptInBrowser(): Kept {
  try {
    return { session: /"answers":\["/.test(kept('session')), helpDesk: /"enabled":true/.test(kept('agent-mode')) };
  } catch {
    return { session: false, helpDesk: false };
  }
}
const keptHere = keptInBrowser();

/**
 * Whether what this browser keeps changes the page the app will show: a diagnosis to resume (offered on the
 * entry page), help-desk mode (a panel beside every page). The prerendered page would then shift under the
 * user's eyes or finger when the app renders; it is kept hidden until the app has rendered it
 * (html[data-pending] in styles.css), at most a few seconds.
 */
function keptChangesPage(): boolean {
  return (window.location.pathname === '/' && keptHere.session) || keptHere.helpDesk;
}

const root = document.getElementById('root');
const prerendered = root?.dataset.prerendered === window.location.pathname + window.location.search;
// The page of this step prerendered for other answers: shown, but inert (its links and form carry those
// answers) until the app has rendered this URL's.
if (root?.dataset.prerendered !== undefined && !prerendered) root.inert = true;
if (prerendered && keptChangesPage()) {
  const html = document.documentElement;
  html.dataset.pending = '';
  setTimeout(() => delete html.dataset.pending, 3000);
  start();
} else if (
  prerendered &&
  document.visibilityState === 'visible' &&
  PerformanceObserver.supportedEntryTypes?.includes('paint')
)
  afterFirstPaint(start);
else if (root?.dataset.prerendered !== undefined && document.visibilityState === 'visible') {
  // The page of this step for other answers: the app starts at once, and what it will import is asked for
  // once that page has painted, so that the requests do not hold the paint back.
  void import('./start');
  afterFirstPaint(preload);
} else start();
