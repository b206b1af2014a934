import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from './fixtures';
import { enableHelpDesk, expectHeading, expectNoAxeViolations } from './helpers';
import { expectPrinted, printPdf } from './print';

// The tests read what the app copied.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('help-desk agent: a whole DELTA path with the keyboard only, a call summary, a shared link', async ({
  page,
  browser,
}) => {
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
  await expect(panel.locator('.help-desk-say')).toHaveText(
    /^À dire\s:\sQuel service en ligne de la douane ne fonctionne pas\s:\sDELTA ou GAMMA 2\s\?$/,
  );
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
  // The outcomes still possible, folded to a count.
  const possible = panel.locator('.help-desk-possible');
  await expect(possible.getByRole('listitem').first()).toBeHidden();
  await possible.getByText('Issues encore possibles (2)').click();
  await expect(possible.getByRole('listitem')).toHaveText([
    'Le blocage n’est pas technique : voyez avec votre bureau de douane.',
    'Vous pouvez auto-déclencher la procédure de secours.',
  ]);
  await expect(panel).not.toContainText('Appliquez la procédure de secours annoncée par l’alerte.');
  await expect(panel.locator('.help-desk-say')).toContainText('sous contrôle');

  // Back with R, then answer again: two keys at once, the second one for the question the first one opens.
  // (Keys act with the focus on the page, not on the section just unfolded.)
  await page.locator('h1').click();
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
  expect(summary).toMatch(
    /Résultat\s:\sVous pouvez auto-déclencher la procédure de secours\.\nProcédure de secours\s:\sà auto-déclencher \(DA, puis bureau informé\) – état de la déclaration non vérifié\./,
  );
  // Back with R and the same answer again: nothing changed, nothing said to have changed.
  expect(summary).not.toContain('Réponse modifiée');
  expect(summary).toContain('Déposer sur OLGA une demande d’assistance (DA)');
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
  await expect(caller.getByText(/n’a donc pas pu vérifier/)).toBeVisible();
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
  const printed = await printPdf(page, 'map');
  const bands = await page.locator('.map-print-band').count();
  for (let n = 1; n <= bands; n++) {
    expect(printed.info).toMatch(new RegExp(`Page\\s+${n} size:\\s+841\\.\\d+ x 59\\d`));
    expect(printed.text(n)).toContain(`Carte du parcours GAMMA 2, partie ${n} sur ${bands}`);
  }
  // Every box's title on the map's own pages (the text of the map follows them).
  const bandPages = Array.from({ length: bands }, (_, i) => printed.text(i + 1)).join(' ');
  expectPrinted(bandPages, { has: await page.locator('.map-text li > strong:first-child').allTextContents() });
  // The text version on the very next page: no blank page between.
  expect(printed.text(bands + 1)).toMatch(/^Version texte/);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('link', { name: 'Revenir au diagnostic' }).click();
  await expectHeading(page, 'Votre prestataire EDI connaît-il des problèmes techniques ?');
});

test('the help-desk panel follows the whole call: every page, aligned, « N » asked first and undoable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await enableHelpDesk(page, '/');
  const panel = page.getByRole('complementary', { name: 'Mode assistance' });
  await expect(panel.getByText('1 DELTA (Delta G, Delta X, Delta H7)')).toBeVisible();
  await page.keyboard.press('1');
  await expectHeading(page, 'Quel service DELTA utilisez-vous ?');
  await page.keyboard.press('3');
  await expectHeading(page, 'Quel mode de transmission utilisez-vous ?');

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
  // Named after its date, its reference and the caller.
  expect(name).toMatch(/^appel-\d{4}-\d{2}-\d{2}-\d{4}-[0-9A-F]{8}-transit-dupont\.txt$/);
  expect(name.slice(6, 16)).toBe(paris.slice(0, 10));

  // « N »: asked first; Escape keeps the call; N then Enter starts a new one, which can be taken back.
  await page.getByRole('link', { name: 'Diagnostic', exact: true }).click();
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'Commencer un nouvel appel ?' });
  await expect(dialog).toBeVisible();
  // The focus on « Annuler »: a stray Enter or space confirms nothing.
  await expect(dialog.getByRole('button', { name: 'Annuler' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(panel.getByLabel('Entreprise')).toHaveValue('Transit Dupont');
  // Asked again at once, before the browser has told the dialog it closed: asked all the same.
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('n');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
  }
  await page.keyboard.press('n');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(panel.getByLabel('Entreprise')).toHaveValue('Transit Dupont');
  await page.keyboard.press('n');
  await dialog.getByRole('button', { name: 'Oui, nouvel appel' }).click();
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');
  await expect(panel.getByLabel('Entreprise')).toHaveValue('');
  await panel.getByRole('button', { name: 'Reprendre cet appel' }).click();
  await expect(panel.getByLabel('Entreprise')).toHaveValue('Transit Dupont');
  await expectHeading(page, 'Quel mode de transmission utilisez-vous ?');
});

