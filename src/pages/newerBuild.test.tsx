/** Records a newer build wrote (another tab, already updated): said as such, before anything is typed. */
import { fireEvent, screen } from '@testing-library/react';
import { preloadScreens } from '../testing/preload';
import { renderWholePage } from '../testing/render';

beforeAll(preloadScreens);

const NEWER = JSON.stringify({ v: 9, events: [] });

test('an incident: not « introuvable », but written by a newer version', async () => {
  localStorage.setItem('secours-douane.incident-log', NEWER);
  await renderWholePage('/incidents/abc');
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
    'Incident enregistré par une version plus récente',
  );
  expect(screen.queryByText(/Aucun incident de ce numéro/)).toBeNull();
});

test('the register: the notice comes before the episode form, not under it', async () => {
  localStorage.setItem('secours-douane.register-log', NEWER);
  await renderWholePage('/registre-lrn');
  const notice = screen.getByText(/version plus récente de l’application/);
  const form = screen.getByRole('button', { name: 'Ouvrir l’épisode de panne' });
  expect(notice.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});

test('the register: a form sent meanwhile is refused where it was sent, never said saved', async () => {
  localStorage.setItem('secours-douane.register-log', NEWER);
  await renderWholePage('/registre-lrn');
  fireEvent.change(screen.getByLabelText(/^Raison sociale/), { target: { value: 'Cave A' } });
  fireEvent.change(screen.getByLabelText(/^Numéro d’accise/), { target: { value: 'FR012345678E0' } });
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer l’expéditeur' }));
  expect(
    await screen.findByText(
      /^Cette modification n’a pas été enregistrée\s:\sces données ont été enregistrées par une version plus récente/,
    ),
  ).toBeVisible();
  expect(screen.queryByText('Expéditeur enregistré.')).toBeNull();
  expect(localStorage.getItem('secours-douane.register-log')).toBe(NEWER);
});
