import { expect, test } from './fixtures';
import type { Page } from './fixtures';
import { enableHelpDesk, expectHeading, expectNoAxeViolations } from './helpers';

// The call record is what the agent did, and only that (issue 30; flows.md, fourth round): these tests act
// as an agent does, with Back, Forward, reload, an old page's links, a second tab and stray keys.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The answers recorded in the call in progress (« node=value », changes included), read from its log. */
function recorded(page: Page) {
  return page.evaluate(() => {
    type E = { id: string; at: string; call: string; type: string; node?: string; value?: string };
    const raw = localStorage.getItem('secours-douane.help-desk-log');
    const events = raw ? (JSON.parse(raw) as { events: E[] }).events : [];
    let current: string | null = null;
    for (const e of events) {
      if (e.type === 'call.started' || e.type === 'call.resumed') current = e.call;
      if (e.type === 'call.ended' && e.call === current) current = null;
    }
    return events
      .filter((e) => e.call === current && (e.type === 'answer.given' || e.type === 'answer.changed'))
      .map((e) => `${e.node}=${e.value}`);
  });
}

const SERVICE = 'Quel service DELTA utilisez-vous ?';
const MODE = 'Quel mode de transmission utilisez-vous ?';
const ALERT = 'Une alerte est-elle publiée sur la météo des services en ligne ?';
const ACCESS = 'Avez-vous un problème de matériel ou d’accès à internet ?';
const WEATHER = 'La météo des services en ligne signale-t-elle un dysfonctionnement de GAMMA 2 ?';

async function keys(page: Page, ...steps: [key: string, heading: string][]) {
  for (const [key, heading] of steps) {
    await page.keyboard.press(key);
    await expectHeading(page, heading);
  }
}

async function newCall(page: Page) {
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'Commencer un nouvel appel ?' });
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Oui, nouvel appel' }).click();
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');
}

test('a previous caller’s page, reached by Back, and its own links change nothing in the current call', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await enableHelpDesk(page, '/');
  const panel = page.getByRole('complementary', { name: 'Mode assistance' });
  const notThisCall = panel.getByText(/n’est pas une étape de l’appel en cours/);
  // Call 1: DELTA, Delta X Import, EDI. Call 2: GAMMA 2, no hardware problem.
  await keys(page, ['1', SERVICE], ['3', MODE], ['2', ALERT]);
  await newCall(page);
  await keys(page, ['2', ACCESS], ['2', WEATHER]);
  expect(await recorded(page)).toEqual(['start=gamma', 'gamma.access=no']);

  for (let i = 0; i < 4; i++) await page.goBack();
  await expectHeading(page, MODE);
  await expect(notThisCall).toBeVisible();
  // The page's own « Modifier » and « Retour »: other pages of call 1, read-only too.
  await page.getByRole('link', { name: /Modifier la réponse à «\s?Quel service DELTA/ }).click();
  await expectHeading(page, SERVICE);
  await expect(notThisCall).toBeVisible();
  await page.getByRole('link', { name: 'Retour' }).click();
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');
  await expect(notThisCall).toBeVisible();
  // Answering there is refused, said at the form; its keys answer nothing.
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('alert')).toContainText('votre réponse n’a pas été notée');
  await page.locator('h1').click();
  await page.keyboard.press('1');
  await page.reload();
  await expect(notThisCall).toBeVisible();
  expect(await recorded(page)).toEqual(['start=gamma', 'gamma.access=no']);
  // The link for call 2's caller still describes call 2.
  await panel.getByRole('button', { name: 'Copier le lien' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/gamma\/weather\?v=1&r=gamma-no$/);
  await expectNoAxeViolations(page);

  // Back to the call in progress; or, with a confirmation, call 1 taken back.
  await panel.getByRole('link', { name: 'Revenir à l’étape de l’appel en cours' }).click();
  await expectHeading(page, WEATHER);
  await expect(notThisCall).toBeHidden();
  await page.goBack();
  await panel.getByRole('button', { name: 'Reprendre l’appel de cette page' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reprendre cet appel ?' });
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Oui, reprendre cet appel' }).click();
  await expectHeading(page, ALERT);
  expect(await recorded(page)).toEqual(['start=delta', 'delta.service=xi', 'delta.mode=edi']);
});

test('Back and Forward alone invent no correction: one change, where the agent made it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await enableHelpDesk(page, '/');
  const panel = page.getByRole('complementary', { name: 'Mode assistance' });
  const MATCH = 'Le message d’alerte correspond-il à votre situation ?';
  // DELTA, Delta X Import, EDI, an alert; then R, R, DTI (a change), the alert again (the same answer).
  await keys(page, ['1', SERVICE], ['3', MODE], ['2', ALERT], ['1', MATCH], ['r', ALERT], ['r', MODE]);
  await keys(page, ['1', ALERT], ['1', MATCH]);
  const expected = ['start=delta', 'delta.service=xi', 'delta.mode=edi', 'delta.alert=yes', 'delta.mode=dti'];
  expect(await recorded(page)).toEqual(expected);
  for (let i = 0; i < 5; i++) await page.goBack();
  for (let i = 0; i < 5; i++) await page.goForward();
  await page.reload();
  await expectHeading(page, MATCH);
  expect(await recorded(page)).toEqual(expected);
  const changes = panel
    .getByRole('heading', { name: 'Modifications pendant l’appel' })
    .locator('xpath=following-sibling::ul[1]/li');
  await expect(changes).toHaveCount(1);
  await expect(changes).toContainText(/«\sEDI.*» remplacé par «\sDTI/);
});

