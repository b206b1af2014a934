import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { preloadScreens } from '../testing/preload';
import { printedText, renderApp } from '../testing/render';
import { TEST_NOW as NOW, withDocument, withEpisode } from '../testing/rules';
import { registerEvent, registerLog } from './log';
import { setPrefix } from './series';
import { endEpisode } from './episodes';
import { recordMilestone } from './documents';
import { registerStore } from './store';

beforeAll(preloadScreens);

/**
 * A document for Cave A in an open episode, and the same LRN drawn up a minute later by another copy (another
 * tab, a backup restored) for Cave B. The first document, kept in the register.
 */
function oneLrnTwice() {
  registerStore.write(
    withDocument(withEpisode(), { lrn: '', date: '2026-11-23', consigneeName: 'Cave A', consigneeIdentification: '' }),
    NOW,
  );
  const [first] = registerStore.getSnapshot().value.documents;
  registerLog.append(
    registerEvent(
      { type: 'document.added', document: { ...first!, consignee: { name: 'Cave B', identification: '' } } },
      new Date(NOW.getTime() + 60_000),
    ),
  );
  return first;
}

test('the register page says which LRN two copies of the register both took, and keeps it once', async () => {
  const first = oneLrnTwice();
  await renderApp('/registre-lrn');
  const notice = await screen.findByText(/a été pris deux fois/);
  expect(notice.textContent).toContain(first!.lrn);
  expect(notice.textContent).toContain('Cave B');
  expect(notice.textContent).toContain('(destinataire\u00a0: Cave A) reste au registre');
  expect(notice.textContent).toContain('(état noté au registre\u00a0: établi), n’y est pas repris');
  expect(registerStore.getSnapshot().value.documents).toHaveLength(1);
  // Drawn up anew: the second takes the next LRN of the series, and the conflict is settled.
  fireEvent.click(screen.getByRole('button', { name: `Enregistrer de nouveau le second document ${first!.lrn}` }));
  await waitFor(() => expect(screen.queryByText(/a été pris deux fois/)).toBeNull());
  // Its new LRN said where the focus goes, with its form to print.
  const next = first!.lrn.replace(/1$/, '2');
  const said = screen.getByText(`Le second document est enregistré de nouveau sous le LRN ${next}.`);
  expect(said.closest('[tabindex="-1"]')).toHaveFocus();
  expect(screen.getByRole('link', { name: `Imprimer le document de secours ${next}` })).toBeVisible();
  // The record says under which LRN; the notice is for the screen (the printed register lists the documents).
  expect(printedText(document.body)).toContain(`enregistré de nouveau sous le LRN ${next}.`);
  expect(printedText(document.body)).not.toContain('Le second document est enregistré de nouveau');
  const { value, conflicts } = registerStore.getSnapshot();
  expect(value.documents.map((d) => [d.lrn, d.consignee.name])).toEqual([
    [first!.lrn, 'Cave A'],
    [first!.lrn.replace(/1$/, '2'), 'Cave B'],
  ]);
  expect(conflicts).toEqual([]);
});

test('an LRN taken twice found once the outage has ended: only « Non établi » is offered, and said why', async () => {
  const first = oneLrnTwice();
  registerStore.apply((r) => endEpisode(r, r.episodes[0]!.id, '2026-11-23T10:30', new Date(NOW.getTime() + 3600_000)));
  await renderApp('/registre-lrn');
  await screen.findByText(/a été pris deux fois/);
  // No episode is open: the second document cannot be drawn up anew, and no form is offered to do so.
  expect(screen.queryByRole('button', { name: /^Enregistrer de nouveau/ })).toBeNull();
  expect(
    screen.getByText(/L’épisode de panne est clos\s: ce second document ne peut plus être enregistré de nouveau/),
  ).toBeVisible();
  expect(
    screen.getByRole('button', { name: `Non établi\u00a0: annuler le second document ${first!.lrn}` }),
  ).toBeVisible();
});

