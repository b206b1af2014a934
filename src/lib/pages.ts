/**
 * The app's pages outside the diagnosis, by path: src/app/App.tsx routes them, each with its own file loaded
 * when it is shown, and src/lib/chunkPlan.ts fetches that file with the app's on a link or a reload.
 */
export const PAGE_PATHS = {
  incidents: '/incidents',
  incident: '/incidents/:id',
  register: '/registre-lrn',
  form: '/registre-lrn/formulaire/:lrn',
  map: '/carte/:flow',
  data: '/donnees',
} as const;

export type PageName = keyof typeof PAGE_PATHS;

/** A path's pattern as the router reads it: a `:param` is one segment, letter case and a final `/` aside. */
const PATTERNS = Object.entries(PAGE_PATHS).map(
  ([name, path]) => [name as PageName, new RegExp(`^${path.replace(/:[a-z]+/g, '[^/]+')}/?$`, 'i')] as const,
);
const STEP = /^\/(?:[^/]+\/[^/]+\/?)?$/;

/**
 * What a path shows: one of the pages above, `step` for the diagnosis (`/`, and `/:flow/:step` where no page
 * above matches), or nothing (the page « not found »). A unit test holds it to the router's own matching.
 */
export function pageOf(pathname: string): PageName | 'step' | undefined {
  for (const [name, pattern] of PATTERNS) if (pattern.test(pathname)) return name;
  return STEP.test(pathname) ? 'step' : undefined;
}
