import { expect, test, type Page } from './fixtures';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { answer, expectHeading, expectNoAxeViolations, startFlow, norm } from './helpers';

function pdfPath(name: string) {
  const dir = path.resolve('test-results/print');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.pdf`);
}

async function printText(page: Page, name: string) {
  const pdf = pdfPath(name);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return norm(execFileSync('pdftotext', [pdf, '-']).toString());
}

const FOUR_OBLIGATIONS = [
  'Établissez un document papier conformément à l’article 9 du règlement délégué (UE) 2022/1636',
  'Numérotez-le avec un LRN que vous attribuez librement, dans une série continue par année',
  'Transmettez une copie du document de secours à votre bureau gestionnaire avant le mouvement, puis archivez-le.',
  'intégrez immédiatement les données du document papier dans GAMMA 2 pour créer le DAES',
];

test.describe('GAMMA 2 diagnosis, one journey per outcome', () => {
  test('gamma.backup authorised by an alert on the météo', async ({ page }) => {
    await startFlow(page, 'GAMMA 2');
    await expectHeading(page, 'Avez-vous un problème de matériel ou d’accès à internet ?');
    await expect(page.getByText('Source : logigramme GAMMA 2 (version janvier 2023)')).toBeVisible();
    await answer(page, 'Non, mon matériel et mon accès fonctionnent');
    await answer(page, 'Oui, un dysfonctionnement est signalé');
    await expectHeading(page, 'La procédure de secours est autorisée : établissez un document papier.');
    await expect(page.getByText(/pas besoin d’avertir le SAU au préalable/)).toBeVisible();
    for (const o of FOUR_OBLIGATIONS) await expect(page.getByText(o, { exact: false }).first()).toBeVisible();
    await page.getByRole('link', { name: 'Tenir le registre des documents de secours' }).click();
    await expect(page.getByRole('heading', { name: 'Registre des documents de secours (LRN)' })).toBeVisible();
    await expect(page.getByLabel('SAU du CID')).toHaveCount(0); // authorised by the alert: nobody else to name
  });

  test('gamma.useDti, then « Le mode DTI ne fonctionne pas non plus », then gamma.resolved', async ({ page }) => {
    await startFlow(page, 'GAMMA 2');
    await answer(page, 'Non, mon matériel et mon accès fonctionnent');
    await answer(page, 'Non, rien n’est signalé');
    await expectHeading(page, 'Quel mode utilisez-vous ?');
    await answer(page, 'DTI+ (mon logiciel crée un fichier JSON)');
    await answer(page, 'Oui, le logiciel est en panne');
    await expectHeading(page, 'Utilisez le mode DTI en attendant la résolution.');
    await page.getByRole('link', { name: 'Le mode DTI ne fonctionne pas non plus' }).click();
    await expectHeading(page, 'Votre bureau de douane de rattachement a-t-il résolu le problème ?');
    await answer(page, 'Oui, le problème est résolu');
    await expectHeading(page, 'Problème résolu : pas de procédure de secours.');
  });

  test('gamma.alternative: hardware problem, office without solution, alternative proposed', async ({ page }) => {
    await startFlow(page, 'GAMMA 2');
    await answer(page, 'Oui, un problème de matériel ou d’accès');
    await expect(page.getByText(/résoudre votre problème d’accès à internet ou de matériel/)).toBeVisible();
    await answer(page, 'Non : bureau injoignable ou sans solution');
    await expectHeading(page, 'Le SAU ou le service gestionnaire autorise-t-il la procédure de secours ?');
    await answer(page, 'Non, une solution alternative m’est proposée');
    await expectHeading(page, 'Appliquez la solution alternative proposée.');
  });

  test('gamma.backup authorised by the SAU: the episode records who and when', async ({ page }) => {
    await startFlow(page, 'GAMMA 2');
    await answer(page, 'Non, mon matériel et mon accès fonctionnent');
    await answer(page, 'Non, rien n’est signalé');
    await answer(page, 'EDI (via un prestataire)');
    await expectHeading(page, 'Votre prestataire EDI connaît-il des problèmes techniques ?');
    await answer(page, 'Oui, il connaît des problèmes techniques');
    await answer(page, 'Oui, aucune solution alternative : la procédure de secours est autorisée');
    await expectHeading(page, 'La procédure de secours est autorisée : établissez un document papier.');

    await page.getByRole('link', { name: 'Tenir le registre des documents de secours' }).click();
    await page.getByRole('button', { name: 'Ouvrir l’épisode de panne' }).click();
    await expect(page.getByRole('alert')).toContainText('Indiquez qui a autorisé la procédure de secours.');
    await page.getByLabel('SAU du CID').check();
    await page.getByLabel('Date et heure de l’autorisation').fill('2099-11-23T09:15');
    await page.getByRole('button', { name: 'Ouvrir l’épisode de panne' }).click();
    await expect(page.getByRole('alert')).toContainText('dans le futur');
    await page.getByLabel('Date et heure de l’autorisation').fill('2026-11-23T09:15');
    await page.getByLabel('Référence de la demande d’assistance (facultatif)').fill('DA-2026-778');
    await page.getByRole('button', { name: 'Ouvrir l’épisode de panne' }).click();
    const episode = page.getByRole('region', { name: 'Épisode de panne' });
    await expect(episode).toContainText(
      'Procédure de secours autorisée par le SAU du CID, le 23/11/2026 à 09:15 (demande d’assistance DA-2026-778)',
    );
    // The same outcome later resumes the open episode rather than opening another.
    await page.reload();
    await expect(episode).toContainText('En cours depuis le 23/11/2026 à 09:15.');
    await expect(page.getByRole('button', { name: 'Ouvrir l’épisode de panne' })).toHaveCount(0);
  });
});

test('LRN register: the series stays continuous, a mistake is voided, the register reads on a phone', async ({
  page,
}) => {
  await page.goto('/gamma/backup?v=1&r=gamma-no-yes');
  await expectHeading(page, 'La procédure de secours est autorisée : établissez un document papier.');
  await page.getByRole('link', { name: 'Tenir le registre des documents de secours' }).click();
  // Authorised by the alert on the météo: the episode says so.
  await page.getByRole('button', { name: 'Ouvrir l’épisode de panne' }).click();
  await expect(page.getByRole('region', { name: 'Épisode de panne' })).toContainText(
    'autorisée par le dysfonctionnement signalé sur la météo des services en ligne',
  );

  await page.getByText('Préfixe de la série (aucun)').click();
  await page.getByLabel('Préfixe des LRN').fill('sec');
  await page.getByRole('button', { name: 'Enregistrer le préfixe' }).click();
  const year = new Date().getFullYear();
  await expect(page.getByText(`prochain LRN de la série : SEC${year}00001`)).toBeVisible();

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

  // The suggested LRN; then a typed one that leaves a gap: shown, confirmed, kept.
  await page.getByLabel('LRN du document').fill('');
  await page.getByRole('button', { name: 'Enregistrer le document' }).click();
  await expect(page.getByText(`Document « SEC${year}00001 » enregistré.`)).toBeVisible();
  await page.getByLabel('LRN du document').fill(`sec${year}00005`);
  await page.getByLabel('Destinataire').fill('Brasserie Martin <b>');
  await page.getByRole('button', { name: 'Enregistrer le document' }).click();
  await expect(page.getByRole('alert')).toContainText(
    `les numéros SEC${year}00002 à SEC${year}00004 (3) ne seront attribués à aucun document`,
  );
  await expectNoAxeViolations(page);
  await page.getByLabel(/Je confirme ce LRN/).check();
  await page.getByRole('button', { name: 'Confirmer et enregistrer le document' }).click();
  await expect(page.getByText(`Document « SEC${year}00005 » enregistré.`)).toBeVisible();
  await page.getByLabel('LRN du document').fill(`sec${year}00005`);
  await page.getByLabel('Destinataire').fill('Autre');
  await page.getByRole('button', { name: 'Enregistrer le document' }).click();
  await expect(page.getByRole('alert')).toContainText('est déjà utilisé dans le registre');

  // A mistake is voided with a reason; it keeps its number.
  await page.getByRole('button', { name: `Annuler ce document SEC${year}00001` }).click();
  await page.getByRole('button', { name: `Annuler le document SEC${year}00001` }).click();
  await expect(page.getByText('Indiquez pourquoi le document est annulé')).toBeVisible();
  await page.getByLabel('Motif de l’annulation').fill('Erreur de destinataire');
  await page.getByRole('button', { name: `Annuler le document SEC${year}00001` }).click();

  await page.reload();
  const cards = page.locator('.doc-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toContainText(`SEC${year}00001`);
  await expect(cards.nth(0)).toContainText('Annulé');
  await expect(cards.nth(0)).toContainText('Erreur de destinataire');
  await expect(cards.nth(1)).toContainText('Brasserie Martin <b>');
  await expect(cards.nth(1)).toContainText(
    `Trou dans la série confirmé : SEC${year}00002 à SEC${year}00004 non attribués.`,
  );
  await expect(page.getByText(`prochain LRN de la série : SEC${year}00006`)).toBeVisible();

  // Status and ARC.
  await page.getByLabel(`Statut du document SEC${year}00005`).selectOption('entered');
  await page.getByLabel(`ARC du DAES SEC${year}00005`).fill('26FRAB1234567890123P5');
  await page.getByRole('button', { name: 'Enregistrer l’ARC' }).click();
  await expect(page.getByText('ARC enregistré : 26FRAB1234567890123P5')).toBeVisible();

  // The register reads on a phone and on a wide screen: cards, no sideways scroll, the status whole.
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    expect(scroll).toBeLessThanOrEqual(inner);
    const status = page.getByLabel(`Statut du document SEC${year}00005`);
    const [client, needed] = await status.evaluate((el) => [el.clientWidth, el.scrollWidth]);
    expect(needed).toBeLessThanOrEqual(client);
  }

  // The register prints with its voided line.
  await page.goto('/registre-lrn');
  await expectHeading(page, 'Registre LRN des documents de secours GAMMA 2');
  const register = await printText(page, 'register');
  expect(register).toContain(`SEC${year}00001 Annulé`);
  expect(register).toContain('Erreur de destinataire');
  expect(register).toContain(`SEC${year}00005`);
});

test('the paper form: the LRN and « page N / M » on every page, 3 product lines in at most 3 pages', async ({
  page,
}) => {
  await page.goto('/gamma/backup?v=1&r=gamma-no-no-edi-yes-yes');
  await page.getByRole('link', { name: 'Tenir le registre des documents de secours' }).click();
  await page.getByLabel('Service gestionnaire').check();
  await page.getByLabel('Date et heure de l’autorisation').fill('2026-11-23T09:15');
  await page.getByRole('button', { name: 'Ouvrir l’épisode de panne' }).click();
  await page.getByLabel('LRN du document').fill('FORM1');
  await page.getByLabel('Destinataire').fill('Cave Dupont');
  await page.getByRole('button', { name: 'Enregistrer le document' }).click();
  await page.getByLabel(/Je confirme ce LRN/).check();
  await page.getByRole('button', { name: 'Confirmer et enregistrer le document' }).click();
  await page.getByRole('link', { name: 'Imprimer le formulaire du document FORM1' }).click();
  await expectHeading(page, 'Document de secours FORM1');
  await expect(page.getByLabel('Nombre de lignes de produits (case 17)')).toHaveValue('3');

  const pdf = pdfPath('backup-form');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
  expect(pages).toBeGreaterThan(1);
  expect(pages).toBeLessThanOrEqual(3);
  for (let n = 1; n <= pages; n++) {
    const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-']).toString();
    expect(text).toContain('LRN FORM1');
    expect(text).toContain(`page ${n} / ${pages}`);
    // No page mostly empty: each holds a good share of the form.
    expect(text.replace(/\s+/g, ' ').length).toBeGreaterThan(600);
  }
  const all = norm(execFileSync('pdftotext', [pdf, '-']).toString());
  for (const part of [
    '1. Mouvement soumis à accise',
    'Ligne de produit 3',
    '18. Certificat de document',
    'Cave Dupont',
    'Procédure de secours autorisée par le service gestionnaire, le 23/11/2026 à 09:15',
    'Copie transmise au bureau gestionnaire le',
    'Signature et cachet de l’expéditeur',
  ])
    expect(all).toContain(norm(part));
  for (const o of FOUR_OBLIGATIONS) expect(all).toContain(norm(o));
  expect(all).not.toContain('Registre LRN'); // no navigation chrome
  expect(all).not.toContain('Imprimer le formulaire');

  // More product lines when the movement has more products.
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Nombre de lignes de produits (case 17)').fill('6');
  await page.getByRole('button', { name: 'Appliquer' }).click();
  await expect(page.getByRole('region', { name: 'Ligne de produit 6' })).toBeVisible();
});

test('the register is reachable from the navigation and an unknown form says so', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Registre LRN' }).click();
  await expectHeading(page, 'Registre LRN des documents de secours GAMMA 2');
  await page.goto('/registre-lrn/formulaire/NOPE1');
  await expectHeading(page, 'Document introuvable');
});