test('a second document of an LRN never established: « Non établi » voids it, and nothing else is drawn up', async () => {
  const first = oneLrnTwice();
  await renderApp('/registre-lrn');
  fireEvent.click(
    await screen.findByRole('button', { name: `Non établi\u00a0: annuler le second document ${first!.lrn}` }),
  );
  await waitFor(() => expect(screen.queryByText(/a été pris deux fois/)).toBeNull());
  // Said where the focus goes.
  const said = screen.getByText(`Le second document ${first!.lrn} est annulé, comme non établi.`);
  expect(said.closest('[tabindex="-1"]')).toHaveFocus();
  expect(registerStore.getSnapshot()).toMatchObject({ value: { documents: [first] }, conflicts: [] });
  // The void is kept, with its reason, in the log: evidence of what was settled and when.
  const voided = registerLog.getSnapshot().events.filter((e) => e.type === 'document.voided');
  expect(voided).toEqual([expect.objectContaining({ reason: expect.stringContaining('pas été établi') })]);
  // …and on the register, on screen and in print.
  const settled = new RegExp(`^LRN ${first!.lrn} pris aussi pour un second document \\(destinataire\\s: Cave B\\)`);
  // (Once on screen, once in the print-only register.)
  expect(screen.getAllByText(settled)).toHaveLength(2);
  expect(document.querySelector('.register-print')).toHaveTextContent(/pris aussi pour un second document/);
});

test('a document drawn up here while another tab took its LRN first: the form says so once it knows', async () => {
  registerStore.write(withEpisode(), NOW);
  await renderApp('/registre-lrn');
  fireEvent.change(await screen.findByLabelText(/^Destinataire\s: nom/), { target: { value: 'Cave ici' } });
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le document' }));
  expect(await screen.findByText('Document 202600001 enregistré.')).toBeVisible();
  const mine = registerLog.getSnapshot().events.at(-1)!;
  // The other tab's write arrives: its document of the same LRN was recorded a moment before this one.
  const theirs = registerEvent(
    {
      type: 'document.added',
      document: {
        ...registerStore.getSnapshot().value.documents[0]!,
        consignee: { name: 'Cave là', identification: '' },
      },
    },
    new Date(Date.parse(mine.at) - 1),
  );
  const raw = JSON.stringify({ v: 1, events: [...registerLog.getSnapshot().events.filter((e) => e !== mine), theirs] });
  localStorage.setItem(registerLog.key, raw);
  act(() => void window.dispatchEvent(new StorageEvent('storage', { key: registerLog.key, newValue: raw })));
  expect(await screen.findByText(/^Le LRN 202600001 a été pris au même moment pour un autre document/)).toBeVisible();
  expect(screen.queryByText('Document 202600001 enregistré.')).toBeNull();
  // Drawn up anew from the notice at the top: the form's warning goes, the new LRN is said there.
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer de nouveau le second document 202600001' }));
  expect(await screen.findByText('Le second document est enregistré de nouveau sous le LRN 202600002.')).toBeVisible();
  expect(screen.queryByText(/a été pris au même moment/)).toBeNull();
});

test('the prefix set in two copies: both are named, no document is drawn up, and either « Garder » settles it', async () => {
  registerStore.write(withEpisode(), NOW);
  registerStore.apply((r) => setPrefix(r, 'AAA', NOW), NOW);
  // The other copy set its own prefix over none (it never saw this one).
  registerLog.append(
    registerEvent({ type: 'prefix.set', prefix: 'BBB', replaces: [] }, new Date(NOW.getTime() + 60_000)),
  );
  await renderApp('/registre-lrn');
  const notice = await screen.findByText(/Le préfixe des LRN a été choisi différemment dans deux copies/);
  expect(notice.textContent).toContain('le préfixe AAA dans l’une, le préfixe BBB dans l’autre (choix enregistré le');
  expect(notice.textContent).toContain('Aucun nouveau document ne peut être enregistré tant que l’un des deux');
  // Neither is named as the register's below either.
  expect(screen.getByText('Préfixe des LRN (à choisir en haut de la page)')).toBeVisible();
  expect(notice.textContent).toContain('Choisissez celui à garder avec les boutons ci-dessous');
  expect(printedText(document.body)).not.toMatch(/bouton/);
  // Meanwhile no document can be drawn up: the form says what to do first, and offers no LRN of either series.
  expect(screen.getByText(/^Choisissez d’abord, en haut de la page, le préfixe des LRN à garder/)).toBeVisible();
  expect(screen.queryByRole('button', { name: 'Enregistrer le document' })).toBeNull();
  expect(screen.queryByText(/AAA2026|BBB2026/)).toBeNull();
  // The other copy's kept: set over both.
  fireEvent.click(screen.getByRole('button', { name: 'Garder le préfixe BBB' }));
  await waitFor(() => expect(screen.queryByText(/Le préfixe des LRN a été choisi/)).toBeNull());
  expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  expect(registerStore.getSnapshot()).toMatchObject({ value: { prefix: 'BBB' }, conflicts: [] });
});

