/** The operator's references, changed later: what was confirmed when they were saved is not asked again. */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { replay } from '../flows/replay';
import { preloadScreens } from '../testing/preload';
import { TEST_PROFILE } from '../testing/profile';
import { renderWholePage } from '../testing/render';
import { TEST_NOW as NOW } from '../testing/rules';
import { incidentLog } from './log';
import { newIncident } from './opening';
import { profileStore } from './store';

beforeAll(preloadScreens);

test('an EORI confirmed despite its check digit, kept as it is: the phone changed alone is saved', async () => {
  const id = 'incident-references';
  incidentLog.append(
    ...newIncident({ path: replay(['delta', 'xi', 'dti', 'no', 'cannotValidate']).path, endedAt: NOW }, NOW, id)!,
  );
  profileStore.write({ ...TEST_PROFILE, eori: 'FR987654321' });
  await renderWholePage(`/incidents/${id}`);
  fireEvent.click(screen.getByRole('button', { name: 'Modifier mes références' }));
  const phone = await screen.findByLabelText(/^Téléphone/);
  fireEvent.change(phone, { target: { value: '01 40 00 00 00' } });
  fireEvent.submit(phone.closest('form')!);
  await waitFor(() => expect(profileStore.getSnapshot().value?.phone).toBe('01 40 00 00 00'));
  expect(profileStore.getSnapshot().value?.eori).toBe('FR987654321');
});
