import { fireEvent, screen } from '@testing-library/react';
import { registerStore } from '../gamma/store';
import { preloadScreens } from '../testing/preload';
import { renderApp } from '../testing/render';
import { TEST_NOW as NOW, withDocument, withEpisode } from '../testing/rules';

beforeAll(preloadScreens);

test('« Appliquer » says how many product lines the form now has (they are far below the button)', async () => {
  registerStore.write(
    withDocument(withEpisode(), { lrn: '', date: '2026-11-23', consigneeName: 'Cave A', consigneeIdentification: '' }),
    NOW,
  );
  const [doc] = registerStore.getSnapshot().value.documents;
  await renderApp(`/registre-lrn/formulaire/${doc!.lrn}`);
  fireEvent.change(await screen.findByLabelText(/^Nombre de lignes/), { target: { value: '5' } });
  fireEvent.click(screen.getByRole('button', { name: 'Appliquer' }));
  expect(await screen.findByRole('status')).toHaveTextContent('Le formulaire compte 5 lignes de produits.');
});
