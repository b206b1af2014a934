import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { axeViolations, enableHelpDesk, expectNoAxeViolations, fillProfile } from './helpers';

/**
 * Every distinct screen, scanned with axe (WCAG 2.0–2.2 A and AA) once: every step of both flows, at the URLs
 * the build prerenders (the shortest path that reaches each), and every tool page in the states that change
 * what it shows. The journeys scan only the states they create (error summaries, confirmations…). The app
 * renders the same HTML as the prerendered page (prerender.spec.ts checks the hydration).
 */
function prerenderedSteps(): string[] {
  const files = [
    'index.html',
    ...['delta', 'gamma'].flatMap((d) => readdirSync(join('dist', d)).map((f) => `${d}/${f}`)),
  ];
  return files.map((f) => {
    const url = /data-prerendered="([^"]+)"/.exec(readFileSync(join('dist', f), 'utf8'))?.[1];
    if (!url) throw new Error(`dist/${f} is not a prerendered step`);
    return url.replaceAll('&amp;', '&');
  });
}
const STEPS = prerenderedSteps();

/**
 * Opens each URL in turn and scans it; fails at the end with every URL's violations. The first is loaded, the
 * others are opened in the app, as its links do (the router follows the history), so that axe is injected
 * once and each screen is not loaded and hydrated again.
 */
async function scanAll(page: Page, urls: readonly string[]) {
  const found: Record<string, string[]> = {};
  for (const [i, url] of urls.entries())
    await test.step(url, async () => {
      if (i === 0) await page.goto(url);
      else
        await page.evaluate((to) => {
          // The heading of the screen left is marked: the next screen is there once another heading is.
          document.querySelector('h1')?.setAttribute('data-left', '');
          window.history.pushState(null, '', to);
          window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
        }, url);
      // (A URL that names no page is redirected, as it is when loaded: the page it leads to is scanned.)
      await expect(page.locator('h1:not([data-left])')).toBeVisible();
      await expect(page.getByText('Chargement')).toHaveCount(0);
      const violations = await axeViolations(page);
      if (violations.length > 0) found[url] = violations;
    });
  expect(found).toEqual({});
}

test('every step of both flows is prerendered', () => {
  // 14 DELTA steps, 11 GAMMA 2 steps, the entry page (flows.md).
  expect(STEPS.filter((u) => u.startsWith('/delta/'))).toHaveLength(14);
  expect(STEPS.filter((u) => u.startsWith('/gamma/'))).toHaveLength(11);
  expect(STEPS).toContain('/');
});

test('the scan finds a violation when there is one (an image with no text, grey on grey)', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = '/favicon.svg';
    const pale = document.createElement('p');
    pale.textContent = 'Texte pâle';
    // (Through the CSSOM: the Content-Security-Policy refuses style attributes.)
    Object.assign(pale.style, { color: '#aaa', background: '#bbb' });
    document.body.append(image, pale);
  });
  const found = await axeViolations(page);
  expect(found.map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
});

test('every DELTA step', ({ page }) => scanAll(page, ['/', ...STEPS.filter((u) => u.startsWith('/delta/'))]));

test('every GAMMA 2 step', ({ page }) =>
  scanAll(
    page,
    STEPS.filter((u) => u.startsWith('/gamma/')),
  ));

test('every tool page, empty, and the pages that do not exist', ({ page }) =>
  scanAll(page, ['/incidents', '/registre-lrn', '/donnees', '/carte/gamma', '/incidents/nope', '/nulle/part']));

test('the flow maps on a phone: the area scrolled sideways is reached with Tab and named', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await scanAll(page, ['/carte/delta', '/carte/gamma']);
});

test('an incident: the profile form, a DA filed, a service to confirm, closed early, the list', async ({ page }) => {
  await page.goto('/delta/selfTrigger?v=1&r=delta-xe-edi-yes-no-no-noBae-other-closed');
  await page.getByRole('link', { name: 'Préparer la demande d’assistance et suivre l’incident' }).click();
  await expect(page.getByLabel('Numéro EORI')).toBeVisible();
  await expectNoAxeViolations(page);
  await fillProfile(page, {
    eori: 'FR552100554',
    company: 'Transit Dupont SAS',
    address: '1 rue du Port',
    phone: '0235000000',
  });
  await page.getByRole('button', { name: 'Enregistrer la DA' }).click();
  await expectNoAxeViolations(page);
  // Closing early: what the fiche still asks, and the form.
  await page.getByRole('button', { name: 'Procédure terminée…' }).click();
  await expect(page.getByRole('button', { name: 'Marquer la procédure terminée' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Marquer la procédure terminée' }).click();
  await expect(page.locator('.incident-state')).toContainText('Clos avant la fin des étapes de la fiche');
  await expectNoAxeViolations(page);
  await scanAll(page, ['/incidents', '/donnees']);
});

test('the help-desk panel, on a step and beside a tool page', async ({ page }) => {
  await page.goto('/assistance');
  await expectNoAxeViolations(page);
  await enableHelpDesk(page, '/delta/alert?v=1&r=delta-g1-edi');
  await expectNoAxeViolations(page);
  await scanAll(page, ['/carte/delta?v=1&r=delta-g1-edi']);
});