/** Presses the key the panel shows for an answer (« 1 DELTA… »), as an agent reading the panel does. */
async function pressAnswer(page: Page, label: string) {
  const key = await page
    .getByRole('complementary', { name: 'Mode assistance' })
    .locator('.keys li')
    .filter({ hasText: label })
    .locator('kbd')
    .textContent();
  await page.keyboard.press(key!);
}

test('two calls back to back at 1280 × 800: what to say at each step, the facts on record, the history', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await enableHelpDesk(page, '/');
  const panel = page.getByRole('complementary', { name: 'Mode assistance' });
  const say = panel.locator('.help-desk-say');

  // Call 1, GAMMA 2: DTI+, the editor diagnoses a failure, DTI fails too, the office has no solution, the SAU
  // authorises. A sentence to read out at every step, questions and outcomes alike.
  const steps: [string, string, RegExp][] = [
    ['GAMMA 2', 'Avez-vous un problème de matériel ou d’accès à internet ?', /^À dire\s:\sAvez-vous un problème/],
    [
      'Non, mon matériel et mon accès fonctionnent',
      'La météo des services en ligne signale-t-elle un dysfonctionnement de GAMMA 2 ?',
      /météo des services en ligne/,
    ],
    ['Non, rien n’est signalé', 'Quel mode utilisez-vous ?', /Comment créez-vous vos DAES/],
    [
      'DTI+',
      'Votre éditeur de logiciel diagnostique-t-il une panne de son logiciel ?',
      /L’éditeur de votre logiciel DTI\+/,
    ],
    [
      'Oui, le logiciel est en panne',
      'Utilisez le mode DTI en attendant la résolution.',
      /Utilisez le mode DTI, la saisie sur le portail douane/,
    ],
    [
      'Le mode DTI ne fonctionne pas non plus',
      'Votre bureau de douane de rattachement a-t-il résolu le problème ?',
      /a-t-il résolu le problème/,
    ],
    // First said to be solved, then, back with R, not: a change on record.
    [
      'Oui, le problème est résolu',
      'Problème résolu : pas de procédure de secours.',
      /la procédure de secours n’est pas utilisée/,
    ],
  ];
  await expectNoAxeViolations(page);
  for (const [label, heading, script] of steps) {
    await pressAnswer(page, label);
    await expectHeading(page, heading);
    await expect(say).toHaveText(script);
  }
  await page.keyboard.press('r');
  await expect(say).toContainText('a-t-il résolu le problème');
  // The office: its facts, noted where the question is asked.
  await panel.getByRole('radiogroup', { name: 'Bureau de douane' }).getByLabel('Injoignable').check();
  await panel.getByLabel('Bureau de douane (nom)').fill('Bureau de Lille');
  await page.locator('h1').click();
  await pressAnswer(page, 'Non : bureau injoignable ou sans solution');
  await expect(say).toContainText('Qui vous l’a dit, et à quelle heure');
  // Where facts are asked, the notes are still in view without scrolling the panel.
  const notesAtQuestion = (await panel.getByLabel('Notes d’appel').boundingBox())!;
  expect(notesAtQuestion.y + notesAtQuestion.height).toBeLessThanOrEqual(800);
  await panel.getByLabel('Le SAU du CID').check();
  const authorisedAt = panel.getByLabel('Date et heure de l’autorisation');
  await authorisedAt.fill('2099-01-01T10:00');
  await expect(authorisedAt).toHaveAccessibleDescription(/futur|avenir|après/);
  const now = await page.evaluate(() => {
    const d = new Date(Date.now() - 5 * 60_000);
    return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' })
      .format(d)
      .replace(' ', 'T');
  });
  await authorisedAt.fill(now);
  await expect(authorisedAt).not.toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await page.locator('h1').click();
  // The panel scrolled down to the caller's fields: the next step brings its top, and what to say, back.
  await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  expect(await panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await pressAnswer(page, 'Oui, aucune solution alternative');
  await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBe(0);
  await expectHeading(page, 'La procédure de secours est autorisée : établissez un document papier.');
  await expect(say).toContainText('D’abord, établissez un document papier');

  // The register, opened from the outcome: said to be the agent's, the authorisation taken from the call.
  await page.getByRole('link', { name: 'Tenir le registre des documents de secours' }).click();
  await expect(page.getByText(/ce que vous enregistrez ici reste dans votre navigateur/)).toBeVisible();
  const episode = page.getByRole('region', { name: 'Épisode de panne' });
  await expect(episode.getByLabel('Le SAU du CID')).toBeChecked();
  await expect(episode.getByLabel(/météo/)).toHaveCount(0);
  await expect(episode.getByLabel('Date et heure de l’autorisation')).toHaveValue(now);

  // A long page scrolled to its end: the panel is still in view, its notes too, without scrolling the panel.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  const notes = panel.getByLabel('Notes d’appel');
  const box = (await notes.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(800);
  expect(await panel.evaluate((el) => el.scrollTop)).toBe(0);
  await notes.fill('Rappeler demain.');
  await panel.getByLabel('Nom').fill('Mme Leroy');
  await panel.getByLabel('Courriel (pour lui envoyer le lien)').fill('leroy@exemple.fr');

  await panel.getByRole('button', { name: 'Copier le résumé d’appel' }).click();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  expect(summary).toMatch(/Faits relevés\s:\n/);
  expect(summary).toMatch(/- Qui a autorisé la procédure de secours\s:\sLe SAU du CID/);
  expect(summary).toMatch(/- Date et heure de l’autorisation\s:\s\d{2}\/\d{2}\/\d{4}\sà\s\d{2}:\d{2}/);
  expect(summary).toMatch(/- Bureau de douane\s:\sInjoignable/);
  expect(summary).toMatch(/- Bureau de douane \(nom\)\s:\sBureau de Lille/);
  // The change where it happened, after the answer it replaced.
  expect(summary).toMatch(
    /- \d{2}:\d{2} Votre bureau de douane de rattachement a-t-il résolu le problème\s\? → Oui, le problème est résolu\n(- .*\n)*- \d{2}:\d{2} Réponse modifiée\s:\s«\sOui, le problème est résolu\s» remplacé par «\sNon\s:\sbureau injoignable ou sans solution\s», à la question «\sVotre bureau de douane de rattachement a-t-il résolu le problème\s\?\s»/,
  );
  // The handover: the caller's e-mail, the link and what to do, in the agent's own mail program.
  const mailto = await panel.getByRole('link', { name: 'Envoyer le lien par courriel' }).getAttribute('href');
  expect(mailto).toMatch(/^mailto:leroy@exemple\.fr\?subject=/);
  expect(decodeURIComponent(mailto!)).toContain('/gamma/backup?v=1&r=gamma-no-no-dtiPlus-yes-dtiFails-no-yes');
  // What the caller does next, said to them as the agent read it out.
  expect(decodeURIComponent(mailto!)).toContain(
    'Transmettez-en alors une copie à votre bureau gestionnaire avant le mouvement',
  );

  // « N » from the bottom of the page: asked in a dialog, the page does not move; Enter starts call 2.
  const before = await page.evaluate(() => window.scrollY);
  // The focus back on the page (the agent clicks its background): keys act there, not on the panel's buttons.
  await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: /Commencer un nouvel appel/ });
  await expect(dialog).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Oui, nouvel appel' }).click();
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');
  await expect(notes).toHaveValue('');

  // Call 2, DELTA: self-trigger; the DA number the caller gives is noted at the outcome. Who calls is typed
  // first, before any answer (the call starts with it): the first answer is still taken.
  await panel.getByLabel('Entreprise').fill('Transit Dupont');
  await page.locator('h1').click();
  // A sentence to read out at every step of this call too, each its own.
  for (const [label, script] of [
    ['DELTA', /Par quel service DELTA déposez-vous vos déclarations/],
    ['Delta G – dédouanement en un temps', /Saisissez-vous vos déclarations sur le portail/],
    ['DTI', /météo des services en ligne/],
    ['Non, aucune alerte', /vous n’arrivez pas à valider vos déclarations/],
    ['Je n’arrive pas à valider mes déclarations', /Vous pouvez auto-déclencher la procédure de secours/],
  ] as const) {
    await pressAnswer(page, label);
    await expect(say).toHaveText(script);
  }
  await expectHeading(page, 'Vous pouvez auto-déclencher la procédure de secours.');
  await expect(say).toContainText('Déposez une demande d’assistance sur OLGA');
  await expect(say).toContainText('09 70 28 01 00');
  await panel.getByLabel('Numéro de la DA donné par l’appelant').fill('DA-2026-123');
  await page.locator('h1').click();
  await page.keyboard.press('n');
  await page.getByRole('button', { name: 'Oui, nouvel appel' }).click();
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');

  // The history, after a reload: both calls, newest first, searchable, each summary read-only.
  await panel.getByRole('link', { name: 'Historique des appels' }).click();
  await expectHeading(page, 'Historique des appels');
  await page.reload();
  const calls = page.locator('.call-list > li');
  await expect(calls).toHaveCount(2);
  await expect(calls.nth(0)).toContainText('Vous pouvez auto-déclencher la procédure de secours.');
  await expect(calls.nth(0)).toContainText('Transit Dupont');
  await expect(calls.nth(1)).toContainText('GAMMA 2');
  await expect(calls.nth(1)).toContainText('Mme Leroy');
  await expectNoAxeViolations(page);
  await page.getByLabel('Rechercher un appel').fill('leroy');
  await expect(calls).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'trouvé' })).toHaveText(/1 appel trouvé sur 2/);
  await calls.first().getByText('Voir le résumé d’appel').click();
  await expect(calls.first().locator('pre')).toContainText('Bureau de Lille');
  // Words in any order, the service too.
  await page.getByLabel('Rechercher un appel').fill('gamma leroy');
  await expect(calls).toHaveCount(1);
  // An ended call's summary, downloaded from the history, as a text file ends (with a line break).
  const saved = page.waitForEvent('download');
  await calls.first().getByRole('button', { name: 'Télécharger le résumé' }).click();
  const file = await saved;
  expect(file.suggestedFilename()).toMatch(/^appel-.*-mme-leroy\.txt$/);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).toMatch(/^RÉSUMÉ D’APPEL – Secours douane\n[^]*Mme Leroy[^]*\n$/);
  await page.getByLabel('Rechercher un appel').fill('leroy dupont');
  await expect(calls).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'trouvé' })).toHaveText(/^Aucun appel trouvé sur 2$/);
  await page.getByLabel('Rechercher un appel').fill('auto-declencher');
  await expect(calls).toHaveCount(1);
  await expect(calls.first()).toContainText('DA-2026-123', { useInnerText: false });
  await expectNoAxeViolations(page);
});

