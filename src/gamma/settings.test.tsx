import { act, fireEvent, screen } from '@testing-library/react';
import { preloadScreens } from '../testing/preload';
import { renderApp } from '../testing/render';
import { registerStore } from './store';
import { draftsStore } from '../ui/drafts';
import { endEpisode, openEpisode } from './episodes';
import { TEST_NOW as NOW, withDocument, withEpisode } from '../testing/rules';

const input = { lrn: '', date: '2026-11-23', consigneeName: 'Cave A', consigneeIdentification: '' };

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

test('the episode ended in another tab while a document is typed: said under the episode’s heading, what was typed kept', async () => {
  registerStore.write(withEpisode(), NOW);
  await renderApp('/registre-lrn');
  const consignee = await screen.findByLabelText(/^Destinataire\s: nom/);
  fireEvent.change(consignee, { target: { value: 'Cave du Port' } });
  consignee.focus();
  // Another tab: GAMMA 2 works again.
  act(() => {
    registerStore.apply((r) =>
      endEpisode(r, r.episodes[0]!.id, '2026-11-23T10:30', new Date(NOW.getTime() + 3600_000)),
    );
  });
  const said = await screen.findByText(/^L’épisode de panne a été clos/);
  expect(said.closest('[role="status"]')).not.toBeNull();
  // The focus, which was in the form, goes to the episode's heading (no episode open, one can be).
  expect(screen.getByRole('heading', { level: 2, name: 'Épisode de panne' })).toHaveFocus();
  expect(screen.queryByLabelText(/^Destinataire\s: nom/)).toBeNull();
  // The next episode: the form comes back with what was typed.
  act(() => {
    registerStore.apply((r) =>
      openEpisode(
        r,
        { startedAt: '2026-11-23T11:00', by: 'meteo', at: '2026-11-23T11:00', daReference: '' },
        new Date(NOW.getTime() + 3 * 3600_000),
      ),
    );
  });
  expect(await screen.findByLabelText(/^Destinataire\s: nom/)).toHaveValue('Cave du Port');
});

test('a page loaded anew once the episode ended, a document’s typing kept: the notice says so', async () => {
  registerStore.write(withEpisode(), NOW);
  registerStore.apply((r) => endEpisode(r, r.episodes[0]!.id, '2026-11-23T10:30', new Date(NOW.getTime() + 3600_000)));
  draftsStore.write({ 'register:add-document': { consigneeName: 'Cave du Port' } });
  await renderApp('/registre-lrn');
  const said = await screen.findByText(/^L’épisode de panne a été clos/);
  // Near the top, under the episode's heading, before the form that opens the next one.
  const heading = screen.getByRole('heading', { level: 2, name: 'Épisode de panne' });
  expect(heading.compareDocumentPosition(said) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(
    said.compareDocumentPosition(screen.getByRole('button', { name: /^Ouvrir l’épisode/ })) &
      Node.DOCUMENT_POSITION_FOLLOWING,
  ).toBeTruthy();
});

test('a prefix changed once the year’s series has begun: the confirmation asked takes the focus', async () => {
  registerStore.write(withDocument(withEpisode(), input), NOW);
  await renderApp('/registre-lrn');
  fireEvent.click(await screen.findByText('Préfixe des LRN (aucun)'));
  fireEvent.change(screen.getByLabelText(/^Préfixe/), { target: { value: 'sec' } });
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer le préfixe' }));
  expect(await screen.findByRole('checkbox', { name: /^Je confirme/ })).toHaveFocus();
});
