/** A service added to an incident by hand, as its page does it (the rule: incident.test.ts). */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { preloadScreens } from '../testing/preload';
import { renderWholePage } from '../testing/render';
import { TEST_NOW as NOW } from '../testing/rules';
import { incidentLog } from './log';
import { reduceIncidents } from './reduce';
import { currentTime } from './schema';
import { openedIncident } from '../testing/incident';

beforeAll(preloadScreens);

test('a service added by hand takes the alert time given; one in the future is refused at its field', async () => {
  const id = 'incident-add-service';
  incidentLog.append(...openedIncident(id, NOW));
  await renderWholePage(`/incidents/${id}`);
  fireEvent.click(await screen.findByText('Un autre service en ligne est touché ?'));
  fireEvent.change(screen.getByLabelText(/^Service en ligne/), { target: { value: 'xe' } });
  const alertAt = screen.getByLabelText(/^Date et heure de passage en alerte/);
  fireEvent.change(alertAt, { target: { value: '2099-01-01T10:00' } });
  fireEvent.click(screen.getByLabelText('Je confirme que ces raisons valent pour ce service.'));
  fireEvent.click(screen.getByRole('button', { name: 'Ajouter ce service' }));
  expect(await screen.findByRole('link', { name: /dans le futur/ })).toBeVisible();
  expect(alertAt).toHaveAccessibleDescription(/dans le futur/);
  fireEvent.change(alertAt, { target: { value: '2026-11-23T08:40' } });
  fireEvent.click(screen.getByRole('button', { name: 'Ajouter ce service' }));
  await waitFor(() => {
    const incident = reduceIncidents(incidentLog.getSnapshot().events).find((i) => i.id === id)!;
    const added = incident.services.find((s) => s.service === 'xe');
    expect(added && currentTime(added.alertAt)).toBe('2026-11-23T08:40');
  });
});

test('a service the incident already covers is listed, but cannot be chosen', async () => {
  const id = 'incident-add-covered';
  incidentLog.append(...openedIncident(id, NOW));
  await renderWholePage(`/incidents/${id}`);
  fireEvent.click(await screen.findByText('Un autre service en ligne est touché ?'));
  expect(screen.getByRole('option', { name: /^Delta X Import \(déjà couvert par cet incident\)$/ })).toBeDisabled();
  expect(screen.getByRole('option', { name: /^Delta X Export$/ })).toBeEnabled();
});
