/**
 * Nothing typed is lost: every form of an incident keeps what is typed, field by field, across a reload (here,
 * the page rendered anew from what the browser keeps), until it is saved or cancelled; saved, its draft is gone.
 * (A real reload, and a damaged draft, are in e2e/drafts.spec.ts.)
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { makeBackup } from '../backup/backup';
import { preloadScreens } from '../testing/preload';
import { renderWholePage } from '../testing/render';
import { draftsStore } from '../ui/drafts';
import { incidentEvent, incidentLog } from './log';
import { reduceIncidents } from './reduce';
import { openedIncident } from '../testing/incident';

beforeAll(preloadScreens);

const ID = 'incident-drafts';
const drafts = () => Object.keys(draftsStore.getSnapshot().value);

/** The incident's page shown anew, as after a reload. */
async function reload() {
  cleanup();
  await renderWholePage(`/incidents/${ID}`);
}
/** The field whose label starts with `label` (as a person reads it, its hint after). */
const field = (label: string | RegExp) =>
  screen.getByLabelText(
    typeof label === 'string' ? new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : label,
  );
const type = (label: string | RegExp, value: string) => fireEvent.change(field(label), { target: { value } });
/** The time a button that just appeared takes to accept a tap (useSettling: no tap meant for what was there). */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 650)));
/** A click by a pointer (`detail` 1), as a person makes it. */
const click = (element: Element) => fireEvent.click(element, { detail: 1 });

// Its taps wait for buttons that just appeared to settle (about 2 s in all): more than the default 5 s when busy.
test('an incident: what is typed in each form survives a reload, until it is saved', { timeout: 20_000 }, async () => {
  const now = new Date();
  incidentLog.append(...openedIncident(ID, now));
  await reload();

  // The references, before « Enregistrer ».
  type('Numéro EORI', 'FR5521');
  type('Raison sociale', 'Transit');
  await reload();
  expect(field('Numéro EORI')).toHaveValue('FR5521');
  expect(field('Raison sociale')).toHaveValue('Transit');
  type('Numéro EORI', 'FR552100554');
  type('Raison sociale', 'Transit Dupont SAS');
  type(/^Adresse/, '1 rue du Port');
  type('Téléphone', '0235000000');
  click(screen.getByRole('button', { name: 'Enregistrer mes références' }));
  expect(drafts()).not.toContain('profile');

  // The DA's number and registration time.
  const daTime = () => field('Heure d’enregistrement de la DA – Delta X Import');
  const daTimeShown = (daTime() as HTMLInputElement).value;
  type('Numéro de la DA', 'DA2026123456');
  await reload();
  expect(field('Numéro de la DA')).toHaveValue('DA2026123456');
  expect(daTime()).toHaveValue(daTimeShown);

  // A correction of the alert time, opened and typed.
  click(screen.getByRole('button', { name: /Corriger.*Date et heure de passage en alerte/ }));
  type('Date et heure de passage en alerte – Delta X Import', '2026-11-23T08:40');
  await reload();
  expect(field('Date et heure de passage en alerte – Delta X Import')).toHaveValue('2026-11-23T08:40');
  click(screen.getAllByRole('button', { name: 'Annuler' })[0]!);

  // Another service, chosen, its reasons edited and confirmed, not added yet.
  click(screen.getByText(/^Un autre service en ligne est touché/));
  fireEvent.change(field(/^Service en ligne/), { target: { value: 'h7' } });
  type(/^Raisons de l’auto-déclenchement/, 'raison tapée pour H7');
  click(field(/^Je confirme que ces raisons/));
  await reload();
  expect(field(/^Service en ligne/)).toHaveValue('h7');
  expect(field(/^Raisons de l’auto-déclenchement/)).toHaveValue('raison tapée pour H7');
  expect(field(/^Je confirme que ces raisons/)).toBeChecked();

  // Saved: the DA's draft is gone.
  click(field('Oui, ouvert'));
  await settle();
  click(screen.getByRole('button', { name: /^Enregistrer la DA/ }));
  expect(await screen.findByRole('heading', { level: 2, name: /^Informer le bureau de douane/ })).toBeInTheDocument();
  expect(drafts().some((k) => k.includes(':da:'))).toBe(false);

  // The DA's number corrected, typed and not saved yet.
  click(screen.getByRole('button', { name: /Corriger.*numéro de la DA/i }));
  type(/numéro de la DA/i, 'DA2026999999');
  await reload();
  expect(field(/numéro de la DA/i)).toHaveValue('DA2026999999');
  click(screen.getByRole('button', { name: 'Enregistrer la correction' }));
  expect(drafts().some((k) => k.includes(':da-number:'))).toBe(false);
  const da = reduceIncidents(incidentLog.getSnapshot().events).find((i) => i.id === ID)!.services[0]!.da!;
  expect(da.numbers.at(-1)).toMatchObject({ value: 'DA2026999999' });

  // The office's name, a step « at another time » and « Procédure terminée… », opened and typed.
  type(/^Bureau de douane/, 'Le Havre');
  await settle();
  const nextStep = document.querySelector<HTMLElement>('.next-step')!;
  click(within(nextStep).getByRole('button', { name: /à une autre heure/ }));
  type(/Heure de l’étape «\sBureau de douane informé/, '2026-11-23T09:30');
  click(screen.getByRole('button', { name: /^Procédure terminée…/ }));
  type('Fin de la procédure de secours', '2026-11-23T10:00');
  await reload();
  expect(screen.getByRole('textbox', { name: /^Bureau de douane/ })).toHaveValue('Le Havre');
  expect(field(/Heure de l’étape «\sBureau de douane informé/)).toHaveValue('2026-11-23T09:30');
  expect(field('Fin de la procédure de secours')).toHaveValue('2026-11-23T10:00');
  // A draft is never a record: not in the backup file.
  expect(JSON.stringify(makeBackup(new Date()))).not.toContain('Le Havre');
  // Cancelled: forgotten.
  click(screen.getAllByRole('button', { name: 'Annuler' }).at(-1)!);
  await reload();
  expect(screen.queryByLabelText(/^Fin de la procédure de secours/)).toBeNull();

  // The incident deleted: its drafts go with it.
  await settle();
  click(screen.getByRole('button', { name: /^Supprimer l’incident/ }));
  click(screen.getByRole('button', { name: /^Oui, supprimer l’incident/ }));
  expect(drafts().filter((k) => k.startsWith('incident:'))).toEqual([]);
});

test('the notes typed and not recorded before a crash: recorded at the first click, never in a closed incident', async () => {
  const now = new Date();
  incidentLog.append(...openedIncident(ID, now));
  const notes = () => reduceIncidents(incidentLog.getSnapshot().events).find((i) => i.id === ID)!.notes;
  draftsStore.write({ [`incident:${ID}:notes`]: { value: 'Appelé le SAU' } });
  await reload();
  expect(field('Notes sur l’incident')).toHaveValue('Appelé le SAU');
  expect(notes()).toBe('');
  click(screen.getByRole('heading', { level: 1 }));
  expect(notes()).toBe('Appelé le SAU');

  // Closed: its notes are read-only, a draft found there stays a draft.
  incidentLog.append(incidentEvent(ID, { type: 'incident.closed', time: '2026-11-23T10:00' }, new Date()));
  draftsStore.write({ [`incident:${ID}:notes`]: { value: 'Rappelé' } });
  await reload();
  click(screen.getByRole('heading', { level: 1 }));
  expect(notes()).toBe('Appelé le SAU');
});
