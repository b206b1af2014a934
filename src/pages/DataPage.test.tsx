import { fireEvent, screen, waitFor } from '@testing-library/react';
import { preloadScreens } from '../testing/preload';
import { renderApp } from '../testing/render';
import { makeBackup } from '../backup/backup';

beforeAll(preloadScreens);

test('« Sauvegarder mes données » says the file was made, and its name, without moving the focus', async () => {
  URL.createObjectURL = vi.fn<(blob: Blob) => string>(() => 'blob:backup');
  URL.revokeObjectURL = vi.fn<(url: string) => void>();
  await renderApp('/donnees');
  const save = await screen.findByRole('button', { name: 'Sauvegarder mes données' });
  save.focus();
  fireEvent.click(save);
  expect(screen.getByRole('status')).toHaveTextContent(/^Sauvegarde créée\s:\ssecours-douane-sauvegarde-\d{4}-/);
  expect(save).toHaveFocus();
});

test('the plan of a restore names the file it was read from', async () => {
  await renderApp('/donnees');
  const file = new File([JSON.stringify(makeBackup(new Date()))], 'copie-du-bureau.json', { type: 'application/json' });
  fireEvent.change(await screen.findByLabelText('Fichier de sauvegarde'), { target: { files: [file] } });
  await waitFor(() => expect(screen.getByText(/^Fichier\s:\scopie-du-bureau\.json$/)).toBeInTheDocument());
});
