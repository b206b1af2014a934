/**
 * The flows' engine and the outcome page (./flow) are not part of the entry page's first load: the entry
 * question is shown and answered without them (src/session/entry.ts). They are loaded when a page needs them
 * (src/start.tsx loads them before the first render of such a page), and on the entry page as soon as the
 * user starts answering, so that « Continuer » does not wait for them.
 */
import { track, type Tracked } from '../lib/tracked';

export type Flow = typeof import('./flow');
let flow: Tracked<Flow> | null = null;

/** The module, loaded once; read with React's use(), which does not suspend once it is there. */
export function loadFlow(): Promise<Flow> {
  if (flow) return flow;
  const loading = track(import('./flow'));
  // A failed load (offline before the app was cached) is tried again on the next call.
  loading.catch(() => {
    if (flow === loading) flow = null;
  });
  return (flow = loading);
}

/** The module if it is already there (then « Continuer » moves on at once), else undefined. */
export function loadedFlow(): Flow | undefined {
  return flow?.status === 'fulfilled' ? flow.value : undefined;
}
