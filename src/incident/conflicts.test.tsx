/** What two copies of an incident made inconsistent, as its page says it (the reducer: incident.test.ts). */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { preloadScreens } from '../testing/preload';
import { TEST_PROFILE } from '../testing/profile';
import { printedText, renderWholePage } from '../testing/render';
import { TEST_NOW as NOW } from '../testing/rules';
import { incidentEvent, incidentLog } from './log';
import { incidentText } from './outgoing';
import { reduceIncidents } from './reduce';
import { daRegisteredAt } from './steps';
import { currentTime } from './schema';
import { openedIncident } from '../testing/incident';

beforeAll(preloadScreens);

/**
 * An incident of Delta X Import whose DA two copies each noted: DA-AAA-111 first, then DA-BBB-222 (or the
 * second DA given).
 */
function twoDas(id: string, second: { number: string; time: string; officeOpen: boolean } | null = null) {
  incidentLog.append(...openedIncident(id, NOW));
  const da = (number: string, time: string, seconds: number, officeOpen = true) =>
    incidentEvent(
      id,
      {
        type: 'da.filed',
        service: 'xi',
        time,
        number,
        officeOpen,
        text: `DA ${number}`,
        references: TEST_PROFILE,
      },
      new Date(NOW.getTime() + seconds * 1000),
    );
  const [first, other] = second
    ? [da(second.number, second.time, 1), da(second.number, second.time, 2, second.officeOpen)]
    : [da('DA-AAA-111', '2026-11-23T09:12', 1), da('DA-BBB-222', '2026-11-23T09:13', 2)];
  incidentLog.append(first, other);
}
/** `seconds` after NOW. */
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const incidentOf = (id: string) => reduceIncidents(incidentLog.getSnapshot().events).find((i) => i.id === id)!;
const daNumber = (id: string) => incidentOf(id).services[0]!.da!.numbers.at(-1)!.value;

test('two DAs filed for one service: the page gives both numbers, the one kept and the other', async () => {
  const id = 'incident-two-das';
  twoDas(id);
  await renderWholePage(`/incidents/${id}`);
  const notice = await screen.findByText(/^La DA de Delta X Import a été notée deux fois/);
  expect(notice).toHaveTextContent(/la DA n°\sDA-AAA-111, déposée le 23\/11\/2026 à 09:12, est retenue au journal/);
  expect(notice).toHaveTextContent(/l’autre, n°\sDA-BBB-222, déposée le 23\/11\/2026 à 09:13, n’y est pas reprise/);
  // Printed, it names no button: there is none on paper.
  expect(notice).toHaveTextContent(/garder l’une des deux avec les boutons ci-dessous/);
  expect(printedText(document.body)).not.toMatch(/bouton/);
  // The text export says it too, as the page and its print do.
  expect(incidentText(incidentOf(id), TEST_PROFILE, NOW)).toContain(notice.textContent!.split(' Vous pouvez aussi')[0]);
  // Taking the retained DA back says which DA takes its place.
  expect(
    screen.getByRole('button', {
      name: /^Retirer la dernière étape saisie \(DA retenue au journal\)\s: la DA n°\sDA-BBB-222, notée dans une autre copie, la remplacera/,
    }),
  ).toBeVisible();
  // Kept as it is: settled, the page's title takes the focus.
  fireEvent.click(screen.getByRole('button', { name: 'Garder la DA n°\u00a0DA-AAA-111' }));
  await waitFor(() => expect(screen.queryByText(/a été notée deux fois/)).toBeNull());
  expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  // Settled: the other DA no longer takes the place of the retained one if that is taken back.
  // The other DA, set aside, stays on record: on the page and in the export.
  const setAside = /^DA n°\sDA-BBB-222, déposée le 23\/11\/2026 à 09:13, notée le .*, écartée le /;
  expect(screen.getByText(setAside)).toBeVisible();
  expect(incidentText(incidentOf(id), TEST_PROFILE, NOW)).toMatch(/\[non retenue\] DA n°\sDA-BBB-222/);
  // Asked first: one tap takes nothing back.
  fireEvent.click(screen.getByRole('button', { name: /^Retirer la dernière étape saisie/ }));
  expect(incidentOf(id).services[0]!.da).not.toBeNull();
  expect(screen.getByRole('button', { name: 'Non, garder l’étape' })).toHaveFocus();
  fireEvent.click(screen.getByRole('button', { name: 'Oui, retirer l’étape' }));
  await waitFor(() => expect(incidentOf(id).services[0]!.da).toBeNull());
});

