import { expect, test, type Page } from './fixtures';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expectHeading, expectNoAxeViolations, fillProfile, openSelfTriggerIncident, startFlow, norm } from './helpers';

const PROFILE = {
  eori: 'FR 552 100 554',
  company: 'Transit Dupont SAS',
  address: '1 rue du Port, 76600 Le Havre',
  phone: '+33 2 35 00 00 00',
  office: 'Le Havre Port',
  email: 'bureau.lehavre@douane.finances.gouv.fr',
};
const PREPARE = 'Préparer la demande d’assistance et suivre l’incident';
/** The longest DELTA path of the fiche: EDI, an alert that does not match, Aubette, the office closed. */
const LONGEST = '/delta/selfTrigger?v=1&r=delta-xe-edi-yes-no-no-noBae-other-closed';

function printToText(name: string) {
  const dir = path.resolve('test-results/print');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.pdf`);
}

async function pdfText(page: Page, name: string) {
  const pdf = printToText(name);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return norm(execFileSync('pdftotext', [pdf, '-']).toString());
}

const journalRow = (page: Page, label: string | RegExp) =>
  page.getByRole('listitem').filter({ has: page.getByText(label) });

test('from the diagnosis to a printed record: the DA, its registration time, corrected times, the state', async ({
  page,
  context,
}) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startFlow(page, 'DELTA (Delta G, Delta X, Delta H7)');
  await openSelfTriggerIncident(page, 'Delta X Import');

  // Wrong EORI and phone are refused with messages, then fixed.
  await fillProfile(page, { ...PROFILE, eori: 'FR123', phone: '12 34' });
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Numéro EORI : Un numéro EORI français est FR suivi du SIREN');
  await expect(summary).toContainText('Téléphone : Saisissez un numéro de téléphone français de 10 chiffres');
  await expectNoAxeViolations(page);
  await summary.getByRole('link', { name: /Numéro EORI/ }).click();
  await expect(page.getByLabel('Numéro EORI')).toBeFocused();
  await fillProfile(page, PROFILE);

  // The DA text, and its copy button first.
  const da = page.getByLabel('Texte de la demande d’assistance – Delta X Import');
  await expect(da).toContainText('auto-déclenchement de la procédure de secours');
  await expect(da).toContainText('Numéro EORI : FR552100554');
  await expect(da).toContainText('Mode de transmission : DTI');
  await expect(da).toContainText('sera informé par le transfert');
  await expect(da).not.toContainText('mode de transmission : DTI'); // the mode is a field, not a reason
  await page.getByRole('button', { name: 'Copier le texte de la DA – Delta X Import' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Numéro EORI : FR552100554');

  // « Date et heure de passage en alerte »: corrected; a time in the future is refused.
  await page.getByRole('button', { name: /Corriger : Date et heure de passage en alerte – Delta X Import/ }).click();
  const alertField = page.getByLabel('Date et heure de passage en alerte – Delta X Import');
  await alertField.fill('2099-01-01T10:00');
  await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'dans le futur' })).toBeVisible();
  await alertField.fill('2026-11-23T08:45');
  await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await expect(da).toContainText('Date et heure de passage en alerte : 23/11/2026 à 08:45');

  // The DA's registration time, read in the OLGA acknowledgement: the start of the procedure.
  await page.getByLabel('Heure d’enregistrement de la DA – Delta X Import').fill('2026-11-23T09:12');
  await page.getByLabel('Numéro de la DA (facultatif)').fill('DA-778899');
  await page.getByRole('button', { name: 'Enregistrer la DA' }).click();
  await expect(page.getByText('23/11/2026 à 09:12 (heure d’enregistrement de la DA)')).toBeVisible();
  await expect(page.getByText('DA déposée', { exact: true })).toBeVisible();

  // The backup procedure needs both conditions; a step cannot be dated before what it needs.
  await expect(
    page.getByText(/Possible seulement une fois la DA enregistrée et le bureau de douane informé/),
  ).toBeVisible();
  await page.getByRole('button', { name: /à une autre heure : Bureau de douane informé/ }).click();
  await page.getByLabel(/Heure de l’étape «\sBureau de douane informé/).fill('2026-11-23T09:20');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByText(/Les deux conditions sont réunies/)).toBeVisible();
  await page.getByRole('button', { name: /à une autre heure : Procédure de secours en cours/ }).click();
  await page.getByLabel(/Heure de l’étape «\sProcédure de secours en cours\s»/).fill('2026-11-23T09:15');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'précède celle de l’étape « Bureau de douane informé' }),
  ).toBeVisible();
  await page.getByLabel(/Heure de l’étape «\sProcédure de secours en cours\s»/).fill('2026-11-23T09:25');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByText('procédure de secours en cours', { exact: true }).first()).toBeVisible();

  // A journal time is corrected; the record keeps both.
  await page
    .getByRole('button', { name: /Corriger : Heure de l’étape « Demande d’assistance \(DA\) déposée sur OLGA »/ })
    .click();
  await page.getByLabel(/Heure de l’étape «\sDemande d’assistance \(DA\) déposée sur OLGA\s»/).fill('2026-11-23T09:10');
  await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await expect(journalRow(page, 'Demande d’assistance (DA) déposée sur OLGA')).toContainText(
    '23/11/2026 à 09:10 (corrigée le',
  );
  await expect(journalRow(page, 'Demande d’assistance (DA) déposée sur OLGA')).toContainText(
    'indiquée d’abord 23/11/2026 à 09:12',
  );
  await page.getByRole('button', { name: 'Non nécessaire (bureau ouvert)' }).click();

  // E-mails as mailto links.
  await page.getByText('Informer le bureau (transfert de l’accusé de réception de la DA)').click();
  const mailto = await page.getByRole('link', { name: 'Ouvrir dans ma messagerie' }).first().getAttribute('href');
  expect(mailto).toMatch(/^mailto:bureau\.lehavre@douane\.finances\.gouv\.fr\?subject=/);
  expect(decodeURIComponent(mailto!)).toContain('DA n° DA-778899');
  await expectNoAxeViolations(page);

  // Survives a reload, and is listed with its real state and start.
  await page.reload();
  await expect(page.getByText('23/11/2026 à 09:10 (heure d’enregistrement de la DA)')).toBeVisible();
  await page.getByRole('link', { name: 'Incidents', exact: true }).click();
  await expectHeading(page, 'Incidents');
  const item = page.getByRole('listitem').filter({ hasText: 'Delta X Import' });
  await expect(item).toContainText('procédure de secours en cours');
  await expect(item).toContainText('début de la procédure : 23/11/2026 à 09:10');
  await item.getByRole('link').click();
  await expectHeading(page, 'Suivi de la procédure de secours');

  // Printed checklist: the start first, every time with its history.
  const text = await pdfText(page, 'incident');
  const start = text.indexOf('23/11/2026 à 09:10');
  expect(start).toBeGreaterThan(-1);
  expect(start).toBeLessThan(text.indexOf('Diagnostic (fiche DELTA)'));
  for (const part of [
    'Enregistrement de la DA 23/11/2026 à 09:10',
    'Numéro EORI : FR552100554',
    'Date et heure de passage en alerte : 23/11/2026 à 08:45',
    'DA-778899',
    'indiquée d’abord 23/11/2026 à 09:12',
    'Quel mode de transmission utilisez-vous ? DTI (saisie sur le portail douane.gouv.fr)',
    '☐ Système de nouveau en état de marche',
  ])
    expect(text).toContain(norm(part));
  expect(text).not.toContain('Exporter en texte');
  expect(text).not.toContain('Corriger');
});

test('the longest path fits every width and prints every answer; its journal requires the SAU call', async ({
  page,
}) => {
  await page.goto(LONGEST);
  await page.getByRole('link', { name: PREPARE }).click();
  await expectHeading(page, 'Suivi de la procédure de secours');
  await fillProfile(page, PROFILE);
  await page.getByRole('button', { name: 'Enregistrer la DA' }).click();

  // Office closed (S1 step 5): the SAU call cannot be skipped; the check at opening is ours, and says so.
  await expect(page.getByText('Obligatoire : le bureau était fermé lors du diagnostic.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Non nécessaire (bureau ouvert)' })).toHaveCount(0);
  await expect(journalRow(page, 'État de la déclaration vérifié auprès du bureau dès son ouverture')).toContainText(
    '(conseil de l’outil, hors fiche)',
  );

  const incidentUrl = page.url();
  for (const url of [incidentUrl, '/incidents']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const width of [320, 375, 768, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
      expect(scroll, `${url} at ${width} px`).toBeLessThanOrEqual(inner);
    }
  }
  await page.goto(incidentUrl);
  await expectHeading(page, 'Suivi de la procédure de secours');
  const text = await pdfText(page, 'incident-longest');
  for (const answer of [
    'Delta X Export',
    'EDI (via un prestataire de connexion)',
    'Oui, une alerte est publiée',
    'Non, ma situation est différente',
    'Non, sa plateforme fonctionne',
    'Mes déclarations validées n’obtiennent pas le BAE',
    'Elle n’a pas obtenu le BAE',
    'Le service n’est pas joignable (bureau fermé)',
  ])
    expect(text).toContain(norm(answer));
});

test('one incident per diagnosis, one DA per online service', async ({ page }) => {
  const g1 = '/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate';
  await page.goto(g1);
  await page.getByRole('link', { name: PREPARE }).click();
  await expectHeading(page, 'Suivi de la procédure de secours');
  const first = page.url();
  // Back to the outcome: the same diagnosis reopens the incident, by the link or the browser's Back.
  await page.getByRole('link', { name: 'Voir le diagnostic' }).click();
  await page.getByRole('link', { name: PREPARE }).click();
  await expect(page).toHaveURL(first);
  await page.goBack();
  await page.getByRole('link', { name: PREPARE }).click();
  await expect(page).toHaveURL(first);

  // Delta G in two steps is the same online service: the same incident, not a second DA.
  await page.goto('/delta/selfTrigger?v=1&r=delta-g2-dti-no-cannotValidate');
  await page.getByRole('link', { name: PREPARE }).click();
  await expect(page).toHaveURL(first);
  await expect(page.getByText(/Un incident est déjà ouvert pour Delta G/)).toBeVisible();
  await page.getByLabel('Service en ligne', { exact: true }).selectOption('g');
  await page.getByLabel('Je confirme que ces raisons valent pour ce service.').check();
  await page.getByRole('button', { name: 'Ajouter ce service' }).click();
  await expect(page.getByRole('alert')).toContainText('Delta G est déjà couvert par une DA de cet incident');

  // Another service, with its own diagnosis and its own reasons.
  await page.goto('/delta/selfTrigger?v=1&r=delta-h7-edi-no-no-noBae-unreachable-no');
  await page.getByRole('link', { name: PREPARE }).click();
  await page.getByRole('button', { name: /Ajouter ce service à l’incident du/ }).click();
  await expect(page).toHaveURL(first);
  await fillProfile(page, PROFILE);
  await expect(page.getByLabel('Texte de la demande d’assistance – Delta H7')).toContainText('Aubette inaccessible');
  await expect(page.getByLabel('Texte de la demande d’assistance – Delta G')).not.toContainText('Aubette');

  // A service without its own diagnosis: its reasons are confirmed first.
  await page.getByLabel('Service en ligne', { exact: true }).selectOption('xe');
  await page.getByRole('button', { name: 'Ajouter ce service' }).click();
  await expect(page.getByRole('alert')).toContainText('Confirmez que ces raisons valent pour Delta X Export.');
  await page.getByLabel('Je confirme que ces raisons valent pour ce service.').check();
  await page.getByRole('button', { name: 'Ajouter ce service' }).click();
  await expect(page.getByLabel('Texte de la demande d’assistance – Delta X Export')).toContainText(
    'impossibilité de valider nos déclarations',
  );

  await page.getByRole('link', { name: 'Incidents', exact: true }).click();
  await expect(page.locator('.incident-list > li')).toHaveCount(1);
  await expect(page.locator('.incident-list > li')).toContainText('Delta G, Delta H7, Delta X Export');
});

test('closing, deleting and forgetting ask first and can be undone', async ({ page }) => {
  await page.goto('/delta/selfTrigger?v=1&r=delta-xi-dti-no-cannotValidate');
  await page.getByRole('link', { name: PREPARE }).click();
  await fillProfile(page, PROFILE);
  const url = page.url();

  // « Procédure terminée »
  await page.getByRole('button', { name: 'Procédure terminée…' }).click();
  await expect(page.getByText(/Étapes de fin pas encore cochées pour Delta X Import/)).toBeVisible();
  await page.getByRole('button', { name: 'Marquer la procédure terminée' }).click();
  await expect(page.locator('.incident-facts')).toContainText('terminée');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Rouvrir l’incident' }).click();
  await expect(page.locator('.incident-facts')).toContainText('en préparation');

  // Forget the references: asked first, then undone.
  await page.getByRole('button', { name: 'Oublier mes références' }).click();
  await expect(page.getByRole('group', { name: 'Effacer vos références de ce navigateur ?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Annuler', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => localStorage.getItem('secours-douane.profile'))).not.toBeNull();
  await page.getByRole('button', { name: 'Oublier mes références' }).click();
  await page.getByRole('button', { name: 'Oui, effacer mes références' }).click();
  expect(await page.evaluate(() => localStorage.getItem('secours-douane.profile'))).toBeNull();
  await page.getByRole('button', { name: 'Annuler : garder mes références' }).click();
  expect(await page.evaluate(() => localStorage.getItem('secours-douane.profile'))).not.toBeNull();

  // Delete the incident: asked first, then undone from the list.
  await page.getByRole('button', { name: 'Supprimer l’incident' }).click();
  await page.getByRole('button', { name: 'Oui, supprimer l’incident' }).click();
  await expectHeading(page, 'Incidents');
  await expect(page.getByText('Aucun incident enregistré.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Annuler la suppression' }).click();
  await expect(page.getByText('L’incident a été rétabli.')).toBeVisible();
  await page.goto(url);
  await expectHeading(page, 'Suivi de la procédure de secours');
});

test('the operator profile is kept for the next incident', async ({ page }) => {
  await page.goto('/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate');
  await page.getByRole('link', { name: PREPARE }).click();
  await fillProfile(page, { ...PROFILE, company: 'ACME' });
  await expect(page.getByRole('heading', { name: 'Vos références' })).toBeVisible();
  await page.goto('/delta/selfTrigger?v=1&r=delta-xi-dti-no-cannotValidate');
  await page.getByRole('link', { name: PREPARE }).click();
  await page.getByRole('button', { name: 'Ouvrir un nouvel incident' }).click();
  await expect(page.getByLabel('Texte de la demande d’assistance – Delta X Import')).toContainText(
    'Raison sociale : ACME',
  );
});
