/**
 * Two devices whose clocks differ (a backup moved from one to the other): what the user does on the one
 * behind, after seeing what the one ahead recorded, reads after it, and counts.
 */
import { replay } from '../flows/replay';
import { correctEpisode, openEpisode } from '../gamma/episodes';
import { registerStore } from '../gamma/store';
import { incidentEvent, incidentLog } from '../incident/log';
import { newIncident } from '../incident/opening';
import { daNumberOf } from '../incident/schema';
import { correctDa } from '../incident/steps';
import { act, currentIncidents } from '../incident/useIncident';
import { stampAfter } from './log';

/** Three minutes ahead of this device. */
const ahead = () => new Date(Date.now() + 3 * 60_000);

test('a stamp is now, or just after the latest event of the record when that is not before now', () => {
  const now = new Date('2026-12-07T10:00:00.000Z');
  expect(stampAfter(undefined, now)).toBe(now);
  expect(stampAfter('2026-12-07T09:59:00.000Z', now)).toBe(now);
  expect(stampAfter('2026-12-07T10:03:00.000Z', now).toISOString()).toBe('2026-12-07T10:03:00.001Z');
});

test('an incident: a DA filed on a device ahead, its number corrected here, shows the correction', () => {
  const there = ahead();
  const answers = ['delta', 'xi', 'dti', 'no', 'cannotValidate'];
  incidentLog.append(
    ...newIncident({ path: replay(answers).path, endedAt: there }, there, 'inc-ahead')!,
    incidentEvent(
      'inc-ahead',
      { type: 'da.filed', service: 'xi', time: '2026-11-23T09:12', number: 'DA-1', officeOpen: true, text: 'DA' },
      there,
    ),
  );
  expect(act('inc-ahead', (i) => correctDa(i.services[0]!, { number: 'DA-2' })).ok).toBe(true);
  expect(daNumberOf(currentIncidents().find((i) => i.id === 'inc-ahead')!.services[0]!)).toBe('DA-2');
});

test('the register: an episode corrected on a device ahead, corrected again here, shows the later correction', () => {
  const there = ahead();
  const input = { startedAt: '2026-11-23T10:00', by: 'meteo' as const, at: '2026-11-23T10:00', daReference: '' };
  registerStore.apply((r) => openEpisode(r, input, there), there);
  const [episode] = registerStore.getSnapshot().value.episodes;
  registerStore.apply(
    (r) => correctEpisode(r, episode!.id, { ...input, startedAt: '2026-11-23T10:05', at: '2026-11-23T10:05' }, there),
    there,
  );
  const here = { ...input, startedAt: '2026-11-23T10:10', at: '2026-11-23T10:10' };
  expect(registerStore.apply((r) => correctEpisode(r, episode!.id, here, new Date()))).toEqual({
    ok: true,
    value: expect.anything(),
  });
  expect(registerStore.getSnapshot().value.episodes[0]!.startedAt).toBe('2026-11-23T10:10');
});
