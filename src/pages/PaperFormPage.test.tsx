import { fireEvent, screen } from '@testing-library/react';
import { recordMilestone } from '../gamma/documents';
import { endEpisode } from '../gamma/episodes';
import { registerStore } from '../gamma/store';
import { registerEvent, registerLog } from '../gamma/log';
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

test('a form printed again says when its copy was sent, as recorded, and its DA reference whole', async () => {
  registerStore.write(
    withDocument(withEpisode({ daReference: 'DA-G2-77' }), {
      lrn: '',
      date: '2026-11-23',
      consigneeName: 'Cave A',
      consigneeIdentification: '',
    }),
    NOW,
  );
  const [doc] = registerStore.getSnapshot().value.documents;
  registerStore.apply((r) => recordMilestone(r, doc!.lrn, 'copySent', { at: '2026-11-23T09:05' }, NOW));
  await renderApp(`/registre-lrn/formulaire/${doc!.lrn}`);
  expect(
    await screen.findByText('Copie transmise au bureau gestionnaire le 23/11/2026 à 09:05 (avant le mouvement)'),
  ).toBeInTheDocument();
  expect(screen.getByText(/^DA-G2-77\)/)).toHaveClass('kept-whole');
});

test('the copy’s time recorded differently in two copies: left blank on the form, and said why', async () => {
  registerStore.write(
    withDocument(withEpisode(), { lrn: '', date: '2026-11-23', consigneeName: 'Cave A', consigneeIdentification: '' }),
    NOW,
  );
  const [doc] = registerStore.getSnapshot().value.documents;
  registerStore.apply((r) => recordMilestone(r, doc!.lrn, 'copySent', { at: '2026-11-23T09:05' }, NOW));
  // Another copy's time of the same copy, recorded over nothing (a backup restored).
  const later = new Date(NOW.getTime() + 60_000);
  registerLog.append(
    registerEvent(
      {
        type: 'milestone.recorded',
        lrn: doc!.lrn,
        document: registerStore.getSnapshot().heads.documents.get(doc!.lrn)!,
        milestone: 'copySent',
        value: { at: '2026-11-23T09:20', recordedAt: later.toISOString() },
        replaces: [],
      },
      later,
    ),
  );
  await renderApp(`/registre-lrn/formulaire/${doc!.lrn}`);
  expect(
    await screen.findByText(/^L’envoi de la copie au bureau gestionnaire a été enregistré différemment/),
  ).toBeVisible();
  expect(screen.getByText(/^Copie transmise au bureau gestionnaire le …/)).toBeInTheDocument();
  expect(screen.queryByText(/09:05 \(avant le mouvement\)/)).toBeNull();
});

test('the episode’s end recorded differently in two copies: the form leaves it out, and says why', async () => {
  registerStore.write(
    withDocument(withEpisode(), { lrn: '', date: '2026-11-23', consigneeName: 'Cave A', consigneeIdentification: '' }),
    NOW,
  );
  const [doc] = registerStore.getSnapshot().value.documents;
  registerStore.apply((r) => endEpisode(r, 'e1', '2026-11-23T11:00', NOW), NOW);
  const later = new Date(NOW.getTime() + 60_000);
  registerLog.append(
    registerEvent({ type: 'episode.ended', episode: 'e1', endedAt: '2026-11-23T11:30', replaces: [] }, later),
  );
  await renderApp(`/registre-lrn/formulaire/${doc!.lrn}`);
  expect(
    await screen.findByText(/^La fin de l’épisode de panne de ce document a été enregistrée différemment/),
  ).toBeVisible();
  expect(
    screen.getByText(/Épisode de panne du 23\/11\/2026 à 08:00 au …… ?\/…… ?\/…………\sà\s……:……\.$/),
  ).toBeInTheDocument();
  expect(screen.queryByText(/au 23\/11\/2026 à 11:/)).toBeNull();
});
