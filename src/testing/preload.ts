import { loadAllPages } from '../app/App';

/**
 * For component tests: every page's module loaded before the first render, as src/main.tsx loads the one
 * page it shows, so that a screen renders at once instead of suspending while its module is transformed.
 */
export async function preloadScreens() {
  await loadAllPages();
}