test('two tabs on one call: a tab shown before the other answered says so, and nothing is lost', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await enableHelpDesk(page, '/');
  await keys(page, ['1', SERVICE]);
  const other = await page.context().newPage();
  await other.setViewportSize({ width: 1280, height: 800 });
  await other.goto('/delta/service');
  await expectHeading(other, SERVICE);
  // The keys act once the panel shows them.
  await expect(other.getByRole('complementary', { name: 'Mode assistance' }).locator('.keys')).toBeVisible();
  await other.keyboard.press('3');
  await expectHeading(other, MODE);
  // Tab A still shows the question the other tab has answered: its answer is not taken, and it says why.
  await page.locator('h1').click();
  await page.keyboard.press('4');
  await expect(page.getByText(/a changé dans un autre onglet/)).toBeVisible();
  await expectHeading(page, SERVICE);
  expect(await recorded(page)).toEqual(['start=delta', 'delta.service=xi']);
  // Shown again as the call stands: answered now, the change is the agent's, on record; the other tab follows.
  await expect(page.getByLabel('Delta X Import')).toBeChecked();
  await page.keyboard.press('4');
  await expectHeading(page, MODE);
  expect(await recorded(page)).toEqual(['start=delta', 'delta.service=xi', 'delta.service=xe']);
  await expect(other.getByRole('complementary', { name: 'Mode assistance' })).toContainText('Delta X Export');
  await other.close();
});

test('« Reprendre » right after « Nouvel appel », with one answer: the call goes on, after a reload too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await enableHelpDesk(page, '/');
  const panel = page.getByRole('complementary', { name: 'Mode assistance' });
  await keys(page, ['1', SERVICE]);
  await newCall(page);
  await panel.getByRole('button', { name: 'Reprendre cet appel' }).click();
  await expectHeading(page, SERVICE);
  await expect(panel.getByText(/n’est pas une étape/)).toBeHidden();
  await page.reload();
  await expect(panel.locator('.keys')).toBeVisible();
  await keys(page, ['3', MODE]);
  expect(await recorded(page)).toEqual(['start=delta', 'delta.service=xi']);

  // Back into that call's pages from a new call: the entry page offers nothing of it.
  await newCall(page);
  await page.goBack();
  await page.goBack();
  await page.getByRole('link', { name: 'Diagnostic', exact: true }).click();
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');
  await expect(page.getByText('Un diagnostic est en cours')).toHaveCount(0);
  expect(await recorded(page)).toEqual([]);
});

test('« Fin d’appel » ends the call: in the history with its duration; a summary in time order', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await enableHelpDesk(page, '/');
  const panel = page.getByRole('complementary', { name: 'Mode assistance' });
  await keys(page, ['1', SERVICE], ['3', MODE]);
  await panel.getByLabel('Téléphone').fill('0123456789');
  await panel.getByLabel('Notes d’appel').fill('Rappeler l’après-midi');
  await panel.getByRole('button', { name: 'Fin d’appel' }).click();
  await expect(panel.getByText(/Appel terminé à/)).toBeVisible();
  await expect(panel.getByText(/Aucun appel en cours/)).toBeVisible();
  await panel.getByRole('link', { name: 'Historique des appels' }).click();
  const calls = page.locator('.call-list > li');
  await expect(calls).toHaveCount(1);
  await expect(calls.first().getByRole('heading')).toContainText('moins d’une minute');
  await expect(calls.first()).toContainText('DELTA – Delta X Import');
  for (const query of ['Delta X Import', '01 23', '0123456789', "l'apres-midi"]) {
    await page.getByLabel('Rechercher un appel').fill(query);
    await expect(calls).toHaveCount(1);
  }
  await calls.first().getByText('Voir le résumé d’appel').click();
  const summary = (await calls.first().locator('pre').textContent())!;
  expect(summary).toMatch(/Référence de l’appel\s:\s[0-9A-F]{8}/);
  const order = ['Début de l’appel', '→ DELTA', '→ Delta X Import', 'Téléphone', 'Notes saisies', 'Fin d’appel'];
  const at = order.map((s) => summary.indexOf(s));
  expect(at.every((x) => x >= 0)).toBe(true);
  expect(at).toEqual(at.toSorted((a, b) => a - b));
});
