import { preloadDeltaParts } from '../content/fr/delta';
import { preloadGammaParts } from '../content/fr/gamma';

/**
 * For component tests: both flows' help texts and bodies, loaded before the first render, as main.tsx does
 * in the browser, so that a screen renders at once instead of suspending while the module is transformed.
 */
export async function preloadFlowParts() {
  await Promise.all([preloadDeltaParts(), preloadGammaParts()]);
}
