import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import './styles.css';
import { setEvidenceWriteHook } from './lib/storage';

// The first render as a transition: React renders it in short slices, so that the main thread is never
// blocked long on a slow phone (Total Blocking Time), without changing what is shown.
const root = createRoot(document.getElementById('root')!);
startTransition(() =>
  root.render(
    <StrictMode>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </StrictMode>,
  ),
);

// Persistent storage: known at start, asked for when the first record that may be evidence is written.
void import('./lib/persist').then((persist) => {
  void persist.checkPersistence();
  setEvidenceWriteHook(persist.askOnceForPersistence);
});
