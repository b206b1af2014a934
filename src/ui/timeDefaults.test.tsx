/**
 * A form's « now » by default is the time it is saved, not the time the page was shown: a page left open over
 * midnight (or the New Year), or the user back from OLGA in another tab, saves the right date and time.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { preloadScreens } from '../testing/preload';
import { renderApp } from '../testing/render';
import { withEpisode } from '../testing/rules';
import { registerStore } from '../gamma/store';
import { TimeForm } from './TimeEdit';

beforeAll(preloadScreens);
afterEach(() => {
  vi.useRealTimers();
});

test('a time form left open past midnight shows and saves the time it is saved at', () => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(new Date('2026-12-07T22:50:30Z')); // 23:50 in Paris
  const onSave = vi.fn<(at: string) => string | null>(() => null);
  render(
    <TimeForm draft="test:da" label="Heure d’enregistrement de la DA" submitLabel="Enregistrer" onSave={onSave} />,
  );
  const field = screen.getByLabelText(/^Heure d’enregistrement de la DA/);
  expect(field).toHaveValue('2026-12-07T23:50');
  act(() => vi.advanceTimersByTime(15 * 60_000));
  expect(field).toHaveValue('2026-12-08T00:05');
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
  expect(onSave).toHaveBeenCalledWith('2026-12-08T00:05', expect.anything());
});

test('a default time never changes while its field has the focus; left, it is now again', () => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(new Date('2026-12-07T22:50:30Z'));
  render(<TimeForm draft="test:held" label="Heure" submitLabel="Enregistrer" onSave={() => null} />);
  const field = screen.getByLabelText(/^Heure/);
  act(() => field.focus());
  act(() => vi.advanceTimersByTime(15 * 60_000));
  expect(field).toHaveValue('2026-12-07T23:50');
  act(() => field.blur());
  expect(field).toHaveValue('2026-12-08T00:05');
});

test('a time the user typed stays as typed while the clock goes on', () => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(new Date('2026-12-07T22:50:30Z'));
  render(<TimeForm draft="test:typed" label="Heure" submitLabel="Enregistrer" onSave={() => null} />);
  const field = screen.getByLabelText(/^Heure/);
  fireEvent.change(field, { target: { value: '2026-12-07T23:40' } });
  act(() => vi.advanceTimersByTime(15 * 60_000));
  expect(field).toHaveValue('2026-12-07T23:40');
});

test('a document registered after the New Year from a page shown before: dated that day, in that year’s series', async () => {
  registerStore.write(withEpisode());
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-31T22:30:00Z')); // 23:30 in Paris
  await renderApp('/registre-lrn');
  const date = await screen.findByLabelText(/^Date du document/);
  expect(date).toHaveValue('2026-12-31');
  // The user comes back to the page after midnight (the tab shown again).
  vi.setSystemTime(new Date('2026-12-31T23:15:00Z'));
  act(() => void window.dispatchEvent(new Event('focus')));
  expect(date).toHaveValue('2027-01-01');
  fireEvent.change(screen.getByLabelText(/^Destinataire\s:\snom/), { target: { value: 'Cave B' } });
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le document' }));
  const [document] = registerStore.getSnapshot().value.documents;
  expect(document).toMatchObject({ date: '2027-01-01', lrn: '202700001' });
});

test('refused twice with the same message: the field takes the focus each time, so that it is said again', () => {
  render(<TimeForm draft="test:twice" label="Heure" submitLabel="Enregistrer" onSave={() => 'Trop tôt.'} />);
  const button = screen.getByRole('button', { name: 'Enregistrer' });
  fireEvent.click(button);
  expect(screen.getByLabelText(/^Heure/)).toHaveFocus();
  // The user changes the time, then presses the button again (a click focuses it): refused for the same reason.
  button.focus();
  fireEvent.click(button);
  expect(screen.getByLabelText(/^Heure/)).toHaveFocus();
});
