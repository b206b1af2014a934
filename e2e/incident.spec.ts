import { expect, test, type Page } from './fixtures';
import { expectHeading, expectNoAxeViolations, fillProfile } from './helpers';
import { expectPrinted, printPdf } from './print';

// The tests read what the app copied.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const PROFILE = {
  eori: 'FR 552 100 554',
  company: 'Transit Dupont SAS',
  address: '1 rue du Port, 76600 Le Havre',
  phone: '+33 2 35 00 00 00',
};
const PREPARE = 'Préparer la demande d’assistance et suivre l’incident';
/** An evening outage: Delta X Export in EDI, an alert for something else, no BAE, the office closed. */
const EVENING = '/delta/selfTrigger?v=1&r=delta-xe-edi-yes-no-no-noBae-other-closed';
const XI_DTI = '/delta/selfTrigger?v=1&r=delta-xi-dti-no-cannotValidate';

/** Opens the incident of a diagnosis from its outcome, and gives the operator's references. */
async function openIncident(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('link', { name: PREPARE }).click();
  await fillProfile(page, PROFILE);
}

const journalRow = (page: Page, label: string | RegExp) =>
  page.locator('.journal > li').filter({ has: page.getByText(label) });
const nextStep = (page: Page) => page.locator('.next-step > h2');

/**
 * The broker's job on a phone, from the self-trigger outcome to « procédure de secours en cours », the office
 * closed: every tap counted (a field filled is one), and every pixel scrolled. With two services, the second
 * (Delta G) is added on the page with the reasons of the first; the steps both can do are one card.
 */
