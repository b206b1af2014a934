import { preloadFlowParts as preload } from '../content/fr';
import { loadFlow } from '../screens/loadFlow';

/**
 * For component tests: both flows' help texts and bodies, and the flows' engine with the outcome page,
 * loaded before the first render, as src/start.tsx does in the browser, so that a screen renders at once
 * instead of suspending while the modules are transformed.
 */
export async function preloadScreens() {
  await Promise.all([preload('delta'), preload('gamma'), loadFlow()]);
}
