import { expect, test, type Page } from './fixtures';
import { readFileSync } from 'node:fs';
import { expectHeading, expectNoAxeViolations, fillProfile } from './helpers';

const PROFILE = {
  eori: 'FR552100554',
  company: 'Transit Dupont SAS',
  address: '1 rue du Port, 76600 Le Havre',
  phone: '02 35 00 00 00',
};

test('saved in one browser, restored in another: incidents, journal entries and LRNs are all there', async ({
  page,
  browser,
}) => {
  test.slow();
  // Browser 1: an incident with its DA recorded, and two paper documents.
  await page.goto('/delta/selfTrigger?v=1&r=delta-xi-dti-no-cannotValidate');
  await page.getByRole('link', { name: 'Préparer la demande d’assistance et suivre l’incident' }).click();
  await fillProfile(page, PROFILE);
  await page.getByLabel('Numéro de la DA').fill('DA-4455');
  await page.getByRole('button', { name: 'Enregistrer la DA' }).click();
  await page.getByRole('button', { name: /Fait maintenant : Bureau de douane informé/ }).click();
  const incidentPath = new URL(page.url()).pathname;

  await page.goto('/registre-lrn');
  await page.getByLabel('Autorisée par le SAU du CID').check();
  await page.getByRole('button', { name: 'Ouvrir l’épisode de panne' }).click();
  for (const consignee of ['Cave A', 'Cave B']) {
    await page.getByLabel('Destinataire : nom').fill(consignee);
    await page.getByRole('button', { name: 'Enregistrer le document' }).click();
    await expect(page.getByText(/Document \d+ enregistré/)).toBeVisible();
  }

  await page.getByRole('link', { name: 'Mes données' }).click();
  await expectHeading(page, 'Mes données');
  await expect(page.getByText('1 incident DELTA')).toBeVisible();
  await expect(page.getByText('2 documents de secours GAMMA 2, dans 1 épisode de panne')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Sauvegarder mes données' }).click();
  const file = await (await download).path();
  expect((await download).suggestedFilename()).toMatch(/^secours-douane-sauvegarde-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);

  // Browser 2: empty; the file restores everything.
  const other = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const fresh = await other.newPage();
  await fresh.goto('/donnees');
  await expectHeading(fresh, 'Mes données');
  await expect(fresh.getByText('0 incident DELTA')).toBeVisible();
  await fresh.getByLabel('Fichier de sauvegarde').setInputFiles(file);
  await expect(
    fresh.getByText('À ajouter : 1 incident, 2 documents de secours, 1 épisode de panne, vos références.'),
  ).toBeVisible();
  await fresh.getByRole('button', { name: 'Restaurer' }).click();
  await expect(fresh.getByText(/Restauration terminée/)).toBeVisible();

  await fresh.goto(incidentPath);
  await expectHeading(fresh, 'Suivi de la procédure de secours');
  await expect(fresh.locator('.incident-start')).toContainText(
    'début de la procédure de secours retenu à l’enregistrement de la DA',
  );
  await expect(fresh.locator('.journal li.done')).toHaveCount(2);
  await expect(fresh.getByText('DA-4455').first()).toBeVisible();
  await fresh.goto('/registre-lrn');
  await expect(fresh.locator('.doc-card')).toHaveCount(2);
  await expect(fresh.locator('.doc-card').nth(1)).toContainText('Cave B');

  // The same file again adds nothing; a file from elsewhere is refused with a reason.
  await fresh.goto('/donnees');
  await fresh.getByLabel('Fichier de sauvegarde').setInputFiles(file);
  await expect(fresh.getByText('Rien de nouveau : tout ce que contient le fichier est déjà ici.')).toBeVisible();
  await fresh.getByLabel('Fichier de sauvegarde').setInputFiles({
    name: 'autre.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  const field = fresh.getByLabel('Fichier de sauvegarde');
  await expect(field).toBeFocused();
  await expect(field).toHaveAccessibleDescription(/Ce fichier n’est pas une sauvegarde de Secours douane/);
  await other.close();
  // The file holds the register's log: two documents drawn up.
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { logs: Record<string, { type: string }[]> };
  expect(saved.logs['register-log']!.filter((e) => e.type === 'document.added')).toHaveLength(2);
});

/** The register with an episode open, then a storage that refuses every write, as a full one does. */
async function registerWithFullStorage(page: Page) {
  await page.goto('/registre-lrn');
  await page.getByLabel('Autorisée par le SAU du CID').check();
  await page.getByRole('button', { name: 'Ouvrir l’épisode de panne' }).click();
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    (window as { freeSpace?: () => void }).freeSpace = () => (Storage.prototype.setItem = setItem);
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}
const freeSpace = (page: Page) => page.evaluate(() => (window as { freeSpace?: () => void }).freeSpace!());

test('a full storage is shown on the page, with the way out; the change stays on screen', async ({ page }) => {
  await registerWithFullStorage(page);
  await page.getByLabel('Destinataire : nom').fill('Cave pleine');
  await page.getByRole('button', { name: 'Enregistrer le document' }).click();
  const banner = page.getByRole('alert', { name: 'Problème d’enregistrement' });
  await expect(banner).toContainText('Le stockage de ce navigateur est plein');
  await expect(banner.getByRole('button', { name: 'Sauvegarder mes données' })).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Imprimer cette page' })).toBeVisible();
  await expect(page.locator('.doc-card')).toContainText('Cave pleine');
  await expectNoAxeViolations(page);
  // Still full: trying again says so, where the focus goes.
  await banner.getByRole('button', { name: 'Réessayer d’enregistrer' }).click();
  await expect(banner.getByText(/^L’enregistrement est toujours impossible/)).toBeFocused();
  // Space freed: saved, the banner gone, the focus on the page; a reload finds the document.
  await freeSpace(page);
  await banner.getByRole('button', { name: 'Réessayer d’enregistrer' }).click();
  await expect(banner).toBeHidden();
  await expect(page.locator('#main')).toBeFocused();
  await page.reload();
  await expect(page.locator('.doc-card')).toContainText('Cave pleine');
});

test('a change the full storage refused is saved by a reload once space is freed', async ({ page }) => {
  await registerWithFullStorage(page);
  await page.getByLabel('Destinataire : nom').fill('Cave pleine');
  await page.getByRole('button', { name: 'Enregistrer le document' }).click();
  await expect(page.getByRole('alert', { name: 'Problème d’enregistrement' })).toBeVisible();
  await freeSpace(page);
  await page.reload();
  await expect(page.locator('.doc-card')).toContainText('Cave pleine');
  await expect(page.getByRole('alert', { name: 'Problème d’enregistrement' })).toBeHidden();
});
