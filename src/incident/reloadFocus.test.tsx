/**
 * A correction left open, found again by a reload: its field has the focus, where the user was typing. (Its
 * own file: the page must be the first one shown, as after a reload; a page reached by a link focuses its
 * title instead.)
 */
import { screen, waitFor } from '@testing-library/react';
import { preloadScreens } from '../testing/preload';
import { TEST_PROFILE } from '../testing/profile';
import { renderWholePage } from '../testing/render';
import { TEST_NOW as NOW } from '../testing/rules';
import { draftsStore } from '../ui/drafts';
import { incidentEvent, incidentLog } from './log';
import { profileStore } from './store';
import { openedIncident } from '../testing/incident';

beforeAll(preloadScreens);

const ID = 'incident-reload-focus';

test('a DA number correction left open by a reload has the focus, as a time correction does', async () => {
  incidentLog.append(
    ...openedIncident(ID, NOW),
    incidentEvent(
      ID,
      { type: 'da.filed', service: 'xi', time: '2026-11-23T11:12', officeOpen: true, text: 'DA', number: '2026-DA-1' },
      new Date(NOW.getTime() + 1000),
    ),
  );
  profileStore.write(TEST_PROFILE);
  draftsStore.write({ [`incident:${ID}:da-number:xi`]: { number: '2026-DA-7' } });
  await renderWholePage(`/incidents/${ID}`);
  await waitFor(() => expect(document.activeElement).toBe(screen.getByDisplayValue('2026-DA-7')));
  expect(document.activeElement).toHaveAccessibleName(/numéro/i);
});