test('at 200 % zoom: the button cuts no line; the panel is a drawer the A key opens, over it; N never scrolls the page', async ({
  browser,
}) => {
  // 1,280 × 800 at 200 %: a 640 × 400 viewport at twice the pixel density.
  const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto('/assistance');
  await page.getByRole('button', { name: 'Activer le mode assistance' }).click();
  await page.goto('/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate');
  await expectHeading(page, 'Vous pouvez auto-déclencher la procédure de secours.');
  const panel = page.getByRole('complementary', { name: 'Mode assistance' });
  const toggle = page.getByRole('button', { name: /^Mode assistance/ });
  await expect(panel).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // Scrolled through the page: no line of text partly under the button and partly beside it.
  const cut = await page.evaluate(async () => {
    const button = document.querySelector('.help-desk-toggle')!.getBoundingClientRect();
    const range = document.createRange();
    const lines: string[] = [];
    for (let y = 0; y < document.documentElement.scrollHeight; y += 40) {
      window.scrollTo(0, y);
      await new Promise((done) => requestAnimationFrame(done));
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const text = walker.currentNode;
        if (!text.textContent!.trim() || text.parentElement!.closest('.visually-hidden, .help-desk-toggle')) continue;
        range.selectNodeContents(text);
        for (const r of range.getClientRects())
          if (r.bottom > button.top && r.top < button.bottom && r.right > button.left && r.left < button.right)
            if (r.left < button.left - 1 || r.right > button.right + 1) lines.push(text.textContent!.trim());
      }
    }
    return lines;
  });
  expect(cut).toEqual([]);

  // Never below the content: the page is no taller than without the panel, and A opens the drawer over it.
  await page.keyboard.press('a');
  await expect(panel).toBeVisible();
  // Hidden behind the drawer (styles.css): found by its class, no longer by its role.
  await expect(page.locator('.help-desk-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.getByRole('heading', { name: 'Mode assistance' })).toBeFocused();
  // The caller's link, taken into the call (so that N has a call to end, below).
  await panel.getByRole('button', { name: 'Noter les réponses de ce lien dans un nouvel appel' }).click();
  // The drawer covers the page: Tab never takes the focus to the page behind it, nor to the button under it.
  await expect(page.locator('.help-desk-toggle')).toBeHidden();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () => !!document.activeElement?.closest('.site-header, .layout-main, .site-footer, .help-desk-toggle'),
      ),
    ).toBe(false);
  }
  await expect(panel.getByRole('heading', { name: 'Mode assistance' })).toBeVisible();
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(640);
  expect(box.y).toBe(0);
  await expect(panel.locator('.help-desk-say')).toContainText('Déposez une demande d’assistance sur OLGA');
  await expect(page.getByText(/ce que vous enregistrez ici reste dans votre navigateur/)).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(panel.locator('.help-desk-keys')).toContainText('A ou Échap ferme le panneau');
  // Opened by the A key, closed by Escape or A: the focus is back on the page, where the keys act.
  const onPage = () => page.evaluate(() => document.activeElement === document.body);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  expect(await onPage()).toBe(true);
  await page.keyboard.press('a');
  await expect(panel.getByRole('heading', { name: 'Mode assistance' })).toBeFocused();
  await page.keyboard.press('a');
  await expect(panel).toBeHidden();
  expect(await onPage()).toBe(true);
  // Opened by its button, closed by Escape, « Fermer » or A: the focus is back on the button, and A works
  // from there too.
  await toggle.click();
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('a');
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Fermer' }).click();
  await expect(toggle).toBeFocused();
  await toggle.click();
  await page.keyboard.press('a');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  // Open, then the window widened (zoomed back to 100 %): the panel beside the page, nothing left inert.
  await toggle.click();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(panel).toBeVisible();
  await expect(page.locator('[inert]')).toHaveCount(0);
  await page.setViewportSize({ width: 640, height: 400 });
  await expect(panel).toBeHidden();

  // N at the bottom of the page: the question opens in a dialog, the page stays where it was.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(0);
  await page.locator('h1').click();
  await page.evaluate((y) => window.scrollTo(0, y), before);
  await page.keyboard.press('n');
  await expect(page.getByRole('dialog', { name: /Commencer un nouvel appel/ })).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expectHeading(page, 'Vous pouvez auto-déclencher la procédure de secours.');
  // A link of the drawer followed: the drawer closes, the page it leads to is there, with the focus.
  await page.keyboard.press('a');
  await panel.getByRole('link', { name: 'Historique des appels' }).click();
  await expect(panel).toBeHidden();
  await expectHeading(page, 'Historique des appels');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // Reloaded, A pressed as soon as the page is live, while the panel's code is still on its way: the
  // drawer opens once it is there, the key not lost.
  let arrive: (() => void) | undefined;
  const held = new Promise<void>((done) => (arrive = done));
  await page.route(/\/assets\/HelpDeskPanel-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  await expect(page.locator('html[data-app=ready]')).toBeAttached();
  await expect(page.getByText('Chargement du mode assistance…')).toBeVisible();
  await page.keyboard.press('a');
  arrive?.();
  await expect(panel.getByRole('heading', { name: 'Mode assistance' })).toBeFocused();

  // In the open drawer, a key answers the question behind it: the next question comes, the focus stays in
  // the drawer (the page behind is inert).
  await page.goto('/');
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');
  await page.keyboard.press('a');
  await expect(panel.getByRole('heading', { name: 'Mode assistance' })).toBeFocused();
  await page.keyboard.press('1');
  await expectHeading(page, 'Quel service DELTA utilisez-vous ?');
  await expect(panel.getByRole('heading', { name: 'Mode assistance' })).toBeFocused();
  // Back to the first question, the call ended: its notice takes the focus; a key there starts the next
  // call, the notice goes, and the focus stays in the drawer, on its title.
  await page.keyboard.press('r');
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');
  await panel.getByRole('button', { name: /^Fin d’appel/ }).click();
  await expect(panel.getByText(/^Appel terminé à/)).toBeVisible();
  await page.keyboard.press('2');
  await expect(panel.getByText(/^Appel terminé à/)).toBeHidden();
  await expect(panel.getByRole('heading', { name: 'Mode assistance' })).toBeFocused();
  await context.close();
});

