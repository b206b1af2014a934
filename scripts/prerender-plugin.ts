/**
 * Vite plugin: writes real HTML for the pages the route table (src/routes.ts) prerenders, so that a page
 * shows before any JavaScript has run (src/entry-server.tsx renders them; the client hydrates them).
 *
 * - `/` → index.html; `/delta/alert` → delta/alert.html, rendered with the shortest answers that reach it.
 *   The root says which URL (`data-prerendered`): that page is served, and hydrated, for that URL only.
 * - Each lists the files its page's module imports (`<link rel="modulepreload">`, read from the bundle), so
 *   that the browser asks for them at once with the entry's, rather than once the entry has run.
 * - shell.html: the app's frame around a page still loading, for every other URL (a step with other
 *   answers, the incidents, the register…), which the client renders.
 * The files are emitted before vite-plugin-pwa lists what to precache, so they work offline too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createServer, type Plugin, type Rolldown } from 'vite';

const ROOT = '<div id="root"></div>';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const unescapeAttr = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');

/**
 * The files a page's module imports, itself included, less those of the entry (the bundler lists them in
 * every page already): asked for at once with the entry's.
 */
export function filesOf(bundle: Rolldown.OutputBundle, moduleId: string): string[] {
  const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (from: readonly string[]) => {
    const seen = new Set<string>();
    const stack = [...from];
    while (stack.length > 0) {
      const file = stack.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      stack.push(...(byFile.get(file)?.imports ?? []));
    }
    return seen;
  };
  const entry = closure(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
  const own = chunks.find((c) => c.facadeModuleId === moduleId);
  if (!own) throw new Error(`prerender: no chunk for ${moduleId}`);
  return [...closure([own.fileName])].filter((file) => !entry.has(file)).toSorted();
}

export function prerender(): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  let base = '/';
  return {
    name: 'prerender',
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    enforce: 'post',
    configResolved(config) {
      outDir = config.build.outDir;
      root = config.root;
      base = config.base;
    },
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return;
      // The scripts are asked for at once, but after the page's HTML and stylesheet (Priority Hints): on a slow
      // link they would otherwise share its bandwidth with the stylesheet the first paint waits for.
      const template = lowPriority(stylesheetFirst(String(index.source)));
      if (!template.includes(ROOT)) throw new Error(`index.html has no ${ROOT}`);
      // A server that stays open while rendering: the pages load their modules on demand, as in the browser.
      const server = await createServer({
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const entry = (await server.ssrLoadModule('/src/entry-server.tsx')) as typeof import('../src/entry-server.tsx');
        const preloads = (moduleId: string) =>
          filesOf(bundle, moduleId)
            .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`)
            .join('');
        const shell = template.replace(ROOT, `<div id="root">${await entry.renderShell()}</div>`);
        this.emitFile({ type: 'asset', fileName: 'shell.html', source: shell });
        for (const route of entry.prerenderedRoutes()) {
          const html = await entry.renderPage(route.url);
          const page = template
            .replace(ROOT, `<div id="root" data-prerendered="${escapeAttr(route.url)}">${html}</div>`)
            .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(route.title)}</title>`)
            .replace('</head>', `${lowPriority(preloads(resolve(root, route.module)))}</head>`);
          if (route.file === 'index.html') index.source = page;
          else this.emitFile({ type: 'asset', fileName: route.file, source: page });
        }
      } finally {
        await server.close();
      }
    },
    // `vite preview`: a prerendered page for its own URL only; any other page gets the shell.
    configurePreviewServer(server) {
      let pages: Map<string, string> | null = null;
      const prerendered = () =>
        (pages ??= new Map(
          htmlFiles(outDir).flatMap((file) => {
            const url = /<div id="root" data-prerendered="([^"]*)"/.exec(readFileSync(join(outDir, file), 'utf8'))?.[1];
            return url === undefined ? [] : [[unescapeAttr(url), `/${file}`] as const];
          }),
        ));
      server.middlewares.use((req, _res, next) => {
        const url = req.url ?? '/';
        const path = url.split('?')[0]!;
        const wantsHtml = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
        if (wantsHtml && !/\.[a-z0-9]+$/i.test(path)) req.url = prerendered().get(url) ?? '/shell.html';
        next();
      });
    },
  };
}

function htmlFiles(dir: string, top = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? htmlFiles(join(dir, e.name), top)
      : e.name.endsWith('.html')
        ? [relative(top, join(dir, e.name)).split('\\').join('/')]
        : [],
  );
}

/** The app's scripts and their preloads, asked for at low priority (`fetchpriority`). */
const lowPriority = (html: string) =>
  html
    .replaceAll('<link rel="modulepreload"', '<link rel="modulepreload" fetchpriority="low"')
    .replaceAll('<script type="module"', '<script type="module" fetchpriority="low"');

/** The stylesheets, which the first paint waits for, asked for before the scripts (the bundler writes them after). */
function stylesheetFirst(html: string) {
  const sheets = html.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
  if (sheets.length === 0) throw new Error('index.html has no stylesheet');
  return html
    .replace(/\s*<link rel="stylesheet"[^>]*>/g, '')
    .replace('<script type="module"', `${sheets.join('\n    ')}\n    <script type="module"`);
}
