import { expect, test, type Page } from '@playwright/test';
import { answer, startFlow } from './helpers';

/** Records every request to another host than the app's (served on localhost). */
function watchOrigins(page: Page) {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['http:', 'https:'].includes(url.protocol)) return;
    if (url.origin !== new URL(page.url() || 'http://localhost').origin && url.hostname !== 'localhost')
      foreign.push(req.url());
  });
  return foreign;
}

test('no request ever leaves the app’s origin; outside links open with noopener', async ({ page }) => {
  const foreign = watchOrigins(page);
  const checkLinks = async () => {
    for (const link of await page.locator('a[target="_blank"]').all()) {
      expect(await link.getAttribute('rel')).toMatch(/noopener/);
    }
  };
  await startFlow(page, 'DELTA (Delta G, Delta X, Delta H7)');
  await answer(page, 'Delta G – dédouanement en un temps');
  await answer(page, 'EDI (via un prestataire de connexion)');
  await checkLinks();
  await answer(page, 'Non, aucune alerte');
  await answer(page, 'Non, sa plateforme fonctionne');
  await answer(page, "Mes déclarations validées n'obtiennent pas le BAE");
  await checkLinks();
  await answer(page, "Je n'ai pas pu accéder à Aubette");
  await answer(page, "Non, elle n'est dans aucun de ces états");
  await checkLinks();
  await page.getByRole('button', { name: "Préparer la demande d'assistance et suivre l'incident" }).click();
  await checkLinks();
  await page.goto('/gamma/backup?v=1&r=gamma-no-yes');
  await checkLinks();
  await page.goto('/carte/gamma');
  await page.goto('/registre-lrn');
  expect(foreign).toEqual([]);
});

test('the production build sends a strict Content-Security-Policy', async ({ page, request }) => {
  const response = await request.get('/');
  const header = response.headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self'");
  expect(header).toContain("frame-ancestors 'none'");
  const html = await response.text();
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';/);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/');
  await answer(page, 'GAMMA 2');
  await page.goto('/carte/delta');
  expect(violations).toEqual([]);
});
