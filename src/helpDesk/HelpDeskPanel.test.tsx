import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { App } from '../app/App';
import { callEvent, callLog, type CallEvent } from './callLog';
import { union } from '../records/log';
import { draftsStore } from '../ui/drafts';
import { reduceCalls } from './calls';
import { helpDeskModeStore } from './store';
import { saveAnswers } from '../session/store';
import { preloadScreens } from '../testing/preload';
import { callEvents, recordCall } from '../testing/calls';

beforeAll(preloadScreens);

const heading = () => screen.getByRole('heading', { level: 1 });
const panelTitle = () => screen.getByRole('heading', { level: 2, name: 'Mode assistance' });
/** The panel's field for the caller's name. */
const name = () => within(screen.getByRole('complementary', { name: 'Mode assistance' })).getByLabelText('Nom');
const calls = () => reduceCalls(callLog.getSnapshot().events);
/** The caller's names recorded in the call in progress, in order. */
const callerNames = () => calls().current!.events.flatMap((e) => (e.type === 'caller.edited' ? [e.value] : []));
/** The help-desk panel. */
const helpDeskPanel = () => screen.getByRole('complementary', { name: 'Mode assistance' });
/** The panel's call notes. */
const notes = () => screen.getByLabelText('Notes d’appel');
/** The answers recorded in the call in progress, as « node=value », changes included. */
const recorded = () =>
  (calls().current?.course ?? []).map((e) => (e.type === 'path.restarted' ? 'restart' : `${e.node}=${e.value}`));

/** Events another tab appends: written to the storage, with the `storage` event this tab then hears. */
function appendedByAnotherTab(events: readonly CallEvent[]) {
  const stored = JSON.parse(localStorage.getItem(callLog.key) ?? '{"v":1,"events":[]}') as { events: CallEvent[] };
  const newValue = JSON.stringify({ v: 1, events: union(stored.events, events) });
  localStorage.setItem(callLog.key, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key: callLog.key, newValue }));
}

