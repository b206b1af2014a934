/**
 * Nothing typed is lost, across a real reload: a damaged draft is set aside with a notice, and what is typed
 * after it survives the reload. (Every form of the incident, field by field, until saved or cancelled:
 * src/incident/drafts.test.tsx.)
 */
import { expect, test } from './fixtures';
import { expectHeading } from './helpers';

const XI_DTI = '/delta/selfTrigger?v=1&r=delta-xi-dti-no-cannotValidate';

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
