/**
 * Closing, deleting and forgetting an incident's data: each asks first, says what it leaves, and can be undone.
 * (The whole page in a memory router; a double tap on a real phone is in e2e/incident.spec.ts.)
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { storageKey } from '../lib/storage';
import { preloadScreens } from '../testing/preload';
import { TEST_PROFILE } from '../testing/profile';
import { printedText, renderWholePage } from '../testing/render';
import { incidentEvent, incidentLog } from './log';
import { incidentText } from './outgoing';
import { reduceIncidents } from './reduce';
import { profileStore } from './store';
import { openedIncident } from '../testing/incident';

beforeAll(preloadScreens);

const ID = 'incident-closing';
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const state = () => document.querySelector('.incident-state')!.textContent;
const storedProfile = () => localStorage.getItem(storageKey('profile'));

test('closing, deleting and forgetting ask first and can be undone', async () => {
  const now = new Date();
  incidentLog.append(...openedIncident(ID, now));
  profileStore.write(TEST_PROFILE);
  await renderWholePage(`/incidents/${ID}`);

  // « Procédure terminée… »: what the fiche still asks is said, service by service, before closing.
  fireEvent.click(button('Procédure terminée…'));
  expect(document.querySelector('.notice-warning')).toHaveTextContent(/La fiche DELTA demande encore ces étapes/);
  expect(document.querySelector('.notice-warning li')).toHaveTextContent(
    /^Delta X Import\s:\sdemande d’assistance \(DA\) déposée sur OLGA, /,
  );
  // The end steps the fiche asks for, but not the repair itself: the fiche says when they come, not to record it.
  expect(document.querySelector('.notice-warning li')).toHaveTextContent(
    /, bureau de douane informé \(.*\), clôture de la DA demandée au SAU, /,
  );
  expect(document.querySelector('.notice-warning')).not.toHaveTextContent(/état de marche/);
  fireEvent.click(button('Marquer la procédure terminée'));
  // Closed early: the state says so, here and in the header's list.
  await waitFor(() => expect(state()).toContain('Clos avant la fin des étapes de la fiche'));
  // When, after it: one pair of brackets at most (the time's own note), never brackets in brackets.
  expect(state()).toMatch(/^Clos avant la fin des étapes de la fiche, le \d{2}\/\d{2}\/\d{4}/);
  expect(state()).not.toMatch(/\([^)]*\(/);
  expect(document.querySelector('.incident-start')).toHaveTextContent(/Delta X Import\s:\sclos avant la fin/);
  fireEvent.click(button('Rouvrir l’incident'));
  expect(state()).toContain('DA à déposer');
  expect(incidentLog.getSnapshot().events.map((e) => e.type)).toEqual(
    expect.arrayContaining(['incident.closed', 'incident.reopened']),
  );

  // Forgetting the references (under « Vos références »): asked first (the focus on « Annuler »), Escape keeps them; done, then undone.
  fireEvent.click(button('Oublier mes références'));
  screen.getByRole('group', { name: /^Effacer vos références de ce navigateur/ });
  expect(button('Annuler')).toHaveFocus();
  fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
  expect(screen.queryByRole('group', { name: /^Effacer vos références de ce navigateur/ })).toBeNull();
  expect(storedProfile()).not.toBeNull();
  fireEvent.click(button('Oublier mes références'));
  fireEvent.click(button('Oui, effacer mes références'));
  expect(storedProfile()).toBeNull();
  fireEvent.click(button(/^Annuler\s:\sgarder mes références/));
  expect(profileStore.getSnapshot().value).toEqual(TEST_PROFILE);

  // Deleting the incident: asked first; on the list, undone.
  fireEvent.click(button('Supprimer l’incident'));
  fireEvent.click(button('Oui, supprimer l’incident'));
  expect(await screen.findByRole('heading', { level: 1, name: 'Incidents' })).toBeInTheDocument();
  expect(screen.getByText('Aucun incident enregistré.')).toBeInTheDocument();
  fireEvent.click(button('Annuler la suppression'));
  expect(await screen.findByText('L’incident a été rétabli.')).toBeInTheDocument();
  expect(reduceIncidents(incidentLog.getSnapshot().events).map((i) => i.id)).toEqual([ID]);
});

test('the references print once: their table, not the summary line above it as well', async () => {
  const now = new Date();
  incidentLog.append(...openedIncident(ID, now));
  profileStore.write(TEST_PROFILE);
  await renderWholePage(`/incidents/${ID}`);
  const refs = (await screen.findByRole('heading', { level: 2, name: 'Vos références' })).closest('section')!;
  expect(printedText(refs).split(TEST_PROFILE.eori)).toHaveLength(2);
  // On paper as on screen: the references as they are now, not necessarily those of a DA already filed.
  expect(printedText(refs)).toMatch(
    /Ces références seront reprises dans vos prochaines demandes d’assistance \(DA\)\. Une DA déjà déposée garde celles de son texte/,
  );
});

test('closed then reopened: the record keeps both, on the page, on paper and in the export', async () => {
  const id = 'incident-reopened';
  const now = new Date('2026-11-23T10:00:00Z');
  incidentLog.append(
    ...openedIncident(id, now),
    incidentEvent(id, { type: 'incident.closed', time: '2026-11-23T11:30' }, new Date('2026-11-23T10:31:00Z')),
    incidentEvent(id, { type: 'incident.reopened' }, new Date('2026-11-23T10:45:00Z')),
  );
  const incident = reduceIncidents(incidentLog.getSnapshot().events).find((i) => i.id === id)!;
  expect(incident.closedAt).toBeUndefined();
  expect(incident.reopenings).toEqual([
    {
      closedAt: { at: '2026-11-23T11:30', recordedAt: '2026-11-23T10:31:00.000Z' },
      reopenedAt: '2026-11-23T10:45:00.000Z',
    },
  ]);
  profileStore.write(TEST_PROFILE);
  await renderWholePage(`/incidents/${id}`);
  const said =
    /Clos le 23\/11\/2026\sà\s11:30 \(saisie le 23\/11\/2026\sà\s11:31\), rouvert le 23\/11\/2026\sà\s11:45\./;
  expect(printedText(document.body)).toMatch(said);
  expect(incidentText(incident, TEST_PROFILE, now)).toMatch(said);
});

test('taking a step back: once done, the focus is on the steps taken back; a question whose step changed closes', async () => {
  const id = 'incident-withdraw';
  const now = new Date('2026-11-23T10:00:00Z');
  const at = (m: number) => new Date(now.getTime() + m * 60_000);
  incidentLog.append(
    ...openedIncident(id, now),
    incidentEvent(
      id,
      { type: 'da.filed', service: 'xi', time: '2026-11-23T11:05', officeOpen: true, text: 'DA' },
      at(5),
    ),
    incidentEvent(id, { type: 'step.done', step: 'office.inform', services: ['xi'], time: '2026-11-23T11:10' }, at(10)),
  );
  profileStore.write(TEST_PROFILE);
  await renderWholePage(`/incidents/${id}`);
  fireEvent.click(button(/^Retirer la dernière étape saisie \(Bureau de douane informé/));
  expect(screen.getByRole('group', { name: /^Retirer l’étape «\sBureau de douane informé/ })).toBeVisible();
  // Another tab records the next step meanwhile: the question asked about another step, it closes.
  act(() => {
    incidentLog.append(
      incidentEvent(
        id,
        { type: 'step.done', step: 'backup.activate', services: ['xi'], time: '2026-11-23T11:12' },
        at(12),
      ),
    );
  });
  expect(screen.queryByRole('group', { name: /^Retirer l’étape/ })).toBeNull();
  fireEvent.click(button(/^Retirer la dernière étape saisie/));
  fireEvent.click(button('Oui, retirer l’étape'));
  await waitFor(() => expect(screen.getByRole('heading', { name: 'Étapes retirées' })).toHaveFocus());
});

test('notes recorded at once in two copies: the other version shown beside them, on paper and in the export', async () => {
  const id = 'incident-two-notes';
  const now = new Date('2026-11-23T10:00:00Z');
  const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
  incidentLog.append(
    ...openedIncident(id, now),
    incidentEvent(id, { type: 'notes.edited', text: 'SAU appelé,\nticket 4471', over: '' }, at(1)),
    incidentEvent(id, { type: 'notes.edited', text: 'DA refusée par OLGA', over: '' }, at(2)),
  );
  await renderWholePage(`/incidents/${id}`);
  const notes = screen.getByRole('region', { name: 'Notes' });
  expect(screen.getByLabelText(/^Notes sur l’incident/)).toHaveValue('DA refusée par OLGA');
  expect(printedText(notes)).toMatch(
    /Autre version des notes.*Saisie le 23\/11\/2026\sà\s11:01\s:SAU appelé,\nticket 4471/s,
  );
  const [incident] = reduceIncidents(incidentLog.getSnapshot().events).filter((i) => i.id === id);
  expect(incidentText(incident!, null, at(3))).toMatch(
    /AUTRE VERSION DES NOTES \(saisie le 23\/11\/2026\sà\s11:01\)\nSAU appelé,\nticket 4471/,
  );
});

test('notes typed here while another tab records its own: recorded over what was shown, the other text kept', async () => {
  const id = 'incident-notes-two-tabs';
  const now = new Date();
  incidentLog.append(...openedIncident(id, now));
  await renderWholePage(`/incidents/${id}`);
  const field = screen.getByLabelText(/^Notes sur l’incident/);
  fireEvent.change(field, { target: { value: 'Y' } });
  // Meanwhile, another tab records its notes.
  act(() => {
    incidentLog.append(incidentEvent(id, { type: 'notes.edited', text: 'Z', over: '' }, new Date(now.getTime() + 1)));
  });
  fireEvent.blur(field);
  await waitFor(() => {
    const [incident] = reduceIncidents(incidentLog.getSnapshot().events).filter((i) => i.id === id);
    expect(incident!.notes).toBe('Y');
    expect(incident!.otherNotes.map((n) => n.text)).toEqual(['Z']);
  });
});

test('« modifié dans un autre onglet » is for the screen at that moment, never on the record printed', async () => {
  const id = 'incident-changed-elsewhere';
  const now = new Date();
  incidentLog.append(...openedIncident(id, now));
  await renderWholePage(`/incidents/${id}`);
  act(() => {
    incidentLog.append(incidentEvent(id, { type: 'notes.edited', text: 'autre onglet', over: '' }, new Date()));
  });
  expect(await screen.findByText(/^Cet incident vient d’être modifié dans un autre onglet/)).toBeVisible();
  expect(printedText(document.body)).not.toMatch(/vient d’être modifié/);
});
