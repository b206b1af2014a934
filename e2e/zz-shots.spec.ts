import { test } from './fixtures';
import { fillProfile, openSelfTriggerIncident, startFlow } from './helpers';

for (const width of [320, 1280]) {
  test(`shots ${width}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await startFlow(page, 'DELTA (Delta G, Delta X, Delta H7)');
    await page.screenshot({ path: `/tmp/shots/q-${width}.png` });
    await openSelfTriggerIncident(page, 'Delta G – dédouanement en un temps');
    await page.getByLabel('Numéro EORI').fill('FR55210055400013');
    await page.getByRole('button', { name: 'Enregistrer mes références' }).click();
    await page.getByLabel('Numéro EORI').scrollIntoViewIfNeeded();
    await page
      .locator('form')
      .filter({ has: page.getByLabel('Numéro EORI') })
      .screenshot({ path: `/tmp/shots/eori-${width}.png` });
    await fillProfile(page, {
      eori: 'FRUS1234567',
      company: 'Transit SA',
      address: '1 rue du Port',
      phone: '01 23 45 67 89',
    });
    await page.waitForTimeout(400);
    await page.screenshot({ path: `/tmp/shots/inc-${width}.png`, fullPage: true });
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('main a, main button, main summary')]
        .map((e) => ({ t: (e.textContent ?? '').slice(0, 40), r: e.getBoundingClientRect() }))
        .filter((x) => x.r.width > 0 && x.r.height < 44)
        .map((x) => `${Math.round(x.r.width)}x${Math.round(x.r.height)} ${x.t}`),
    );
    console.log(width, boxes.join('\n'));
    if (width === 1280) await page.pdf({ path: '/tmp/shots/inc.pdf', format: 'A4' });
  });
}