async function brokerJob(page: Page, viewport: { width: number; height: number }, two = false) {
  await page.setViewportSize(viewport);
  await page.goto(EVENING);
  await expectHeading(page, 'Vous pouvez auto-déclencher la procédure de secours.');
  // The site's header takes little of the first screen; the outcome's main action is on it.
  const header = (await page.locator('.site-header').boundingBox())!;
  expect(header.height / viewport.height).toBeLessThanOrEqual(0.15);
  const prepare = page.getByRole('link', { name: PREPARE });
  const box = (await prepare.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  // Every action of the page a full tap target, 44 px high: the way home and back, « Modifier », the buttons
  // (a link within a sentence is text, not an action).
  const short = await page
    .locator('.brand, .nav-list a, main :is(a, button, summary, input, select, textarea)')
    .evaluateAll((els) =>
      els
        .filter((e) => e.getClientRects().length > 0 && !e.closest('.visually-hidden'))
        .filter(
          (e) =>
            !(e.tagName === 'A' && getComputedStyle(e).display === 'inline') ||
            e.parentElement!.textContent!.trim() === e.textContent!.trim(),
        )
        .filter((e) => e.getBoundingClientRect().height < 44)
        .map((e) => `${e.textContent?.trim().slice(0, 40)} (${Math.round(e.getBoundingClientRect().height)} px)`),
    );
  expect(short).toEqual([]);

  let taps = 0;
  let scrolled = 0;
  let lastY = 0;
  const tap = async (action: () => Promise<void>) => {
    await action();
    taps++;
    const y = await page.evaluate(() => scrollY);
    scrolled += Math.abs(y - lastY);
    lastY = y;
  };
  await tap(() => prepare.click());
  await expectHeading(page, 'Suivi de la procédure de secours');
  lastY = await page.evaluate(() => scrollY);
  if (two) {
    await tap(() => page.getByText(/^Un autre service en ligne est touché/).click());
    await tap(async () => {
      await page.getByLabel(/^Service en ligne/).selectOption('g');
    });
    await tap(() => page.getByLabel('Je confirme que ces raisons valent pour ce service.').check());
    await tap(() => page.getByRole('button', { name: 'Ajouter ce service' }).click());
    await expect(page.locator('.incident-state')).toContainText('0 DA sur 2 déposée');
  }
  await expect(nextStep(page)).toHaveText('Vos références pour la demande d’assistance');
  // What the DA needs, each field said required before anything is submitted; nothing else.
  for (const label of ['Numéro EORI', 'Raison sociale', 'Adresse', 'Téléphone'])
    await expect(page.getByLabel(label, { exact: false }).first()).toHaveAccessibleName(
      new RegExp(`^${label}.*\\(obligatoire\\)`),
    );
  await expect(page.getByLabel('Courriel du bureau de douane')).toHaveCount(0);

  await tap(() => page.getByLabel('Numéro EORI').fill(PROFILE.eori));
  await tap(() => page.getByLabel('Raison sociale').fill(PROFILE.company));
  await tap(() => page.getByLabel('Adresse').first().fill(PROFILE.address));
  await tap(() => page.getByLabel('Téléphone').fill(PROFILE.phone));
  await tap(() => page.getByRole('button', { name: 'Enregistrer mes références' }).click());
  // The DA at once, its copy button first; focus on the new step.
  await expect(nextStep(page).first()).toHaveText('Déposer la demande d’assistance (DA) sur OLGA');
  await expect(nextStep(page).first()).toBeFocused();
  for (const service of two ? ['Delta X Export', 'Delta G'] : ['Delta X Export']) {
    const card = page.locator('.next-step').filter({ hasText: `Prochaine étape – ${service}` });
    await tap(async () => {
      await card.getByRole('button', { name: `Copier le texte de la DA – ${service}` }).click();
    });
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/Numéro EORI\s:\sFR552100554/);
    await expect(card.getByText('Copié.')).toBeVisible();
    // Filed on OLGA: its registration time (now, by default); the office unreachable during the diagnosis,
    // « fermé » is preselected for the office hours.
    await expect(card.getByLabel('Non, fermé')).toBeChecked();
    await tap(() => card.getByRole('button', { name: 'Enregistrer la DA' }).click());
  }
  // The office was closed: « après avoir déposé la demande d’assistance, appelez le SAU du CID », at once, once
  // for both services.
  await expect(nextStep(page)).toHaveText('Appeler le SAU du CID');
  await expect(nextStep(page).first()).toBeFocused();
  await expect(page.getByRole('link', { name: 'Appeler le SAU : 09 70 28 01 00' })).toHaveAttribute(
    'href',
    'tel:+33970280100',
  );
  await tap(() => page.getByRole('button', { name: /Fait maintenant : SAU du CID appelé/ }).click());
  await expect(nextStep(page)).toHaveText('Informer le bureau de douane');
  await expect(nextStep(page).first()).toBeFocused();
  // The office is informed by forwarding the acknowledgement (fiche DELTA, step 5): the text to add is in the step.
  await expect(page.getByRole('button', { name: /^Copier le texte à ajouter au transfert/ }).first()).toBeVisible();
  await tap(() => page.getByRole('button', { name: 'Fait maintenant : Bureau de douane informé' }).click());
  await expect(nextStep(page)).toHaveText('Recourir à la procédure de secours');
  await expect(page.locator('.next-step')).toContainText('Les deux conditions sont réunies');
  await tap(() => page.getByRole('button', { name: 'Fait maintenant : Procédure de secours en cours' }).click());
  await expect(nextStep(page)).toHaveText('Quand votre système fonctionne de nouveau');
  await expect(page.locator('.incident-state')).toContainText(/procédure de secours en cours/i);
  await expectNoAxeViolations(page);
  // Every control of the next steps and the journals is a full tap target.
  const small = await page
    .locator('.next-step :is(button, a, summary), .journal-panel :is(button, a)')
    .evaluateAll((els) =>
      els
        .map((e) => ({ text: e.textContent?.trim().slice(0, 40), rect: e.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width > 0 && (rect.height < 44 || rect.width < 44))
        .map(({ text, rect }) => `${text} ${Math.round(rect.width)}×${Math.round(rect.height)}`),
    );
  expect(small).toEqual([]);
  const screens = scrolled / viewport.height;
  // The figures, for the record (not a timing: counts).
  console.log(
    `phone job ${viewport.width}×${viewport.height}, ${two ? 2 : 1} service(s): ${taps} taps, ${screens.toFixed(1)} screens scrolled`,
  );
  return { taps, screens };
}

test('the outcome’s button tapped before the app has taken the page over: the incident opens at once', async ({
  page,
}) => {
  // A slow link: the prerendered outcome is there (its page is prerendered for these answers), its scripts not yet.
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto('/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate');
  await page.unroute(/\/assets\/.*\.js$/);
  await page.getByRole('link', { name: PREPARE }).click();
  await expectHeading(page, 'Suivi de la procédure de secours');
});

test('the broker’s job on a phone, one service: at most 14 taps and 3 screens of scrolling', async ({ page }) => {
  const { taps, screens } = await brokerJob(page, { width: 375, height: 812 });
  expect(taps).toBeLessThanOrEqual(14);
  expect(screens).toBeLessThanOrEqual(3);
});

test('the broker’s job on a phone, two services: at most 22 taps and 6 screens', async ({ page }) => {
  test.slow();
  const { taps, screens } = await brokerJob(page, { width: 375, height: 812 }, true);
  expect(taps).toBeLessThanOrEqual(22);
  expect(screens).toBeLessThanOrEqual(6);
});

test('the broker’s job on a small phone (320 × 640), one service: at most 5 screens', async ({ page }) => {
  const { screens } = await brokerJob(page, { width: 320, height: 640 });
  expect(screens).toBeLessThanOrEqual(5);
});

test('a double tap records one step: the card that takes its place ignores the second tap', async ({ page }) => {
  await openIncident(page, EVENING);
  await page.getByRole('button', { name: 'Enregistrer la DA' }).click();
  await page.getByRole('button', { name: 'Fait maintenant : Bureau de douane informé' }).click();
  await expect(nextStep(page)).toHaveText('Appeler le SAU du CID');
  await page.getByRole('button', { name: /Fait maintenant : SAU du CID appelé/ }).dblclick();
  await expect(nextStep(page)).toHaveText('Recourir à la procédure de secours');
  await expect(page.locator('.incident-state')).toContainText('Procédure de secours possible');
  await page.getByRole('button', { name: 'Fait maintenant : Procédure de secours en cours' }).dblclick();
  await expect(nextStep(page)).toHaveText('Quand votre système fonctionne de nouveau');
  await expect(page.locator('.incident-state')).toContainText('Procédure de secours en cours');
});

test('from the diagnosis to a printed record: errors tied to their fields, corrected times, the state', async ({
  page,
}) => {
  test.slow();
  await page.goto(XI_DTI);
  await page.getByRole('link', { name: PREPARE }).click();

  // Wrong EORI and phone are refused, each field in error and described by its message.
  await fillProfile(page, { ...PROFILE, eori: 'FR123', phone: '12 34' });
  const summary = page.getByRole('alert').filter({ hasText: 'Il y a un problème' });
  await expect(summary).toContainText(
    'Numéro EORI : Après FR, ce numéro EORI n’a pas la forme attendue. Information complémentaire (hors fiche) : un numéro EORI français est FR suivi du SIREN',
  );
  await expect(summary).toContainText('Téléphone : Saisissez un numéro de téléphone français de 10 chiffres');
  for (const label of ['Numéro EORI', 'Téléphone']) {
    const field = page.getByLabel(label);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/Erreur\s?:/);
  }
  await expectNoAxeViolations(page);
  await summary.getByRole('link', { name: /Numéro EORI/ }).click();
  await expect(page.getByLabel('Numéro EORI')).toBeFocused();
  await fillProfile(page, PROFILE);

  // The DA text.
  const da = page.getByLabel('Texte de la demande d’assistance – Delta X Import').first();
  await expect(da).toContainText('auto-déclenchement de la procédure de secours');
  await expect(da).toContainText('Mode de transmission : DTI');
  await expect(da).toContainText('Le bureau de douane sera informé par le transfert');
  // Before the DA: the office cannot be informed (its acknowledgement does not exist), nor anything after it.
  await expect(journalRow(page, 'Bureau de douane informé (accusé de réception de la DA transféré)')).toContainText(
    'Enregistrez d’abord la demande d’assistance (DA).',
  );
  await expect(page.getByRole('button', { name: /Fait maintenant : Bureau de douane informé/ })).toHaveCount(0);
  await expect(journalRow(page, 'Procédure de secours en cours')).toContainText(
    'Possible seulement une fois la DA enregistrée et le bureau de douane informé',
  );
  await expect(journalRow(page, 'Clôture de la DA demandée au SAU')).toContainText(
    'À faire une fois votre système de nouveau en état de marche.',
  );

  // « Date et heure de passage en alerte »: corrected; a time in the future is refused.
  await page.getByRole('button', { name: /Corriger : Date et heure de passage en alerte – Delta X Import/ }).click();
  const alertField = page.getByLabel('Date et heure de passage en alerte – Delta X Import');
  await alertField.fill('2099-01-01T10:00');
  await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await expect(page.getByText(/Cette heure est dans le futur/)).toBeVisible();
  await alertField.fill('2026-11-23T08:45');
  await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await expect(page.getByRole('button', { name: /Corriger : Date et heure de passage en alerte/ })).toBeFocused();
  await expect(da).toContainText('Date et heure de passage en alerte : 23/11/2026 à 08:45');

  // The DA's registration time, the start of the procedure: never before the switch to alert it reports.
  const daTime = page.getByLabel('Heure d’enregistrement de la DA – Delta X Import');
  await daTime.fill('2026-11-22T09:12');
  await page.getByRole('button', { name: 'Enregistrer la DA' }).click();
  await expect(page.locator('.next-step .error-message')).toContainText(
    'Cette heure précède la date et l’heure de passage en alerte indiquées dans la DA',
  );
  await expect(daTime).toBeFocused();
  await expect(daTime).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await daTime.fill('2026-11-23T09:12');
  await page.getByLabel('Numéro de la DA').fill('DA-778899');
  // A Monday at 09:12: the office is taken as open (the tool's preselection, which the user may change).
  await expect(page.getByLabel('Oui, ouvert')).toBeChecked();
  await page.getByRole('button', { name: 'Enregistrer la DA' }).click();
  await expect(page.locator('.incident-start')).toContainText(/Delta X Import\s:.*09:12/);
  await expect(page.locator('.incident-state')).toContainText('DA déposée, bureau à informer');

  // The office, informed at another time; its name and e-mail where they are used.
  await page.getByRole('textbox', { name: /^Bureau de douane/ }).fill('Le Havre Port');
  await page.getByLabel('Courriel du bureau de douane').fill('bureau.lehavre@douane.finances.gouv.fr');
  await page.getByRole('button', { name: 'Enregistrer le bureau' }).click();
  await page.getByRole('button', { name: 'Copier le texte à ajouter au transfert' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/DA-778899/);
  await page
    .locator('.next-step')
    .getByRole('button', { name: /à une autre heure/ })
    .click();
  // Never before the DA it forwards the acknowledgement of.
  await page.getByLabel(/Heure de l’étape «\sBureau de douane informé/).fill('2026-11-23T09:00');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.locator('.next-step .error-message').first()).toContainText(
    'précède celle de l’étape « Demande d’assistance (DA) déposée sur OLGA »',
  );
  await page.getByLabel(/Heure de l’étape «\sBureau de douane informé/).fill('2026-11-23T09:20');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.locator('.incident-state')).toContainText(/procédure de secours possible/i);
  // Office open: no SAU call; the procedure in use.
  await expect(journalRow(page, 'SAU du CID appelé')).toHaveCount(0);
  await page
    .locator('.next-step')
    .getByRole('button', { name: /à une autre heure/ })
    .click();
  await page.getByLabel(/Heure de l’étape «\sProcédure de secours en cours\s»/).fill('2026-11-23T09:15');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByText(/précède celle de l’étape «\sBureau de douane informé/)).toBeVisible();
  await page.getByLabel(/Heure de l’étape «\sProcédure de secours en cours\s»/).fill('2026-11-23T09:25');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.locator('.incident-state')).toContainText(/procédure de secours en cours/i);

  // A journal time is corrected; the record keeps both.
  await page
    .getByRole('button', { name: /Corriger\s:\sHeure de l’étape «\sDemande d’assistance \(DA\) déposée sur OLGA\s»/ })
    .click();
  await page.getByLabel(/Heure de l’étape «\sDemande d’assistance \(DA\) déposée sur OLGA\s»/).fill('2026-11-23T09:10');
  await page.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await expect(journalRow(page, 'Demande d’assistance (DA) déposée sur OLGA')).toContainText(
    '23/11/2026 à 09:10 (corrigée le',
  );
  await expectNoAxeViolations(page);

  // Survives a reload, and is listed with its real state and start.
  await page.reload();
  await expect(page.locator('.incident-start')).toContainText('23/11/2026 à 09:10');
  await page.getByRole('link', { name: 'Incidents', exact: true }).click();
  const item = page.locator('.incident-list > li').filter({ hasText: 'Delta X Import' });
  await expect(item).toContainText(/procédure de secours en cours/i);
  await expect(item).toContainText('début de la procédure : 23/11/2026 à 09:10');
  await item.getByRole('link').click();
  await expectHeading(page, 'Suivi de la procédure de secours');

  // The printed record: the start first, every time with its history, the references and the diagnosis.
  const printed = await printPdf(page, 'incident');
  // The first page says when it was printed; every page, which incident it is of and which page of how many.
  expect(printed.text(1)).toMatch(
    /Imprimé le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2} \(heure de Paris\) depuis Secours douane\./,
  );
  for (let n = 1; n <= printed.pages; n++) {
    expect(printed.text(n)).toContain(`page ${n} / ${printed.pages}`);
    expect(printed.text(n)).toMatch(
      /Procédure de secours DELTA – incident du \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2} – Delta X Import/,
    );
  }
  const text = printed.text();
  const start = text.indexOf('23/11/2026 à 09:10');
  expect(start).toBeGreaterThan(-1);
  expect(start).toBeLessThan(text.indexOf('Diagnostic (fiche DELTA)'));
  expectPrinted(text, {
    has: [
      'Enregistrement de la DA',
      'Delta X Import : procédure de secours en cours ; début de la procédure de secours retenu à l’enregistrement de la DA, le 23/11/2026 à 09:10',
      'Texte de la demande d’assistance, tel que déposé',
      'Numéro EORI : FR552100554',
      'Date et heure de passage en alerte : 23/11/2026 à 08:45',
      'DA-778899',
      'indiquée d’abord 23/11/2026 à 09:12',
      'Quel mode de transmission utilisez-vous ? DTI (saisie sur le portail douane.gouv.fr)',
      'Raison sociale Transit Dupont SAS',
      '☐ Système de nouveau en état de marche',
      'Source : fiche DELTA',
    ],
    lacks: ['Exporter en texte', 'Corriger'],
  });
});

