import * as fc from 'fast-check';
import { answersOf, isOutcomeId, type AnswerValue, type OutcomeId } from '../flows/ids';
import { changeAnswer, replay } from '../flows/replay';
import { callEvents, callOf } from '../testing/calls';
import { answerInCall, endCurrentCall, giveAnswer, onCallPath, recordInCall, takeBackCall } from './answering';
import { callEvent, callLog, type CallEvent } from './callLog';
import { union } from '../records/log';
import { answeredAt, callMinutes, isNewCall, reduceCalls } from './calls';
import { writtenAt } from '../content/fr/callTexts';
import { callSummary, handoverMail, searchText, searchWords } from './texts';

const T0 = new Date('2026-12-06T09:00:00.000Z');
/** `minutes` after T0. */
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
/** Events another tab appends: written to the storage this tab reads, as that tab's log writes them. */
const writtenByAnotherTab = (events: readonly CallEvent[]) => {
  const stored = JSON.parse(localStorage.getItem(callLog.key) ?? '{"v":1,"events":[]}') as { events: CallEvent[] };
  localStorage.setItem(callLog.key, JSON.stringify({ v: 1, events: union(stored.events, events) }));
};

const after = (answers: readonly string[], index: number, value: string) =>
  changeAnswer(replay(answers).path, index, value as AnswerValue);

describe('a call, derived from its events', () => {
  test('its answers, when each was given, and a change where it happened', () => {
    const events = callEvents(
      'c',
      T0,
      ['delta', 'xi', 'edi', 'yes'],
      [{ type: 'answer.changed', node: 'delta.mode', value: 'dti', previous: 'edi', path: ['delta', 'xi', 'dti'] }],
    );
    const call = callOf(events);
    expect(call.answers).toEqual(['delta', 'xi', 'dti']);
    expect(answeredAt(call, 1)).toBe(events[2]!.at);
    expect(answeredAt(call, 2)).toBe(events[5]!.at);
    const summary = callSummary(call, 'https://x.test/', T0);
    // In time order: the answers as given, then the change, with the answer it took off the path.
    expect(summary.indexOf('→ EDI')).toBeLessThan(summary.indexOf('Réponse modifiée'));
    expect(summary).toMatch(/Réponse modifiée\s:\s«\sEDI.*»\sremplacé par\s«\sDTI.*;\sne s’appliquent plus\s:\s«\sOui/);
  });

  test('the call in progress is the one last started or taken back, and not ended', () => {
    const a = callEvents('a', T0, ['delta'], [{ type: 'call.ended' }]);
    const b = callEvents('b', new Date(T0.getTime() + 600_000), ['gamma']);
    expect(reduceCalls([...a, ...b]).current?.id).toBe('b');
    expect(reduceCalls(a).current).toBeNull();
  });

  test('a call started since the last one ended is new; one taken back is not (a text typed for a new call)', () => {
    const a = callEvents('a', T0, ['delta'], [{ type: 'call.ended' }]);
    const b = callEvents('b', new Date(T0.getTime() + 600_000), ['gamma']);
    const taken = [...a, callEvent('a', { type: 'call.resumed' }, new Date(T0.getTime() + 600_000))];
    expect(isNewCall(reduceCalls([...a, ...b]).current!, [...a, ...b])).toBe(true);
    expect(isNewCall(reduceCalls(taken).current!, taken)).toBe(false);
  });

  test('a call taken back lasts the time it was open, not the pause between', () => {
    const call = callOf([
      callEvent('c', { type: 'call.started' }, at(0)),
      callEvent('c', { type: 'call.ended' }, at(1)),
      callEvent('c', { type: 'call.resumed' }, at(4)),
      callEvent('c', { type: 'call.ended' }, at(6)),
    ]);
    expect(callMinutes(call, at(60))).toBe(3);
    // Open again: until now.
    expect(callMinutes(callOf([...call.events, callEvent('c', { type: 'call.resumed' }, at(10))]), at(15))).toBe(8);
  });

  test('the search finds the DA number, the service in full, phone digits without spaces, either apostrophe, notes', () => {
    const call = callOf(
      callEvents(
        'c',
        T0,
        ['delta', 'xi'],
        [
          { type: 'caller.edited', field: 'phone', value: '01 23 45 67 89' },
          { type: 'fact.recorded', fact: 'daNumber', value: 'DA-2026-118' },
          { type: 'note.edited', text: 'Rappeler l’après-midi' },
        ],
      ),
    );
    const text = searchText(call, '');
    for (const q of [
      'da-2026-118',
      'delta x import',
      '0123456789',
      "l'apres-midi",
      '45 67',
      // The phone as the caller gives it, with the country code.
      '+33 1 23 45 67 89',
      '0033 1 23 45 67 89',
      '+33 (0)1 23 45 67 89',
    ])
      expect(
        searchWords(q).every((w) => text.includes(w)),
        q,
      ).toBe(true);
    expect(searchWords('+33 6 00 00 00 00').every((w) => text.includes(w))).toBe(false);
  });
});

