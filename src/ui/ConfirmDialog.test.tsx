import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

/** A button that asks first, the dialog mounted only while asking (as « Recommencer » does). */
function Asking() {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setAsking(true)}>
        Recommencer
      </button>
      {asking && (
        <ConfirmDialog
          open
          title="Recommencer ?"
          confirmLabel="Oui"
          cancelLabel="Annuler"
          onCancel={() => setAsking(false)}
          onConfirm={() => setAsking(false)}
        />
      )}
    </>
  );
}

test('a question answered « Annuler » gives the focus back to the button that asked it', () => {
  render(<Asking />);
  const button = screen.getByRole('button', { name: 'Recommencer' });
  button.focus();
  fireEvent.click(button);
  expect(screen.getByRole('button', { name: 'Annuler', hidden: true })).toHaveFocus();
  fireEvent.click(screen.getByRole('button', { name: 'Annuler', hidden: true }));
  expect(button).toHaveFocus();
});
