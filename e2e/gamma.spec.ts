import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { answer, expectHeading, expectNoAxeViolations, startFlow } from './helpers';

const FOUR_OBLIGATIONS = [
  "Établissez un document papier conformément à l'article 9 du règlement délégué (UE) 2022/1636",
  'Numérotez-le avec un LRN que vous attribuez librement, dans une série continue par année',
  'Transmettez une copie du document de secours à votre bureau gestionnaire avant le mouvement, puis archivez-le.',
  'intégrez immédiatement les données du document papier dans GAMMA 2 pour créer le DAES',
];

test.describe('GAMMA 2 diagnosis, one journey per outcome', () => {
  test('gamma.backup authorised by an alert on the météo', async ({ page }) => {
    await startFlow(page, 'GAMMA 2');
    await expectHeading(page, "Avez-vous un problème de matériel ou d'accès à internet ?");
    await expect(page.getByText('Source : logigramme GAMMA 2 (version janvier 2023)')).toBeVisible();
    await answer(page, 'Non, mon matériel et mon accès fonctionnent');
    await answer(page, 'Oui, un dysfonctionnement est signalé');
    await expectHeading(page, 'La procédure de secours est autorisée : établissez un document papier.');
    await expect(page.getByText(/pas besoin d'avertir le SAU au préalable/)).toBeVisible();
    for (const o of FOUR_OBLIGATIONS) await expect(page.getByText(o, { exact: false }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Registre des documents de secours (LRN)' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Autorisation de la procédure de secours' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('gamma.useDti, then « Le mode DTI ne fonctionne pas non plus », then gamma.resolved', async ({ page }) => {
    await startFlow(page, 'GAMMA 2');
    await answer(page, 'Non, mon matériel et mon accès fonctionnent');
    await answer(page, "Non, rien n'est signalé");
    await expectHeading(page, 'Quel mode utilisez-vous ?');
    await answer(page, 'DTI+ (mon logiciel crée un fichier JSON)');
    await answer(page, 'Oui, le logiciel est en panne');
    await expectHeading(page, 'Utilisez le mode DTI en attendant la résolution.');
    await page.getByRole('button', { name: 'Le mode DTI ne fonctionne pas non plus' }).click();
    await expectHeading(page, 'Votre bureau de douane de rattachement a-t-il résolu le problème ?');
    await expectNoAxeViolations(page);
    await answer(page, 'Oui, le problème est résolu');
    await expectHeading(page, 'Problème résolu : pas de procédure de secours.');
  });

  test('gamma.alternative: hardware problem, office without solution, alternative proposed', async ({ page }) => {
    await startFlow(page, 'GAMMA 2');
    await answer(page, "Oui, un problème de matériel ou d'accès");
    await expect(page.getByText(/résoudre votre problème d'accès à internet ou de matériel/)).toBeVisible();
    await answer(page, 'Non : bureau injoignable ou sans solution');
    await expectHeading(page, 'Le SAU ou le service gestionnaire autorise-t-il la procédure de secours ?');
    await answer(page, "Non, une solution alternative m'est proposée");
    await expectHeading(page, 'Appliquez la solution alternative proposée.');
  });

  test('gamma.backup authorised by the SAU: the authorisation is recorded', async ({ page }) => {
    await startFlow(page, 'GAMMA 2');
    await answer(page, 'Non, mon matériel et mon accès fonctionnent');
    await answer(page, "Non, rien n'est signalé");
    await answer(page, 'EDI (via un prestataire)');
    await expectHeading(page, 'Votre prestataire EDI connaît-il des problèmes techniques ?');
    await answer(page, 'Oui, il connaît des problèmes techniques');
    await answer(page, 'Oui, aucune solution alternative : la procédure de secours est autorisée');
    await expectHeading(page, 'La procédure de secours est autorisée : établissez un document papier.');

    await page.getByRole('button', { name: "Enregistrer l'autorisation" }).click();
    await expect(page.getByRole('alert')).toContainText('Indiquez qui a autorisé la procédure de secours.');
    await expectNoAxeViolations(page);
    await page.getByLabel('Le SAU du CID').check();
    await page.getByLabel("Date et heure de l'autorisation").fill('2026-11-23T09:15');
    await page.getByLabel("Référence de la demande d'assistance (facultatif)").fill('DA-2026-778');
    await page.getByRole('button', { name: "Enregistrer l'autorisation" }).click();
    await expect(
      page.getByText('Autorisée par le sau du cid le 23/11/2026 09:15, demande d’assistance DA-2026-778.'),
    ).toBeVisible();
    await page.reload();
    await expect(page.getByText(/Autorisée par le sau du cid le 23\/11\/2026 09:15/)).toBeVisible();
  });
});

test('LRN register: refuses bad LRNs, keeps two documents across a reload, prints an A4 form', async ({ page }) => {
  await page.goto('/gamma/backup?v=1&r=gamma-no-yes');
  await expectHeading(page, 'La procédure de secours est autorisée : établissez un document papier.');

  // Series prefix, then the suggested LRN.
  await page.getByText('Préfixe de la série (aucun)').click();
  await page.getByLabel('Préfixe des LRN').fill('sec');
  await page.getByRole('button', { name: 'Enregistrer le préfixe' }).click();
  const year = new Date().getFullYear();
  await expect(page.getByText(`prochain LRN de la série : SEC${year}00001`)).toBeVisible();

  // Refused: too long, not alphanumeric.
  await page.getByLabel('LRN du document').fill('A'.repeat(30));
  await page.getByLabel('Destinataire').fill('Cave Dupont');
  await page.getByRole('button', { name: 'Enregistrer le document' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Le LRN ne doit pas dépasser 22 caractères (celui-ci en compte 30).',
  );
  await expectNoAxeViolations(page);
  await page.getByLabel('LRN du document').fill('SEC-1');
  await page.getByRole('button', { name: 'Enregistrer le document' }).click();
  await expect(page.getByRole('alert')).toContainText('pas d’espace, de tiret ni de signe');

  // First document with the suggested LRN, second with a chosen one; then a duplicate is refused.
  await page.getByLabel('LRN du document').fill('');
  await page.getByRole('button', { name: 'Enregistrer le document' }).click();
  await expect(page.getByText(`Document « SEC${year}00001 » enregistré.`)).toBeVisible();
  await page.getByLabel('LRN du document').fill(`SEC${year}00002`);
  await page.getByLabel('Destinataire').fill('Brasserie Martin <b>');
  await page.getByRole('button', { name: 'Enregistrer le document' }).click();
  await page.getByLabel('LRN du document').fill(`sec${year}00002`);
  await page.getByLabel('Destinataire').fill('Autre');
  await page.getByRole('button', { name: 'Enregistrer le document' }).click();
  await expect(page.getByRole('alert')).toContainText('est déjà utilisé dans le registre');

  await page.reload();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText(`SEC${year}00001`);
  await expect(rows.nth(2)).toContainText('Brasserie Martin <b>');
  await expect(page.getByText(`prochain LRN de la série : SEC${year}00003`)).toBeVisible();

  // Status and ARC.
  await page.getByLabel(`Statut du document SEC${year}00001`).selectOption('copySent');
  await page.getByLabel(`Statut du document SEC${year}00002`).selectOption('entered');
  await page.getByLabel(`ARC du DAES SEC${year}00002`).fill('26FRAB1234567890123P5');
  await page.getByRole('button', { name: "Enregistrer l'ARC" }).click();
  await expect(page.getByText('ARC enregistré : 26FRAB1234567890123P5')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(`Statut du document SEC${year}00001`)).toHaveValue('copySent');
  await expectNoAxeViolations(page);

  // The printable form of the second document.
  await page.getByRole('link', { name: `Imprimer le formulaire du document SEC${year}00002` }).click();
  await expectHeading(page, `Document de secours SEC${year}00002`);
  await expectNoAxeViolations(page);
  const dir = path.resolve('test-results/print');
  mkdirSync(dir, { recursive: true });
  const pdf = path.join(dir, 'backup-form.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, ' ');
  expect(text).toContain(`SEC${year}00002`);
  expect(text).toContain('1. Mouvement soumis à accise');
  expect(text).toContain('18. Certificat de document');
  for (const o of FOUR_OBLIGATIONS) expect(text).toContain(o);
  expect(text).not.toContain('Registre LRN'); // no navigation chrome
  expect(text).not.toContain('Imprimer le formulaire');
  const pages = execFileSync('pdfinfo', [pdf]).toString();
  expect(pages).toMatch(/Page size:.*\(A4\)/);
});

test('the register is reachable from the navigation and an unknown form says so', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Registre LRN' }).click();
  await expectHeading(page, 'Registre LRN des documents de secours GAMMA 2');
  await expectNoAxeViolations(page);
  await page.goto('/registre-lrn/formulaire/NOPE1');
  await expectHeading(page, 'Document introuvable');
});