describe('a call’s notes recorded in two copies at once (records.md)', () => {
  test('both texts are kept: the later holds, the other is in the panel and the summary, until typed over', () => {
    const start = callEvents('c', T0, ['delta']);
    const first = callEvent('c', { type: 'note.edited', text: 'Rappeler', over: '' }, at(5));
    // Two tabs each typed over the first text.
    const a = callEvent('c', { type: 'note.edited', text: 'Rappeler à 14 h', over: first.id }, at(6));
    const b = callEvent('c', { type: 'note.edited', text: 'DA refusée', over: first.id }, at(7));
    const call = callOf(union([...start, first, a], [...start, first, b]));
    expect(call.notes).toBe('DA refusée');
    expect(call.otherNotes).toEqual([{ text: 'Rappeler à 14 h', at: a.at }]);
    expect(callSummary(call, 'https://x.test/', T0)).toMatch(
      /Notes modifiées au même moment dans deux copies .*\sversion remplacée, saisie le .*\s:\nRappeler à 14 h/,
    );
    // Typed over the notes shown, once both are seen: dealt with.
    const settled = callEvent('c', { type: 'note.edited', text: 'DA refusée ; rappeler à 14 h', over: b.id }, at(8));
    const typedOver = callOf([...start, first, a, b, settled]);
    expect(typedOver.otherNotes).toEqual([]);
    // The summary keeps it on record.
    expect(callSummary(typedOver, 'https://x.test/', T0)).toMatch(
      /version remplacée, saisie le .*\s:\nRappeler à 14 h/,
    );
  });

  test('notes edited one after the other, or by an earlier build (no `over`): never reported twice', () => {
    const events = callEvents(
      'c',
      T0,
      ['delta'],
      [
        { type: 'note.edited', text: 'un' },
        { type: 'note.edited', text: 'deux' },
      ],
    );
    expect(callOf(events)).toMatchObject({ notes: 'deux', otherNotes: [] });
  });
});

