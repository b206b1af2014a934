/** The operator's references, changed later: what was confirmed when they were saved is not asked again. */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { preloadScreens } from '../testing/preload';
import { TEST_PROFILE } from '../testing/profile';
import { renderWholePage } from '../testing/render';
import { TEST_NOW as NOW } from '../testing/rules';
import { incidentEvent, incidentLog } from './log';
import type { Profile } from './profile';
import { profileStore } from './store';
import { openedIncident } from '../testing/incident';

beforeAll(preloadScreens);

test('an EORI confirmed despite its check digit, kept as it is: the phone changed alone is saved', async () => {
  const id = 'incident-references';
  incidentLog.append(...openedIncident(id, NOW));
  profileStore.write({ ...TEST_PROFILE, eori: 'FR987654321' });
  await renderWholePage(`/incidents/${id}`);
  fireEvent.click(screen.getByRole('button', { name: 'Modifier mes références' }));
  const phone = await screen.findByLabelText(/^Téléphone/);
  fireEvent.change(phone, { target: { value: '01 40 00 00 00' } });
  fireEvent.submit(phone.closest('form')!);
  await waitFor(() => expect(profileStore.getSnapshot().value?.phone).toBe('01 40 00 00 00'));
  expect(profileStore.getSnapshot().value?.eori).toBe('FR987654321');
});

/** An incident whose DA is filed, the office not yet given: its form, filled with `name` and an e-mail, sent. */
async function giveOffice(id: string, profile: Profile, name: string) {
  incidentLog.append(
    ...openedIncident(id, NOW),
    incidentEvent(
      id,
      { type: 'da.filed', service: 'xi', time: '2026-11-23T09:12', officeOpen: true, text: 'DA' },
      new Date(NOW.getTime() + 1000),
    ),
  );
  profileStore.write({ ...profile, officeName: '', officeEmail: '' });
  await renderWholePage(`/incidents/${id}`);
  fireEvent.change(await screen.findByLabelText(/^Bureau de douane/), { target: { value: name } });
  const email = screen.getByLabelText(/^Courriel du bureau/);
  fireEvent.change(email, { target: { value: 'bureau@douane.fr' } });
  fireEvent.submit(email.closest('form')!);
  await waitFor(() => expect(profileStore.getSnapshot().value?.officeEmail).toBe('bureau@douane.fr'));
}

test('an EORI confirmed despite its check digit: the office to inform, given later, is saved', async () => {
  await giveOffice('incident-office', { ...TEST_PROFILE, eori: 'FR987654321' }, 'Le Havre Port');
  expect(profileStore.getSnapshot().value?.eori).toBe('FR987654321');
});

test('an EORI of the older format saved before it was warned about: the DA to file says to check it', async () => {
  const id = 'incident-legacy-eori';
  incidentLog.append(...openedIncident(id, NOW));
  profileStore.write({ ...TEST_PROFILE, eori: 'FR55210055400013' });
  await renderWholePage(`/incidents/${id}`);
  expect(screen.getByText(/votre numéro EORI, repris dans la DA, a l’ancien format/)).toBeVisible();
  expect(screen.queryByText(/cochez/)).toBeNull();
});

test('references saved under an earlier rule that would now refuse one of them: the office is saved all the same', async () => {
  await giveOffice('incident-office-old-phone', { ...TEST_PROFILE, phone: '12345' }, ' Le Havre Port ');
  expect(profileStore.getSnapshot().value).toMatchObject({ officeName: 'Le Havre Port', phone: '12345' });
});
