// Uses a build of the app as a person would, in Chromium, and writes what it stored in local storage: the
// fixture of src/records/upgrade.test.ts, which reads what an earlier build kept (src/testing/stored/).
// A DELTA incident (references, a DA filed, steps done and one taken back, notes), help-desk mode with an
// agent and a call (caller, notes, answers, a correction, its end), the GAMMA 2 register (an episode, the
// sender, documents, a prefix changed, a milestone, a void), a draft left typed, and a diagnosis left in
// progress (a second call, help-desk mode being on); then the backup file that build makes of it all.
//
// Made from the build before the records layer (652c25b), served on port 4398:
//   git worktree add /tmp/base 652c25b && cd /tmp/base && npm ci && npx vite build
//   npx vite preview --port 4398   (in /tmp/base), then, here:
//   node scripts/dump-stored.mjs http://localhost:4398 src/testing/stored/652c25b.json 652c25b
// The labels are that build's: another build may need them changed.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { testBrowserPath } from './chromium-path.mjs';

const [BASE = 'http://localhost:4398', OUT = 'stored.json', BUILD = 'unknown'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: testBrowserPath(), args: ['--no-sandbox'] });
const ctx = await browser.newContext({
  locale: 'fr-FR',
  timezoneId: 'Europe/Paris',
  serviceWorkers: 'block',
  baseURL: BASE,
});
const page = await ctx.newPage();
const h1 = () => page.getByRole('heading', { level: 1 });
async function answer(label) {
  const before = await h1().textContent();
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.waitForFunction((left) => document.querySelector('h1')?.textContent !== left, before);
}
try {
  // 1. A DELTA incident: the references, its DA filed, steps done, notes.
  await page.goto('/');
  await answer('DELTA (Delta G, Delta X, Delta H7)');
  for (const a of [
    'Delta G – dédouanement en un temps',
    'DTI (saisie sur le portail douane.gouv.fr)',
    'Non, aucune alerte',
    'Je n’arrive pas à valider mes déclarations (anticipées ou non)',
  ])
    await answer(a);
  await page.getByRole('link', { name: 'Préparer la demande d’assistance et suivre l’incident' }).click();
  await page.getByRole('heading', { name: 'Suivi de la procédure de secours' }).waitFor();
  await page.getByLabel('Numéro EORI').fill('FR552100554');
  await page.getByLabel('Raison sociale').fill('Transit Dupont SAS');
  await page.getByLabel('Adresse', { exact: false }).first().fill('1 rue du Port, 76600 Le Havre');
  await page.getByLabel('Téléphone').fill('+33 2 35 00 00 00');
  await page.getByRole('button', { name: 'Enregistrer mes références' }).click();
  await page.getByRole('button', { name: 'Enregistrer la DA' }).first().click();
  await page.waitForTimeout(300);
  const done = page.getByRole('button', { name: /^Fait maintenant/ });
  for (let i = 0; i < 3 && (await done.count()) > 0; i++) {
    await done.first().click();
    await page.waitForTimeout(300);
  }
  await page.getByLabel('Notes sur l’incident (facultatif)').fill('Panne vue par Camille ; « DA » déposée à 8 h.');
  await page.getByLabel('Notes sur l’incident (facultatif)').blur();
  // 2. Help-desk mode, an agent, a call with its caller, notes and answers, one changed, then ended.
  await page.goto('/assistance');
  await page.getByRole('button', { name: 'Activer le mode assistance' }).click();
  await page.waitForTimeout(300);
  await page.getByLabel(/^Votre nom/).fill('Camille Dupont');
  await page.getByLabel(/^Votre nom/).blur();
  await page.waitForTimeout(300);
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Mode assistance' });
  await panel.waitFor();
  for (const [label, value] of [
    ['Nom', 'M. Martin'],
    ['Entreprise', 'Martin Logistique'],
    ['Numéro EORI', 'FR123456789'],
    ['Téléphone', '06 12 34 56 78'],
    ['Notes d’appel', 'Appelle pour Delta G ; DTI.'],
  ]) {
    if (!(await panel.getByLabel(label).isVisible()))
      await panel
        .locator('summary')
        .filter({ hasText: /^Appelant/ })
        .click();
    await panel.getByLabel(label).fill(value);
    await panel.getByLabel(label).blur();
  }
  // (This build refuses an answer given after the caller's fields changed on the same page: reloaded first.)
  await page.reload();
  await panel.waitFor();
  await answer('DELTA (Delta G, Delta X, Delta H7)');
  await answer('Delta G – dédouanement en un temps');
  await answer('DTI (saisie sur le portail douane.gouv.fr)');
  await answer('Oui, une alerte est publiée');
  // The answer corrected: « Modifier », another answer.
  await page.getByRole('link', { name: /Modifier la réponse à « Une alerte/ }).click();
  await answer('Non, aucune alerte');
  await answer('Je n’arrive pas à valider mes déclarations (anticipées ou non)');
  const end = panel.getByRole('button', { name: /Fin d’appel/ });
  if (await end.count()) await end.first().click();
  await page.waitForTimeout(300);
  const confirm = page.getByRole('button', { name: /^Terminer|^Fin d’appel$|^Confirmer/ });
  if (await confirm.count()) await confirm.first().click();
  // 3. The GAMMA 2 register: an episode authorised by the SAU, documents, a void, milestones, a prefix changed.
  await page.goto('/gamma/backup?v=1&r=gamma-no-yes');
  await page.getByRole('link', { name: 'Tenir le registre des documents de secours' }).click();
  await page.getByRole('button', { name: 'Ouvrir l’épisode de panne' }).click();
  await page.getByRole('heading', { name: 'Enregistrer un document de secours' }).waitFor();
  const main = page.locator('main .layout-main');
  await main.getByLabel('Raison sociale').fill('Cave Dupont SARL');
  await main.getByLabel('Numéro d’accise (SEED)').fill('FR012345678E0');
  await main.getByLabel('Code postal et ville').fill('51100 Reims');
  await main.getByRole('button', { name: 'Enregistrer l’expéditeur' }).click();
  for (const [name, number] of [
    ['Cave Martin', 'DE012345678E0'],
    ['Vins Leroy', ''],
    ['Domaine Petit', 'BE0123456789'],
  ]) {
    await main.getByLabel('Destinataire : nom').fill(name);
    await main.getByLabel(/^Destinataire\s:\snuméro d’accise/).fill(number);
    await main.getByRole('button', { name: 'Enregistrer le document' }).click();
    await page.waitForTimeout(300);
  }
  await main.getByText('Préfixe des LRN (aucun)').click();
  await main.getByLabel('Préfixe des LRN').fill('sec');
  await main.getByRole('button', { name: 'Enregistrer le préfixe' }).click();
  await main.getByLabel('Je confirme le changement de préfixe.').check();
  await main
    .getByRole('button', { name: /Confirmer|Enregistrer le préfixe/ })
    .first()
    .click();
  await page.waitForTimeout(300);
  await main.getByLabel('Destinataire : nom').fill('Chai Moreau');
  await main.getByRole('button', { name: 'Enregistrer le document' }).click();
  await page.waitForTimeout(300);
  // A milestone dated, a document voided, a draft left typed.
  const first = main
    .locator('article, li, .document-card')
    .filter({ hasText: '202600001' })
    .filter({ hasText: 'Cave Martin' })
    .last();
  await first.getByRole('button', { name: /Copie transmise au bureau gestionnaire/ }).click();
  await page.waitForTimeout(300);
  const save = main
    .getByRole('button', { name: /^Enregistrer|^Confirmer/ })
    .filter({ hasNotText: /document|expéditeur/ });
  if (await save.count()) await save.first().click();
  await page.waitForTimeout(300);
  const second = main.locator('article, li, .document-card').filter({ hasText: 'Vins Leroy' }).last();
  await second.getByText('Corriger ou annuler').click();
  await page.waitForTimeout(300);
  await second
    .getByRole('link', { name: 'Annuler ce document' })
    .or(second.getByRole('button', { name: 'Annuler ce document' }))
    .click();
  await page.waitForTimeout(300);
  const reason = second.getByRole('textbox');
  if (await reason.count()) await reason.first().fill('Erreur de destinataire');
  await second
    .getByRole('button', { name: /Annuler le document|Confirmer/ })
    .first()
    .click();
  await page.waitForTimeout(300);
  await main.getByLabel('Destinataire : nom').fill('Brouillon non enregistré');
  await page.waitForTimeout(300);
  // 4. The incident again: its last step taken back (a correction), then a diagnosis left in progress.
  await page.goto('/incidents');
  await page
    .getByRole('link', { name: /Delta G/ })
    .first()
    .click();
  await page
    .getByRole('link', { name: /^Annuler la dernière étape saisie/ })
    .or(page.getByRole('button', { name: /^Annuler la dernière étape saisie/ }))
    .click();
  await page.waitForTimeout(300);
  const yes = page.getByRole('button', { name: /^Oui|^Annuler l’étape|^Confirmer/ });
  if (await yes.count()) await yes.first().click();
  await page.waitForTimeout(300);
  await page.goto('/');
  await answer('GAMMA 2');
} catch (error) {
  await page.screenshot({ path: 'dump-stored-error.png', fullPage: true });
  console.error(`${error}\n(the page as it was: dump-stored-error.png)`);
  process.exit(1);
}
const stored = await page.evaluate(() =>
  Object.fromEntries(
    Object.keys(localStorage)
      .toSorted()
      .map((k) => [k, localStorage.getItem(k)]),
  ),
);
// 5. And the backup file that build makes of it (« Mes données », « Sauvegarder mes données »).
await page.goto('/donnees');
const [download] = await Promise.all([
  page.waitForEvent('download'),
  page.getByRole('button', { name: 'Sauvegarder mes données' }).click(),
]);
const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
const madeBy = 'scripts/dump-stored.mjs, driving that build in Chromium as a user would (see its header)';
writeFileSync(OUT, `${JSON.stringify({ build: BUILD, madeBy, storage: stored, backup }, null, 2)}\n`);
console.log(
  Object.entries(stored)
    .map(([k, v]) => `${k}: ${v.length} characters`)
    .join('\n'),
);
await browser.close();
