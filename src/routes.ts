/**
 * The route table: every page of the app, declared once. Its path; its module, `src/pages/<module>.tsx`,
 * loaded when the page is shown; and whether the build prerenders it (real HTML, shown before any
 * JavaScript has run). What the page imports, the flows' engine included, is read by the bundler from the
 * module itself.
 *
 * Everything else derives from this table: the router (src/app/App.tsx), the pages the build writes and the
 * files each of them asks for (scripts/prerender-plugin.ts), the page loaded before the first render
 * (src/main.tsx), and every link (`PAGE_PATHS` with react-router's generatePath).
 *
 * Adding a page: one entry here, and its module in src/pages/.
 */
import type { ComponentType } from 'react';
import { matchRoutes } from 'react-router';

export const PAGES = [
  { id: 'entry', path: '/', module: 'EntryPage', prerender: true },
  { id: 'incidents', path: '/incidents', module: 'IncidentsPage', prerender: false },
  { id: 'incidentStart', path: '/incidents/nouveau', module: 'IncidentStartPage', prerender: false },
  { id: 'incident', path: '/incidents/:id', module: 'IncidentPage', prerender: false },
  { id: 'register', path: '/registre-lrn', module: 'RegisterPage', prerender: false },
  { id: 'form', path: '/registre-lrn/formulaire/:lrn', module: 'PaperFormPage', prerender: false },
  { id: 'map', path: '/carte/:flow', module: 'FlowMapPage', prerender: false },
  { id: 'data', path: '/donnees', module: 'DataPage', prerender: false },
  { id: 'helpDesk', path: '/assistance', module: 'HelpDeskPage', prerender: false },
  { id: 'calls', path: '/appels', module: 'CallsPage', prerender: false },
  { id: 'help', path: '/aide', module: 'HelpPage', prerender: true, title: 'Aide' },
  // Every step of both flows but the entry question: prerendered at the URL of the shortest path to it.
  { id: 'step', path: '/:flow/:step', module: 'StepPage', prerender: true },
  { id: 'notFound', path: '*', module: 'NotFoundPage', prerender: false },
] as const satisfies readonly PageEntry[];

export interface PageEntry {
  readonly id: string;
  /** As react-router reads it: `:name` is one segment; `*` anything no other page matches. */
  readonly path: string;
  /** The file in src/pages/, without its extension; it exports the page as its default. */
  readonly module: string;
  readonly prerender: boolean;
  /** A prerendered page's title (the steps take their question's). */
  readonly title?: string;
}

export type Page = (typeof PAGES)[number];
export type PageId = Page['id'];

/** The path of every page, by id, for links: `generatePath(PAGE_PATHS.incident, { id })`. */
export const PAGE_PATHS = Object.fromEntries(PAGES.map((p) => [p.id, p.path])) as {
  readonly [P in Page as P['id']]: P['path'];
};

export interface PageModule {
  readonly default: ComponentType;
}

/** The pages' modules, one file (and one chunk) each, loaded on demand: never their tests, which sit beside them. */
const MODULES = import.meta.glob<PageModule>(['./pages/*.tsx', '!./pages/*.test.tsx']);

/** The module file of a page, as the bundler names it from the root (scripts/prerender-plugin.ts reads it). */
export const moduleFile = (page: Pick<Page, 'module'>) => `src/pages/${page.module}.tsx`;

export function loadPage(page: Page): Promise<PageModule> {
  const load = MODULES[`./pages/${page.module}.tsx`];
  if (!load) return Promise.reject(new Error(`No module src/pages/${page.module}.tsx`));
  return load();
}

/** The page a pathname shows, as the router matches it. */
export function pageAt(pathname: string): Page {
  const match = matchRoutes(PAGES as unknown as { path: string }[], pathname)?.[0]?.route as Page | undefined;
  return match ?? PAGES.find((p) => p.id === 'notFound')!;
}
