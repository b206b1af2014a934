import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { App } from '../app/App';
import { MILESTONE_ACTIONS } from '../gamma/texts';
import { sessionStore } from '../session/store';
import { preloadScreens } from '../testing/preload';

beforeAll(preloadScreens);

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <App />
    </MemoryRouter>,
  );
}

const heading = () => screen.getByRole('heading', { level: 1 });

describe('question screens', () => {
  test('one question with its answers as radio buttons, its help and its source', () => {
    renderAt('/delta/alert?v=1&r=delta-g1-dti');
    expect(heading()).toHaveTextContent('Une alerte est-elle publiée sur la météo des services en ligne ?');
    const group = screen.getByRole('group', {
      name: 'Une alerte est-elle publiée sur la météo des services en ligne ?',
    });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.nextElementSibling?.textContent),
    ).toEqual(['Oui, une alerte est publiée', 'Non, aucune alerte']);
    // Nothing else is drawn in the question (no stray text between its title and its answers).
    expect([...group.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent)).toEqual([]);
    expect(screen.getByText('Source : fiche DELTA, étape 1')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retour' })).toHaveAttribute('href', '/delta/mode?v=1&r=delta-g1-dti');
  });

  test('Continuer without an answer explains what to do, with an error summary', async () => {
    const user = userEvent.setup();
    renderAt('/delta/mode?v=1&r=delta-g1');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Il y a un problèmeSélectionnez une réponse pour continuer.');
    expect(heading()).toHaveTextContent('Quel mode de transmission utilisez-vous ?');
    await user.click(screen.getByLabelText('EDI (via un prestataire de connexion)'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('answering moves on to the next question, focuses its heading and saves the session', async () => {
    const user = userEvent.setup();
    renderAt('/delta/mode?v=1&r=delta-g1');
    // Showing a step saves nothing: the answer does.
    expect(sessionStore.getSnapshot().value).toBeNull();
    await user.click(screen.getByLabelText('EDI (via un prestataire de connexion)'));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(heading()).toHaveTextContent('Une alerte est-elle publiée sur la météo des services en ligne ?');
    expect(heading()).toHaveFocus();
    expect(sessionStore.getSnapshot().value).toMatchObject({ answers: ['delta', 'g1', 'edi'], node: 'delta.alert' });
  });

  test('« Vos réponses » lists the answers with a Modifier link each', () => {
    renderAt('/delta/aubette?v=1&r=delta-h7-dti-no-noBae');
    const summary = screen.getByRole('region', { name: 'Vos réponses' });
    const links = within(summary).getAllByRole('link');
    expect(links).toHaveLength(5);
    expect(links[1]).toHaveAccessibleName('Modifier la réponse à « Quel service DELTA utilisez-vous ? »');
    expect(links[1]).toHaveAttribute('href', '/delta/service?v=1&r=delta-h7-dti-no-noBae');
    expect(summary).toHaveTextContent('Delta H7');
  });
});

describe('outcome screens', () => {
  test('say plainly whether the backup procedure applies, and why', () => {
    renderAt('/delta/selfTrigger?v=1&r=delta-g1-dti-no-noBae-other-no');
    expect(heading()).toHaveTextContent('Vous pouvez auto-déclencher la procédure de secours.');
    expect(screen.getByText('Procédure de secours : à auto-déclencher (DA, puis bureau informé)')).toBeInTheDocument();
    expect(screen.getByText(/^Cas 2 de la fiche/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /OLGA/ })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByText('Source : fiche DELTA, étapes 3 à 6')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Imprimer' })).toBeInTheDocument();
  });

  test('Recommencer asks first (focus on « Annuler »), then forgets the session and goes back to the entry question', async () => {
    const user = userEvent.setup();
    renderAt('/delta/service');
    await user.click(screen.getByLabelText('Un autre service (DELTA IE…)'));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(sessionStore.getSnapshot().value?.answers).toEqual(['delta', 'other']);
    await user.click(screen.getByRole('link', { name: 'Recommencer' }));
    expect(screen.getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(sessionStore.getSnapshot().value?.answers).toEqual(['delta', 'other']);
    await user.click(screen.getByRole('link', { name: 'Recommencer' }));
    await user.click(screen.getByRole('button', { name: 'Oui, recommencer' }));
    expect(heading()).toHaveTextContent('Quel service en ligne ne fonctionne pas ?');
    expect(sessionStore.getSnapshot().value).toBeNull();
  });
});

describe('bad data', () => {
  test('a corrupted saved session gives a clear message and a clean start', async () => {
    localStorage.setItem(sessionStore.key, '{"v":1,"data":{"answers":"<img src=x onerror=alert(1)>"}}');
    renderAt('/');
    expect(heading()).toHaveTextContent('Quel service en ligne ne fonctionne pas ?');
    expect(await screen.findByRole('alert')).toHaveTextContent(/étaient illisibles : elles ont été mises de côté/);
    expect(localStorage.getItem(`${sessionStore.key}.rejected`)).toContain('onerror');
    expect(document.querySelector('img')).toBeNull();
  });

  test('a forged URL lands on the right earlier question with a short message', async () => {
    renderAt('/delta/selfTrigger?v=1&r=delta-g1-dti-<script>');
    expect(heading()).toHaveTextContent('Quel service en ligne ne fonctionne pas ?');
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce lien est illisible ou incomplet');
  });

  test('a saved session is offered for resuming on the entry page', () => {
    sessionStore.write({ answers: ['gamma', 'no'], node: 'gamma.weather', savedAt: '2026-11-23T10:00:00Z' });
    renderAt('/');
    expect(screen.getByRole('link', { name: 'Reprendre ce diagnostic' })).toHaveAttribute(
      'href',
      '/gamma/weather?v=1&r=gamma-no',
    );
  });
});

/** The page rendered last, as plain text (one test renders several). */
const text = () => [...document.querySelectorAll('main')].at(-1)!.textContent!.replace(/\s+/g, ' ');

describe('fidelity to the fiche DELTA and the logigramme GAMMA 2 (flows.md, third round)', () => {
  test('before the first DELTA question, the fiche alerte; the DELTA IE dates, marked as ours', () => {
    renderAt('/delta/service?v=1&r=delta');
    expect(text()).toContain(
      '« Consultez préalablement la fiche alerte pour le déclenchement de la procédure de secours »',
    );
    expect(text()).toMatch(/Information complémentaire \(hors fiche\), vérifiée le \d{2}\/\d{2}\/\d{4}/);
    expect(text()).toMatch(/fermé depuis le 22\/10\/2025\sà\s02:00 \(heure de Paris\)/);
    expect(text()).toContain('obligatoire pour les déclarations d’exportation depuis le 14/12/2025');
  });

  test('the three reminders of the fiche stand together in the help of the alert question', () => {
    renderAt('/delta/alert?v=1&r=delta-g1-dti');
    expect(text()).toContain(
      'Le CID prend la décision du passage en alerte en fonction de la nature du dysfonctionnement constaté.',
    );
    expect(text()).toContain('ne peut être effectuée que par le Centre informatique douanier (CID)');
    expect(text()).toContain('Elle n’est pas conditionnée à l’autorisation du bureau de douane.');
  });

  test('no addition of ours left unmarked; the DA names the service as the DA does; contacts as read', () => {
    renderAt('/delta/followAlert?v=1&r=delta-g1-dti-yes-yes');
    expect(text()).not.toContain('indiquée par l’alerte');
    renderAt('/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate');
    expect(text()).toMatch(
      /sur OLGA \(nouvel onglet\) ↗ pour le service en ligne Delta G\. « Si vous dédouanez au moyen de plusieurs services en ligne/,
    );
    expect(text()).toMatch(/Contacts relevés dans la fiche DELTA le \d{2}\/\d{2}\/\d{4}\./);
    renderAt('/gamma/alternative?v=1&r=gamma-no-no-dti-no-no');
    expect(text()).not.toContain('tant qu’une solution alternative existe');
    renderAt('/delta/notCovered?v=1&r=delta-other');
    expect(text()).toContain('La fiche DELTA ne couvre pas DELTA IE');
  });

  test('the fiche alerte is read before the first DELTA question, above it', () => {
    renderAt('/delta/service?v=1&r=delta');
    const lead = screen.getByText(/Consultez préalablement la fiche alerte/);
    expect(lead.compareDocumentPosition(heading()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('where the logigramme has no branch, the way on is marked as ours', () => {
    renderAt('/gamma/office?v=1&r=gamma-no-no-dtiPlus-no');
    expect(text()).toMatch(/Conseil de l’outil\s:\sle logigramme ne prévoit pas ce cas/);
    renderAt('/gamma/office?v=1&r=gamma-no-no-dti');
    expect(text()).not.toContain('le logigramme ne prévoit pas ce cas');
  });

  test('contacts are said to be read from the fiche wherever the SAU is given to contact', () => {
    renderAt('/delta/notCovered?v=1&r=delta-other');
    expect(text()).toMatch(/Contacts relevés dans la fiche DELTA le \d{2}\/\d{2}\/\d{4}\./);
  });

  test('no internal shorthand of the specification is shown (« S2 »)', () => {
    for (const action of Object.values(MILESTONE_ACTIONS)) expect(action.hint).not.toMatch(/\bS[12]\b/);
  });
});
