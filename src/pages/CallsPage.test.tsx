import { screen } from '@testing-library/react';
import { helpDeskModeStore } from '../helpDesk/store';
import { recordCall } from '../testing/calls';
import { preloadScreens } from '../testing/preload';
import { renderWholePage } from '../testing/render';

beforeAll(preloadScreens);

test('one call only is « en cours »: another browser’s call not ended, restored here, is « non terminé »', async () => {
  helpDeskModeStore.write({ enabled: true });
  // Another browser's call, not ended, restored from its backup; then this browser's own.
  recordCall('elsewhere', new Date('2026-11-23T08:00:00Z'), ['delta', 'g1']);
  recordCall('here', new Date('2026-11-23T09:00:00Z'), ['gamma']);
  await renderWholePage('/appels');
  const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
  expect(headings.filter((h) => h?.endsWith('(en cours)'))).toEqual([expect.stringContaining('10:00')]);
  expect(headings.filter((h) => h?.endsWith('(non terminé)'))).toEqual([expect.stringContaining('09:00')]);
});
