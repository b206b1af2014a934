import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App } from '../app/App';
import { callArchiveStore, callStore, helpDeskModeStore } from './store';
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

  test('« Nouvel appel » starts an empty call: nothing of the previous caller is logged into it', async () => {
    await renderInAgentMode('/delta/office?v=1&r=delta-h7-edi-no-no-noBae-unreachable');
    expect(callStore.getSnapshot().value.answers).toHaveLength(7);
    await pressAtOnce('n');
    fireEvent.click(screen.getByRole('button', { name: 'Oui, nouvel appel' }));
    await act(async () => {});
    expect(heading()).toHaveTextContent('Quel service en ligne ne fonctionne pas');
    expect(callStore.getSnapshot().value.log).toEqual([]);
    expect(callArchiveStore.getSnapshot().value.at(-1)!.answers).toEqual([
      'delta',
      'h7',
      'edi',
      'no',
      'no',
      'noBae',
      'unreachable',
    ]);
    await pressAtOnce('2');
    const log = callStore.getSnapshot().value.log;
    expect(log.map((e) => `${e.node}=${e.value}`)).toEqual(['start=gamma']);
    expect(log.some((e) => e.previous !== undefined)).toBe(false);
  });
});
