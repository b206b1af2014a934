import { expect, test } from './fixtures';
import { expectHeading, expectNoAxeViolations } from './helpers';
import { expectPrinted, printPdf } from './print';

test('« Aide »: linked from every page, read before any script, every shortcut, the SAU, on a phone and A4', async ({
  page,
  browser,
}) => {
  // Linked from the header and the footer of any page.
  await page.goto('/gamma/access');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Aide' }).click();
  await expectHeading(page, 'Aide');
  await page.goto('/registre-lrn');
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Aide' }).click();
  await expectHeading(page, 'Aide');
  // Every help-desk key, with what it does; the SAU's number.
  const keys = page.locator('.shortcut-list');
  for (const key of ['1–9', 'R', 'N', 'A', 'Échap'])
    await expect(keys.locator('kbd').filter({ hasText: new RegExp(`^${key}$`) })).toHaveCount(1);
  await expect(keys).toContainText('commence un nouvel appel');
  await expect(page.getByRole('link', { name: '09 70 28 01 00' }).first()).toHaveAttribute('href', 'tel:+33970280100');
  await expect(page.getByRole('link', { name: 'Mes données' }).last()).toHaveAttribute('href', '/donnees');
  await expectNoAxeViolations(page);

  // On a phone: nothing wider than the screen.
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  // Printed on A4: every section's heading in the PDF.
  expectPrinted((await printPdf(page, 'aide')).text(), { has: await page.locator('h2').allTextContents() });

  // Prerendered: the page reads with JavaScript off.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto('/aide');
  await expectHeading(plain, 'Aide');
  await expect(plain.getByText('Ouvrez l’outil une fois, connecté, avant d’en avoir besoin')).toBeVisible();
  await context.close();
});

test('a page printed hours after it was opened says when it was printed', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-07T08:00:00Z') });
  await page.goto('/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate');
  await expectHeading(page, 'Vous pouvez auto-déclencher la procédure de secours.');
  // Hours later (the page's timers run as the clock moves on).
  await page.clock.fastForward('09:45:00');
  // (The stamp comes once the browser has been idle: there long before anyone prints hours later.)
  await expect(page.locator('.print-stamp')).toBeAttached();
  const printed = await printPdf(page, 'outcome-later');
  expect(printed.text(1)).toContain('Imprimé le 07/12/2026 à 18:45 (heure de Paris) depuis Secours douane.');
  expect(printed.text(printed.pages)).toContain(`page ${printed.pages} / ${printed.pages}`);
});
