/**
 * Starts the app (loaded by src/main.tsx). A page prerendered for this very URL is hydrated; any other is
 * rendered here (over the shell, or over the page of the same step prerendered with other answers).
 *
 * The files of every stage below are already on their way (src/main.tsx asked for them all at once:
 * src/lib/chunkPlan.ts).
 * On a slow phone no task may hold the main thread long: the libraries and the app are evaluated in
 * separate tasks (React; the schemas; the router and the screens; then, unless the page is the entry
 * page with nothing to replay, the flows' statecharts), React renders as a transition (in
 * short slices), and what is not needed for the page shown (the service worker, persistent storage) waits
 * until the browser is idle.
 */
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { whenIdle } from './ui/whenIdle';

/** Lets the browser run what waits (input, paint) before going on. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start() {
  const container = document.getElementById('root')!;
  const { pathname, search } = window.location;
  // One library per task: the schemas (with the stores), the router and the app, then the statecharts
  // (with the flows) if the page needs them; each is already evaluated when the next one imports it.
  await nextTask();
  const { setEvidenceWriteHook } = await import('./lib/storage');
  // Persistent storage: asked for when the first record that may be evidence is written.
  setEvidenceWriteHook(() => void import('./lib/persist').then((persist) => persist.askOnceForPersistence()));
  await nextTask();
  const { clientApp: app, preloadFlowParts, preloadFlow } = await import('./app/ClientApp');
  await nextTask();
  // Should it fail (offline before the app was cached), the page tries again as it renders, and says so.
  await preloadFlow(pathname, search).catch(() => {});
  // The help texts and bodies of the flow shown come first, so that nothing waits for them.
  const flow = /^\/(delta|gamma)\//.exec(pathname)?.[1] as 'delta' | 'gamma' | undefined;
  if (flow) await preloadFlowParts(flow).catch(() => {});
  await nextTask();
  // A page kept hidden (src/main.tsx) is rendered afresh, with what this browser keeps from the start.
  const hidden = 'pending' in document.documentElement.dataset;
  if (container.dataset.prerendered === pathname + search && !hidden) {
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    const root = createRoot(container);
    startTransition(() => root.render(app));
  }
  // Whether storage is already persistent: known once the browser is idle.
  whenIdle(() => void import('./lib/persist').then((persist) => persist.checkPersistence()));
}

void start();
