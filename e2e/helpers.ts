import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect, type Page } from './fixtures';

/**
 * axe-core itself, injected once per document and run in the page: the app has no frames, so the Playwright
 * wrapper's frame-by-frame runs (and the blank page it opens to merge them) are not needed; they tripled
 * the time of a scan.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  // Only the violations are needed: axe skips the details of what passes.
  resultTypes: ['violations'],
};

/** The axe violations (WCAG 2.0/2.1/2.2 A and AA) on the current screen, one line each: rule and elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (options) => {
    const { axe } = window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } };
    const results = await axe.run(document, options);
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, AXE_OPTIONS);
}

/** Scans the current screen with axe and fails on any violation. */
export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Picks an answer by its label, continues, and waits for the next screen. (Each distinct screen is scanned
 * with axe once, in a11y.spec.ts; journeys scan only the states they create.)
 */
export async function answer(page: Page, label: string) {
  const heading = page.getByRole('heading', { level: 1 });
  const before = await heading.textContent();
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(heading).not.toHaveText(before ?? '');
}

export async function expectHeading(page: Page, text: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
}

/** Starts a diagnosis on the entry page and picks a flow. */
export async function startFlow(page: Page, flow: 'DELTA (Delta G, Delta X, Delta H7)' | 'GAMMA 2') {
  await page.goto('/');
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');
  await answer(page, flow);
}

/** Fills the references the DA needs (the next step of a new incident) and saves them. */
export async function fillProfile(page: Page, p: { eori: string; company: string; address: string; phone: string }) {
  await page.getByLabel('Numéro EORI').fill(p.eori);
  await page.getByLabel('Raison sociale').fill(p.company);
  await page.getByLabel('Adresse', { exact: false }).first().fill(p.address);
  await page.getByLabel('Téléphone').fill(p.phone);
  await page.getByRole('button', { name: 'Enregistrer mes références' }).click();
}

/** From the DELTA service question: DTI, no alert, cannot validate; then opens the incident. */
export async function openSelfTriggerIncident(page: Page, service: string) {
  await answer(page, service);
  await answer(page, 'DTI (saisie sur le portail douane.gouv.fr)');
  await answer(page, 'Non, aucune alerte');
  await answer(page, 'Je n’arrive pas à valider mes déclarations (anticipées ou non)');
  await expectHeading(page, 'Vous pouvez auto-déclencher la procédure de secours.');
  await page.getByRole('link', { name: 'Préparer la demande d’assistance et suivre l’incident' }).click();
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

/** Turns help-desk mode on (its page, from the header), then opens `url` with the panel beside it. */
export async function enableHelpDesk(page: Page, url: string) {
  await page.goto('/assistance');
  await page.getByRole('button', { name: 'Activer le mode assistance' }).click();
  await page.goto(url);
  await expect(page.getByRole('complementary', { name: 'Mode assistance' })).toBeVisible();
}

/** Answers the questions one after the other, by their labels. */
export async function answerAll(page: Page, labels: readonly string[]) {
  for (const label of labels) await answer(page, label);
}
