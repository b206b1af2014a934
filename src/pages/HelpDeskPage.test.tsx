import { fireEvent, screen } from '@testing-library/react';
import { helpDeskModeStore } from '../helpDesk/store';
import { recordCall } from '../testing/calls';
import { preloadScreens } from '../testing/preload';
import { renderWholePage } from '../testing/render';

beforeAll(preloadScreens);

test('turning the mode off with a call in progress says the call stays open, and comes back with the mode', async () => {
  helpDeskModeStore.write({ enabled: true });
  recordCall('open', new Date('2026-11-23T09:00:00Z'), ['gamma']);
  await renderWholePage('/assistance');
  expect(
    screen.getByText(/^Un appel est en cours \(réf\.\sOPEN\)\s: désactiver le mode ne le termine pas/),
  ).toBeVisible();
  fireEvent.click(screen.getByRole('button', { name: 'Désactiver le mode assistance' }));
  expect(screen.getByText(/^Un appel est resté en cours \(réf\.\sOPEN\)\s: il reprendra/)).toBeVisible();
});
