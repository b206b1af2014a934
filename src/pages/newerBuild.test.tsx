/** Records a newer build wrote (another tab, already updated): said as such, before anything is typed. */
import { screen } from '@testing-library/react';
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
