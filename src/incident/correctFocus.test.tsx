/** A time corrected in the journal: the focus stays on the line corrected, never lost to the page. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { preloadScreens } from '../testing/preload';
import { TEST_PROFILE } from '../testing/profile';
import { renderWholePage } from '../testing/render';
import { TEST_NOW as NOW } from '../testing/rules';
import { incidentEvent, incidentLog } from './log';
import { profileStore } from './store';
import { draftsStore } from '../ui/drafts';
import { openedIncident } from '../testing/incident';

beforeAll(preloadScreens);

const ID = 'incident-correct-focus';

function daFiled() {
  incidentLog.append(
    ...openedIncident(ID, NOW),
    incidentEvent(
      ID,
      { type: 'da.filed', service: 'xi', time: '2026-11-23T11:12', officeOpen: true, text: 'DA' },
      new Date(NOW.getTime() + 1000),
    ),
  );
  profileStore.write(TEST_PROFILE);
}

async function saveCorrection() {
  const field = await screen.findByLabelText(/^Heure/, { selector: 'input' });
  fireEvent.change(field, { target: { value: '2026-11-23T11:14' } });
  fireEvent.submit(field.closest('form')!);
  await waitFor(() => expect(document.activeElement).not.toBe(document.body));
}

test('the DA’s time corrected: the focus goes back to « Corriger », by the time as corrected', async () => {
  daFiled();
  await renderWholePage(`/incidents/${ID}`);
  const journal = screen.getByRole('region', { name: /Journal/ });
  fireEvent.click(within(journal).getAllByRole('button', { name: /^Corriger/ })[0]!);
  await saveCorrection();
  expect(document.activeElement).toHaveAccessibleName(/^Corriger/);
});

test('a correction left open by a reload, then saved: the focus goes back to « Corriger » too', async () => {
  daFiled();
  draftsStore.write({ [`incident:${ID}:correct-da.file:xi`]: { at: '2026-11-23T11:13' } });
  await renderWholePage(`/incidents/${ID}`);
  await saveCorrection();
  expect(document.activeElement).toHaveAccessibleName(/^Corriger/);
});
