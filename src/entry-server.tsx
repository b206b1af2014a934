/**
 * The server side of the prerendering (scripts/prerender-plugin.ts): renders a route of the app to HTML
 * with React's static renderer, inside the same tree as the client (src/start.tsx), so that the client
 * hydrates it. Stores read their server snapshot (empty) and the help-desk panel is off: the browser adds
 * what it keeps once hydrated.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { getShortestPaths } from 'xstate/graph';
import { App } from './app/App';
import { APP_NAME } from './ui/usePageHeading';
import { contentOf } from './content/fr';
import { diagnosticMachine } from './flows/diagnostic.machine';
import { answersOf, type NodeId } from './flows/ids';
import { answerEvent, nodeIdOf } from './flows/replay';
import { nodeHref } from './session/codec';

export interface PrerenderedRoute {
  /** The URL rendered: a step with its shortest answers (/delta/service and /gamma/access need none). */
  readonly url: string;
  /** Where it is written in the build: /delta/alert → delta/alert.html, / → index.html. */
  readonly file: string;
  readonly title: string;
}

/** Every step of both flows, at the URL of the shortest path that reaches it. */
export function prerenderedRoutes(): PrerenderedRoute[] {
  const paths = getShortestPaths(diagnosticMachine, { events: (s) => answersOf(nodeIdOf(s)).map(answerEvent) });
  // One page per step: the shortest of its paths (a step reached in DTI and in EDI is two states).
  const shortest = new Map<NodeId, (typeof paths)[number]>();
  for (const p of paths) {
    const node = nodeIdOf(p.state);
    const known = shortest.get(node);
    if (!known || p.steps.length < known.steps.length) shortest.set(node, p);
  }
  return [...shortest.values()].map((p) => {
    const node: NodeId = nodeIdOf(p.state);
    const values = p.steps
      .map((s) => s.event.type)
      .filter((t) => t.startsWith('answer.'))
      .map((t) => t.slice('answer.'.length));
    const url = nodeHref(node, values);
    const path = url.split('?')[0]!;
    return {
      url,
      file: path === '/' ? 'index.html' : `${path.slice(1)}.html`,
      title: `${contentOf(node).title} – ${APP_NAME}`,
    };
  });
}

export async function renderPage(url: string): Promise<string> {
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouter location={url}>
        <App />
      </StaticRouter>
    </StrictMode>,
  );
  return new Response(prelude).text();
}
