import { render, screen } from '@testing-library/react';
import { ErrorBoundary, isLoadFailure } from './ErrorBoundary';

test('a part of the app that could not be fetched is told apart from a bug, in each browser’s wording', () => {
  for (const message of [
    'Failed to fetch dynamically imported module: https://example.test/assets/flow-abc.js', // Chromium
    'error loading dynamically imported module: https://example.test/assets/flow-abc.js', // Firefox
    'Importing a module script failed.', // Safari
  ])
    expect(isLoadFailure(new TypeError(message)), message).toBe(true);
  expect(isLoadFailure(new TypeError('Cannot read properties of undefined'))).toBe(false);
  expect(isLoadFailure(new Error('Failed to fetch dynamically imported module'))).toBe(false);
});

function Throws({ error }: { error: Error }): never {
  throw error;
}

test('the boundary says which: a page not loaded, or an unexpected error', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const { unmount } = render(
    <ErrorBoundary>
      <Throws error={new TypeError('Failed to fetch dynamically imported module: /assets/x.js')} />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Cette page n’a pas pu être chargée');
  expect(screen.getByRole('button', { name: 'Recharger la page' })).toBeInTheDocument();
  unmount();
  render(
    <ErrorBoundary>
      <Throws error={new Error('bug')} />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Une erreur inattendue est survenue');
});
