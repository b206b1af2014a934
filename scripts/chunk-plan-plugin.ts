/**
 * Vite plugin: tells each page which files the app will import, so that they are all fetched at once.
 *
 * The app loads in stages (src/main.tsx the start; src/start.tsx the stores, the app, the flows' engine, the
 * flow's texts, an outcome's tool), one after the other, and a file's own imports are only discovered once
 * it has arrived: on a link to a step (a help-desk agent's shared link, a reload), about ten round trips one
 * after the other before the page is live. On a degraded connection each one is long. The build knows every file
 * of every stage: this plugin writes them into each page, as a JSON data block (`<script
 * type="application/json" id="chunk-plan">`, read, never run), stage by stage:
 * `{ "app": ["/assets/storage-….js", …], "flow": […], … }`. src/lib/chunkPlan.ts asks the browser to fetch
 * the files of the stages the page needs (`<link rel="modulepreload">`: fetched and parsed, not run), so
 * that the stages are still run one at a time but no longer wait for the network one after the other.
 *
 * A stage lists its modules' chunks and the chunks they import statically, less those loaded before any
 * stage (the entry and its imports). Written into index.html before the prerender plugin copies it into every
 * page.
 */
import { resolve } from 'node:path';
import type { Plugin, Rolldown } from 'vite';

/** The data block's id, which src/lib/chunkPlan.ts reads. */
const CHUNK_PLAN_ID = 'chunk-plan';

type Chunk = Rolldown.OutputChunk;

/** The plan, for a bundle: each stage's files, as URLs under `base`. Exported for its test. */
export function planOf(
  bundle: Rolldown.OutputBundle,
  stages: Readonly<Record<string, readonly string[]>>,
  /** The modules whose chunks (and their imports) are loaded before any stage. */
  loadedFirst: readonly string[],
  root: string,
  base = '/',
): Record<string, string[]> {
  const chunks = Object.values(bundle).filter((c): c is Chunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const chunkOf = (module: string) => {
    const id = resolve(root, module);
    const chunk = chunks.find((c) => c.moduleIds.includes(id));
    if (!chunk) throw new Error(`chunk-plan: no chunk holds ${module}`);
    return chunk.fileName;
  };
  const closure = (files: readonly string[]) => {
    const seen = new Set<string>();
    const stack = [...files];
    while (stack.length > 0) {
      const file = stack.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      stack.push(...(byFile.get(file)?.imports ?? []));
    }
    return seen;
  };
  const loaded = closure(loadedFirst.map(chunkOf));
  return Object.fromEntries(
    Object.entries(stages).map(([stage, modules]) => [
      stage,
      [...closure(modules.map(chunkOf))]
        .filter((file) => !loaded.has(file))
        .toSorted()
        .map((file) => base + file),
    ]),
  );
}

export function chunkPlan(stages: Readonly<Record<string, readonly string[]>>, loadedFirst: readonly string[]): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'chunk-plan',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const plan = planOf(ctx.bundle, stages, loadedFirst, root, base);
        // Nothing in a file name can close the block; `<` is escaped all the same.
        const json = JSON.stringify(plan).replace(/</g, '\\u003c');
        return {
          html,
          tags: [
            {
              tag: 'script',
              attrs: { type: 'application/json', id: CHUNK_PLAN_ID },
              children: json,
              injectTo: 'head',
            },
          ],
        };
      },
    },
  };
}
