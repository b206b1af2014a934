import { expect, test, type Page } from './fixtures';
import { answer, answerAll, expectHeading, startFlow } from './helpers';

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
  /** Once the page shows `heading`, every link opening a new tab carries noopener (and there is at least one). */
  const checkLinks = async (heading: string) => {
    await expectHeading(page, heading);
    const rels = await page
      .locator('a[target="_blank"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('rel')));
    expect(rels.length).toBeGreaterThan(0);
    for (const rel of rels) expect(rel).toMatch(/noopener/);
  };
  await startFlow(page, 'DELTA (Delta G, Delta X, Delta H7)');
  await answer(page, 'Delta G – dédouanement en un temps');
  await answer(page, 'EDI (via un prestataire de connexion)');
  await checkLinks('Une alerte est-elle publiée sur la météo des services en ligne ?');
  await answerAll(page, [
    'Non, aucune alerte',
    'Non, sa plateforme fonctionne',
    'Mes déclarations validées n’obtiennent pas le BAE',
  ]);
  await checkLinks('Dans Aubette, quel est l’état de votre déclaration ?');
  await answer(page, 'Je n’ai pas pu accéder à Aubette');
  await answer(page, 'Non, elle n’est dans aucun de ces états');
  await checkLinks('Vous pouvez auto-déclencher la procédure de secours.');
  await page.getByRole('link', { name: 'Préparer la demande d’assistance et suivre l’incident' }).click();
  await expectHeading(page, 'Suivi de la procédure de secours');
  await page.goto('/gamma/weather?v=1&r=gamma-no');
  await checkLinks('La météo des services en ligne signale-t-elle un dysfonctionnement de GAMMA 2 ?');
  await page.goto('/carte/gamma');
  await expectHeading(page, 'Carte du parcours GAMMA 2');
  await page.goto('/registre-lrn');
  await expectHeading(page, 'Registre LRN des documents de secours GAMMA 2');
  expect(foreign).toEqual([]);
});

test('the production build sends a strict Content-Security-Policy', async ({ page, request }) => {
  const response = await request.get('/');
  const header = response.headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self'");
  expect(header).toContain("frame-ancestors 'none'");
  const html = await response.text();
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';/);
  // No inline script at all: every script element names its file.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/');
  await answer(page, 'GAMMA 2');
  await page.goto('/carte/delta');
  expect(violations).toEqual([]);
});
