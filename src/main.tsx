/**
 * The entry. The page's own module is loaded first (its files are already on their way: the build lists
 * them in each prerendered page), then the prerendered HTML is hydrated, or any other page rendered.
 *
 * Before the app has taken over, the page works as plain HTML: a question's form is sent by the browser
 * with its answer, and followed once the app has loaded (src/session/codec.ts, ANSWER_PARAM); a link is
 * followed. The radio buttons keep what the user chose while the app hydrates them (they are read from the
 * form, not from the app's state), so that an answer given at any moment counts.
 */
import './styles.css';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App, loadPageAt } from './app/App';
import { setEvidenceWriteHook } from './records/evidence';
import { whenIdle } from './ui/whenIdle';

// Persistent storage: asked for when the first record that may be evidence is written.
setEvidenceWriteHook(() => void import('./lib/persist').then((persist) => persist.askOnceForPersistence()));

const container = document.getElementById('root')!;
const { pathname, search } = window.location;
const app = (
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>
);
// Not awaited at the top level: the page's module imports this one's, which must finish first. Should the
// load fail (offline before the app was stored), the page says so as it renders (ErrorBoundary).
void loadPageAt(pathname)
  .catch(() => {})
  .then(() => {
    if (container.dataset.prerendered === pathname + search) hydrateRoot(container, app);
    else createRoot(container).render(app);
  });

// Whether storage is already persistent: known once the browser is idle.
whenIdle(() => void import('./lib/persist').then((persist) => persist.checkPersistence()));
