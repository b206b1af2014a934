/**
 * The server side of the prerendering (scripts/prerender-plugin.ts): renders the pages the route table
 * (src/routes.ts) marks as prerendered, with React's static renderer, inside the same tree as the client
 * (src/main.tsx), so that the client hydrates them. Stores read their server snapshot (empty) and the
 * help-desk panel is off: the browser adds what it keeps once hydrated.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { getShortestPaths } from 'xstate/graph';
import { App, loadPageAt } from './app/App';
import { APP_NAME, documentTitle } from './ui/usePageHeading';
import { contentOf } from './content/fr';
import { diagnosticMachine } from './flows/diagnostic.machine';
import { answersOf, type NodeId } from './flows/ids';
import { answerEvent, nodeIdOf } from './flows/replay';
import { nodeHref } from './session/codec';
import { moduleFile, PAGES, pageAt, type Page, type PageEntry } from './routes';

export interface PrerenderedRoute {
  /** The URL rendered: a step with its shortest answers (/delta/service and /gamma/access need none). */
  readonly url: string;
  /** Where it is written in the build: /delta/alert → delta/alert.html, / → index.html. */
  readonly file: string;
  readonly title: string;
  /** The module of its page, whose files the HTML asks for. */
  readonly module: string;
}

/** Every step of both flows but the entry question, at the URL of the shortest path that reaches it. */
function stepUrls(): { url: string; node: NodeId }[] {
  const paths = getShortestPaths(diagnosticMachine, { events: (s) => answersOf(nodeIdOf(s)).map(answerEvent) });
  // One page per step: the shortest of its paths (a step reached in DTI and in EDI is two states).
  const shortest = new Map<NodeId, (typeof paths)[number]>();
  for (const p of paths) {
    const node = nodeIdOf(p.state);
    const known = shortest.get(node);
    if (node !== 'start' && (!known || p.steps.length < known.steps.length)) shortest.set(node, p);
  }
  return [...shortest.entries()].map(([node, p]) => {
    const values = p.steps
      .map((s) => s.event.type)
      .filter((t) => t.startsWith('answer.'))
      .map((t) => t.slice('answer.'.length));
    return { url: nodeHref(node, values), node };
  });
}

/** The URLs of a prerendered page: its path, or for the steps, each step's. */
function urlsOf(page: Page): { url: string; title: string }[] {
  if (page.id === 'step') return stepUrls().map(({ url, node }) => ({ url, title: contentOf(node).title }));
  if (page.path.includes(':') || page.path.includes('*'))
    throw new Error(`prerender: ${page.path} has parameters: say which URLs to prerender`);
  const entry: PageEntry = page;
  return [{ url: page.path, title: page.id === 'entry' ? contentOf('start').title : (entry.title ?? '') }];
}

export function prerenderedRoutes(): PrerenderedRoute[] {
  return PAGES.filter((page) => page.prerender).flatMap((page) =>
    urlsOf(page).map(({ url, title }) => {
      const path = url.split('?')[0]!;
      if (pageAt(path).id !== page.id) throw new Error(`prerender: ${url} is not a URL of the page ${page.id}`);
      return {
        url,
        file: path === '/' ? 'index.html' : `${path.slice(1)}.html`,
        title: title ? documentTitle(title) : APP_NAME,
        module: moduleFile(page),
      };
    }),
  );
}

export async function renderPage(url: string): Promise<string> {
  await loadPageAt(url.split('?')[0]!);
  return render(url, false);
}

/** The frame of the app around a page still loading: the HTML of every page that is not prerendered. */
export const renderShell = () => render('/', true);

async function render(url: string, shell: boolean): Promise<string> {
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouter location={url}>
        <App shell={shell} />
      </StaticRouter>
    </StrictMode>,
  );
  return new Response(prelude).text();
}
