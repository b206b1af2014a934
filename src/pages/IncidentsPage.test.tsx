import { fireEvent, screen } from '@testing-library/react';
import { replay } from '../flows/replay';
import { incidentEvent, incidentLog } from '../incident/log';
import { newIncident } from '../incident/opening';
import { preloadScreens } from '../testing/preload';
import { renderApp } from '../testing/render';
import { TEST_NOW as NOW } from '../testing/rules';

beforeAll(preloadScreens);

test('a deleted incident stays within reach: listed apart, its page offers to undo the deletion', async () => {
  const path = replay(['delta', 'xi', 'dti', 'no', 'cannotValidate']).path;
  incidentLog.append(...newIncident({ path, endedAt: NOW }, NOW, 'inc-deleted')!);
  incidentLog.append(incidentEvent('inc-deleted', { type: 'incident.deleted' }, new Date(NOW.getTime() + 60_000)));
  await renderApp('/incidents');
  expect(await screen.findByText('Aucun incident enregistré.')).toBeVisible();
  fireEvent.click(screen.getByText('Incidents supprimés (1)'));
  fireEvent.click(screen.getByRole('link', { name: /^Delta X Import – incident ouvert le/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Annuler la suppression' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Suivi de la procédure de secours' })).toBeVisible();
});
