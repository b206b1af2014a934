import { expect, test } from './fixtures';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { enableHelpDesk, expectHeading, norm } from './helpers';

test('help-desk agent: a whole DELTA path with the keyboard only, a call summary, a shared link', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');

  // Turn help-desk mode on with the keyboard: its page, from the header, then its switch.
  const modeLink = page.getByRole('link', { name: 'Mode assistance' });
  for (let i = 0; i < 12 && !(await modeLink.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(modeLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expectHeading(page, 'Mode assistance');
  const toggle = page.getByRole('button', { name: 'Activer le mode assistance' });
  for (let i = 0; i < 12 && !(await toggle.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Désactiver le mode assistance' })).toBeVisible();
  await page.goto('/');
  const panel = page.getByRole('complementary', { name: 'Mode assistance' });
  await expect(panel).toContainText('Demandez quel service en ligne de la douane ne fonctionne pas.');
  await expect(panel.getByText('1 DELTA (Delta G, Delta X, Delta H7)')).toBeVisible();

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
  await expect(caller.getByRole('alert')).toContainText('Une réponse du lien ne correspond pas au parcours');
  await other.close();

  // The mode is remembered.
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Mode assistance' })).toBeVisible();
});

test('the flow map: laid out by ELK, nothing overlaps, no label cut, legible at 1,280 px, a phone and A4', async ({
  page,
}) => {
  for (const [flow, answers, boxes] of [
    ['delta', 'delta-g1-edi-no-no-noBae-other-closed', 15],
    ['gamma', 'gamma-no-no-edi', 12],
  ] as const) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/carte/${flow}?v=1&r=${answers}`);
    await expect(page.locator('.flow-map.screen-only .node')).toHaveCount(boxes);
    // Boxes show the question or outcome, never an internal id.
    await expect(page.locator('.flow-map.screen-only')).not.toContainText(/delta\.|gamma\.|\bstart\b/);
    // The helpers run in the page (page.evaluate sends this function alone): they must be defined inside it.
    /* eslint-disable unicorn/consistent-function-scoping */
    const problems = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('svg.flow-map.screen-only')!;
      const box = (el: SVGGraphicsElement) => el.getBBox();
      const inside = (a: DOMRect, b: DOMRect, m = 0.5) =>
        a.x >= b.x - m && a.y >= b.y - m && a.x + a.width <= b.x + b.width + m && a.y + a.height <= b.y + b.height + m;
      const overlap = (a: DOMRect, b: DOMRect) =>
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      const found: string[] = [];
      const nodes = [...svg.querySelectorAll<SVGGElement>('g.node')].map((g) => ({
        id: g.dataset.node!,
        rect: box(g.querySelector('rect')!),
        text: box(g.querySelector('text')!),
      }));
      for (const [i, a] of nodes.entries()) {
        if (!inside(a.text, a.rect)) found.push(`text cut in ${a.id}`);
        for (const b of nodes.slice(i + 1)) if (overlap(a.rect, b.rect)) found.push(`${a.id} overlaps ${b.id}`);
      }
      for (const g of svg.querySelectorAll<SVGGElement>('g.edge')) {
        const label = box(g.querySelector('.edge-label rect')!);
        if (!inside(box(g.querySelector('.edge-label text')!), label))
          found.push(`label cut on ${g.dataset.from}→${g.dataset.to}`);
        for (const n of nodes)
          if (overlap(label, n.rect)) found.push(`label ${g.dataset.from}→${g.dataset.to} covers ${n.id}`);
        const pts = (g.querySelector('path')!.getAttribute('d') ?? '').match(/-?[\d.]+/g)!.map(Number);
        for (let k = 0; k + 3 < pts.length; k += 2) {
          const [x1, y1, x2, y2] = [pts[k]!, pts[k + 1]!, pts[k + 2]!, pts[k + 3]!];
          for (const n of nodes) {
            if (n.id === g.dataset.from || n.id === g.dataset.to) continue;
            const r = n.rect;
            const hit =
              Math.max(x1, x2) > r.x + 1 &&
              Math.min(x1, x2) < r.x + r.width - 1 &&
              Math.max(y1, y2) > r.y + 1 &&
              Math.min(y1, y2) < r.y + r.height - 1;
            if (hit) found.push(`arrow ${g.dataset.from}→${g.dataset.to} crosses ${n.id}`);
          }
        }
      }
      // Text size on screen: the layout's 13 units, scaled to the width the map gets.
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      if (13 * scale < 12) found.push(`text at ${(13 * scale).toFixed(1)} px`);
      return found;
    });
    /* eslint-enable unicorn/consistent-function-scoping */
    expect(problems).toEqual([]);
  }
  await expect(page.locator('.flow-map.screen-only .node.current')).toContainText('Votre prestataire EDI connaît-il');
  await expect(page.locator('.flow-map.screen-only .node.on-path')).toHaveCount(5);

  // On a phone: the text version first, the map panned sideways, the page itself never wider.
  await page.setViewportSize({ width: 320, height: 800 });
  const [textTop, mapTop] = await page.evaluate(() => [
    document.querySelector('.map-text')!.getBoundingClientRect().top,
    document.querySelector('.map-figure')!.getBoundingClientRect().top,
  ]);
  expect(textTop).toBeLessThan(mapTop);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  // A4 landscape: the map in bands, one per page, every box whole on a page.
  const pdf = path.resolve('test-results/print/map.pdf');
  mkdirSync(path.dirname(pdf), { recursive: true });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  const bands = await page.locator('.map-print-band').count();
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(bands), pdf]).toString();
  for (let n = 1; n <= bands; n++) {
    expect(info).toMatch(new RegExp(`Page\\s+${n} size:\\s+841\\.\\d+ x 59\\d`));
    const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-']).toString();
    expect(text).toContain(`Carte du parcours GAMMA 2, partie ${n} sur ${bands}`);
  }
  const printed = norm(execFileSync('pdftotext', ['-f', '1', '-l', String(bands), pdf, '-']).toString());
  for (const title of await page.locator('.map-text li > strong:first-child').allTextContents())
    expect(printed).toContain(norm(title));
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('link', { name: 'Revenir au diagnostic' }).click();
  await expectHeading(page, 'Votre prestataire EDI connaît-il des problèmes techniques ?');
});

test('the help-desk panel follows the whole call: every page, aligned, « N » asked first and undoable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await enableHelpDesk(page, '/');
  const panel = page.getByRole('complementary', { name: 'Mode assistance' });
  await expect(panel.getByText('1 DELTA (Delta G, Delta X, Delta H7)')).toBeVisible();
  await page.keyboard.press('1');
  await expectHeading(page, 'Quel service DELTA utilisez-vous ?');
  await page.keyboard.press('3');
  await expectHeading(page, 'Quel mode de transmission utilisez-vous ?');

  // The panel stays on the other pages, with the call's answers; the page lines up with the header.
  for (const [link, heading] of [
    ['Incidents', 'Incidents'],
    ['Registre LRN', 'Registre LRN des documents de secours GAMMA 2'],
    ['Carte des parcours', 'Carte du parcours DELTA'],
    ['Mes données', 'Mes données'],
  ] as const) {
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: link }).click();
    await expectHeading(page, heading);
    await expect(panel).toContainText('Delta X Import');
    const [header, main] = await page.evaluate(() =>
      ['.site-header .container', 'main .layout-main'].map((s) =>
        Math.round(document.querySelector(s)!.getBoundingClientRect().left),
      ),
    );
    expect(Math.abs(header! + 16 - main!)).toBeLessThanOrEqual(1);
  }

  // The caller's phone is checked and shown as on the incident page.
  await panel.getByLabel('Téléphone').fill('12');
  await panel.getByLabel('Entreprise').focus();
  await expect(panel.getByText('Saisissez un numéro de téléphone français de 10 chiffres')).toBeVisible();
  await panel.getByLabel('Téléphone').fill('+33612345678');
  await panel.getByLabel('Entreprise').fill('Transit Dupont');
  await expect(panel.getByLabel('Téléphone')).toHaveValue('06 12 34 56 78');

  // The summary's file is named in Paris time.
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Télécharger le résumé' }).click();
  const name = (await download).suggestedFilename();
  const paris = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' })
    .format(new Date())
    .replace(' ', '-')
    .replace(':', '');
  expect(name).toMatch(/^appel-\d{4}-\d{2}-\d{2}-\d{4}\.txt$/);
  expect(name.slice(6, 16)).toBe(paris.slice(0, 10));

  // « N »: asked first; Escape keeps the call; N then Enter starts a new one, which can be taken back.
  await page.getByRole('link', { name: 'Diagnostic', exact: true }).click();
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');
  await page.keyboard.press('n');
  await expect(panel.getByRole('group', { name: 'Commencer un nouvel appel ?' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Oui, nouvel appel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel.getByRole('group', { name: 'Commencer un nouvel appel ?' })).toHaveCount(0);
  await expect(panel.getByLabel('Entreprise')).toHaveValue('Transit Dupont');
  await page.keyboard.press('n');
  await page.keyboard.press('Enter');
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');
  await expect(panel.getByLabel('Entreprise')).toHaveValue('');
  await panel.getByRole('button', { name: 'Reprendre l’appel précédent' }).click();
  await expect(panel.getByLabel('Entreprise')).toHaveValue('Transit Dupont');
  await expectHeading(page, 'Quel mode de transmission utilisez-vous ?');
});