test('two DAs alike but for the office answer: the notice and its buttons say which is which', async () => {
  const id = 'incident-two-offices';
  twoDas(id, { number: 'DA-500', time: '2026-11-23T09:12', officeOpen: false });
  await renderWholePage(`/incidents/${id}`);
  const notice = await screen.findByText(/^La DA de Delta X Import a été notée deux fois/);
  expect(notice).toHaveTextContent(/la DA n°\sDA-500, déposée le 23\/11\/2026 à 09:12 \(bureau ouvert\), est retenue/);
  expect(notice).toHaveTextContent(
    /l’autre, n°\sDA-500, déposée le 23\/11\/2026 à 09:12 \(bureau fermé\), n’y est pas/,
  );
  expect(screen.getByRole('button', { name: 'Garder la DA n°\u00a0DA-500 (bureau ouvert)' })).toBeVisible();
  fireEvent.click(screen.getByRole('button', { name: 'Garder plutôt la DA n°\u00a0DA-500 (bureau fermé)' }));
  await waitFor(() => expect(screen.queryByText(/a été notée deux fois/)).toBeNull());
  expect(incidentOf(id).services[0]!.da!.officeOpen.at(-1)!.value).toBe(false);
});

test('two DAs filed for one service: « Garder plutôt » the other takes the retained one back, the other in its place', async () => {
  const id = 'incident-keep-other';
  twoDas(id);
  // The other copy had corrected its DA's time: the notice and, once kept, the journal have it.
  const other = incidentLog.getSnapshot().events.find((e) => e.type === 'da.filed' && e.number === 'DA-BBB-222')!;
  incidentLog.append(
    incidentEvent(
      id,
      { type: 'time.corrected', corrects: other.id, time: '2026-11-23T09:08' },
      new Date(NOW.getTime() + 3000),
    ),
  );
  await renderWholePage(`/incidents/${id}`);
  expect(await screen.findByText(/l’autre, n°\sDA-BBB-222, déposée le 23\/11\/2026 à 09:08/)).toBeVisible();
  fireEvent.click(await screen.findByRole('button', { name: 'Garder plutôt la DA n°\u00a0DA-BBB-222' }));
  await waitFor(() => expect(screen.queryByText(/a été notée deux fois/)).toBeNull());
  expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  expect(daNumber(id)).toBe('DA-BBB-222');
  expect(daRegisteredAt(incidentOf(id).services[0]!)).toBe('2026-11-23T09:08');
  // The DA not kept stays in the record, as taken back, with its number.
  expect(incidentOf(id).services[0]!.withdrawn).toEqual([
    expect.objectContaining({ step: 'da.file', number: 'DA-AAA-111' }),
  ]);
  expect(screen.getByText(/^Demande d’assistance .*, n°\sDA-AAA-111 – 23\/11\/2026/)).toBeVisible();
});

test('a service added twice with two alert times: the page gives both', async () => {
  const id = 'incident-service-twice';
  incidentLog.append(...openedIncident(id, NOW));
  const added = (time: string, seconds: number) =>
    incidentEvent(
      id,
      { type: 'service.added', service: 'g', mode: 'dti', reasons: ['Validation impossible'], time },
      new Date(NOW.getTime() + seconds * 1000),
    );
  incidentLog.append(added('2026-11-23T09:00', 1), added('2026-11-23T09:40', 2));
  await renderWholePage(`/incidents/${id}`);
  const notice = await screen.findByText(/a été ajouté deux fois/);
  expect(notice).toHaveTextContent(
    /celle du 23\/11\/2026 à 09:00 est retenue, celle du 23\/11\/2026 à 09:40 n’est pas reprise/,
  );
  expect(notice).toHaveTextContent(/Gardez l’une des deux avec les boutons ci-dessous, ou corrigez-la/);
  expect(printedText(document.body)).not.toMatch(/bouton/);
  // The other copy's time kept: the alert time is corrected to it; the one shown before stays in its history.
  fireEvent.click(
    screen.getByRole('button', { name: 'Garder le 23/11/2026\u00a0à\u00a009:40 (passage en alerte, Delta G)' }),
  );
  await waitFor(() => expect(screen.queryByText(/a été ajouté deux fois/)).toBeNull());
  expect(currentTime(incidentOf(id).services.find((s) => s.service === 'g')!.alertAt)).toBe('2026-11-23T09:40');
});

