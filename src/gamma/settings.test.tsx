import { fireEvent, screen } from '@testing-library/react';
import { preloadScreens } from '../testing/preload';
import { renderApp } from '../testing/render';
import { registerStore } from './store';

beforeAll(preloadScreens);

test('the prefix saved: its panel stays open, the focus on what was saved', async () => {
  await renderApp('/registre-lrn');
  fireEvent.click(await screen.findByText('Préfixe des LRN (aucun)'));
  fireEvent.change(screen.getByLabelText(/^Préfixe/), { target: { value: 'sec' } });
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le préfixe' }));
  expect(registerStore.getSnapshot().value.prefix).toBe('SEC');
  const said = await screen.findByText(/^Préfixe enregistré.*SEC\.$/);
  expect(said).toBeVisible();
  expect(said).toHaveFocus();
});
