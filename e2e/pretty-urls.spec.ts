/**
 * A static host with « pretty URLs » (Netlify, Cloudflare Pages…) serves `delta/symptom.html` for
 * `/delta/symptom?…` whatever the query. That page was prerendered for one diagnosis: an answer sent by its
 * form before the scripts run must never bring that diagnosis' answers in place of the user's.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { expectHeading } from './helpers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

let server: Server;
let base = '';

test.beforeAll(async () => {
  // The build, served as such a host does: `/a/b?anything` → `a/b.html`, the query ignored.
  server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://host.invalid');
    let file = join('dist', decodeURIComponent(pathname));
    if (pathname === '/') file = 'dist/index.html';
    else if (!existsSync(file) || statSync(file).isDirectory())
      file = existsSync(`${file}.html`) ? `${file}.html` : 'dist/index.html';
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const SYMPTOM = 'Que constatez-vous ?';
const CANNOT_VALIDATE = 'Je n’arrive pas à valider mes déclarations (anticipées ou non)';

/** Opens a step with its scripts held back, answers it at once, then lets the next page load as usual. */
async function answerBeforeScripts(page: Page, url: string) {
  await page.route('**/*.js', (route) => route.abort());
  await page.goto(url);
  await expectHeading(page, SYMPTOM);
  // The page served is the one prerendered for Delta G, DTI: the query was ignored.
  await expect(page.locator('input[name="r"]')).toHaveValue('delta-g1-dti-no');
  await page.getByLabel(CANNOT_VALIDATE).check();
  await page.unroute('**/*.js');
  await page.getByRole('button', { name: 'Continuer' }).click();
}

test('an answer sent before the scripts ran, with nothing saved here: no one else’s answers, a clear word', async ({
  page,
}) => {
  await answerBeforeScripts(page, `${base}/delta/symptom?v=1&r=delta-xe-edi-no-no`);
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');
  await expect(page.getByRole('alert')).toContainText('avant que la page soit prête');
  // Nothing of the diagnosis the page was prerendered for (Delta G in one step, DTI).
  await expect(page.getByRole('region', { name: 'Vos réponses' })).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
});

test('an answer sent before the scripts ran, after earlier answers in this browser: the user’s diagnosis goes on', async ({
  page,
}) => {
  // Answered here, with the app: the diagnosis is saved (Delta X Export, EDI, no alert, the provider fine).
  await page.goto(`${base}/delta/provider?v=1&r=delta-xe-edi-no`);
  await page.getByLabel('Non, sa plateforme fonctionne').check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expectHeading(page, SYMPTOM);
  // Later, that step opened again (a reload, a bookmark): the host serves its prerendered page.
  await answerBeforeScripts(page, `${base}/delta/symptom?v=1&r=delta-xe-edi-no-no`);
  await expectHeading(page, 'Vous pouvez auto-déclencher la procédure de secours.');
  await expect(page).toHaveURL(/r=delta-xe-edi-no-no-cannotValidate$/);
  await expect(page.getByRole('region', { name: 'Vos réponses' })).toContainText('Delta X Export');
  await expect(page.getByRole('region', { name: 'Vos réponses' })).not.toContainText('Delta G – dédouanement');
  await expect(page.getByRole('region', { name: 'Vos réponses' })).not.toContainText('DTI');
});
