/** The way from the self-trigger outcome to its incident: asked for, it opens one; merely shown, it asks. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { preloadScreens } from '../testing/preload';
import { renderWholePage } from '../testing/render';
import { incidentLog } from './log';
import { reduceIncidents } from './reduce';

beforeAll(preloadScreens);

const incidents = () => reduceIncidents(incidentLog.getSnapshot().events);
const ANSWERS = 'v=1&r=delta-xi-dti-no-cannotValidate';

test('the outcome’s action opens the incident at once', async () => {
  await renderWholePage(`/delta/selfTrigger?${ANSWERS}`);
  fireEvent.click(screen.getByRole('link', { name: /^Préparer la demande d’assistance/ }));
  await waitFor(() => expect(incidents()).toHaveLength(1));
  await screen.findByRole('heading', { level: 1, name: 'Suivi de la procédure de secours' });
});

test('its address loaded on its own (a bookmark, a link sent) opens nothing until asked', async () => {
  await renderWholePage(`/incidents/nouveau?${ANSWERS}`);
  expect(screen.getByText(/^Aucun incident n’est ouvert pour ce service/)).toBeVisible();
  expect(incidents()).toEqual([]);
  expect(localStorage.getItem(incidentLog.key)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Ouvrir un nouvel incident' }));
  await waitFor(() => expect(incidents()).toHaveLength(1));
});

test('followed from the outcome’s page before the app had taken it over (its referrer): opened at once', async () => {
  const referrer = vi.spyOn(document, 'referrer', 'get');
  referrer.mockReturnValue(`${window.location.origin}/delta/selfTrigger?${ANSWERS}`);
  await renderWholePage(`/incidents/nouveau?${ANSWERS}`);
  await waitFor(() => expect(incidents()).toHaveLength(1));
  // From another page of the app, or another site: asked first.
  cleanup();
  localStorage.clear();
  referrer.mockReturnValue(`${window.location.origin}/incidents`);
  await renderWholePage(`/incidents/nouveau?${ANSWERS}`);
  expect(screen.getByRole('button', { name: 'Ouvrir un nouvel incident' })).toBeVisible();
  expect(incidents()).toEqual([]);
  referrer.mockRestore();
});

test('a complete diagnosis that does not lead to the self-trigger: no incident, and not called incomplete', async () => {
  await renderWholePage('/incidents/nouveau?v=1&r=delta-g1-dti-yes-yes');
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Aucun incident à ouvrir');
  expect(screen.getByText(/^Ces réponses ne mènent pas à l’auto-déclenchement/)).toBeVisible();
  // The way on is where they lead, not a diagnosis started anew.
  expect(screen.getByRole('link', { name: 'Voir où elles mènent' })).toHaveAttribute(
    'href',
    expect.stringMatching(/^\/delta\/followAlert\?v=1&r=delta-g1-dti-yes-yes$/),
  );
  expect(incidents()).toEqual([]);
});

test('no answers at all: said so; an answer past the outcome: left out, as on the outcome’s page', async () => {
  await renderWholePage('/incidents/nouveau');
  expect(screen.getByText(/^Ce lien ne contient pas de diagnostic/)).toBeVisible();
  cleanup();
  await renderWholePage(`/incidents/nouveau?${ANSWERS}-extra`);
  expect(screen.getByRole('button', { name: 'Ouvrir un nouvel incident' })).toBeVisible();
});