/** Presses keys faster than React renders: all of them before the screen is updated once, then lets it render. */
async function pressAtOnce(keys: string, target: Element = document.body) {
  act(() => {
    for (const key of keys) {
      fireEvent.keyDown(target, { key });
      // A few milliseconds apart, as no hand types faster: still all before React renders once.
      const at = Date.now();
      while (Date.now() - at < 3);
    }
  });
  // Then until the screen settles: a page on the way may load its code first (slower on a loaded machine).
  let shown: string | null = null;
  for (let i = 0; i < 20 && shown !== document.body.textContent; i++) {
    shown = document.body.textContent;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
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
  test('keys typed in quick succession each answer the next question, each recorded once', async () => {
    await renderInAgentMode('/');
    // DELTA, Delta H7, EDI, no alert, provider fine, no BAE, Aubette unreachable: seven questions at once.
    await pressAtOnce('1522223');
    expect(heading()).toHaveTextContent('Le service des douanes indique-t-il que la déclaration est');
    expect(screen.getByRole('region', { name: 'Vos réponses' })).toHaveTextContent('Je n’ai pas pu accéder à Aubette');
    expect(recorded()).toEqual([
      'start=delta',
      'delta.service=h7',
      'delta.mode=edi',
      'delta.alert=no',
      'delta.provider=no',
      'delta.symptom=noBae',
      'delta.aubette=unreachable',
    ]);
  });

  test('R then a digit in quick succession goes back, then changes that answer: one change recorded', async () => {
    await renderInAgentMode('/');
    await pressAtOnce('1522223');
    await pressAtOnce('r1');
    expect(heading()).toHaveTextContent('Votre déclaration a le BAE : la procédure de secours n’est pas nécessaire.');
    expect(recorded().at(-1)).toBe('delta.aubette=bae');
    expect(calls().current?.course.filter((e) => e.type === 'answer.changed')).toHaveLength(1);
  });

  test('the digit row of an AZERTY keyboard answers without Shift (by the key’s place)', async () => {
    await renderInAgentMode('/');
    act(() => {
      fireEvent.keyDown(document.body, { key: '&', code: 'Digit1' });
    });
    await act(async () => {});
    expect(heading()).toHaveTextContent('Quel service DELTA utilisez-vous ?');
  });

  test('turned off on « Mode assistance »: no single key acts, and the panel says so', async () => {
    await renderInAgentMode('/assistance');
    fireEvent.click(screen.getByRole('checkbox', { name: /^Raccourcis clavier du panneau/ }));
    expect(helpDeskModeStore.getSnapshot().value).toMatchObject({ enabled: true, keys: false });
    cleanup();
    render(
      <MemoryRouter initialEntries={['/']}>
        <App />
      </MemoryRouter>,
    );
    expect(await screen.findByText(/Raccourcis clavier désactivés/, {}, { timeout: 10_000 })).toBeVisible();
    // No key offered either: not in the panel's list, not on its buttons.
    expect(document.querySelector('.help-desk-keys kbd, .help-desk-toggle kbd')).toBeNull();
    await pressAtOnce('1');
    expect(heading()).toHaveTextContent('Quel service en ligne');
    expect(recorded()).toEqual([]);
  });

  test('a key with no meaning here does nothing', async () => {
    await renderInAgentMode('/');
    await pressAtOnce('15');
    await pressAtOnce('9x');
    expect(heading()).toHaveTextContent('Quel mode de transmission utilisez-vous ?');
  });

  test('keys typed on a button, a link or in the panel are theirs: nothing answered, nothing asked', async () => {
    await renderInAgentMode('/');
    await pressAtOnce('1');
    const before = callLog.getSnapshot().events.length;
    for (const target of [
      screen.getByRole('button', { name: 'Continuer' }),
      screen.getByRole('link', { name: 'Retour' }),
      screen.getByRole('button', { name: /Nouvel appel/ }),
    ]) {
      target.focus();
      await pressAtOnce('2rn', target);
    }
    expect(heading()).toHaveTextContent('Quel service DELTA utilisez-vous ?');
    expect(callLog.getSnapshot().events).toHaveLength(before);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('keys on the panel’s title or on its button act; on the call line (after a field), not', async () => {
    await renderInAgentMode('/');
    await pressAtOnce('1');
    const panel = screen.getByRole('complementary', { name: 'Mode assistance' });
    const title = within(panel).getByRole('heading', { name: 'Mode assistance' });
    title.focus();
    await pressAtOnce('2', title);
    expect(heading()).toHaveTextContent('Quel mode de transmission utilisez-vous ?');
    // Where closing the drawer leaves the focus (on a narrow screen).
    const toggle = document.querySelector<HTMLElement>('.help-desk-toggle')!;
    toggle.focus();
    await pressAtOnce('r', toggle);
    expect(heading()).toHaveTextContent('Quel service DELTA utilisez-vous ?');
    const line = panel.querySelector<HTMLElement>('.help-desk-call')!;
    line.focus();
    await pressAtOnce('2', line);
    expect(heading()).toHaveTextContent('Quel service DELTA utilisez-vous ?');
  });

  test('N asks first, with the focus on « Annuler »; confirmed, the call ends and the next one starts clean', async () => {
    await renderInAgentMode('/');
    await pressAtOnce('1522223');
    await pressAtOnce('n');
    expect(screen.getByRole('button', { name: 'Annuler' })).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Oui, nouvel appel' }));
    await act(async () => {});
    expect(heading()).toHaveTextContent('Quel service en ligne ne fonctionne pas');
    expect(calls().current).toBeNull();
    expect(calls().all[0]!.answers).toEqual(['delta', 'h7', 'edi', 'no', 'no', 'noBae', 'unreachable']);
    await pressAtOnce('2');
    expect(recorded()).toEqual(['start=gamma']);
    expect(calls().all).toHaveLength(2);
  });

  test('a page of an earlier call, opened again, writes nothing and answers nothing', async () => {
    recordCall('old', new Date('2026-11-23T08:00:00Z'), ['delta', 'xi', 'edi'], [{ type: 'call.ended' }]);
    recordCall('now', new Date('2026-11-23T09:00:00Z'), ['gamma', 'no']);
    const before = callLog.getSnapshot().events;
    await renderInAgentMode('/delta/alert?v=1&r=delta-xi-edi');
    expect(screen.getByText(/n’est pas une étape de l’appel en cours/)).toBeInTheDocument();
    await pressAtOnce('1');
    expect(heading()).toHaveTextContent('Une alerte est-elle publiée sur la météo des services en ligne ?');
    fireEvent.click(screen.getByLabelText('Non, aucune alerte'));
    fireEvent.click(screen.getByRole('button', { name: 'Continuer' }));
    await act(async () => {});
    expect(screen.getByRole('alert')).toHaveTextContent('votre réponse n’a pas été notée');
    expect(callLog.getSnapshot().events).toEqual(before);
  });

  test('a key held down answers once, never the questions after', async () => {
    await renderInAgentMode('/');
    act(() => {
      fireEvent.keyDown(document.body, { key: '1' });
      for (let i = 0; i < 4; i++) fireEvent.keyDown(document.body, { key: '1', repeat: true });
    });
    await act(async () => {});
    expect(heading()).toHaveTextContent('Quel service DELTA utilisez-vous ?');
    expect(recorded()).toEqual(['start=delta']);
  });

  test('notes typed, then the page left at once (a reload): recorded, in the call they were typed for', async () => {
    await renderInAgentMode('/');
    await pressAtOnce('1');
    fireEvent.change(screen.getByLabelText('Notes d’appel'), { target: { value: 'Rappeler à 17 h' } });
    expect(calls().current?.notes).toBe('');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(calls().current?.notes).toBe('Rappeler à 17 h');
    expect(calls().all).toHaveLength(1);
  });

  test('notes typed here while another tab recorded its own over the same: both kept, the other shown below', async () => {
    recordCall('now', new Date(Date.now() - 600_000), ['delta'], [{ type: 'note.edited', text: 'Rappeler', over: '' }]);
    await renderInAgentMode('/');
    const shown = calls().current!.notesEvent!;
    fireEvent.change(notes(), { target: { value: 'Rappeler à 17 h' } });
    // Meanwhile another tab records its text over the same notes.
    act(
      () => void callLog.append(callEvent('now', { type: 'note.edited', text: 'DA refusée', over: shown }, new Date())),
    );
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(calls().current).toMatchObject({ notes: 'Rappeler à 17 h', otherNotes: [{ text: 'DA refusée' }] });
    const panel = helpDeskPanel();
    expect(within(panel).getByText(/^Notes modifiées au même moment dans deux copies/)).toBeVisible();
    expect(within(panel).getByText('DA refusée')).toBeVisible();
  });

  test('a question of the call reached by Back, its URL still offering the answer since changed: a key answers it', async () => {
    // The call answered « yes » to the authorisation, then changed it to « no » (R, then 2).
    const changed = ['gamma', 'no', 'no', 'dti', 'no', 'no'];
    recordCall(
      'now',
      new Date('2026-11-23T09:00:00Z'),
      ['gamma', 'no', 'no', 'dti', 'no', 'yes'],
      [{ type: 'answer.changed', node: 'gamma.authorisation', value: 'no', previous: 'yes', path: changed }],
    );
    // The browser's Back after R and a new answer: the URL holds the answer the call had before.
    await renderInAgentMode('/gamma/authorisation?v=1&r=gamma-no-no-dti-no-yes');
    const panel = screen.getByRole('complementary', { name: 'Mode assistance' });
    expect(within(panel).queryByText(/n’est pas une étape de l’appel en cours/)).toBeNull();
    await pressAtOnce('1');
    expect(recorded().at(-1)).toBe('gamma.authorisation=yes');
    expect(calls().current?.answers).toEqual(['gamma', 'no', 'no', 'dti', 'no', 'yes']);
  });

  test('the first question, reached from a previous call’s page: not the call’s, a key answers nothing', async () => {
    recordCall('old', new Date('2026-11-23T08:00:00Z'), ['delta', 'xi', 'edi'], [{ type: 'call.ended' }]);
    recordCall('now', new Date('2026-11-23T09:00:00Z'), ['gamma', 'no']);
    await renderInAgentMode('/?v=1&r=delta-xi-edi');
    await pressAtOnce('1');
    expect(calls().current?.answers).toEqual(['gamma', 'no']);
  });

  test('« Recommencer » on another call’s page restarts nothing of the call in progress', async () => {
    recordCall('old', new Date('2026-11-23T08:00:00Z'), ['delta', 'xi', 'edi'], [{ type: 'call.ended' }]);
    recordCall('now', new Date('2026-11-23T09:00:00Z'), ['gamma', 'no']);
    await renderInAgentMode('/delta/alert?v=1&r=delta-xi-edi');
    fireEvent.click(screen.getByRole('link', { name: 'Recommencer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Oui, recommencer' }));
    await act(async () => {});
    expect(calls().current?.answers).toEqual(['gamma', 'no']);
    expect(recorded()).toEqual(['start=gamma', 'gamma.access=no']);
  });

  test('the caller typed before any answer: the call starts, the focus stays in the next field, nothing answered', async () => {
    await renderInAgentMode('/');
    const user = userEvent.setup();
    const panel = screen.getByRole('complementary', { name: 'Mode assistance' });
    await user.click(within(panel).getByLabelText('Nom'));
    await user.keyboard('Durand');
    // Leaving « Nom » records it: the call starts there.
    await user.click(within(panel).getByLabelText('Téléphone'));
    expect(calls().current?.caller.name).toBe('Durand');
    await user.keyboard('0611223344');
    expect(within(panel).getByLabelText('Téléphone')).toHaveFocus();
    expect(within(panel).getByLabelText('Téléphone')).toHaveValue('0611223344');
    await user.click(within(panel).getByLabelText('Notes d’appel'));
    await user.keyboard('Rappeler');
    expect(within(panel).getByLabelText('Notes d’appel')).toHaveFocus();
    await user.click(heading());
    expect(calls().all).toHaveLength(1);
    expect(calls().current).toMatchObject({ notes: 'Rappeler', caller: { name: 'Durand', phone: '06 11 22 33 44' } });
    // No digit typed in a field was taken for an answer.
    expect(recorded()).toEqual([]);
    expect(heading()).toHaveTextContent('Quel service en ligne ne fonctionne pas ?');
  });

  test('the caller being typed when another tab starts the call: nothing typed lost, recorded in that call', async () => {
    await renderInAgentMode('/');
    const user = userEvent.setup();
    await user.click(name());
    await user.keyboard('Dur');
    // Another tab answers the first question: the call starts there.
    act(() => recordCall('other', new Date(), ['delta']));
    await act(async () => {});
    await user.keyboard('and');
    expect(name()).toHaveFocus();
    expect(name()).toHaveValue('Durand');
    await user.click(heading());
    expect(calls().all).toHaveLength(1);
    expect(calls().current).toMatchObject({ id: 'other', caller: { name: 'Durand' }, answers: ['delta'] });
  });

  test('the caller being typed when another tab takes an earlier call back: that call’s caller is kept', async () => {
    recordCall(
      'old',
      new Date(Date.now() - 3_600_000),
      ['delta'],
      [{ type: 'caller.edited', field: 'name', value: 'Martin' }, { type: 'call.ended' }],
    );
    await renderInAgentMode('/');
    const user = userEvent.setup();
    await user.click(name());
    await user.keyboard('Dur');
    // Another tab takes the earlier call back: the panel shows it, with the focus on the line that says so.
    act(() => appendedByAnotherTab([callEvent('old', { type: 'call.resumed' }, new Date())]));
    await act(async () => {});
    const panel = screen.getByRole('complementary', { name: 'Mode assistance' });
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(calls().current).toMatchObject({ id: 'old', caller: { name: 'Martin' } });
    expect(within(panel).getByText(/^Appel (en cours depuis|repris à) /)).toHaveFocus();
    // What is typed next is no shortcut (« n »: a new call; « 1 »: an answer), nor anyone's caller.
    await user.keyboard('an1');
    expect(document.querySelector('dialog[open]')).toBeNull();
    expect(calls().all).toHaveLength(1);
    expect(calls().current).toMatchObject({ id: 'old', caller: { name: 'Martin' }, answers: ['delta'] });
    // Once that call ends, what was typed for a new call is there again, for the next call.
    act(() => appendedByAnotherTab([callEvent('old', { type: 'call.ended' }, new Date())]));
    await act(async () => {});
    expect(name()).toHaveValue('Dur');
  });

  test('a caller’s field typed and not recorded before a crash: shown again, then recorded in the call that starts', async () => {
    draftsStore.write({ 'help-desk:new:caller-name': { value: 'Durand' } });
    await renderInAgentMode('/');
    expect(name()).toHaveValue('Durand');
    // A reload records nothing, nor a click while no call is in progress.
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await userEvent.setup().click(heading());
    expect(calls().all).toHaveLength(0);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Notes d’appel'));
    await user.keyboard('Rappeler');
    await user.click(heading());
    expect(name()).toHaveValue('Durand');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(calls().all).toHaveLength(1);
    expect(calls().current).toMatchObject({ notes: 'Rappeler', caller: { name: 'Durand' } });
  });

  test('notes typed in the call and not recorded before a crash: recorded at the agent’s first action, not by a reload', async () => {
    recordCall('now', new Date(Date.now() - 60_000), ['delta']);
    draftsStore.write({ 'help-desk:now:notes': { value: 'Rappeler demain' } });
    await renderInAgentMode('/');
    expect(notes()).toHaveValue('Rappeler demain');
    // A reload, by the browser or its key, is no action on the call.
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    fireEvent.keyDown(document.body, { key: 'F5' });
    fireEvent.keyDown(document.body, { key: 'r', ctrlKey: true });
    expect(calls().current?.notes).toBe('');
    await userEvent.setup().click(heading());
    expect(calls().current?.notes).toBe('Rappeler demain');
  });

  test('a draft found under the call that another tab goes on typing: that tab’s to record', async () => {
    recordCall('now', new Date(Date.now() - 60_000), ['delta']);
    draftsStore.write({ 'help-desk:now:notes': { value: 'Rappeler' } });
    await renderInAgentMode('/');
    act(() => draftsStore.write({ 'help-desk:now:notes': { value: 'Rappeler demain' } }));
    await userEvent.setup().click(heading());
    expect(calls().current?.notes).toBe('');
    expect(notes()).toHaveValue('Rappeler demain');
  });

  test('a draft left for the next call: not recorded by a tab where the agent does not act', async () => {
    draftsStore.write({ 'help-desk:new:caller-name': { value: 'Dur' } });
    await renderInAgentMode('/');
    expect(name()).toHaveValue('Dur');
    // The agent starts the call in another tab (and may have typed the name on there): this tab's copy of
    // the draft is not this tab's to record.
    act(() => appendedByAnotherTab(callEvents('elsewhere', new Date(), ['delta'])));
    await act(async () => {});
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(calls().current).toMatchObject({ id: 'elsewhere', caller: { name: '' } });
  });

  test('a draft still typed in another tab, carried into the call this tab starts: never recorded over it', async () => {
    await renderInAgentMode('/');
    // Another tab types the name with no call in progress; this tab starts the call, with a key.
    act(() => draftsStore.write({ 'help-desk:new:caller-name': { value: 'Dup' } }));
    await pressAtOnce('1');
    const id = calls().current!.id;
    // That tab types on, then records the name and forgets its draft, before this tab's pause is over.
    act(() => draftsStore.write({ [`help-desk:${id}:caller-name`]: { value: 'Dupont' } }));
    act(() =>
      appendedByAnotherTab([callEvent(id, { type: 'caller.edited', field: 'name', value: 'Dupont' }, new Date())]),
    );
    act(() => draftsStore.write({}));
    await act(() => new Promise((resolve) => setTimeout(resolve, 1300)));
    // That tab starts a correction: its draft, not this tab's to record.
    act(() => draftsStore.write({ [`help-desk:${id}:caller-name`]: { value: 'Dupontel' } }));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(callerNames()).toEqual(['Dupont']);
  });

  test('a carried draft recorded in another tab, then the panel gone: nothing of that tab’s recorded here', async () => {
    await renderInAgentMode('/');
    act(() => draftsStore.write({ 'help-desk:new:caller-name': { value: 'Dup' } }));
    await pressAtOnce('1');
    const id = calls().current!.id;
    act(() => draftsStore.write({}));
    act(() => helpDeskModeStore.write({ enabled: false }));
    await act(async () => {});
    act(() => draftsStore.write({ [`help-desk:${id}:caller-name`]: { value: 'Autre' } }));
    await act(() => new Promise((resolve) => setTimeout(resolve, 1300)));
    expect(callerNames()).toEqual([]);
  });

  test('a note typed on a page that becomes the call’s step (another tab starts the call): the field stays', async () => {
    await renderInAgentMode('/delta/alert?v=1&r=delta-xi-edi');
    const user = userEvent.setup();
    await user.click(notes());
    await user.keyboard('Rapp');
    act(() => appendedByAnotherTab(callEvents('elsewhere', new Date(), ['delta', 'xi', 'edi'])));
    await act(async () => {});
    // « r » is typed in the note, not taken for « R », back.
    await user.keyboard('eler');
    expect(notes()).toHaveFocus();
    expect(notes()).toHaveValue('Rappeler');
    expect(heading()).toHaveTextContent('Une alerte est-elle publiée sur la météo des services en ligne ?');
    await user.click(heading());
    expect(calls().current).toMatchObject({ id: 'elsewhere', notes: 'Rappeler', answers: ['delta', 'xi', 'edi'] });
  });

  test('« Reprendre cet appel » in the panel, on the call’s page: the keys answer at once', async () => {
    const user = userEvent.setup();
    await renderInAgentMode('/');
    await pressAtOnce('11');
    await user.click(screen.getByRole('button', { name: /^Fin d’appel/ }));
    await user.click(screen.getByRole('button', { name: 'Reprendre cet appel' }));
    await act(async () => {});
    await pressAtOnce('1', document.activeElement ?? document.body);
    expect(recorded()).toEqual(['start=delta', 'delta.service=g1', 'delta.mode=dti']);
  });

  test('what the panel did on this page (a link’s answers taken, a call taken back) leaves its answer taken', async () => {
    const user = userEvent.setup();
    const answer = async (label: string) => {
      await user.click(screen.getByLabelText(label));
      await user.click(screen.getByRole('button', { name: 'Continuer' }));
      // (In help-desk mode the answer's code comes on demand: the next page a moment later.)
      await act(async () => {});
    };
    // A caller's link: its answers taken into the call, then the question it shows answered.
    await renderInAgentMode('/gamma/office?v=1&r=gamma-yes');
    await user.click(screen.getByRole('button', { name: 'Noter les réponses de ce lien dans un nouvel appel' }));
    // The button gone with its notice, the focus is on the panel's title, not lost on the page.
    expect(panelTitle()).toHaveFocus();
    await answer('Non : bureau injoignable ou sans solution');
    expect(heading()).toHaveTextContent('Le SAU ou le service gestionnaire autorise-t-il la procédure de secours ?');
    expect(recorded()).toEqual(['start=gamma', 'gamma.access=yes', 'gamma.office=no']);
    cleanup();

    // A call ended, taken back from the panel on the same page, then answered there.
    localStorage.clear();
    await renderInAgentMode('/');
    await pressAtOnce('11');
    await user.click(screen.getByRole('button', { name: /^Fin d’appel/ }));
    await user.click(screen.getByRole('button', { name: 'Reprendre cet appel' }));
    expect(panelTitle()).toHaveFocus();
    expect(document.querySelector('.help-desk-call')).toHaveTextContent(/^Appel repris à \d\d:\d\d, commencé à /);
    await answer('DTI (saisie sur le portail douane.gouv.fr)');
    expect(heading()).toHaveTextContent('Une alerte est-elle publiée sur la météo des services en ligne ?');
    expect(recorded()).toEqual(['start=delta', 'delta.service=g1', 'delta.mode=dti']);
  });

  test('after « Fin d’appel », an answer on the same page: refused, saying that no call is in progress', async () => {
    const user = userEvent.setup();
    await renderInAgentMode('/');
    await pressAtOnce('11');
    await user.click(screen.getByRole('button', { name: /^Fin d’appel/ }));
    const panel = screen.getByRole('complementary', { name: 'Mode assistance' });
    expect(
      within(panel).getByText(/^Aucun appel n’est en cours\s:\sles réponses données sur cette page/),
    ).toBeVisible();
    expect(within(panel).queryByText(/étape de l’appel en cours/)).toBeNull();
    // Its notice offers nothing but what is there: « Reprendre cet appel », above it; no empty line of actions.
    expect(panel.querySelector('.notice-warning .actions-inline')).toBeNull();
    await user.click(screen.getByLabelText('DTI (saisie sur le portail douane.gouv.fr)'));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    await act(async () => {});
    expect(heading()).toHaveTextContent('Quel mode de transmission utilisez-vous ?');
    expect(screen.getByText(/aucun appel n’est en cours, votre réponse n’a pas été notée/)).toBeVisible();
    expect(calls().current).toBeNull();
    expect(calls().all[0]!.answers).toEqual(['delta', 'g1']);
  });

  test('after « Fin d’appel » on the outcome: the link to send is the outcome’s, its outcome the only one left', async () => {
    const user = userEvent.setup();
    await renderInAgentMode('/');
    await pressAtOnce('11121');
    expect(heading()).toHaveTextContent('Vous pouvez auto-déclencher la procédure de secours.');
    await user.click(screen.getByRole('button', { name: /^Fin d’appel/ }));
    const panel = screen.getByRole('complementary', { name: 'Mode assistance' });
    expect(panel.querySelector('.share-url')).toHaveTextContent(
      /\/delta\/selfTrigger\?v=1&r=delta-g1-dti-no-cannotValidate$/,
    );
    expect(within(panel).getByText(/^Issues encore possibles/)).toHaveTextContent(/\(1\)$/);
  });

  test('after « Fin d’appel », the home page does not offer to resume the caller’s diagnosis', async () => {
    const user = userEvent.setup();
    await renderInAgentMode('/');
    await pressAtOnce('11');
    await user.click(screen.getByRole('button', { name: /^Fin d’appel/ }));
    await user.click(screen.getByRole('link', { name: 'Diagnostic' }));
    expect(heading()).toHaveTextContent('Quel service en ligne ne fonctionne pas');
    expect(screen.queryByText(/Un diagnostic est en cours dans ce navigateur/)).toBeNull();
    // The call keeps its answers: « Reprendre » in the history gives them back.
    expect(calls().all[0]!.answers).toEqual(['delta', 'g1']);
  });

  test('on a page that is no step, the link is said to lead where it does: the call’s step, or the start', async () => {
    await renderInAgentMode('/appels');
    expect(within(helpDeskPanel()).getByText(/^Lien vers le début du diagnostic, pour l’appelant/)).toBeVisible();
    cleanup();
    recordCall('now', new Date(), ['delta', 'g1']);
    await renderInAgentMode('/appels');
    expect(within(helpDeskPanel()).getByText(/^Lien vers l’étape où en est l’appel, pour l’appelant/)).toBeVisible();
    expect(helpDeskPanel().querySelector('.share-url')?.textContent).toMatch(/\/delta\/mode\?v=1&r=delta-g1$/);
  });

  test('no call yet, a diagnosis of this browser saved earlier: the home page’s link to send is the home page', async () => {
    saveAnswers(['delta', 'xi', 'edi', 'no', 'no', 'cannotValidate'], 'selfTrigger');
    await renderInAgentMode('/');
    const panel = screen.getByRole('complementary', { name: 'Mode assistance' });
    // Nothing the caller answered: none of an earlier diagnosis either.
    expect(panel.querySelector('.share-url')?.textContent).toBe(`${window.location.origin}/`);
  });

  test('after « Fin d’appel », a question reached by « Retour »: the link and the mail are the question’s', async () => {
    const user = userEvent.setup();
    await renderInAgentMode('/');
    await pressAtOnce('11121');
    await user.click(screen.getByRole('button', { name: /^Fin d’appel/ }));
    await user.click(screen.getByRole('link', { name: 'Retour' }));
    expect(heading()).toHaveTextContent(/^Que constatez-vous/);
    const panel = screen.getByRole('complementary', { name: 'Mode assistance' });
    // The caller gets the question as it was first asked: none of the answers given after it.
    expect(panel.querySelector('.share-url')).toHaveTextContent(/\/delta\/symptom\?v=1&r=delta-g1-dti-no$/);
    const mail = decodeURIComponent(
      within(panel)
        .getByRole('link', { name: /^Envoyer le lien/ })
        .getAttribute('href')!,
    );
    expect(mail).toContain('Reprenez le diagnostic à la question');
    expect(mail).not.toContain('ce qu’il vous reste à faire');
  });

  test('a caller’s phone recorded as given, not a valid number: after a reload, shown open with its message', async () => {
    recordCall(
      'call',
      new Date(),
      ['delta'],
      [
        { type: 'caller.edited', field: 'name', value: 'Leroy' },
        { type: 'caller.edited', field: 'phone', value: '06 12 34 56 781' },
      ],
    );
    await renderInAgentMode('/');
    const phone = within(helpDeskPanel()).getByLabelText(/^Téléphone/);
    expect(phone).toBeVisible();
    expect(phone).toHaveAccessibleDescription(/Saisissez un numéro de téléphone/);
  });

  test('a caller’s phone being typed: no message until the agent leaves the field, even once a pause records it', async () => {
    recordCall('call', new Date(), ['delta']);
    await renderInAgentMode('/');
    const phone = within(helpDeskPanel()).getByLabelText(/^Téléphone/);
    act(() => phone.focus());
    fireEvent.change(phone, { target: { value: '06 12' } });
    // The pause after which what is typed is recorded.
    await act(() => new Promise((resolve) => setTimeout(resolve, 1300)));
    expect(calls().current!.caller.phone).toBe('06 12');
    expect(phone).not.toHaveAttribute('aria-invalid', 'true');
    fireEvent.blur(phone);
    expect(phone).toHaveAttribute('aria-invalid', 'true');
  });
});