/**
 * An incident of Delta X Import whose DA was filed at 11:12, and « Bureau de douane informé » recorded by
 * two copies: at 11:20, then (the other copy) at 11:25.
 */
function informedTwice(id: string) {
  const inform = (time: string, seconds: number) =>
    incidentEvent(id, { type: 'step.done', services: ['xi'], step: 'office.inform', time }, at(seconds));
  incidentLog.append(
    ...openedIncident(id, NOW),
    incidentEvent(
      id,
      { type: 'da.filed', service: 'xi', time: '2026-11-23T11:12', number: 'DA-1', officeOpen: true, text: 'DA' },
      at(1),
    ),
    inform('2026-11-23T11:20', 2),
    inform('2026-11-23T11:25', 3),
  );
}

test('a step and the closure recorded in two copies at two times: both said, either kept, within the fiche’s order', async () => {
  const id = 'incident-times-twice';
  informedTwice(id);
  incidentLog.append(
    // Each copy closed it over none (it was open there); one before the other copy's step.
    incidentEvent(id, { type: 'incident.closed', time: '2026-11-23T11:22', replaces: [] }, at(4)),
    incidentEvent(id, { type: 'incident.closed', time: '2026-11-23T11:50', replaces: [] }, at(5)),
  );
  await renderWholePage(`/incidents/${id}`);
  expect(screen.getByText(/^À vérifier\s: deux copies de l’incident ont été réunies$/)).toBeVisible();
  const step = await screen.findByText(/^L’étape «\sBureau de douane informé/);
  expect(step).toHaveTextContent(
    /à deux dates et heures différentes\s: celle du 23\/11\/2026 à 11:20 est retenue au journal, celle du 23\/11\/2026 à 11:25 n’y est pas reprise\. Vérifiez laquelle est juste\./,
  );
  const closed = screen.getByText(/^La fin de la procédure de secours a été enregistrée deux fois/);
  expect(closed).toHaveTextContent(
    /celle du 23\/11\/2026 à 11:22 est retenue pour la clôture de l’incident, celle du 23\/11\/2026 à 11:50 n’est pas reprise\./,
  );
  // On paper both are said, without the buttons nor their hint.
  expect(printedText(document.body)).toContain('n’y est pas reprise.');
  expect(printedText(document.body)).not.toMatch(/bouton|Garder le/);
  // The other copy's time of the step kept: settled, the title focused.
  fireEvent.click(screen.getByRole('button', { name: /^Garder le 23\/11\/2026\u00a0à\u00a011:25 \(/ }));
  await waitFor(() => expect(screen.queryByText(/^L’étape «\sBureau de douane informé/)).toBeNull());
  // One report left: the focus goes to the notice's title, what is left to check.
  expect(screen.getByText(/^À vérifier\s: deux copies de l’incident ont été réunies$/).closest('p')).toHaveFocus();
  // A closure before a step now recorded is refused, as when typed, and said in the notice.
  fireEvent.click(screen.getByRole('button', { name: /^Garder le 23\/11\/2026\u00a0à\u00a011:22 \(/ }));
  expect(await screen.findByText(/^Cette heure précède la dernière heure notée pour cet incident/)).toHaveAttribute(
    'role',
    'alert',
  );
  fireEvent.click(
    screen.getByRole('button', { name: 'Garder le 23/11/2026\u00a0à\u00a011:50 (fin de la procédure de secours)' }),
  );
  await waitFor(() => expect(screen.queryByText(/procédure de secours a été enregistrée deux fois/)).toBeNull());
  // None left: the focus goes to the page's heading.
  expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  const incident = incidentOf(id);
  expect(incident.conflicts).toEqual([]);
  expect(incident.closedAt?.at).toBe('2026-11-23T11:50');
  expect(incident.services[0]!.journal.find((j) => j.step === 'office.inform')!.times.at(-1)!.at).toBe(
    '2026-11-23T11:25',
  );
});

test('taking back a step another copy recorded too: its button says the other copy’s will take its place', async () => {
  const id = 'incident-undo-other';
  informedTwice(id);
  await renderWholePage(`/incidents/${id}`);
  expect(
    await screen.findByRole('button', {
      name: /^Retirer la dernière étape saisie, «\sBureau de douane informé .*\s»\s: la même étape notée dans une autre copie, datée du 23\/11\/2026\u00a0à\u00a011:25, la remplacera$/,
    }),
  ).toBeVisible();
});
