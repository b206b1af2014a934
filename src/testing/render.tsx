/**
 * The app rendered at a URL, as the component tests use it: in a memory router, and, for the tests that read
 * a whole page, once it and its lazy parts (outcome tools, help-desk panel) are there.
 */
import { act, render, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App } from '../app/App';

/** Renders the whole app at `url`. */
export async function renderApp(url: string) {
  await act(async () => {
    render(
      <MemoryRouter initialEntries={[url]}>
        <App />
      </MemoryRouter>,
    );
  });
}

/** Renders the app at `url` and waits until the page is whole: its heading there, nothing still loading. */
export async function renderWholePage(url: string) {
  await renderApp(url);
  // Plain DOM queries: a role query computes every element's style in jsdom, and these renders are many.
  await waitFor(() => expect(document.querySelector('h1')).not.toBeNull(), { timeout: 10_000 });
  await waitFor(() => expect(document.body.textContent).not.toMatch(/Chargement/));
}

/** The text of `element` as printed: without what the print style sheet hides (`.no-print`). */
export function printedText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.no-print')) hidden.remove();
  return copy.textContent ?? '';
}
