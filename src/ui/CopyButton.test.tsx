import { act, fireEvent, render, screen } from '@testing-library/react';
import { CopyButton } from './CopyButton';

test('« Copié. » belongs to the button that copied: the same place with another text says nothing', async () => {
  Object.assign(navigator, { clipboard: { writeText: () => Promise.resolve() } });
  const { rerender } = render(<CopyButton text="Courriel au SAU" label="Copier le courriel au SAU" />);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Copier le courriel au SAU' }));
  });
  expect(screen.getByRole('status')).toHaveTextContent('Copié.');
  // The step changes under it: another mail, in the same place.
  rerender(<CopyButton text="Courriel au bureau" label="Copier le courriel au bureau" />);
  expect(screen.getByRole('status')).toHaveTextContent('');
});

test('the browser refuses to copy: the text is shown, selected, with the focus, to copy by hand', async () => {
  Object.assign(navigator, { clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
  render(<CopyButton text={() => 'Incident du 23/11/2026\nDelta G'} label="Copier le texte de l’incident" />);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Copier le texte de l’incident' }));
  });
  expect(screen.getByRole('status')).toHaveTextContent(/^Copie impossible/);
  const shown = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Texte à copier' });
  expect(shown.value).toBe('Incident du 23/11/2026\nDelta G');
  expect(shown).toHaveFocus();
  expect([shown.selectionStart, shown.selectionEnd]).toEqual([0, shown.value.length]);
  expect(shown).toHaveAttribute('readonly');
});