test('two episodes left open by two copies: the page says so, and each can be ended', async () => {
  const one = withEpisode();
  registerStore.write(one, NOW);
  registerLog.append(
    registerEvent({ type: 'episode.opened', episode: { ...one.episodes[0]!, id: 'other-copy' } }, NOW),
  );
  await renderApp('/registre-lrn');
  await screen.findByText(/Deux épisodes de panne sont ouverts à la fois/);
  expect(screen.getAllByRole('button', { name: /terminer l’épisode/ })).toHaveLength(2);
});

test('a document cancelled without a reason: the focus goes to the reason, with its message', async () => {
  registerStore.write(
    withDocument(withEpisode(), { lrn: '', date: '2026-11-23', consigneeName: 'Cave A', consigneeIdentification: '' }),
    NOW,
  );
  const [doc] = registerStore.getSnapshot().value.documents;
  await renderApp('/registre-lrn');
  // (The section folded under « Corriger ou annuler » is in the page, open or not.)
  await screen.findByText('Corriger ou annuler');
  fireEvent.click(screen.getByText('Annuler ce document', { selector: 'button', exact: false }));
  fireEvent.click(screen.getByRole('button', { name: `Annuler le document ${doc!.lrn}` }));
  const reason = screen.getByLabelText(/^Motif de l’annulation/);
  await waitFor(() => expect(reason).toHaveFocus());
  expect(reason).toHaveAttribute('aria-invalid', 'true');
  // Sent again with Enter from the field: the focus comes to it anew, so that its message is read again.
  const focused = vi.fn<() => void>();
  reason.addEventListener('focus', focused);
  fireEvent.submit(reason.closest('form')!);
  await waitFor(() => expect(focused).toHaveBeenCalled());
  expect(reason).toHaveFocus();
});

test('a document drawn up after one dated later by another device’s clock: the notice names the new one', async () => {
  // A copy of the register from a device whose clock ran a day ahead.
  registerStore.write(
    withDocument(withEpisode(), { lrn: '', date: '2026-11-23', consigneeName: 'Cave A', consigneeIdentification: '' }),
    new Date(Date.now() + 86_400_000),
  );
  await renderApp('/registre-lrn');
  fireEvent.change(await screen.findByLabelText(/^Destinataire\s: nom/), { target: { value: 'Cave B' } });
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le document' }));
  const added = registerStore.getSnapshot().value.documents.find((d) => d.consignee.name === 'Cave B')!;
  expect(await screen.findByText(`Document ${added.lrn} enregistré.`)).toBeVisible();
});

test('the sender set in two copies: the paper form leaves its boxes blank, and says why, until one is chosen', async () => {
  const ours = { name: 'Alpha SA', exciseNumber: 'FR0A0000000A1', street: '1 rue A', city: 'Dijon' };
  registerStore.write(
    {
      ...withDocument(withEpisode(), {
        lrn: '',
        date: '2026-11-23',
        consigneeName: 'Cave A',
        consigneeIdentification: '',
      }),
      operator: ours,
    },
    NOW,
  );
  const [doc] = registerStore.getSnapshot().value.documents;
  registerLog.append(
    registerEvent(
      { type: 'operator.set', operator: { ...ours, name: 'Beta SARL' }, replaces: [] },
      new Date(NOW.getTime() + 60_000),
    ),
  );
  await renderApp(`/registre-lrn/formulaire/${doc!.lrn}`);
  expect(
    await screen.findByText(/L’expéditeur a été renseigné différemment dans deux copies du registre/),
  ).toBeVisible();
  expect(screen.queryByText('Alpha SA')).toBeNull();
  expect(screen.queryByText('Beta SARL')).toBeNull();
  // Chosen: printed.
  act(() => void registerStore.choose({ type: 'operator.set', operator: ours }));
  expect(await screen.findByText('Alpha SA')).toBeVisible();
  expect(screen.queryByText(/renseigné différemment/)).toBeNull();
});

