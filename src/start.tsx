import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { preloadFlowParts } from './content/fr';
import './styles.css';
import { setEvidenceWriteHook } from './lib/storage';

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>
);

/**
 * A page prerendered for this very URL is hydrated; any other is rendered here (over the shell, or over
 * the page of the same step prerendered with other answers). Either way, as a transition: React works in
 * short slices, so that the main thread is never blocked long on a slow phone.
 */
function start() {
  const { pathname, search } = window.location;
  if (container.dataset.prerendered === pathname + search) {
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    const root = createRoot(container);
    startTransition(() => root.render(app));
  }
}

// The help texts and bodies of the flow shown come first, so that nothing waits for them.
const flow = /^\/(delta|gamma)\//.exec(window.location.pathname)?.[1] as 'delta' | 'gamma' | undefined;
if (flow) void preloadFlowParts(flow).then(start, start);
else start();

// Persistent storage: known at start, asked for when the first record that may be evidence is written.
void import('./lib/persist').then((persist) => {
  void persist.checkPersistence();
  setEvidenceWriteHook(persist.askOnceForPersistence);
});
