/**
 * Nothing typed is lost: every form keeps what is typed, field by field, across a reload, until it is saved
 * or cancelled; saved, the draft is gone; a damaged draft is set aside with a notice.
 */
import { expect, test, type Page } from './fixtures';
import { expectHeading, fillProfile } from './helpers';

const PROFILE = { eori: 'FR552100554', company: 'Transit Dupont SAS', address: '1 rue du Port', phone: '0235000000' };
const XI_DTI = '/delta/selfTrigger?v=1&r=delta-xi-dti-no-cannotValidate';

const drafts = (page: Page) =>
  page.evaluate(() => {
    const raw = localStorage.getItem('secours-douane.drafts');
    return raw ? (JSON.parse(raw) as { data: Record<string, Record<string, string>> }).data : {};
  });

async function reload(page: Page) {
  await page.reload();
  await expectHeading(page, 'Suivi de la procédure de secours');
}

test('an incident: what is typed in each form survives a reload, until it is saved', async ({ page }) => {
  await page.goto(XI_DTI);
  await page.getByRole('link', { name: 'Préparer la demande d’assistance et suivre l’incident' }).click();
  await expectHeading(page, 'Suivi de la procédure de secours');

  // The references, before « Enregistrer ».
  await page.getByLabel('Numéro EORI').fill('FR5521');
  await page.getByLabel('Raison sociale').fill('Transit');
  await reload(page);
  await expect(page.getByLabel('Numéro EORI')).toHaveValue('FR5521');
  await expect(page.getByLabel('Raison sociale')).toHaveValue('Transit');
  await fillProfile(page, PROFILE);
  expect(Object.keys(await drafts(page))).not.toContain('profile');

  // The DA's number and registration time.
  const daTime = page.getByLabel('Heure d’enregistrement de la DA – Delta X Import');
  const now = await daTime.inputValue();
  await page.getByLabel('Numéro de la DA').fill('DA2026123456');
  await reload(page);
  await expect(page.getByLabel('Numéro de la DA')).toHaveValue('DA2026123456');
  await expect(daTime).toHaveValue(now);

  // A correction of the alert time, opened and typed.
  await page.getByRole('button', { name: /Corriger : Date et heure de passage en alerte/ }).click();
  await page.getByLabel('Date et heure de passage en alerte – Delta X Import').fill('2026-11-23T08:40');
  await reload(page);
  await expect(page.getByLabel('Date et heure de passage en alerte – Delta X Import')).toHaveValue('2026-11-23T08:40');
  await page.getByRole('button', { name: 'Annuler' }).first().click();

  // Another service, chosen, its reasons edited and confirmed, not added yet (its form stays open on reload).
  await page.getByText(/^Un autre service en ligne est touché/).click();
  await page.getByLabel(/^Service en ligne/).selectOption('h7');
  await page.getByLabel(/^Raisons de l’auto-déclenchement/).fill('raison tapée pour H7');
  await page.getByLabel(/^Je confirme que ces raisons/).check();
  await reload(page);
  await expect(page.getByLabel(/^Service en ligne/)).toHaveValue('h7');
  await expect(page.getByLabel(/^Raisons de l’auto-déclenchement/)).toHaveValue('raison tapée pour H7');
  await expect(page.getByLabel(/^Je confirme que ces raisons/)).toBeChecked();

  // Saved: the DA's draft is gone, the DA recorded (the office open at that time).
  await page.getByLabel('Oui, ouvert').check();
  await page.getByRole('button', { name: 'Enregistrer la DA' }).click();
  await expect(page.locator('.next-step > h2')).toHaveText('Informer le bureau de douane');
  expect(Object.keys(await drafts(page)).some((k) => k.includes(':da:'))).toBe(false);

  // The office's name and e-mail, typed where they are used.
  await page.getByRole('textbox', { name: /^Bureau de douane/ }).fill('Le Havre');
  // The step « at another time », opened and typed.
  await page
    .locator('.next-step')
    .getByRole('button', { name: /à une autre heure/ })
    .click();
  const stepTime = page.getByLabel(/Heure de l’étape «\sBureau de douane informé/);
  await stepTime.fill('2026-11-23T09:30');
  // « Procédure terminée… », opened and typed.
  await page.getByRole('button', { name: 'Procédure terminée…' }).click();
  await page.getByLabel('Fin de la procédure de secours').fill('2026-11-23T10:00');
  await reload(page);
  await expect(page.getByRole('textbox', { name: /^Bureau de douane/ })).toHaveValue('Le Havre');
  await expect(stepTime).toHaveValue('2026-11-23T09:30');
  await expect(page.getByLabel('Fin de la procédure de secours')).toHaveValue('2026-11-23T10:00');
  // Cancelled: forgotten.
  await page.getByRole('button', { name: 'Annuler' }).last().click();
  await reload(page);
  await expect(page.getByLabel('Fin de la procédure de secours')).toHaveCount(0);
  // A draft is never a record: « Mes données » lists none.
  await page.goto('/donnees');
  await expect(page.getByRole('main')).not.toContainText('Le Havre');

  // The incident deleted: its drafts go with it.
  await page.goBack();
  await expectHeading(page, 'Suivi de la procédure de secours');
  await page.getByRole('button', { name: 'Supprimer l’incident' }).click();
  await page.getByRole('button', { name: 'Oui, supprimer l’incident' }).click();
  await expectHeading(page, 'Incidents');
  expect(Object.keys(await drafts(page)).filter((k) => k.startsWith('incident:'))).toEqual([]);
});

test('a damaged draft is set aside with a notice, and the page works', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('secours-douane.drafts', '{"v":1,"data":{"x":{"y":42}}}'));
  await page.goto(XI_DTI);
  await page.getByRole('link', { name: 'Préparer la demande d’assistance et suivre l’incident' }).click();
  await expectHeading(page, 'Suivi de la procédure de secours');
  await expect(page.getByText(/saisies en cours/)).toBeVisible();
  await page.getByLabel('Numéro EORI').fill('FR552100554');
  await page.reload();
  await expect(page.getByLabel('Numéro EORI')).toHaveValue('FR552100554');
  // What was damaged is kept aside, not dropped.
  expect(await page.evaluate(() => localStorage.getItem('secours-douane.drafts.rejected'))).toContain('42');
});
