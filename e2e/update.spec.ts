import { expect, test } from './fixtures';
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { expectHeading } from './helpers';

/**
 * A static server for the production build whose service worker can be "republished", as a new release
 * would be: the update flow runs against a real browser, service worker and reload.
 */
const PORT = 4181;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};
test.use({ serviceWorkers: 'allow' });

let release = 1;
let server: Server;

test.beforeAll(async () => {
  server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    // As a static host would: a file, a prerendered step (/delta/alert → delta/alert.html), or the shell.
    const page = path === '/' ? 'index.html' : `${path}.html`;
    const file = extname(path)
      ? join('dist', path)
      : existsSync(join('dist', page))
        ? join('dist', page)
        : join('dist', 'shell.html');
    try {
      let body: Buffer | string = await readFile(file);
      if (path === '/sw.js') body = `${body.toString()}\n// release ${release}\n`;
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(PORT, 'localhost', resolve));
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('a new release is offered, and taking it keeps the diagnosis in progress', async ({ page }) => {
  const url = `http://localhost:${PORT}/delta/alert?v=1&r=delta-xe-edi`;
  await page.goto(url);
  await expectHeading(page, 'Une alerte est-elle publiée sur la météo des services en ligne ?');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
  });
  await expect(page.getByText('Une nouvelle version de l’application est disponible')).toHaveCount(0);

  release = 2;
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const banner = page.getByRole('region', { name: 'Mise à jour de l’application' });
  await expect(banner).toContainText('Une nouvelle version de l’application est disponible', { timeout: 15_000 });
  await expect(banner).toContainText('Votre diagnostic en cours sera conservé.');

  const reloaded = page.waitForEvent('load');
  await banner.getByRole('button', { name: 'Mettre à jour' }).click();
  await reloaded;
  await expectHeading(page, 'Une alerte est-elle publiée sur la météo des services en ligne ?');
  expect(page.url()).toBe(url);
  await expect(page.getByRole('region', { name: 'Vos réponses' })).toContainText(
    'EDI (via un prestataire de connexion)',
  );
  await expect(page.getByText('Une nouvelle version de l’application est disponible')).toHaveCount(0);
});