test('a document whose episode could not be read stays in the register, on screen and in print', async () => {
  registerStore.write(
    withDocument(withEpisode(), { lrn: '', date: '2026-11-23', consigneeName: 'Cave A', consigneeIdentification: '' }),
    NOW,
  );
  // The episode's event damaged (a backup edited by hand): set aside when read, its document kept.
  const stored = JSON.parse(localStorage.getItem(registerLog.key)!) as { v: number; events: { type: string }[] };
  for (const e of stored.events)
    if (e.type === 'episode.opened') Object.assign(e, { episode: { startedAt: '07/12/2026 17h' } });
  localStorage.setItem(registerLog.key, JSON.stringify(stored));
  await renderApp('/registre-lrn');
  const group = await screen.findByRole('region', { name: 'Épisode de panne illisible' });
  expect(within(group).getByText(/Cave A/)).toBeVisible();
  expect(document.querySelector('.register-print')).toHaveTextContent(/Épisode de panne illisible.*Cave A/);
});

test('two senders that differ by their address alone are told apart, in the notice and on their buttons', async () => {
  const ours = { name: 'Alpha SA', exciseNumber: 'FR0A0000000A1', street: '1 rue A', city: 'Dijon' };
  registerStore.write({ ...withEpisode(), operator: ours }, NOW);
  registerLog.append(
    registerEvent(
      { type: 'operator.set', operator: { ...ours, city: 'Beaune' }, replaces: [] },
      new Date(NOW.getTime() + 60_000),
    ),
  );
  await renderApp('/registre-lrn');
  expect(await screen.findByRole('button', { name: /^Garder l’expéditeur Alpha SA, .*, Dijon$/ })).toBeVisible();
  expect(screen.getByRole('button', { name: /^Garder l’expéditeur Alpha SA, .*, Beaune$/ })).toBeVisible();
});

test('the sender set in two copies: the printed register names neither as its sender until one is chosen', async () => {
  const ours = { name: 'Alpha SA', exciseNumber: 'FR0A0000000A1', street: '1 rue A', city: 'Dijon' };
  registerStore.write({ ...withEpisode(), operator: ours }, NOW);
  registerLog.append(
    registerEvent(
      { type: 'operator.set', operator: { ...ours, name: 'Beta SARL' }, replaces: [] },
      new Date(NOW.getTime() + 60_000),
    ),
  );
  await renderApp('/registre-lrn');
  await screen.findByText(/L’expéditeur a été renseigné différemment/);
  expect(screen.getByRole('heading', { level: 2, name: 'Expéditeur (à choisir en haut de la page)' })).toBeVisible();
  const facts = document.querySelector('.register-print .print-facts')!;
  expect(facts).toHaveTextContent(/Expéditeur\s:\s?à choisir/);
  expect(facts).not.toHaveTextContent(/Alpha SA|Beta SARL|FR0A0000000A1/);
});

/**
 * Another copy (a backup restored) recorded, a minute later and each over nothing it had seen, the copy of
 * document `lrn` sent at `copySent` and the episode e1 ended at `endedAt`.
 */
function otherCopyRecorded(lrn: string, copySent: string, endedAt: string) {
  const later = new Date(NOW.getTime() + 60_000);
  const document = registerStore.getSnapshot().heads.documents.get(lrn)!;
  const value = { at: copySent, recordedAt: later.toISOString() };
  registerLog.append(
    registerEvent({ type: 'milestone.recorded', lrn, document, milestone: 'copySent', value, replaces: [] }, later),
    registerEvent({ type: 'episode.ended', episode: 'e1', endedAt, replaces: [] }, later),
  );
}

