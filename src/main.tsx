import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { preloadDeltaParts } from './content/fr/delta';
import { preloadGammaParts } from './content/fr/gamma';
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

// The help texts and bodies of the flow shown, before the first render: nothing then waits for them.
const { pathname, search } = window.location;
await (pathname.startsWith('/delta/')
  ? preloadDeltaParts()
  : pathname.startsWith('/gamma/')
    ? preloadGammaParts()
    : null);

// A page prerendered for this very URL is hydrated; any other is rendered here (over the shell, or over
// the page of the same step prerendered with other answers). Either way, as a transition: React works
// in short slices, so that the main thread is never blocked long on a slow phone.
if (container.dataset.prerendered === pathname + search) {
  startTransition(() => {
    hydrateRoot(container, app);
  });
} else {
  const root = createRoot(container);
  startTransition(() => root.render(app));
}

// Persistent storage: known at start, asked for when the first record that may be evidence is written.
void import('./lib/persist').then((persist) => {
  void persist.checkPersistence();
  setEvidenceWriteHook(persist.askOnceForPersistence);
});