describe('answering in a call', () => {
  const call = callOf(callEvents('c', T0, ['delta', 'xi', 'edi']));
  const later = new Date(T0.getTime() + 3600_000).toISOString();

  test('a step of the call records a new answer, or a change; the same answer, nothing', () => {
    expect(
      answerInCall(call, { node: 'delta.alert', index: 3, values: ['delta', 'xi', 'edi'] }, 'no', later, after),
    ).toMatchObject({
      ok: true,
      value: { events: [{ type: 'answer.given', value: 'no' }], answers: ['delta', 'xi', 'edi', 'no'] },
    });
    expect(
      answerInCall(call, { node: 'delta.mode', index: 2, values: ['delta', 'xi', 'edi'] }, 'dti', later, after),
    ).toMatchObject({
      ok: true,
      value: { events: [{ type: 'answer.changed', previous: 'edi', value: 'dti' }] },
    });
    expect(
      answerInCall(call, { node: 'delta.mode', index: 2, values: ['delta', 'xi'] }, 'edi', later, after),
    ).toMatchObject({
      ok: true,
      value: { events: [], answers: ['delta', 'xi', 'edi'] },
    });
  });

  test('a page whose answers are not the call’s, or beyond its last answer, records nothing', () => {
    expect(onCallPath(['delta', 'xi'], { index: 2, values: ['delta', 'xe', 'edi'] })).toBe(false);
    expect(onCallPath(['delta'], { index: 3, values: ['delta', 'xi', 'edi'] })).toBe(false);
    expect(
      answerInCall(call, { node: 'delta.alert', index: 3, values: ['delta', 'xe', 'edi'] }, 'no', later, after),
    ).toEqual({
      ok: false,
      problem: 'notThisCall',
    });
  });

  test('a call started on the page shown, by the caller’s name or a note, takes that page’s answer', () => {
    // The agent opens the entry page, types who calls and a note (the call starts), then gives the answer.
    const shown = T0.toISOString();
    const started = callOf(
      callEvents(
        'n',
        new Date(T0.getTime() + 60_000),
        [],
        [
          { type: 'caller.edited', field: 'name', value: 'M. Martin' },
          { type: 'note.edited', text: 'Appelle pour Delta G.' },
        ],
      ),
    );
    expect(answerInCall(started, { node: 'start', index: 0, values: [] }, 'delta', shown, after)).toMatchObject({
      ok: true,
      value: { events: [{ type: 'answer.given', value: 'delta' }], answers: ['delta'] },
    });
  });

  test('a page shown before the call changed (another tab) records nothing', () => {
    const before = new Date(T0.getTime() + 60_000).toISOString();
    expect(
      answerInCall(call, { node: 'delta.alert', index: 3, values: ['delta', 'xi', 'edi'] }, 'no', before, after),
    ).toEqual({
      ok: false,
      problem: 'callChanged',
    });
  });
});

/**
 * Model-based: random sequences of what an agent does (answer, R, « Modifier », Back, Forward, reload, an old
 * call's page and its links, new call, take back, end, a second tab answering, who calls or a note typed),
 * against the real log and a small model that keeps, per call, the answers actually given. After each step
 * they must agree.
 */