test('a milestone and an episode’s end recorded differently in two copies: both said, and « Garder » keeps one', async () => {
  registerStore.write(
    withDocument(withEpisode(), { lrn: '', date: '2026-11-23', consigneeName: 'Cave A', consigneeIdentification: '' }),
    NOW,
  );
  const [d] = registerStore.getSnapshot().value.documents;
  registerStore.apply((r) => recordMilestone(r, d!.lrn, 'copySent', { at: '2026-11-23T09:05' }, NOW), NOW);
  registerStore.apply((r) => endEpisode(r, 'e1', '2026-11-23T11:00', NOW), NOW);
  // Another copy (a backup restored) recorded the same, at other times, each over what it had: nothing.
  otherCopyRecorded(d!.lrn, '2026-11-23T09:20', '2026-11-23T11:30');
  await renderApp('/registre-lrn');
  const copy = await screen.findByText(
    /^Pour le document \d+, «\sCopie transmise au bureau gestionnaire\s» a été enregistré/,
  );
  expect(copy.textContent).toContain(
    `Dans l’une des copies : 23/11/2026 à 09:05. Dans l’autre (version enregistrée le 23/11/2026 à 11:01) : 23/11/2026 à 09:20. Tant que vous n’avez pas gardé l’une des deux versions, le registre indique la première.`,
  );
  const end = screen.getByText(/^La fin de l’épisode de panne commencé le/);
  expect(end.textContent).toContain(
    `Dans l’une des copies : fin le 23/11/2026 à 11:00. Dans l’autre (version enregistrée le 23/11/2026 à 11:01) : fin le 23/11/2026 à 11:30.`,
  );
  // Both are on the printed register, the buttons and their hint not.
  expect(printedText(document.body)).toContain('Dans l’autre (version enregistrée le');
  // The printed table marks the dates shown meanwhile, and the episode's.
  expect(printedText(document.body)).toContain('23/11/2026\u00a0à\u00a009:05 (à vérifier, voir ci-dessus)');
  expect(printedText(document.body)).toMatch(/au 23\/11\/2026\u00a0à\u00a011:00 \(à vérifier, voir ci-dessus\)/);
  expect(printedText(document.body)).not.toMatch(/Garder|bouton/);
  // The other copy's time kept: recorded over both, and the register shows it.
  // Each button says what it keeps, for those who hear it alone.
  expect(
    screen.getByRole('button', {
      name: `Garder\u00a0: 23/11/2026\u00a0à\u00a009:05 – copie transmise au bureau gestionnaire, document ${d!.lrn}`,
    }),
  ).toBeVisible();
  fireEvent.click(screen.getByRole('button', { name: /^Garder\u00a0: 23\/11\/2026\u00a0à\u00a009:20 – / }));
  await waitFor(() =>
    expect(screen.queryByText(/«\sCopie transmise au bureau gestionnaire\s» a été enregistré/)).toBeNull(),
  );
  // One report left: the focus goes to the notice's title, what is left to check.
  expect(screen.getByText(/^À vérifier\s: deux copies du registre ont été réunies$/).closest('p')).toHaveFocus();
  fireEvent.click(screen.getByRole('button', { name: /^Garder\u00a0: fin le 23\/11\/2026\u00a0à\u00a011:00 – / }));
  await waitFor(() => expect(screen.queryByText(/La fin de l’épisode de panne commencé/)).toBeNull());
  const { value, conflicts } = registerStore.getSnapshot();
  expect(conflicts).toEqual([]);
  expect(value.documents[0]!.copySent!.at).toBe('2026-11-23T09:20');
  expect(value.episodes[0]!.endedAt).toBe('2026-11-23T11:00');
});

