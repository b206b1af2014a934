// @vitest-environment node
import * as fc from 'fast-check';
import { getSimplePaths } from 'xstate/graph';
import { diagnosticMachine } from '../flows/diagnostic.machine';
import { answersOf } from '../flows/ids';
import { answerEvent, changeAnswer, nodeIdOf, replay } from '../flows/replay';
import {
  FLOW_START,
  hrefAfterEntryAnswer,
  nodeHref,
  nodeOfPath,
  nodePath,
  parseSessionSearch,
  sessionSearch,
} from './codec';
import { hrefAfterAnswer, resolveLocation } from './resolve';
import { redirectNotice } from '../content/fr/notices';
import { refused } from '../testing/rules';

const allPaths = getSimplePaths(diagnosticMachine, {
  events: (s) => answersOf(nodeIdOf(s)).map(answerEvent),
}).map((p) =>
  p.steps
    .map((s) => s.event.type)
    .filter((t) => t.startsWith('answer.'))
    .map((t) => t.slice(7)),
);

describe('URL codec', () => {
  test('every path of the flows survives a trip through the URL', () => {
    for (const values of allPaths) {
      const search = sessionSearch(values);
      const parsed = parseSessionSearch(search);
      expect(parsed).toEqual({ ok: true, value: values });
      const r = replay(values);
      expect(resolveLocation(nodePath(r.current), search)).toMatchObject({ kind: 'show', node: r.current });
    }
  });

  test('node paths and ids map both ways', () => {
    expect(nodePath('start')).toBe('/');
    expect(nodePath('delta.alertMatch')).toBe('/delta/alertMatch');
    expect(nodeOfPath('/delta/alertMatch')).toBe('delta.alertMatch');
    expect(nodeOfPath('/delta/alertMatch/')).toBe('delta.alertMatch');
    expect(nodeOfPath('/start/x')).toBeNull();
    expect(nodeOfPath('/delta')).toBeNull();
    expect(nodeHref('gamma.office', ['gamma', 'yes'])).toBe('/gamma/office?v=1&r=gamma-yes');
  });

  test('no query string means a fresh start; a bad one is refused, never thrown', () => {
    expect(parseSessionSearch('')).toEqual({ ok: true, value: [] });
    expect(parseSessionSearch('?v=2&r=delta')).toEqual(refused('version'));
    expect(parseSessionSearch('?r=delta')).toEqual(refused('version'));
    expect(parseSessionSearch('?v=1&r=<script>')).toEqual(refused('format'));
    expect(parseSessionSearch(`?v=1&r=${Array(41).fill('yes').join('-')}`)).toEqual(refused('format'));
  });

  test('any string as pathname and query resolves to a screen or a redirect with a French notice', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (path, search) => {
        const r = resolveLocation(`/${path}`, `?v=1&r=${encodeURIComponent(search)}`);
        const ok =
          r.kind === 'redirect'
            ? r.reason !== undefined && redirectNotice(r.reason, 'la question').length > 10
            : r.replay.nodes.includes(r.node);
        expect(ok).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('delta', 'gamma', 'yes', 'no', 'g1', 'edi', 'dti', 'bae', 'zzz')),
        (values) => {
          const r = resolveLocation('/delta/selfTrigger', sessionSearch(values));
          expect(['show', 'redirect']).toContain(r.kind);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('resolving a location', () => {
  test('the entry page routes without the statechart: its flows start where the machine starts them', () => {
    for (const [answer, first] of Object.entries(FLOW_START)) expect(replay([answer]).current, answer).toBe(first);
    // Whatever the URL's answers, an entry answer leads where the flow leads it (later answers kept while
    // they apply).
    fc.assert(
      fc.property(
        fc.constantFrom(...allPaths.filter((p) => p.length > 0)),
        fc.nat(),
        fc.constantFrom('delta', 'gamma') as fc.Arbitrary<'delta' | 'gamma'>,
        (path, cut, choice) => {
          const values = path.slice(0, cut % (path.length + 1));
          const r = resolveLocation('/', sessionSearch(values));
          if (r.kind !== 'show') throw new Error(`redirected: ${JSON.stringify(r)}`);
          expect(hrefAfterEntryAnswer(values, choice)).toBe(hrefAfterAnswer(r, choice));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a step before the end shows that step with its earlier answer and keeps the later ones', () => {
    const r = resolveLocation('/delta/mode', '?v=1&r=delta-g1-edi-no');
    expect(r.kind).toBe('show');
    if (r.kind !== 'show') throw new Error('redirected');
    expect(r.node).toBe('delta.mode');
    expect(r.before.map((a) => a.value)).toEqual(['delta', 'g1']);
    expect(r.previous?.value).toBe('edi');
    expect(r.replay.path.map((a) => a.value)).toEqual(['delta', 'g1', 'edi', 'no']);
  });

  test('a step the answers do not lead to redirects to where they lead', () => {
    expect(resolveLocation('/gamma/backup', '?v=1&r=delta-g1')).toMatchObject({
      kind: 'redirect',
      to: '/delta/mode?v=1&r=delta-g1',
    });
  });

  test('an answer that does not fit stops the replay there', () => {
    const r = resolveLocation('/delta/selfTrigger', '?v=1&r=delta-g1-yes-no');
    expect(r).toEqual({
      kind: 'redirect',
      to: '/delta/mode?v=1&r=delta-g1',
      reason: { kind: 'rejected', value: 'yes', at: 'delta.mode' },
    });
    // The notice names the question by its text, never the link's raw value (an id, or anything forged).
    const notice = redirectNotice({ kind: 'rejected', value: 'yes', at: 'delta.mode' }, 'Quel mode ?');
    expect(notice).toContain('Quel mode ?');
    expect(notice).not.toContain('yes');
  });

  test('a step reached by a link with no answers: said so, not as answers that lead elsewhere', () => {
    const r = resolveLocation('/delta/selfTrigger', '');
    expect(r).toMatchObject({ kind: 'redirect', reason: { kind: 'noAnswers' } });
    expect(redirectNotice({ kind: 'noAnswers' }, '')).not.toMatch(/vos réponses/);
  });

  test('an answer past an outcome: the outcome is not called a question', () => {
    const r = resolveLocation('/delta/selfTrigger', '?v=1&r=delta-g1-dti-no-cannotValidate-extra');
    expect(r).toMatchObject({ kind: 'redirect', reason: { kind: 'rejected', at: 'delta.selfTrigger' } });
    if (r.kind !== 'redirect' || !r.reason) throw new Error('no reason');
    expect(redirectNotice(r.reason, 'Vous pouvez auto-déclencher la procédure de secours.')).toMatch(
      /^Le lien contient une ou plusieurs réponses de trop/,
    );
  });

  test('answers remembered in the browser extend the URL (browser Back loses nothing)', () => {
    const r = resolveLocation('/delta/service', '?v=1&r=delta', ['delta', 'xe', 'edi']);
    expect(r).toMatchObject({ kind: 'show', node: 'delta.service', previous: { value: 'xe' } });
    const other = resolveLocation('/delta/service', '?v=1&r=gamma', ['delta', 'xe']);
    expect(other).toMatchObject({ kind: 'redirect', to: '/gamma/access' });
  });

  test("a flow's first question is reached without answers: its entry answer is implied", () => {
    expect(nodeHref('delta.service', ['delta'])).toBe('/delta/service');
    expect(nodeHref('gamma.access', ['gamma'])).toBe('/gamma/access');
    expect(nodeHref('delta.service', ['delta', 'xe'])).toBe('/delta/service?v=1&r=delta-xe');
    const r = resolveLocation('/delta/service', '');
    expect(r).toMatchObject({ kind: 'show', node: 'delta.service', before: [{ node: 'start', value: 'delta' }] });
    // A GAMMA 2 diagnosis saved in this browser does not turn /delta/service into something else.
    expect(resolveLocation('/delta/service', '', ['gamma', 'no'])).toMatchObject({
      kind: 'show',
      node: 'delta.service',
    });
    expect(resolveLocation('/delta/service', '', ['delta', 'h7'])).toMatchObject({ previous: { value: 'h7' } });
    expect(resolveLocation('/delta/mode', '')).toMatchObject({ kind: 'redirect', to: '/' });
  });
});

describe('an answer sent by the form before the app took over the page', () => {
  test('is followed, with the answers of the URL, and says nothing', () => {
    expect(resolveLocation('/delta/service', '?v=1&r=delta&answer=xi')).toEqual({
      kind: 'redirect',
      to: '/delta/mode?v=1&r=delta-xi',
    });
    // Later answers are kept while they still apply, as with « Modifier ».
    expect(resolveLocation('/delta/service', '?v=1&r=delta-xi-edi&answer=xe')).toEqual({
      kind: 'redirect',
      to: '/delta/mode?v=1&r=delta-xe-edi',
    });
  });

  test('never takes the answers the page was prerendered with: a pretty-URL host may have served it for others', () => {
    // dist/delta/symptom.html was prerendered for Delta G, DTI; served for a Delta X Export, EDI diagnosis.
    const sent = '?v=1&r=delta-g1-dti-no&f=1&answer=cannotValidate';
    // This browser saved the diagnosis that reached the question: it is the one followed.
    expect(resolveLocation('/delta/symptom', sent, ['delta', 'xe', 'edi', 'no', 'no'])).toEqual({
      kind: 'redirect',
      to: '/delta/selfTrigger?v=1&r=delta-xe-edi-no-no-cannotValidate',
    });
    // Nothing saved that reaches it: nothing assumed, back to the start, saying why.
    expect(resolveLocation('/delta/symptom', sent, [])).toEqual({
      kind: 'redirect',
      to: '/',
      reason: { kind: 'notReady' },
    });
    expect(resolveLocation('/delta/symptom', sent, ['gamma', 'no'])).toEqual({
      kind: 'redirect',
      to: '/',
      reason: { kind: 'notReady' },
    });
  });

  test('is refused with a reason when it is not an answer of that step', () => {
    expect(resolveLocation('/delta/service', '?v=1&r=delta&answer=edi')).toEqual({
      kind: 'redirect',
      to: '/delta/service',
      reason: { kind: 'rejected', value: 'edi', at: 'delta.service' },
    });
  });
});

describe('changing an answer', () => {
  const path = replay(['delta', 'g1', 'edi', 'no', 'no', 'noBae', 'other', 'closed']).path;

  test('the same answer keeps everything', () => {
    expect(changeAnswer(path, 2, 'edi')).toEqual(['delta', 'g1', 'edi', 'no', 'no', 'noBae', 'other', 'closed']);
  });

  test('later answers are kept while they still apply, and dropped once they do not', () => {
    // DTI skips the provider question: its answer goes, the later ones still apply.
    expect(changeAnswer(path, 2, 'dti')).toEqual(['delta', 'g1', 'dti', 'no', 'noBae', 'other', 'closed']);
    // « cannotValidate » ends the flow: nothing after it applies.
    expect(changeAnswer(path, 5, 'cannotValidate')).toEqual(['delta', 'g1', 'edi', 'no', 'no', 'cannotValidate']);
    // Switching flows drops the whole DELTA path.
    expect(changeAnswer(path, 0, 'gamma')).toEqual(['gamma']);
  });
});
