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

test('a link to a group of radios focuses its checked radio, else its first, with the group’s question in view', () => {
  const scrolled = vi.fn<(this: Element) => void>();
  Element.prototype.scrollIntoView = scrolled;
  render(
    <form>
      <ErrorSummary form="episode" errors={{ by: 'Indiquez qui a autorisé la procédure.' }} />
      <fieldset id="episode-by">
        <legend>Autorisation</legend>
        <label>
          <input type="radio" name="by" value="meteo" /> Météo
        </label>
        <label>
          <input type="radio" name="by" value="sau" /> SAU
        </label>
      </fieldset>
    </form>,
  );
  fireEvent.click(screen.getByRole('link', { name: 'Indiquez qui a autorisé la procédure.' }));
  expect(screen.getByRole('radio', { name: 'Météo' })).toHaveFocus();
  expect(scrolled.mock.contexts).toEqual([screen.getByText('Autorisation')]);
});

test('refused again with the same errors: the summary takes the focus again', () => {
  const errors = { name: 'Indiquez le nom du destinataire.' };
  const { rerender } = render(
    <form>
      <ErrorSummary form="lrn" errors={errors} attempt={1} />
      <button type="submit">Enregistrer</button>
    </form>,
  );
  const summary = screen.getByRole('alert');
  expect(summary).toHaveFocus();
  screen.getByRole('button').focus();
  rerender(
    <form>
      <ErrorSummary form="lrn" errors={{ ...errors }} attempt={2} />
      <button type="submit">Enregistrer</button>
    </form>,
  );
  expect(summary).toHaveFocus();
});