test('at 1024 × 768 and 1280 × 800, on the long outcomes: no line of « À dire » under the notes, the last one in reach, the footer clear of the panel', async ({
  browser,
}) => {
  for (const url of ['/delta/selfTrigger?v=1&r=delta-xi-dti-no-cannotValidate', '/gamma/backup?v=1&r=gamma-no-yes']) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await enableHelpDesk(page, url);
    // The caller's link, taken into the call: the outcome is the call's step.
    const panel = page.getByRole('complementary', { name: 'Mode assistance' });
    await panel.getByRole('button', { name: 'Noter les réponses de ce lien dans un nouvel appel' }).click();
    await expect(panel.locator('.help-desk-keys')).toBeVisible();
    for (const [width, height] of [
      [1024, 768],
      [1280, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.evaluate(() => window.scrollTo(0, 0));
      const say = panel.locator('.help-desk-say');
      await expect(say).toContainText('À dire');
      const hidden = await say.evaluate(async (el) => {
        await new Promise((done) => requestAnimationFrame(done));
        const notesTop = document.querySelector('.help-desk-notes')!.getBoundingClientRect().top;
        const shownBottom = () =>
          Math.min(el.getBoundingClientRect().bottom, el.parentElement!.getBoundingClientRect().bottom);
        // As the step opens: what « À dire » shows ends above the notes…
        const under = shownBottom() - notesTop;
        // …and the rest comes into view in its own scroll, down to its last line.
        el.scrollTop = el.scrollHeight;
        const range = document.createRange();
        range.selectNodeContents(el);
        const last = [...range.getClientRects()].at(-1)!;
        el.scrollTop = 0;
        return { under, lastBelow: last.bottom - Math.min(shownBottom(), notesTop) };
      });
      expect(hidden.under, `${url} at ${width} px`).toBeLessThanOrEqual(0);
      expect(hidden.lastBelow, `${url} at ${width} px`).toBeLessThanOrEqual(1);
      // The notes in view, typed in, still in view at the foot of the page, where the footer ends left of the panel.
      const notes = panel.getByLabel('Notes d’appel');
      await expect(notes).toBeInViewport({ ratio: 1 });
      await notes.fill(`Rappeler à 17 h (${width} px).`);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const [panelLeft, footerRight] = await page.evaluate(() => [
        document.querySelector('.help-desk-panel')!.getBoundingClientRect().left,
        Math.max(...[...document.querySelectorAll('.site-footer p')].map((p) => p.getBoundingClientRect().right)),
      ]);
      expect(footerRight, `${url} at ${width} px`).toBeLessThan(panelLeft!);
      await expect(notes).toBeInViewport({ ratio: 1 });
    }
    await expectNoAxeViolations(page);
    await context.close();
  }
});