test('the end is clear: once the system works again, the procedure is no longer to be used (our advice), and what remains', async ({
  page,
}) => {
  await openIncident(page, XI_DTI);
  await page.getByLabel('Oui, ouvert').check();
  await page.getByRole('button', { name: 'Enregistrer la DA' }).click();
  // The DA recorded: the journal asks only for what remains.
  await expect(page.locator('.journal-status')).toContainText('la DA est enregistrée, il reste à informer le bureau');
  await page.getByRole('button', { name: 'Fait maintenant : Bureau de douane informé' }).click();
  await page.getByRole('button', { name: 'Fait maintenant : Procédure de secours en cours' }).click();
  const url = page.url();

  // Back on the entry page later: the open incident is offered first, with its state.
  await page.goto('/');
  const offer = page.getByRole('region', { name: 'Incidents en cours' });
  await expect(offer).toContainText('Incident en cours – Delta X Import');
  await expect(offer).toContainText(/procédure de secours en cours/i);
  await offer.getByRole('link', { name: 'Reprendre l’incident' }).click();
  await expect(page).toHaveURL(url);

  await page.getByRole('button', { name: 'Fait maintenant : Système de nouveau en état de marche' }).click();
  await expect(nextStep(page)).toHaveText('Demander au SAU de clore la DA');
  await expect(page.locator('.incident-state')).toContainText(/Système rétabli\s:\sétapes de fin à faire/);
  // Step 6 of the fiche, as it says it; that the procedure is over is said as our advice (the fiche does not).
  await expect(page.locator('.journal-status')).toContainText(
    'Fiche DELTA : vous devez contacter le SAU du CID pour qu’il puisse clore la DA, et informer votre bureau de douane.',
  );
  await expect(page.locator('.journal-status')).toContainText(
    'Conseil de l’outil : n’utilisez plus la procédure de secours.',
  );
  await expect(page.getByText('vous pouvez recourir à la procédure de secours')).toHaveCount(0);
  // The closure is said requested to the office only once it is.
  await page.getByText('Les trois courriels de la procédure').click();
  await expect(page.locator('details.mail').last()).not.toContainText('Nous avons demandé au SAU du CID de clore');
  await page.getByRole('button', { name: 'Fait maintenant : Clôture de la DA demandée au SAU' }).click();
  await expect(nextStep(page)).toHaveText('Informer le bureau de la fin de la procédure');
  await expect(page.locator('.next-step')).toContainText('Nous avons demandé au SAU du CID de clore');
  await page.getByRole('button', { name: 'Fait maintenant : Bureau de douane informé de la fin' }).click();
  await expect(nextStep(page)).toHaveText('Toutes les étapes de la fiche sont faites');
  const text = (await printPdf(page, 'incident-end')).text();
  expectPrinted(text, {
    has: ['Bureau de douane informé de la fin', 'n’utilisez plus la procédure de secours'],
    lacks: ['vous pouvez recourir à la procédure de secours'],
  });
  // On a small phone, a double tap closes it once: « Rouvrir » and « Supprimer », which come under the finger,
  // ignore the second tap.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.getByRole('button', { name: /^Procédure terminée\s:\sclore l’incident/ }).dblclick();
  await expect(page.locator('.incident-state')).toContainText(/^Clos, le /);
  await page.waitForTimeout(700);
  await expect(page.locator('.incident-state')).toContainText(/^Clos, le /);
  await expect(page.getByRole('button', { name: 'Oui, supprimer l’incident' })).toHaveCount(0);
  const types = await page.evaluate(() =>
    (JSON.parse(localStorage.getItem('secours-douane.incident-log')!).events as { type: string }[]).map((e) => e.type),
  );
  expect(types.filter((t) => t.startsWith('incident.'))).toEqual(['incident.opened', 'incident.closed']);
  await page.getByRole('link', { name: 'Incidents', exact: true }).click();
  await expect(page.locator('.incident-list > li')).toContainText(/Clos · /);
  // Back on the entry page: neither the closed incident nor its diagnosis is offered as in progress.
  await page.goto('/');
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');
  await expect(page.getByRole('region', { name: 'Diagnostic en cours' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Incidents en cours' })).toHaveCount(0);
});

test('a well-formed EORI whose check digit fails can be confirmed; a phone abroad is taken; the DA shows at once', async ({
  page,
}) => {
  await page.goto(XI_DTI);
  await page.getByRole('link', { name: PREPARE }).click();
  await page.getByLabel('Numéro EORI').fill('FR12345678901234');
  await page.getByLabel('Raison sociale').fill(PROFILE.company);
  await page.getByLabel('Adresse', { exact: false }).first().fill(PROFILE.address);
  await page.getByLabel('Téléphone').fill('+32 2 123 45 67');
  // The warning at the field, with the way to keep the number.
  const confirm = page.getByLabel('Je confirme ce numéro');
  await expect(confirm).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer mes références' }).click();
  await expect(page.getByLabel('Numéro EORI')).toHaveAccessibleDescription(
    /14\schiffres après FR.*Je confirme ce numéro/,
  );
  await confirm.check();
  // The four references typed: the DA text is there before they are saved.
  await expect(page.locator('.da-preview')).toContainText('Numéro EORI : FR12345678901234');
  await expect(page.locator('.da-preview')).toContainText('Téléphone : +3221234567');
  await page.getByRole('button', { name: 'Enregistrer mes références' }).click();
  await expect(nextStep(page)).toHaveText('Déposer la demande d’assistance (DA) sur OLGA');
  await expect(page.getByLabel('Texte de la demande d’assistance – Delta X Import')).toContainText(
    'Numéro EORI : FR12345678901234',
  );
});

test('the longest path fits every width and prints every answer; its journal requires the SAU call', async ({
  page,
}) => {
  await openIncident(page, EVENING);
  await page.getByRole('button', { name: 'Enregistrer la DA' }).click();
  await expect(journalRow(page, 'SAU du CID appelé')).toContainText(
    'Demandé par la fiche : le bureau était fermé à l’heure de la DA.',
  );
  await expect(journalRow(page, 'État de la déclaration vérifié auprès du bureau dès son ouverture')).toContainText(
    '(conseil de l’outil, hors fiche)',
  );
  const incidentUrl = page.url();
  for (const url of [incidentUrl, '/incidents']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const width of [320, 375, 768, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
      expect(scroll, `${url} at ${width} px`).toBeLessThanOrEqual(inner);
    }
  }
  await page.goto(incidentUrl);
  await expectHeading(page, 'Suivi de la procédure de secours');
  const text = (await printPdf(page, 'incident-longest')).text();
  expectPrinted(text, {
    has: [
      'Delta X Export',
      'EDI (via un prestataire de connexion)',
      'Oui, une alerte est publiée',
      'Non, ma situation est différente',
      'Non, sa plateforme fonctionne',
      'Mes déclarations validées n’obtiennent pas le BAE',
      'Elle n’a pas obtenu le BAE',
    ],
  });
});

test('one incident per diagnosis, one DA per online service', async ({ page }) => {
  const g1 = '/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate';
  await page.goto(g1);
  await page.getByRole('link', { name: PREPARE }).click();
  await expectHeading(page, 'Suivi de la procédure de secours');
  const first = page.url();
  // Back to the outcome: the same diagnosis reopens the incident, by the link or the browser's Back.
  await page.locator('.diagnosis-details summary').click();
  await page.getByRole('link', { name: 'Voir le diagnostic' }).click();
  await page.getByRole('link', { name: PREPARE }).click();
  await expect(page).toHaveURL(first);
  await page.goBack();
  await page.getByRole('link', { name: PREPARE }).click();
  await expect(page).toHaveURL(first);

  // Delta G in two steps is the same online service: the same incident, not a second DA.
  await page.goto('/delta/selfTrigger?v=1&r=delta-g2-dti-no-cannotValidate');
  await page.getByRole('link', { name: PREPARE }).click();
  await expect(page).toHaveURL(first);
  await expect(page.getByText(/Un incident est déjà ouvert pour Delta G/)).toBeVisible();
  // Nothing chosen: each control in error is marked so and described by its message.
  await page.getByText(/^Un autre service en ligne est touché/).click();
  await page.getByRole('button', { name: 'Ajouter ce service' }).click();
  for (const label of [/^Service en ligne/, /^Je confirme que ces raisons valent pour ce service/]) {
    const field = page.getByLabel(label);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/Erreur\s?:/);
  }
  await expectNoAxeViolations(page);
  // The service the incident covers is listed, but cannot be chosen.
  await expect(page.getByRole('option', { name: /^Delta G.*\(déjà couvert par cet incident\)$/ })).toBeDisabled();
  await page.getByLabel('Je confirme que ces raisons valent pour ce service.').check();

  // Another service, with its own diagnosis and its own reasons.
  await page.goto('/delta/selfTrigger?v=1&r=delta-h7-edi-no-no-noBae-unreachable-no');
  await page.getByRole('link', { name: PREPARE }).click();
  await page.getByRole('button', { name: /Ajouter ce service à l’incident du/ }).click();
  await expect(page).toHaveURL(first);
  await fillProfile(page, PROFILE);
  await expect(page.getByLabel('Texte de la demande d’assistance – Delta H7')).toContainText('Aubette inaccessible');
  await expect(page.getByLabel('Texte de la demande d’assistance – Delta G')).not.toContainText('Aubette');

  // A service without its own diagnosis: its reasons are confirmed first (what was typed is still there).
  await expect(page.getByLabel(/^Je confirme que ces raisons/)).toBeChecked();
  await page.getByLabel(/^Service en ligne/).selectOption('xe');
  await page.getByRole('button', { name: 'Ajouter ce service' }).click();
  await expect(page.getByLabel('Texte de la demande d’assistance – Delta X Export')).toContainText(
    'impossibilité de valider nos déclarations',
  );

  // The printed record holds each service's own diagnosis, not only the first one's.
  const printed = (await printPdf(page, 'incident-three-services')).text();
  expectPrinted(printed, {
    has: [
      'Diagnostic de Delta H7',
      'Diagnostic de Delta X Export',
      'Service ajouté sans diagnostic propre ; raisons confirmées :',
    ],
  });

  await page.getByRole('link', { name: 'Incidents', exact: true }).click();
  await expect(page.locator('.incident-list > li')).toHaveCount(1);
  await expect(page.locator('.incident-list > li')).toContainText('Delta G, Delta H7, Delta X Export');
});

test('the references are kept for the next incident', async ({ page }) => {
  await page.goto('/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate');
  await page.getByRole('link', { name: PREPARE }).click();
  await fillProfile(page, { ...PROFILE, company: 'ACME' });
  await expect(nextStep(page)).toHaveText('Déposer la demande d’assistance (DA) sur OLGA');
  await page.goto(XI_DTI);
  await page.getByRole('link', { name: PREPARE }).click();
  await page.getByRole('button', { name: 'Ouvrir un nouvel incident' }).click();
  await expect(page.getByLabel('Texte de la demande d’assistance – Delta X Import')).toContainText(
    'Raison sociale : ACME',
  );
});
