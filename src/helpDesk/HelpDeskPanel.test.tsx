import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App } from '../app/App';
import { helpDeskModeStore } from './store';
import { preloadScreens } from '../testing/preload';

beforeAll(preloadScreens);

const heading = () => screen.getByRole('heading', { level: 1 });

/** Presses keys faster than React renders: all of them before the screen is updated once, then lets it render. */
async function pressAtOnce(keys: string) {
  act(() => {
    for (const key of keys) fireEvent.keyDown(document.body, { key });
  });
  await act(async () => {});
}

async function renderInAgentMode(url: string) {
  helpDeskModeStore.write({ enabled: true });
  render(
    <MemoryRouter initialEntries={[url]}>
      <App />
    </MemoryRouter>,
  );
  await screen.findByRole('complementary', { name: 'Mode assistance' }, { timeout: 10_000 });
  // The panel is on screen; let its effects run (the keys are listened to from there).
  await act(async () => {});
}

describe('help-desk keyboard shortcuts', () => {
  test('keys typed in quick succession each answer the next question, not the one still on screen', async () => {
    await renderInAgentMode('/');
    // DELTA, Delta H7, EDI, no alert, provider fine, no BAE, Aubette unreachable: seven questions at once.
    await pressAtOnce('1522223');
    expect(heading()).toHaveTextContent('Le service des douanes indique-t-il que la déclaration est');
    expect(screen.getByRole('region', { name: 'Vos réponses' })).toHaveTextContent('Je n’ai pas pu accéder à Aubette');
  });

  test('R then a digit in quick succession goes back, then answers that question again', async () => {
    await renderInAgentMode('/delta/office?v=1&r=delta-h7-edi-no-no-noBae-unreachable');
    expect(heading()).toHaveTextContent('Le service des douanes indique-t-il');
    // Back to the Aubette question, where 1 is « the declaration has its BAE ».
    await pressAtOnce('r1');
    expect(heading()).toHaveTextContent('Votre déclaration a le BAE : la procédure de secours n’est pas nécessaire.');
  });

  test('a key with no meaning here does nothing', async () => {
    await renderInAgentMode('/delta/alert?v=1&r=delta-h7-edi');
    await pressAtOnce('9x');
    expect(heading()).toHaveTextContent('Une alerte est-elle publiée sur la météo des services en ligne ?');
  });
});
