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
