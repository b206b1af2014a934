import { preloadFlowParts as preload } from '../content/fr';

/**
 * For component tests: both flows' help texts and bodies, loaded before the first render, as src/start.tsx does
 * in the browser, so that a screen renders at once instead of suspending while the module is transformed.
 */
export async function preloadFlowParts() {
  await Promise.all([preload('delta'), preload('gamma')]);
}
