import { expect, test } from './fixtures';
import { answer, expectHeading, openSelfTriggerIncident } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('after one visit the whole app works with the network cut', async ({ page, context }) => {
  await page.goto('/');
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');
  // The service worker is installed, has precached the app and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
    }
  });

  await context.setOffline(true);
  await page.reload();
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');
  // Sanity: the network really is cut for anything not precached.
  expect(
    await page.evaluate(() =>
      fetch('/not-precached.json').then(
        () => true,
        () => false,
      ),
    ),
  ).toBe(false);

  // A DELTA path to the self-trigger, then its incident tools (lazy-loaded chunks, precached).
  await answer(page, 'DELTA (Delta G, Delta X, Delta H7)');
  await openSelfTriggerIncident(page, 'Delta G – dédouanement en un temps');

  // A deep link to a GAMMA 2 step, then the backup outcome with its register and printable form.
  await page.goto('/gamma/weather?v=1&r=gamma-no');
  await expectHeading(page, 'La météo des services en ligne signale-t-elle un dysfonctionnement de GAMMA 2 ?');
  await answer(page, 'Oui, un dysfonctionnement est signalé');
  await expectHeading(page, 'La procédure de secours est autorisée : établissez un document papier.');
  await page.getByRole('link', { name: 'Tenir le registre des documents de secours' }).click();
  await page.getByRole('button', { name: 'Ouvrir l’épisode de panne' }).click();
  await page.getByLabel('Destinataire : nom').fill('Cave hors ligne');
  await page.getByRole('button', { name: 'Enregistrer le document' }).click();
  await page
    .getByRole('link', { name: /Imprimer le document de secours/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Document de secours');
  await page.goto('/carte/delta');
  await expectHeading(page, 'Carte du parcours DELTA');
  await page.goto('/aide');
  await expectHeading(page, 'Aide');
  await context.setOffline(false);
});

test('the web app manifest and icons are served', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ lang: 'fr', start_url: '/', display: 'standalone' });
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
});
