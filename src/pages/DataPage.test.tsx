import { fireEvent, screen, waitFor } from '@testing-library/react';
import { preloadScreens } from '../testing/preload';
import { renderApp } from '../testing/render';
import { makeBackup } from '../backup/backup';
import { helpDeskModeStore } from '../helpDesk/store';

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
  // The focus goes to what the file brings, so that it is read out next (the file is read asynchronously:
  // the plan may be drawn a moment before the focus moves).
  await waitFor(() => expect(screen.getByRole('heading', { name: 'Ce que la sauvegarde apporte' })).toHaveFocus());
});

test('a file that is not a backup: the focus goes back to the file field, in error, with the message that says why', async () => {
  await renderApp('/donnees');
  const file = new File(['pas du JSON'], 'notes.txt', { type: 'text/plain' });
  const field = await screen.findByLabelText('Fichier de sauvegarde');
  fireEvent.change(field, { target: { files: [file] } });
  await waitFor(() => expect(field).toHaveFocus());
  expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(field).toHaveAccessibleDescription(/^Erreur\s:\s?Ce fichier n’est pas une sauvegarde lisible/);
});

test('help-desk mode is listed with what is kept, and a file brings it back to a browser where it is not set', async () => {
  helpDeskModeStore.write({ enabled: true, agent: 'Camille' });
  const text = JSON.stringify(makeBackup(new Date()));
  localStorage.clear();
  await renderApp('/donnees');
  expect(await screen.findByText(/^Mode assistance\s:\sdésactivé$/)).toBeInTheDocument();
  fireEvent.change(screen.getByLabelText('Fichier de sauvegarde'), {
    target: { files: [new File([text], 'poste-1.json', { type: 'application/json' })] },
  });
  await waitFor(() =>
    expect(screen.getByText(/^À ajouter\s:\svos réglages du mode assistance\.$/)).toBeInTheDocument(),
  );
  fireEvent.click(screen.getByRole('button', { name: 'Restaurer' }));
  await waitFor(() =>
    expect(screen.getByText(/^Mode assistance\s:\sactivé \(agent\s:\sCamille\)$/)).toBeInTheDocument(),
  );
});

test('data a newer build wrote (another tab) is said, not counted as nothing', async () => {
  localStorage.setItem('secours-douane.incident-log', JSON.stringify({ v: 9, events: [] }));
  await renderApp('/donnees');
  expect(
    await screen.findByText(/La sauvegarde de vos données les contient telles qu’elles sont enregistrées\.$/),
  ).toHaveTextContent(/version plus récente/);
  // Its count is not « 0 »: what this build cannot read is not nothing.
  expect(
    screen.getByText('Des incidents DELTA enregistrés par une version plus récente de l’application, non comptés ici'),
  ).toBeVisible();
  expect(screen.queryByText(/^0 incident DELTA/)).toBeNull();
});

test('a second file refused in a row: the field is focused anew, so that its message is read out again', async () => {
  await renderApp('/donnees');
  const field = await screen.findByLabelText('Fichier de sauvegarde');
  const focused = vi.fn<() => void>();
  field.addEventListener('focus', focused);
  for (const name of ['a.txt', 'b.txt']) {
    fireEvent.change(field, { target: { files: [new File(['pas du JSON'], name, { type: 'text/plain' })] } });
    await waitFor(() => expect(focused).toHaveBeenCalledTimes(name === 'a.txt' ? 1 : 2));
  }
});
