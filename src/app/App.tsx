import { lazy, Suspense, useEffect } from 'react';
import { generatePath, Link, NavLink, Route, Routes, useLocation } from 'react-router';
import { contacts } from '../content/contacts';
import { NodeScreen } from '../screens/NodeScreen';
import { NotFound } from '../screens/NotFound';
import { ErrorBoundary } from './ErrorBoundary';
import { useStoreProblems } from '../data/useStoreProblems';
import { WhenIdle } from '../ui/whenIdle';
import { AgentModeProvider, AgentModeToggle, useAgentMode } from '../agent/AgentMode';
import { PAGE_PATHS } from '../lib/pages';

const RegisterPage = lazy(() => import('../gamma/RegisterPage'));
const BackupFormPage = lazy(() => import('../gamma/BackupFormPage'));
const IncidentsPage = lazy(() => import('../incident/IncidentsPage'));
const IncidentPage = lazy(() => import('../incident/IncidentPage'));
const FlowMapPage = lazy(() => import('../map/FlowMapPage'));
const DataPage = lazy(() => import('../data/DataPage'));
const AgentPanel = lazy(() => import('../agent/AgentPanel'));
const StorageStatus = lazy(() => import('./StorageStatus'));
const UpdateBanner = lazy(() => import('./UpdateBanner'));

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
function Page() {
  const location = useLocation();
  const agent = useAgentMode();
  const routes = (
    // Keyed by location: a link in the header recovers from an error on the page left behind.
    <ErrorBoundary key={location.pathname}>
      <Suspense fallback={<p>Chargement…</p>}>
        <Routes>
          <Route path="/" element={<NodeScreen />} />
          <Route path={PAGE_PATHS.incidents} element={<IncidentsPage />} />
          <Route path={PAGE_PATHS.incident} element={<IncidentPage />} />
          <Route path={PAGE_PATHS.register} element={<RegisterPage />} />
          <Route path={PAGE_PATHS.map} element={<FlowMapPage />} />
          <Route path={PAGE_PATHS.data} element={<DataPage />} />
          <Route path={PAGE_PATHS.form} element={<BackupFormPage />} />
          <Route path="/:flow/:step" element={<NodeScreen />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </ErrorBoundary>
  );
  if (!agent.enabled) return routes;
  return (
    <div className="agent-layout">
      <div className="agent-main">{routes}</div>
      <Suspense fallback={<p>Chargement du mode assistance…</p>}>
        <AgentPanel />
      </Suspense>
    </div>
  );
}

export function App() {
  // The page is live: the app has taken over the prerendered HTML (end-to-end tests wait for it); a page kept
  // hidden is shown, and the root, inert while it showed a step for other answers, is usable (src/main.tsx).
  useEffect(() => {
    const html = document.documentElement;
    html.dataset.app = 'ready';
    delete html.dataset.pending;
    document.getElementById('root')?.removeAttribute('inert');
  }, []);
  return (
    <AgentModeProvider>
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
                <AgentModeToggle />
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <StorageProblems />
      <main id="main" className="container" tabIndex={-1}>
        <Page />
      </main>
      <footer className="site-footer no-print">
        <div className="container">
          <p>
            Outil indépendant d’aide au diagnostic : il n’est pas un service de la douane. Il suit la fiche DELTA{' '}
            « Déclenchement d’une alerte lors d’un dysfonctionnement des services en ligne DELTA » et le logigramme
            GAMMA 2 (version janvier 2023) ; seuls ces documents font foi. En cas de doute, contactez le SAU du CID au{' '}
            <a href={contacts.sau.phoneHref}>{contacts.sau.phoneDisplay}</a>.
          </p>
          <p>Vos réponses et vos données restent dans ce navigateur : rien n’est envoyé.</p>
        </div>
      </footer>
    </AgentModeProvider>
  );
}
