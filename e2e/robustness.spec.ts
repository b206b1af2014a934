import { expect, test } from './fixtures';
import { expectHeading, expectNoAxeViolations, fillProfile } from './helpers';

test('two tabs editing the same register and the same incident lose no LRN and no journal entry', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/registre-lrn');
  await a.getByLabel('Autorisée par le SAU du CID').check();
  await a.getByRole('button', { name: 'Ouvrir l’épisode de panne' }).click();
  for (const page of [a, b]) {
    await page.goto('/registre-lrn');
    await expectHeading(page, 'Registre LRN des documents de secours GAMMA 2');
  }
  // Both tabs register a document from the view they loaded (each takes the next LRN of the series).
  await a.getByLabel('Destinataire : nom').fill('Cave A');
  await a.getByRole('button', { name: 'Enregistrer le document' }).click();
  await b.getByLabel('Destinataire : nom').fill('Cave B');
  await b.getByRole('button', { name: 'Enregistrer le document' }).click();
  const year = new Date().getFullYear();
  // Tab A follows tab B's change at once; after a reload both are there, numbered in turn.
  await expect(a.locator('.doc-card')).toHaveCount(2);
  await b.reload();
  await expect(b.locator('.doc-card .lrn')).toHaveText([`${year}00001`, `${year}00002`]);
  // The same LRN from the other tab is refused, not duplicated.
  await a.getByLabel('LRN du document').fill(`${year}00002`);
  await a.getByLabel('Destinataire : nom').fill('Cave A');
  await a.getByRole('button', { name: 'Enregistrer le document' }).click();
  await expect(a.getByRole('alert')).toContainText('est déjà utilisé');

  // One incident, opened in both tabs; each tab records a different step.
  await a.goto('/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate');
  await a.getByRole('link', { name: 'Préparer la demande d’assistance et suivre l’incident' }).click();
  await expectHeading(a, 'Suivi de la procédure de secours');
  await fillProfile(a, { eori: 'FR552100554', company: 'Transit', address: '1 rue du Port', phone: '0235000000' });
  await b.goto(a.url());
  await expectHeading(b, 'Suivi de la procédure de secours');
  await a.getByLabel('Non, fermé').check();
  await a.getByRole('button', { name: 'Enregistrer la DA' }).click();
  // Tab B follows the DA recorded in tab A at once: its next step is the office.
  await b.getByRole('button', { name: /Fait maintenant\s:\sBureau de douane informé \(accusé/ }).click();
  for (const page of [a, b]) {
    await page.reload();
    // The office was closed when the DA was recorded: next, the SAU call (fiche DELTA, step 5).
    await expect(page.locator('.next-step h2')).toHaveText('Appeler le SAU du CID');
  }
  const events = await a.evaluate(
    () => JSON.parse(localStorage.getItem('secours-douane.incident-log')!).events as { type: string; step?: string }[],
  );
  expect(events.flatMap((e) => (e.type === 'da.filed' ? ['da'] : e.step ? [e.step] : []))).toEqual([
    'da',
    'office.inform',
  ]);
});

test('two tabs can run two different diagnoses side by side', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/delta/alert?v=1&r=delta-g1-dti');
  await b.goto('/gamma/mode?v=1&r=gamma-no-no');
  await a.reload();
  await b.reload();
  await expectHeading(a, 'Une alerte est-elle publiée sur la météo des services en ligne ?');
  await expectHeading(b, 'Quel mode utilisez-vous ?');
});

test('a page that cannot be loaded (offline before the app was stored) says so, and loads once reloaded', async ({
  page,
}) => {
  await page.goto('/');
  const chunk = /\/assets\/IncidentsPage-[\w-]+\.js$/;
  await page.route(chunk, (route) => route.abort('internetdisconnected'));
  await page.getByRole('link', { name: 'Incidents' }).click();
  await expectHeading(page, 'Cette page n’a pas pu être chargée');
  await expect(page.getByRole('alert')).toContainText('Vérifiez la connexion, puis rechargez la page.');
  await expectNoAxeViolations(page);

  await page.unroute(chunk);
  await page.getByRole('button', { name: 'Recharger la page' }).click();
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await expect(page).toHaveURL(/\/incidents$/);
  await expectHeading(page, 'Incidents');
});
