import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expectHeading, expectNoAxeViolations, fillProfile, startFlow, openSelfTriggerIncident } from './helpers';

test('from the entry page to a printed incident checklist with the DA and its timestamps', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startFlow(page, 'DELTA (Delta G, Delta X, Delta H7)');
  await openSelfTriggerIncident(page, 'Delta X Import');
  await expectNoAxeViolations(page);

  // Profile: wrong EORI and phone are refused with messages, then fixed.
  await fillProfile(page, {
    eori: 'FR123',
    company: 'Transit Dupont SAS',
    address: '1 rue du Port, 76600 Le Havre',
    phone: '12 34',
    office: 'Le Havre Port',
    email: 'bureau.lehavre@douane.finances.gouv.fr',
  });
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Numéro EORI : Un numéro EORI français est FR suivi du SIREN');
  await expect(summary).toContainText('Téléphone : Saisissez un numéro de téléphone français de 10 chiffres');
  await expectNoAxeViolations(page);
  await summary.getByRole('link', { name: /Numéro EORI/ }).click();
  await expect(page.getByLabel('Numéro EORI')).toBeFocused();
  await page.getByLabel('Numéro EORI').fill('FR 552 100 554');
  await page.getByLabel('Téléphone').fill('+33 2 35 00 00 00');
  await page.getByRole('button', { name: 'Enregistrer mes références' }).click();

  // The DA text.
  const da = page.getByLabel("Texte de la demande d'assistance – Delta X Import");
  await expect(da).toContainText('auto-déclenchement de la procédure de secours');
  await expect(da).toContainText('Numéro EORI : FR552100554');
  await expect(da).toContainText('Téléphone : 02 35 00 00 00');
  await expect(da).toContainText('impossibilité de valider nos déclarations (anticipées ou non)');
  await page.getByLabel('Date et heure de passage en alerte').first().fill('2026-11-23T08:45');
  await expect(da).toContainText('Date et heure de passage en alerte : 23/11/2026 08:45');
  await page.getByRole('button', { name: 'Copier le texte de la DA – Delta X Import' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Numéro EORI : FR552100554');
  await expect(page.getByRole('link', { name: /OLGA/ }).first()).toHaveAttribute('target', '_blank');

  // Journal: the backup procedure needs both conditions.
  await page.getByRole('button', { name: "Fait : Demande d'assistance (DA) déposée sur OLGA" }).click();
  await page.getByLabel('Numéro de la DA (facultatif)').first().fill('DA-778899');
  await expect(
    page.getByText(/Possible seulement une fois la DA enregistrée ET le bureau de douane informé/),
  ).toBeVisible();
  await page.getByRole('button', { name: /Fait : Bureau de douane informé \(accusé/ }).click();
  await expect(page.getByText(/Les deux conditions sont réunies/)).toBeVisible();
  await page.getByRole('button', { name: 'Fait : Procédure de secours en cours' }).click();
  await page.getByRole('button', { name: 'Non nécessaire (bureau ouvert)' }).click();

  // E-mails as mailto links.
  await page.getByText("Informer le bureau (transfert de l'accusé de réception de la DA)").click();
  const mailto = await page.getByRole('link', { name: 'Ouvrir dans ma messagerie' }).first().getAttribute('href');
  expect(mailto).toMatch(/^mailto:bureau\.lehavre@douane\.finances\.gouv\.fr\?subject=/);
  expect(decodeURIComponent(mailto!)).toContain('DA n° DA-778899');
  await expectNoAxeViolations(page);

  // Another service hit by the same malfunction: its own DA and journal.
  await page.getByLabel('Service en ligne', { exact: true }).selectOption({ label: 'Delta H7' });
  await page.getByRole('button', { name: 'Ajouter ce service' }).click();
  await expect(page.getByLabel("Texte de la demande d'assistance – Delta H7")).toContainText(
    'Service en ligne : Delta H7',
  );

  // Survives a reload, and is listed.
  await page.reload();
  await expect(page.getByText(/Procédure de secours en cours – \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)).toBeVisible();
  await page.getByRole('link', { name: 'Incidents', exact: true }).click();
  await expectHeading(page, 'Incidents');
  await expect(page.getByRole('link', { name: /Delta X Import, Delta H7/ })).toBeVisible();
  await expect(page.getByText('(procédure de secours en cours)')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /Delta X Import, Delta H7/ }).click();

  // Printed checklist.
  const dir = path.resolve('test-results/print');
  mkdirSync(dir, { recursive: true });
  const pdf = path.join(dir, 'incident.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
  const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
  for (const part of [
    'auto-déclenchement de la procédure de secours',
    'Numéro EORI : FR552100554',
    'Raison sociale : Transit Dupont SAS',
    'Date et heure de passage en alerte : 23/11/2026 08:45',
    'DA-778899',
    'Quel mode de transmission utilisez-vous ? DTI (saisie sur le portail douane.gouv.fr)',
    "☑ Demande d'assistance (DA) déposée sur OLGA –",
    '☐ Système de nouveau en état de marche',
    '☐ Clôture de la DA demandée au SAU',
  ])
    expect(text).toContain(part);
  expect(text).toMatch(/Procédure de secours en cours – \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  expect(text).not.toContain('Exporter en texte');
});

test('the operator profile is kept for next time and can be forgotten', async ({ page }) => {
  await page.goto('/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate');
  await page.getByRole('button', { name: "Préparer la demande d'assistance et suivre l'incident" }).click();
  await fillProfile(page, {
    eori: 'FR552100554',
    company: 'ACME',
    address: '2 quai Ouest, Rouen',
    phone: '0612345678',
    office: 'Rouen',
    email: 'rouen@douane.finances.gouv.fr',
  });
  await expect(page.getByRole('heading', { name: 'Vos références' })).toBeVisible();

  // A new incident starts with the saved profile.
  await page.goto('/delta/selfTrigger?v=1&r=delta-g2-dti-no-cannotValidate');
  await page.getByRole('button', { name: "Préparer la demande d'assistance et suivre l'incident" }).click();
  await expect(
    page.getByLabel("Texte de la demande d'assistance – Delta G – dédouanement en deux temps"),
  ).toContainText('Raison sociale : ACME');
  await page.getByRole('button', { name: 'Oublier mes données' }).click();
  await expect(page.getByText('Vos références ont été effacées de ce navigateur.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('secours-douane.profile'))).toBeNull();
  await expect(page.getByLabel('Numéro EORI')).toHaveValue('');
});
