import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Scans the current screen with axe (WCAG 2.0/2.1/2.2 A and AA) and fails on any violation. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Picks an answer by its label, continues, and scans the next screen. */
export async function answer(page: Page, label: string) {
  const heading = page.getByRole('heading', { level: 1 });
  const before = await heading.textContent();
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  // Scan the next screen, not the one being left.
  await expect(heading).not.toHaveText(before ?? '');
  await expectNoAxeViolations(page);
}

export async function expectHeading(page: Page, text: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
}

/** Starts a diagnosis on the entry page (scanned) and picks a flow. */
export async function startFlow(page: Page, flow: 'DELTA (Delta G, Delta X, Delta H7)' | 'GAMMA 2') {
  await page.goto('/');
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');
  await expectNoAxeViolations(page);
  await answer(page, flow);
}

/** Fills the operator profile form of an incident and saves it. */
export async function fillProfile(
  page: Page,
  p: { eori: string; company: string; address: string; phone: string; office: string; email: string },
) {
  await page.getByLabel('Numéro EORI').fill(p.eori);
  await page.getByLabel('Raison sociale').fill(p.company);
  await page.getByLabel('Adresse', { exact: true }).fill(p.address);
  await page.getByLabel('Téléphone').fill(p.phone);
  await page.getByLabel('Bureau de douane', { exact: true }).fill(p.office);
  await page.getByLabel('Courriel du bureau de douane').fill(p.email);
  await page.getByRole('button', { name: 'Enregistrer mes références' }).click();
}

/** From the DELTA service question: DTI, no alert, cannot validate; then opens the incident. */
export async function openSelfTriggerIncident(page: Page, service: string) {
  await answer(page, service);
  await answer(page, 'DTI (saisie sur le portail douane.gouv.fr)');
  await answer(page, 'Non, aucune alerte');
  await answer(page, 'Je n’arrive pas à valider mes déclarations (anticipées ou non)');
  await expectHeading(page, 'Vous pouvez auto-déclencher la procédure de secours.');
  await page.getByRole('button', { name: 'Préparer la demande d’assistance et suivre l’incident' }).click();
  await expectHeading(page, 'Suivi de la procédure de secours');
}

/**
 * Text read back from a PDF, and what a test expects in it, compared with their spaces normalised: the PDF
 * text keeps no-break spaces as spaces, and may lose a narrow one before « ? » or inside « ».
 */
export const norm = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/ ([?:;!»])/g, '$1')
    .replace(/« /g, '«');
