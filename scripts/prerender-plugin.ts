/**
 * Vite plugin: writes real HTML for the entry page and every step of both flows (src/entry-server.tsx),
 * so that the page shows before any JavaScript has run; the client hydrates it (src/start.tsx, once src/main.tsx has seen the first paint).
 *
 * - `/` → index.html; `/delta/alert` → delta/alert.html (rendered with the shortest answers that reach
 *   it; the root says which URL, so that the client hydrates only that URL and renders any other itself);
 * - shell.html: the page with no prerendered content, for every other route (incidents, register…).
 * The files are emitted before vite-plugin-pwa lists what to precache, so they work offline too.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';

const ROOT = '<div id="root"></div>';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function prerender(): Plugin {
  let outDir = 'dist';
  return {
    name: 'prerender',
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    enforce: 'post',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return;
      const template = String(index.source);
      if (!template.includes(ROOT)) throw new Error(`index.html has no ${ROOT}`);
      // A server that stays open while rendering: the pages load their parts on demand, as in the browser.
      const server = await createServer({
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const entry = (await server.ssrLoadModule('/src/entry-server.tsx')) as typeof import('../src/entry-server.tsx');
        this.emitFile({ type: 'asset', fileName: 'shell.html', source: template });
        for (const route of entry.prerenderedRoutes()) {
          const html = await entry.renderPage(route.url);
          const page = template
            .replace(ROOT, `<div id="root" data-prerendered="${escapeAttr(route.url)}">${html}</div>`)
            .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(route.title)}</title>`);
          if (route.file === 'index.html') index.source = page;
          else this.emitFile({ type: 'asset', fileName: route.file, source: page });
        }
      } finally {
        await server.close();
      }
    },
    // `vite preview`: a route with no file of its own gets the shell, not the prerendered entry page.
    configurePreviewServer(server) {
      server.middlewares.use((req, _res, next) => {
        const path = (req.url ?? '/').split('?')[0]!;
        const wantsHtml = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
        if (wantsHtml && path !== '/' && !/\.[a-z0-9]+$/i.test(path) && !existsSync(join(outDir, `${path}.html`)))
          req.url = '/shell.html';
        next();
      });
    },
  };
}
