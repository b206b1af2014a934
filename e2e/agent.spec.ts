import { expect, test } from '@playwright/test';
import { expectHeading, expectNoAxeViolations } from './helpers';

test('help-desk agent: a whole DELTA path with the keyboard only, a call summary, a shared link', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');

  // Turn help-desk mode on with the keyboard.
  const toggle = page.getByRole('button', { name: 'Mode assistance' });
  for (let i = 0; i < 12 && !(await toggle.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const panel = page.getByRole('complementary', { name: 'Mode assistance' });
  await expect(panel).toContainText('Demandez quel service en ligne de la douane ne fonctionne pas.');
  await expect(panel.getByText('1 DELTA (Delta G, Delta X, Delta H7)')).toBeVisible();
  await expectNoAxeViolations(page);

  // Answer with digits: DELTA, Delta H7, EDI, no alert, provider fine, no BAE, Aubette unreachable, office closed.
  const keys: [string, string][] = [
    ['1', 'Quel service DELTA utilisez-vous ?'],
    ['5', 'Quel mode de transmission utilisez-vous ?'],
    ['2', 'Une alerte est-elle publiée sur la météo des services en ligne ?'],
    ['2', 'Votre prestataire de connexion confirme-t-il que le dysfonctionnement vient de sa plateforme ?'],
    ['2', 'Que constatez-vous ?'],
    ['2', 'Dans Aubette, quel est l’état de votre déclaration ?'],
    [
      '3',
      'Le service des douanes indique-t-il que la déclaration est « sous contrôle », « crédit en attente » ou « paiement comptant » ?',
    ],
  ];
  for (const [key, next] of keys) {
    await page.keyboard.press(key);
    await expectHeading(page, next);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
  const possible = panel.getByRole('region', { name: 'Issues encore possibles' }).getByRole('listitem');
  await expect(possible).toHaveText([
    'Le blocage n’est pas technique : voyez avec votre bureau de douane.',
    'Vous pouvez auto-déclencher la procédure de secours.',
  ]);
  await expect(panel).not.toContainText('Appliquez la procédure de secours annoncée par l’alerte.');
  await expectNoAxeViolations(page);

  // Back with R, then answer again: two keys at once, the second one for the question the first one opens.
  await page.keyboard.press('r');
  await expectHeading(page, 'Dans Aubette, quel est l’état de votre déclaration ?');
  await page.keyboard.press('3');
  await page.keyboard.press('3');
  await expectHeading(page, 'Vous pouvez auto-déclencher la procédure de secours.');

  // Notes and caller, typed (digits in a text field are text, not shortcuts).
  await panel.getByLabel('Entreprise').fill('Transit Dupont');
  await panel.getByLabel('Notes d’appel').fill('Appel 1234 : bureau de Roissy fermé.');
  await panel.getByRole('button', { name: 'Copier le résumé d’appel' }).click();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  expect(summary).toContain('RÉSUMÉ D’APPEL');
  expect(summary).toContain('Appelant : Transit Dupont');
  expect(summary).toContain('Service : DELTA – Delta H7');
  expect(summary).toMatch(
    /- \d{2}:\d{2} Quel mode de transmission utilisez-vous\s\? → EDI \(via un prestataire de connexion\)/,
  );
  expect(summary).toContain(
    'Résultat : Vous pouvez auto-déclencher la procédure de secours. (Procédure de secours : oui)',
  );
  expect(summary).toContain('Déposer une demande d’assistance sur OLGA');
  expect(summary).toContain('Appel 1234 : bureau de Roissy fermé.');
  await expectHeading(page, 'Vous pouvez auto-déclencher la procédure de secours.');

  // The shared link opens the same step in another browser, without the caller's data.
  await panel.getByRole('button', { name: 'Copier le lien' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/delta\/selfTrigger\?v=1&r=delta-h7-edi-no-no-noBae-unreachable-closed$/);
  expect(link).not.toContain('Dupont');
  const other = await browser.newContext();
  const caller = await other.newPage();
  await caller.goto(link);
  await expectHeading(caller, 'Vous pouvez auto-déclencher la procédure de secours.');
  await expect(caller.getByText(/n’a pas pu être vérifié/)).toBeVisible();
  await expect(caller.getByRole('complementary', { name: 'Mode assistance' })).toHaveCount(0);
  // A forged link is explained, not trusted.
  await caller.goto(link.replace('closed', 'open'));
  await expect(caller.getByRole('alert')).toContainText('(« open ») ne correspond pas au parcours');
  await other.close();

  // The mode is remembered.
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Mode assistance' })).toBeVisible();
});

test('the flow map is drawn from the machine and highlights the current path', async ({ page }) => {
  await page.goto('/carte/gamma?v=1&r=gamma-no-no-edi');
  await expectHeading(page, 'Carte du parcours GAMMA 2');
  await expect(page.locator('.flow-map .node')).toHaveCount(12);
  await expect(page.locator('.flow-map .node.current')).toContainText('gamma.provider');
  await expect(page.locator('.flow-map .node.on-path')).toHaveCount(5);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Revenir au diagnostic' }).click();
  await expectHeading(page, 'Votre prestataire EDI connaît-il des problèmes techniques ?');
});
