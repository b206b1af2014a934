/**
 * A time copied from OLGA's acknowledgement a few minutes ahead of this device's clock (within the slack a
 * time is taken at): what is done « now » afterwards never comes before it, and is not refused for it.
 */
import assert from 'node:assert/strict';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { replay } from '../flows/replay';
import { localDateTimeValue, nowAfter } from '../lib/time';
import { preloadScreens } from '../testing/preload';
import { TEST_PROFILE } from '../testing/profile';
import { renderWholePage } from '../testing/render';
import { incidentEvent, incidentLog } from './log';
import { addConfirmedService, newIncident } from './opening';
import { closeIncident, lastRecorded, latestBefore } from './steps';
import { profileStore } from './store';
import { reduceIncidents, timeOf } from './reduce';
import { openedIncident } from '../testing/incident';

beforeAll(preloadScreens);

const ID = 'incident-clock-ahead';
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);

/** An incident whose DA was registered `ahead` minutes after `now` (this device's clock). */
function daAhead(now: Date, ahead: number) {
  incidentLog.append(
    ...openedIncident(ID, now),
    incidentEvent(
      ID,
      { type: 'da.filed', service: 'xi', time: localDateTimeValue(minutes(now, ahead)), officeOpen: true, text: 'DA' },
      now,
    ),
  );
  return reduceIncidents(incidentLog.getSnapshot().events)[0]!;
}

test('« now » is the time of a step it follows when that one is ahead of this clock within the slack; else now', () => {
  const now = new Date('2026-11-23T20:55:00Z');
  const incident = daAhead(now, 3);
  const da = localDateTimeValue(minutes(now, 3));
  expect(latestBefore(incident, ['xi'], 'office.inform')).toBe(da);
  expect(nowAfter(latestBefore(incident, ['xi'], 'office.inform'), now)).toBe(da);
  expect(nowAfter(lastRecorded(incident), now)).toBe(da);
  // Later than the slack allows is not a clock a little behind: now, and the rule says why it does not fit.
  expect(nowAfter(da, minutes(now, -10))).toBe(localDateTimeValue(minutes(now, -10)));
  // Once the clock has passed it: now.
  expect(nowAfter(da, minutes(now, 4))).toBe(localDateTimeValue(minutes(now, 4)));
  expect(closeIncident(incident, nowAfter(lastRecorded(incident), now), now).ok).toBe(true);
});

test('for two services at once, « now » is not before the later of their DAs', () => {
  const now = new Date('2026-11-23T20:55:00Z');
  const one = daAhead(now, 1);
  const added = addConfirmedService(one, { service: 'xe', mode: 'dti', reasons: ['Cas 1'] }, now);
  assert(added.ok);
  incidentLog.append(
    incidentEvent(ID, added.value, now),
    incidentEvent(
      ID,
      { type: 'da.filed', service: 'xe', time: localDateTimeValue(minutes(now, 4)), officeOpen: true, text: 'DA' },
      now,
    ),
  );
  const two = reduceIncidents(incidentLog.getSnapshot().events)[0]!;
  expect(latestBefore(two, ['xi', 'xe'], 'office.inform')).toBe(localDateTimeValue(minutes(now, 4)));
  expect(latestBefore(two, ['xi'], 'office.inform')).toBe(localDateTimeValue(minutes(now, 1)));
});

test('« Fait maintenant » just after a DA registered at a time a little ahead of this clock: recorded, not refused', async () => {
  const now = new Date();
  daAhead(now, 3);
  profileStore.write(TEST_PROFILE);
  await renderWholePage(`/incidents/${ID}`);
  const done = screen.getAllByRole('button', { name: /^Fait maintenant/ })[0]!;
  // The card's buttons take taps once it has settled (a double tap records one step).
  await waitFor(() => expect(done).not.toHaveAttribute('aria-disabled'));
  fireEvent.click(done);
  expect(screen.queryByRole('alert')).toBeNull();
  const [incident] = reduceIncidents(incidentLog.getSnapshot().events);
  const da = timeOf(incident!.services[0]!, 'da.file');
  expect(
    incident!.services[0]!.journal.filter((j) => j.step !== 'da.file').map((j) =>
      timeOf(incident!.services[0]!, j.step),
    ),
  ).toEqual([da]);
});

test('closing just after: the time offered is that DA’s, and the incident closes with it', async () => {
  const now = new Date();
  daAhead(now, 3);
  profileStore.write(TEST_PROFILE);
  await renderWholePage(`/incidents/${ID}`);
  fireEvent.click(screen.getByRole('button', { name: 'Procédure terminée…' }));
  const field = screen.getByLabelText(/^Fin de la procédure de secours/);
  expect(field).toHaveValue(localDateTimeValue(minutes(now, 3)));
  fireEvent.submit(field.closest('form')!);
  await waitFor(() => expect(reduceIncidents(incidentLog.getSnapshot().events)[0]!.closedAt).toBeDefined());
});

test('the switch to alert given a little ahead of this clock: the DA’s time offered is not before it', async () => {
  const now = new Date();
  const alert = minutes(now, 3);
  incidentLog.append(
    ...newIncident({ path: replay(['delta', 'xi', 'dti', 'no', 'cannotValidate']).path, endedAt: alert }, now, ID)!,
  );
  profileStore.write(TEST_PROFILE);
  await renderWholePage(`/incidents/${ID}`);
  const incident = reduceIncidents(incidentLog.getSnapshot().events)[0]!;
  expect(screen.getByLabelText(/^Heure d’enregistrement de la DA/)).toHaveValue(
    incident.services[0]!.alertAt.at(-1)!.at,
  );
});