describe('the call log follows only what the agent did', () => {
  interface Page {
    readonly node: string;
    readonly index: number;
    readonly values: readonly string[];
    readonly shownAt: string;
  }
  interface Model {
    clock: number;
    /** Per call: the answers as they stand, and every answer given or changed (« node=value »), in order. */
    calls: Map<string, { path: readonly string[]; given: string[]; changedAt: string; open: boolean }>;
    current: string | null;
    /** Tab A's history, and where it is in it. */
    history: Page[];
    at: number;
    /** Every page tab A showed (old pages to open again). */
    seen: Page[];
  }
  type Real = null;
  const tick = (m: Model) => new Date(T0.getTime() + ++m.clock * 1000);
  const pageOf = (m: Model, values: readonly string[], index: number): Page => {
    const r = replay(values);
    return { node: r.nodes[index]!, index, values: r.path.map((a) => a.value), shownAt: tick(m).toISOString() };
  };
  const show = (m: Model, page: Page) => {
    m.history = [...m.history.slice(0, m.at + 1), page];
    m.at = m.history.length - 1;
    m.seen.push(page);
  };
  /** Shown again (Back, Forward, reload): the same page, a new time shown. */
  const reshow = (m: Model, i: number) => {
    m.at = i;
    m.history[i] = { ...m.history[i]!, shownAt: tick(m).toISOString() };
  };
  const here = (m: Model) => m.history[m.at]!;
  const currentCall = (m: Model) => (m.current ? m.calls.get(m.current)! : null);

  /** What the model says answering `value` on `page` does. */
  function answerModel(m: Model, page: Page, value: string, now: Date) {
    const call = currentCall(m);
    const path = call?.path ?? [];
    const stale = call !== null && call.changedAt > page.shownAt;
    if (stale || !onCallPath(path, page)) return false;
    const next = after(path, page.index, value);
    if (path[page.index] !== value) {
      let id = m.current;
      if (!id) {
        id = [...reduceCalls(callLog.getSnapshot().events).all].at(-1)!.id;
        m.calls.set(id, { path: [], given: [], changedAt: now.toISOString(), open: true });
        m.current = id;
      }
      const c = m.calls.get(id)!;
      c.given.push(`${page.node}=${value}`);
      c.path = next;
      c.changedAt = now.toISOString();
    }
    return next;
  }

  const answerCmd = (k: number): fc.Command<Model, Real> => ({
    check: () => true,
    run(m) {
      const page = here(m);
      const answers = answersOf(page.node as never);
      if (answers.length === 0) return;
      const value = answers[k % answers.length]!;
      const now = tick(m);
      const real = giveAnswer(true, page, value, page.shownAt, after, (a) => replay(a).current, now);
      const expected = answerModel(m, page, value, now);
      expect(real.ok).toBe(expected !== false);
      outcomes[real.ok ? 'recorded' : 'refused']++;
      if (real.ok) show(m, pageOf(m, real.value, page.index + 1));
    },
    toString: () => `answer(${k})`,
  });
  const navCmd = (
    kind: 'back' | 'forward' | 'reload' | 'R' | 'modify' | 'old',
    k: number,
  ): fc.Command<Model, Real> => ({
    check: () => true,
    run(m) {
      const page = here(m);
      if (kind === 'back' && m.at > 0) reshow(m, m.at - 1);
      if (kind === 'forward' && m.at < m.history.length - 1) reshow(m, m.at + 1);
      if (kind === 'reload') reshow(m, m.at);
      if (kind === 'R' && page.index > 0) show(m, pageOf(m, page.values, page.index - 1));
      if (kind === 'modify' && page.values.length > 0) show(m, pageOf(m, page.values, k % page.values.length));
      if (kind === 'old') show(m, { ...m.seen[k % m.seen.length]!, shownAt: tick(m).toISOString() });
    },
    toString: () => `${kind}(${k})`,
  });
  const newCallCmd: fc.Command<Model, Real> = {
    check: () => true,
    run(m) {
      endCurrentCall(tick(m));
      if (m.current) m.calls.get(m.current)!.open = false;
      m.current = null;
      show(m, pageOf(m, [], 0));
    },
    toString: () => 'newCall',
  };
  const endCmd: fc.Command<Model, Real> = {
    check: () => true,
    run(m) {
      endCurrentCall(tick(m));
      if (m.current) m.calls.get(m.current)!.open = false;
      m.current = null;
    },
    toString: () => 'end',
  };
  const resumeCmd = (k: number): fc.Command<Model, Real> => ({
    check: (m) => m.calls.size > 0,
    run(m) {
      const ids = [...m.calls.keys()];
      const id = ids[k % ids.length]!;
      const now = tick(m);
      const call = reduceCalls(callLog.getSnapshot().events).all.find((c) => c.id === id)!;
      const answers = takeBackCall(call, now);
      if (m.current && m.current !== id) {
        m.calls.get(m.current)!.open = false;
        m.calls.get(m.current)!.changedAt = now.toISOString();
      }
      if (m.current !== id) m.calls.get(id)!.changedAt = now.toISOString();
      m.calls.get(id)!.open = true;
      m.current = id;
      show(m, pageOf(m, answers, replay(answers).path.length));
    },
    toString: () => `resume(${k})`,
  });
  /**
   * The agent types who calls, or a note, on the page shown: the call starts with it when there is none. It
   * changes no answer, so no page is stale for it.
   */
  const noteCmd = (k: number): fc.Command<Model, Real> => ({
    check: () => true,
    run(m) {
      recordInCall(
        [
          k % 2
            ? { type: 'note.edited', text: `Note ${k}` }
            : { type: 'caller.edited', field: 'name', value: `Appelant ${k}` },
        ],
        tick(m),
      );
      if (!m.current) {
        m.current = reduceCalls(callLog.getSnapshot().events).current!.id;
        m.calls.set(m.current, { path: [], given: [], changedAt: '', open: true });
      }
    },
    toString: () => `note(${k})`,
  });
  /**
   * Tab B answers the call's current question, on a page it has just shown: its events come through the
   * storage, as another tab's do (this tab did not append them).
   */
  const otherTabCmd = (k: number): fc.Command<Model, Real> => ({
    check: (m) => m.current !== null,
    run(m) {
      const path = currentCall(m)!.path;
      const page = pageOf(m, path, replay(path).path.length);
      const answers = answersOf(page.node as never);
      if (answers.length === 0) return;
      const value = answers[k % answers.length]!;
      const now = tick(m);
      const call = reduceCalls(callLog.getSnapshot().events).current!;
      const given = answerInCall(call, page, value, page.shownAt, after);
      expect(given.ok).toBe(true);
      if (given.ok) writtenByAnotherTab(given.value.events.map((d) => callEvent(call.id, d, now)));
      answerModel(m, page, value, now);
    },
    toString: () => `otherTab(${k})`,
  });

  /** After each step: the log and the model agree, call by call. */
  let verified = 0;
  const outcomes = { recorded: 0, refused: 0 };
  function verify(m: Model) {
    verified++;
    const real = reduceCalls(callLog.getSnapshot().events);
    expect(real.current?.id ?? null).toBe(m.current);
    for (const [id, expected] of m.calls) {
      const call = real.all.find((x) => x.id === id)!;
      const given = call.course.flatMap((e) => (e.type === 'path.restarted' ? [] : [`${e.node}=${e.value}`]));
      expect(given).toEqual(expected.given);
      expect(call.answers).toEqual(expected.path);
      expect(call.endedAt === null).toBe(expected.open);
    }
    expect(real.all).toHaveLength(m.calls.size);
  }
  const checked = (c: fc.Command<Model, Real>): fc.Command<Model, Real> => ({
    check: (m) => c.check(m),
    run(m, r) {
      c.run(m, r);
      verify(m);
    },
    toString: () => c.toString(),
  });

  const k = fc.nat(20);
  const commands = [
    k.map(answerCmd),
    k.map(answerCmd),
    k.map(answerCmd),
    ...(['back', 'forward', 'reload', 'R', 'modify', 'old'] as const).map((kind) => k.map((n) => navCmd(kind, n))),
    fc.constant(newCallCmd),
    fc.constant(endCmd),
    k.map(resumeCmd),
    k.map(otherTabCmd),
    k.map(noteCmd),
  ].map((arb) => arb.map(checked));

  test('random sequences: the log holds exactly the answers the agent gave, in each call', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 40 }), (cmds) => {
        localStorage.clear();
        const model: Model = { clock: 0, calls: new Map(), current: null, history: [], at: 0, seen: [] };
        show(model, pageOf(model, [], 0));
        fc.modelRun(() => ({ model, real: null }), cmds);
      }),
      { seed: 20261206, numRuns: 350 },
    );
    // The runs did exercise both ways: answers recorded, and answers refused on pages not of the call.
    expect(verified).toBeGreaterThan(500);
    expect(outcomes.recorded).toBeGreaterThan(50);
    expect(outcomes.refused).toBeGreaterThan(15);
  });
});

describe('the e-mail to the caller', () => {
  test('speaks to them: what they do next, as the agent read it out, never notes about « l’opérateur »', () => {
    for (const answers of [
      ['delta', 'g1', 'dti', 'no', 'cannotValidate'],
      ['delta', 'g1', 'dti', 'no', 'noBae', 'other', 'closed'],
      ['gamma', 'no', 'no', 'dtiPlus', 'yes'],
    ]) {
      const session = replay(answers);
      expect(isOutcomeId(session.current)).toBe(true);
      const { body } = handoverMail(session, 'https://x.test/');
      // Each sentence on a line of its own, as a list.
      for (const sentence of writtenAt(session.current as OutcomeId, session.path).split(/(?<=\.)\s+(?=\p{Lu})/u))
        expect(body).toContain(`\n- ${sentence}`);
      expect(body).not.toMatch(/l’opérateur|Cas \d de la fiche :|dites-le-moi/);
    }
  });
});