test('a version kept out of the rules (a copy after the archiving, an end after an entry) is refused, and said', async () => {
  registerStore.write(
    withDocument(withEpisode(), { lrn: '', date: '2026-11-23', consigneeName: 'Cave A', consigneeIdentification: '' }),
    NOW,
  );
  const [d] = registerStore.getSnapshot().value.documents;
  const lrn = d!.lrn;
  for (const [milestone, at] of [
    ['copySent', '2026-11-23T09:05'],
    ['archived', '2026-11-23T09:10'],
  ] as const)
    registerStore.apply((r) => recordMilestone(r, lrn, milestone, { at }, NOW), NOW);
  registerStore.apply((r) => endEpisode(r, 'e1', '2026-11-23T10:00', NOW), NOW);
  registerStore.apply((r) => recordMilestone(r, lrn, 'entered', { at: '2026-11-23T10:10' }, NOW), NOW);
  // Another copy (a backup restored) sent the copy at 09:20 and ended the episode at 10:30, each over nothing.
  otherCopyRecorded(lrn, '2026-11-23T09:20', '2026-11-23T10:30');
  await renderApp('/registre-lrn');
  const copy920 = await screen.findByRole('button', { name: /^Garder\u00a0: 23\/11\/2026\u00a0à\u00a009:20 – / });
  fireEvent.click(copy920);
  // Said under the buttons of the report it is about, where the user looks.
  const refused = await screen.findByText(/^La copie est transmise avant l’archivage/);
  expect(refused).toHaveAttribute('role', 'alert');
  expect(copy920.closest('div')).toContainElement(refused);
  fireEvent.click(screen.getByRole('button', { name: /^Garder\u00a0: fin le 23\/11\/2026\u00a0à\u00a010:30 – / }));
  // Two dates to check here: the refusal says the other versions shown may be what stands in the way.
  expect(
    await screen.findByText(
      /^La fin de l’épisode ne peut pas suivre la saisie dans GAMMA 2 d’un de ses documents\. D’autres dates sont aussi à vérifier ici/,
    ),
  ).toHaveAttribute('role', 'alert');
  expect(
    registerStore
      .getSnapshot()
      .conflicts.map((c) => c.kind)
      .toSorted(),
  ).toEqual(['endTwice', 'milestoneTwice']);
  // The versions within the rules are kept.
  fireEvent.click(screen.getByRole('button', { name: /^Garder\u00a0: 23\/11\/2026\u00a0à\u00a009:05 – / }));
  fireEvent.click(screen.getByRole('button', { name: /^Garder\u00a0: fin le 23\/11\/2026\u00a0à\u00a010:00 – / }));
  await waitFor(() => expect(registerStore.getSnapshot().conflicts).toEqual([]));
  expect(screen.queryByText(/^La fin de l’épisode ne peut pas suivre/)).toBeNull();
});

/**
 * The register page, a document's « Copie transmise… » form open with 09:20 typed (the field focused), when
 * another tab records that copy at 09:05.
 */
async function typingWhileRecordedElsewhere() {
  registerStore.write(
    withDocument(withEpisode(), { lrn: '', date: '2026-11-23', consigneeName: 'Cave A', consigneeIdentification: '' }),
    NOW,
  );
  const [d] = registerStore.getSnapshot().value.documents;
  await renderApp('/registre-lrn');
  fireEvent.click(await screen.findByRole('button', { name: /^Copie transmise au bureau gestionnaire…/ }));
  const field = screen.getByLabelText(/^Date et heure de l’envoi de la copie au bureau gestionnaire/);
  field.focus();
  fireEvent.change(field, { target: { value: '2026-11-23T09:20' } });
  act(() => void registerStore.apply((r) => recordMilestone(r, d!.lrn, 'copySent', { at: '2026-11-23T09:05' }, NOW)));
}

test('a time being typed for a milestone another tab records meanwhile stays, to correct it or to cancel', async () => {
  await typingWhileRecordedElsewhere();
  expect(
    await screen.findByText(
      /^«\sCopie transmise au bureau gestionnaire\s» vient d’être enregistré ailleurs .*, à la date du 23\/11\/2026 à 09:05\. Ce que vous avez saisi est gardé/,
    ),
  ).toBeVisible();
  expect(screen.getByLabelText(/^Date et heure de l’envoi de la copie au bureau gestionnaire/)).toHaveValue(
    '2026-11-23T09:20',
  );
  // The focus stays where the user types.
  expect(screen.getByLabelText(/^Date et heure de l’envoi de la copie au bureau gestionnaire/)).toHaveFocus();
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la correction' }));
  await waitFor(() => expect(registerStore.getSnapshot().value.documents[0]!.copySent!.at).toBe('2026-11-23T09:20'));
  expect(screen.queryByText(/vient d’être enregistré ailleurs/)).toBeNull();
});

test('a form left open for a milestone recorded meanwhile, cancelled: the card offers nothing more to record', async () => {
  await typingWhileRecordedElsewhere();
  fireEvent.click(await screen.findByRole('button', { name: 'Annuler' }));
  await waitFor(() => expect(screen.queryByText(/vient d’être enregistré ailleurs/)).toBeNull());
  expect(screen.queryByRole('button', { name: /^Copie transmise au bureau gestionnaire…/ })).toBeNull();
  expect(screen.getByRole('button', { name: /^Document archivé…/ })).toBeVisible();
});
