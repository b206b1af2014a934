import { fireEvent, render, screen } from '@testing-library/react';
import { ErrorSummary } from './ErrorSummary';

test('a link of the error summary focuses its field with the question in view, its label above it', () => {
  // (jsdom lays nothing out and has no scrollIntoView: which element is scrolled is what is checked.)
  const scrolled = vi.fn<(this: Element) => void>();
  Element.prototype.scrollIntoView = scrolled;
  render(
    <form>
      <ErrorSummary form="lrn" errors={{ name: 'Indiquez le nom du destinataire.' }} />
      <fieldset>
        <legend>Destinataire</legend>
        <label htmlFor="lrn-name">Nom</label>
        <input id="lrn-name" />
      </fieldset>
    </form>,
  );
  fireEvent.click(screen.getByRole('link', { name: 'Indiquez le nom du destinataire.' }));
  expect(screen.getByRole('textbox', { name: 'Nom' })).toHaveFocus();
  // The question (the group's legend) scrolled into view, not the field alone at the top of the window.
  expect(scrolled.mock.contexts).toEqual([screen.getByText('Destinataire')]);
});
