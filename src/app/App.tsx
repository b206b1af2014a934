import { createElement, lazy, Suspense, useEffect, type ComponentType } from 'react';
import { generatePath, Link, NavLink, useLocation, useRoutes } from 'react-router';
import { contacts } from '../content/contacts';
import { ErrorBoundary } from './ErrorBoundary';
import { useStoreProblems } from '../backup/useStoreProblems';
import { WhenIdle } from '../ui/whenIdle';
import { HelpDeskModeProvider, useHelpDeskMode } from '../helpDesk/HelpDeskMode';
import { loadPage, PAGE_PATHS, PAGES, pageAt, type Page, type PageId } from '../routes';

const HelpDeskPanel = lazy(() => import('../helpDesk/HelpDeskPanel'));
const StorageStatus = lazy(() => import('./StorageStatus'));
const UpdateBanner = lazy(() => import('./UpdateBanner'));

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
  return (
    <div className="layout">
      <div className="layout-main">
        {/* One boundary for every page, so that the page stays while the next one loads (a navigation is a
            transition); the error boundary inside, keyed by location: a link in the header recovers from an
            error on the page left behind. */}
        <Suspense fallback={<p>Chargement…</p>}>
          <ErrorBoundary key={location.pathname}>{page}</ErrorBoundary>
        </Suspense>
      </div>
      {agent.enabled && (
        <Suspense fallback={<p className="layout-side">Chargement du mode assistance…</p>}>
          <HelpDeskPanel />
        </Suspense>
      )}
    </div>
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
        Aller au contenu
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
            <span className="brand-name">Secours douane</span>
            <span className="brand-tagline">Pannes DELTA et GAMMA 2 : diagnostic et procédure de secours</span>
          </Link>
          <nav aria-label="Navigation principale">
            <ul className="nav-list">
              <li>
                <NavLink to="/" end>
                  Diagnostic
                </NavLink>
              </li>
              <li>
                <NavLink to={PAGE_PATHS.incidents}>Incidents</NavLink>
              </li>
              <li>
                <NavLink to={PAGE_PATHS.register} end>
                  Registre LRN
                </NavLink>
              </li>
              <li>
                <NavLink to={generatePath(PAGE_PATHS.map, { flow: 'delta' })}>Carte des parcours</NavLink>
              </li>
              <li>
                <NavLink to={PAGE_PATHS.data}>Mes données</NavLink>
              </li>
              <li>
                <NavLink to={PAGE_PATHS.helpDesk}>Mode assistance</NavLink>
              </li>
              <li>
                <NavLink to={PAGE_PATHS.help}>Aide</NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <StorageProblems />
      <main id="main" className="container" tabIndex={-1}>
        {shell ? (
          <div className="layout">
            <p className="layout-main">Chargement…</p>
          </div>
        ) : (
          <PageArea />
        )}
      </main>
      <footer className="site-footer no-print">
        <div className="container">
          <p>
            Outil indépendant d’aide au diagnostic : il n’est pas un service de la douane. Il suit la fiche DELTA{' '}
            « Déclenchement d’une alerte lors d’un dysfonctionnement des services en ligne DELTA » et le logigramme
            GAMMA 2 (version janvier 2023) ; seuls ces documents font foi. En cas de doute (conseil de l’outil),
            contactez le SAU du CID au <a href={contacts.sau.phoneHref}>{contacts.sau.phoneDisplay}</a>.
          </p>
          <p>
            Vos réponses et vos données restent dans ce navigateur : rien n’est envoyé.{' '}
            <Link to={PAGE_PATHS.help}>Aide</Link>
          </p>
        </div>
      </footer>
    </HelpDeskModeProvider>
  );
}
