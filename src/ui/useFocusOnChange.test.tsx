import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { useFocusOnChange } from './useFocusOnChange';

/** A form whose saving says so in a status, and another form beside it. */
function Page() {
  const [saved, setSaved] = useState(0);
  const status = useFocusOnChange<HTMLDivElement>(saved ? String(saved) : null);
  return (
    <>
      <section>
        <div ref={status} tabIndex={-1} data-testid="status">
          {saved > 0 && 'Enregistré.'}
        </div>
        <label>
          Expéditeur <input />
        </label>
        <button type="button" onClick={() => setSaved((n) => n + 1)}>
          Enregistrer
        </button>
      </section>
      <section>
        <label>
          Destinataire <input />
        </label>
      </section>
    </>
  );
}

describe('the focus after an action', () => {
  test('goes to what the action changed', () => {
    render(<Page />);
    screen.getByRole('button', { name: 'Enregistrer' }).focus();
    act(() => screen.getByRole('button', { name: 'Enregistrer' }).click());
    expect(screen.getByTestId('status')).toHaveFocus();
  });

  test('never leaves a field the user went on to type in elsewhere (a slow phone)', () => {
    render(<Page />);
    const button = screen.getByRole('button', { name: 'Enregistrer' });
    const next = screen.getByLabelText('Destinataire');
    // The tap, then the next field taken before the page has moved the focus.
    act(() => {
      button.click();
      next.focus();
    });
    expect(next).toHaveFocus();
  });
});
