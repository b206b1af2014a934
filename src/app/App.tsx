import { createElement, lazy, Suspense, useEffect, useRef, type ComponentType } from 'react';
import { generatePath, Link, NavLink, useLocation, useRoutes } from 'react-router';
import { contacts } from '../content/contacts';
import { ErrorBoundary } from './ErrorBoundary';
import { useStoreProblems } from '../backup/useStoreProblems';
import { WhenIdle } from '../ui/whenIdle';
import { HelpDeskModeProvider, useHelpDeskMode } from '../helpDesk/HelpDeskMode';
import { keepEarlyKeys } from '../helpDesk/earlyKeys';
import { loadPage, PAGE_PATHS, PAGES, pageAt, type Page, type PageId } from '../routes';
import { APP_TEXT as T } from './texts';

const HelpDeskPanel = lazy(() => import('../helpDesk/HelpDeskPanel'));
const StorageStatus = lazy(() => import('./StorageStatus'));
const UpdateBanner = lazy(() => import('./UpdateBanner'));
const PrintStamp = lazy(() => import('./PrintStamp'));

/** The pages whose module is here: rendered at once, without suspending. */
const loaded = new Map<PageId, ComponentType>();

async function load(page: Page) {
  const module = await loadPage(page);
  loaded.set(page.id, module.default);
  return module;
}

/**
 * Loads the module of the page a pathname shows, so that the first render (a hydration of the prerendered
 * HTML) has it and does not suspend (src/main.tsx, src/entry-server.tsx).
 */
export const loadPageAt = (pathname: string) => load(pageAt(pathname));

/** Every page's module (component tests render any page at once). */
export const loadAllPages = () => Promise.all(PAGES.map(load));

const lazyPages = new Map(PAGES.map((page) => [page.id, lazy(() => load(page))] as const));

function PageView({ page }: { page: Page }) {
  return createElement(loaded.get(page.id) ?? lazyPages.get(page.id)!);
}

const ROUTES = PAGES.map((page) => ({ path: page.path, element: <PageView page={page} /> }));

/** Storage problems, on every page: the banner's code is loaded only when there is one. */
function StorageProblems() {
  const problems = useStoreProblems();
  if (problems.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <StorageStatus problems={problems} />
    </Suspense>
  );
}

/** The page the URL names, with the help-desk panel beside it while help-desk mode is on. */
function PageArea() {
  const location = useLocation();
  const agent = useHelpDeskMode();
  const page = useRoutes(ROUTES);
  // Help-desk keys pressed while the panel loads act once it is there.
  useEffect(() => (agent.enabled && agent.keys ? keepEarlyKeys() : undefined), [agent.enabled, agent.keys]);
  return (
    <div className="layout">
      <div className="layout-main">
        {/* One boundary for every page, so that the page stays while the next one loads (a navigation is a
            transition); the error boundary inside, keyed by location: a link in the header recovers from an
            error on the page left behind. */}
        <Suspense fallback={<p>{T.loading}</p>}>
          <ErrorBoundary key={location.pathname}>{page}</ErrorBoundary>
        </Suspense>
      </div>
      {agent.enabled && (
        <Suspense fallback={<p className="layout-side no-print">{T.loadingHelpDesk}</p>}>
          <HelpDeskPanel />
        </Suspense>
      )}
    </div>
  );
}

/**
 * The site's navigation. On a phone it is one row that scrolls sideways (styles.css): the current page's
 * link is scrolled into it, never left cut at the edge. Only the row scrolls, never the page.
 */
function SiteNav() {
  const { pathname } = useLocation();
  const list = useRef<HTMLUListElement>(null);
  // Once per page shown (a row the user scrolled stays as they left it until the next page).
  const shownFor = useRef<string | null>(null);
  useEffect(() => {
    if (shownFor.current === pathname) return;
    shownFor.current = pathname;
    // At the next frame, as the page is laid out anyway: never a layout of its own before the page is live.
    requestAnimationFrame(() => {
      const row = list.current;
      const current = row?.querySelector('[aria-current="page"]');
      if (!row || !current || row.scrollWidth <= row.clientWidth) return;
      const shown = row.getBoundingClientRect();
      const link = current.getBoundingClientRect();
      if (link.left < shown.left || link.right > shown.right) row.scrollLeft += link.left - shown.left - 16;
    });
  });
  // A link reached with the keyboard, half out of the row on a phone: scrolled whole into it.
  useEffect(() => {
    const row = list.current;
    const show = (e: FocusEvent) =>
      e.target instanceof HTMLElement && e.target.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    row?.addEventListener('focusin', show);
    return () => row?.removeEventListener('focusin', show);
  }, []);
  return (
    <nav aria-label={T.nav}>
      <ul className="nav-list" ref={list}>
        <li>
          <NavLink to="/" end>
            {T.links.diagnosis}
          </NavLink>
        </li>
        <li>
          <NavLink to={PAGE_PATHS.incidents}>{T.links.incidents}</NavLink>
        </li>
        <li>
          <NavLink to={PAGE_PATHS.register} end>
            {T.links.register}
          </NavLink>
        </li>
        <li>
          <NavLink to={generatePath(PAGE_PATHS.map, { flow: 'delta' })}>{T.links.map}</NavLink>
        </li>
        <li>
          <NavLink to={PAGE_PATHS.data}>{T.links.data}</NavLink>
        </li>
        <li>
          <NavLink to={PAGE_PATHS.helpDesk}>{T.links.helpDesk}</NavLink>
        </li>
        <li>
          <NavLink to={PAGE_PATHS.help}>{T.links.help}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

/**
 * The app: header, the page, footer. `shell` renders the frame around a page still loading (the HTML of
 * every page that is not prerendered: scripts/prerender-plugin.ts).
 */
export function App({ shell = false }: { shell?: boolean }) {
  // The page is live: the app has taken over the prerendered HTML (the bench measures when).
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return (
    <HelpDeskModeProvider>
      <a className="skip-link" href="#main">
        {T.skip}
      </a>
      {import.meta.env.PROD && (
        // The service worker is the browser's: not prerendered, and registered once the page is shown.
        <WhenIdle>
          <Suspense fallback={null}>
            <UpdateBanner />
          </Suspense>
        </WhenIdle>
      )}
      <header className="site-header no-print">
        <div className="container header-inner">
          <Link to="/" className="brand">
            <span className="brand-name">{T.name}</span>
            <span className="brand-tagline">{T.tagline}</span>
          </Link>
          <SiteNav />
        </div>
      </header>
      <StorageProblems />
      <main id="main" className="container" tabIndex={-1}>
        <WhenIdle>
          <Suspense fallback={null}>
            <PrintStamp />
          </Suspense>
        </WhenIdle>
        {shell ? (
          <div className="layout">
            <p className="layout-main">{T.loading}</p>
          </div>
        ) : (
          <PageArea />
        )}
      </main>
      <footer className="site-footer no-print">
        <div className="container">
          <p>
            {T.footer}
            <a href={contacts.sau.phoneHref}>{contacts.sau.phoneDisplay}</a>.
          </p>
          <p>
            {T.privacy}
            <Link to={PAGE_PATHS.help}>{T.links.help}</Link>
          </p>
        </div>
      </footer>
    </HelpDeskModeProvider>
  );
}
