/** The help-desk panel while its code loads: said on screen, never on the page printed. */
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App } from '../app/App';
import { helpDeskModeStore } from './store';
import { printedText } from '../testing/render';

test('« Chargement du mode assistance… » is for the screen: a page printed meanwhile does not carry it', async () => {
  helpDeskModeStore.write({ enabled: true, agent: 'Camille' });
  await act(async () => {
    render(
      <MemoryRouter initialEntries={['/aide']}>
        <App />
      </MemoryRouter>,
    );
  });
  // The panel's code is not loaded yet in this file: its place says so on screen.
  expect(screen.getByText('Chargement du mode assistance…')).toBeInTheDocument();
  expect(printedText(document.body)).not.toContain('Chargement du mode assistance');
});
