/** The two conditions of the procedure, as the incident page gives them while a service lacks one. */
import { screen } from '@testing-library/react';
import { preloadScreens } from '../testing/preload';
import { TEST_PROFILE } from '../testing/profile';
import { renderWholePage } from '../testing/render';
import { TEST_NOW as NOW } from '../testing/rules';
import { incidentEvent, incidentLog } from './log';
import { profileStore } from './store';
import { openedIncident } from '../testing/incident';

beforeAll(preloadScreens);

const later = (s: number) => new Date(NOW.getTime() + s * 1000);

/** Delta X Export added to incident `id`, `at` seconds after NOW. */
const withExportAdded = (id: string, at: number) =>
  incidentEvent(
    id,
    { type: 'service.added', service: 'xe', mode: 'dti', reasons: ['Validation impossible'], time: '2026-11-23T09:30' },
    later(at),
  );
/** The events opening incident `id`, for Delta X Import. */
const openedFor = (id: string) => openedIncident(id, NOW);

test('with two services, each one still lacking a condition is named with its own', async () => {
  const id = 'incident-conditions';
  incidentLog.append(
    ...openedFor(id),
    incidentEvent(
      id,
      { type: 'da.filed', service: 'xi', time: '2026-11-23T09:12', officeOpen: true, text: 'DA' },
      later(1),
    ),
    incidentEvent(
      id,
      { type: 'step.done', step: 'office.inform', services: ['xi'], time: '2026-11-23T09:20' },
      later(2),
    ),
    withExportAdded(id, 3),
    incidentEvent(
      id,
      { type: 'da.filed', service: 'xe', time: '2026-11-23T09:40', officeOpen: true, text: 'DA' },
      later(4),
    ),
  );
  profileStore.write(TEST_PROFILE);
  await renderWholePage(`/incidents/${id}`);
  const panel = document.querySelector('.conditions-panel')!;
  expect(panel.querySelectorAll('.conditions')).toHaveLength(1);
  expect(panel).toHaveTextContent(/^Pour Delta X Export, la procédure de secours ne sera possible qu’une fois/);
  expect(panel.querySelector('.todo')).toHaveTextContent(/bureau de douane informé/);
});

test('with two services, each DA form’s fields say which service they are for', async () => {
  const id = 'incident-two-forms';
  incidentLog.append(...openedFor(id), withExportAdded(id, 1));
  profileStore.write(TEST_PROFILE);
  await renderWholePage(`/incidents/${id}`);
  for (const service of ['Delta X Import', 'Delta X Export'])
    expect(screen.getByLabelText(new RegExp(`^Numéro de la DA – ${service}`))).toBeInTheDocument();
  // Each office-hours question (its group's legend) names its service too.
  const legends = screen.getAllByRole('radiogroup').map((g) => g.querySelector('legend')!.textContent);
  expect(legends.filter((l) => l?.includes('ouvert à cette heure'))).toEqual([
    expect.stringMatching(/ouvert à cette heure.* – Delta X Import$/),
    expect.stringMatching(/ouvert à cette heure.* – Delta X Export$/),
  ]);
});
