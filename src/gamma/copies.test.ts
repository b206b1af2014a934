// @vitest-environment node
/**
 * Two copies, one register (model-based, fast-check): two copies of the register's log start from the same
 * events (two tabs, or a browser and the backup restored into it once it changed), each receives its own
 * random sequence of a person's actions through the register's rules, then they merge in both orders. The
 * union loses no event and holds none twice, is the same whichever copy comes first, and every LRN drawn up
 * in both copies is a conflict reported for the user (until that second document is voided): never silently
 * kept once. So is a value both copies recorded differently (the sender, a milestone of the document they
 * share, the end of the episode): one shown, the other reported.
 */
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { Result } from '../lib/result';
import { union } from '../records/log';
import { TEST_NOW as NOW, withDocument, withEpisode } from '../testing/rules';
import { addDocument, nextMilestone, recordMilestone, voidDocument } from './documents';
import { endEpisode, openEpisode } from './episodes';
import { setPrefix } from './series';
import type { RegisterEvent } from './log';
import { linkEvents, reduceRegister, registerEventsFor } from './reduce';
import { emptyRegister, MILESTONES, type Register } from './schema';

interface Copy {
  readonly name: 'a' | 'b';
  events: RegisterEvent[];
  clock: number;
}

type Action =
  | { kind: 'next' }
  | { kind: 'typed'; n: number }
  | { kind: 'void'; pick: number }
  | { kind: 'milestone'; pick: number }
  | { kind: 'newEpisode' }
  | { kind: 'operator' };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constant({ kind: 'next' } as const),
  fc.integer({ min: 1, max: 12 }).map((n) => ({ kind: 'typed', n }) as const),
  fc.nat().map((pick) => ({ kind: 'void', pick }) as const),
  fc.nat().map((pick) => ({ kind: 'milestone', pick }) as const),
  fc.constant({ kind: 'newEpisode' } as const),
  fc.constant({ kind: 'operator' } as const),
);

const registerOf = (c: Copy) => reduceRegister(c.events).register;
const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
/** Whether a copy itself made an event of this type (not one both copies started from). */
const mine = (copy: Copy, type: string) => copy.events.some((e) => e.type === type && e.id.startsWith(copy.name));
/** The operator a copy set, its name unique to the copy and the moment. */
const operatorOf = (name: string) => ({ name, exciseNumber: 'FR012345E1234', street: '', city: '' });
/** A minute of the morning, one later at each action of either copy. */
const minute = (n: number) => `2026-11-23T09:${String(n % 60).padStart(2, '0')}`;

/** A person's action on one copy, through the rules, appended as events as the app does. */
function act(c: Copy, a: Action) {
  const r = registerOf(c);
  const at = minute(++c.clock);
  const input = (lrn: string) => ({
    lrn,
    date: '2026-11-23',
    consigneeName: `Cave ${c.name}`,
    consigneeIdentification: '',
  });
  const d = r.documents.length ? r.documents[(a as { pick: number }).pick % r.documents.length] : undefined;
  let result: Result<Register, unknown> | null = null;
  if (a.kind === 'next') result = addDocument(r, input(''), NOW);
  if (a.kind === 'typed') {
    const lrn = `SEC2026${String(a.n).padStart(5, '0')}`;
    const first = addDocument(r, input(lrn), NOW);
    result = !first.ok && first.problem.deviation ? addDocument(r, input(lrn), NOW, first.problem.deviation) : first;
  }
  if (a.kind === 'void' && d) result = voidDocument(r, d.lrn, `erreur ${c.name}`, NOW);
  if (a.kind === 'milestone' && d && nextMilestone(d))
    result = recordMilestone(r, d.lrn, nextMilestone(d)!, { at, withoutCopy: true }, NOW);
  if (a.kind === 'newEpisode') {
    const ended = endEpisode(r, r.episodes.find((e) => !e.endedAt)?.id ?? '', at, NOW);
    if (ended.ok)
      result = openEpisode(ended.value, { startedAt: at, by: 'sau', at, daReference: '' }, NOW, `${c.name}${c.clock}`);
  }
  if (a.kind === 'operator') result = { ok: true, value: { ...r, operator: operatorOf(`Cave ${c.name}${c.clock}`) } };
  if (!result?.ok) return;
  const made = registerEventsFor(r, result.value).map(
    (e, i) =>
      ({
        ...e,
        id: `${c.name}-${String(c.events.length + i).padStart(4, '0')}`,
        at: `${at}:00.000Z`,
      }) as RegisterEvent,
  );
  // Named after what the copy's register stands on, as the app appends them.
  c.events.push(...linkEvents(made, reduceRegister(c.events).heads));
}

/** Both copies hold the episode and a document drawn up before they part: each may record its milestones or end it. */
const SHARED_LRN = 'SEC202600099';
const doc = (r: Register) => r.documents.find((d) => d.lrn === SHARED_LRN)!;
const endOf = (r: Register) => r.episodes.find((e) => e.id === 'e1')!.endedAt;
const start: Register = withDocument(
  withEpisode({ startedAt: '2026-11-23T07:30' }, { ...emptyRegister, prefix: 'SEC' }),
  { lrn: SHARED_LRN, date: '2026-11-23', consigneeName: 'Cave commune', consigneeIdentification: '' },
  true,
);
const startEvents = registerEventsFor(emptyRegister, start).map(
  (e, i) => ({ ...e, id: `s-${i}`, at: '2026-11-23T07:30:00.000Z' }) as RegisterEvent,
);

describe('two copies of the register', () => {
  test('merge in either order into one register: nothing lost, nothing twice, every LRN used twice reported', () => {
    let runs = 0;
    let duplicates = 0;
    let operatorsTwice = 0;
    let valuesTwice = 0;
    /** What both copies recorded of one thing: the one shown and those reported are all of them, each once. */
    const recorded = (values: unknown[], shown: unknown, others: unknown[], what: string) => {
      const distinct = values.filter((v, n) => v !== undefined && values.findIndex((w) => same(v, w)) === n);
      if (distinct.length === 2) valuesTwice++;
      assert.deepEqual(
        [shown, ...others]
          .filter((v) => v !== undefined)
          .map((v) => JSON.stringify(v))
          .toSorted(),
        distinct.map((v) => JSON.stringify(v)).toSorted(),
        what,
      );
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), action), { maxLength: 40 }), (steps) => {
        runs++;
        const a: Copy = { name: 'a', events: [...startEvents], clock: 0 };
        const b: Copy = { name: 'b', events: [...startEvents], clock: 0 };
        for (const [onA, step] of steps) act(onA ? a : b, step);

        const ab = union(a.events, b.events);
        const ba = union(b.events, a.events);
        assert.deepEqual(ab, ba, 'the same union whichever copy comes first');
        const ids = ab.map((e) => e.id);
        assert.equal(new Set(ids).size, ids.length, 'no event twice');
        for (const e of [...a.events, ...b.events]) assert.ok(ids.includes(e.id), `event ${e.id} kept`);

        const merged = reduceRegister(ab);
        const { register, conflicts } = merged;
        assert.deepEqual(reduceRegister(ba), merged);
        // Every LRN drawn up in either copy is in the register, once; each further drawing up is a conflict.
        const added = ab.flatMap((e) => (e.type === 'document.added' ? [e.document.lrn] : []));
        assert.deepEqual(register.documents.map((d) => d.lrn).toSorted(), [...new Set(added)].toSorted());
        // Each further drawing up is a conflict, until that second document is voided (barred, or drawn up anew).
        const firsts = new Set<string>();
        const seconds = ab.flatMap((e) => {
          if (e.type !== 'document.added') return [];
          if (!firsts.has(e.document.lrn)) return (void firsts.add(e.document.lrn), []);
          return [e.id];
        });
        const voided = new Set(ab.flatMap((e) => (e.type === 'document.voided' && e.document ? [e.document] : [])));
        const twice = conflicts.filter((c) => c.kind === 'lrnTwice');
        assert.deepEqual(
          twice.map((c) => c.id).toSorted(),
          seconds.filter((id) => !voided.has(id)).toSorted(),
          'each LRN used twice and not voided is a conflict',
        );
        duplicates += twice.length;
        // Two episodes left open by the two copies are reported too.
        const open = register.episodes.filter((e) => !e.endedAt).length;
        assert.equal(
          conflicts.some((c) => c.kind === 'episodesOpen'),
          open > 1,
        );
        // What both copies recorded of what they share (the document's milestones, the episode's end): one
        // shown, and, when they differ, the other reported; never silently left out.
        const shared = [a, b].map((copy) => registerOf(copy));
        for (const m of MILESTONES)
          recorded(
            shared.map((r, n) =>
              [a, b][n]!.events.some(
                (e) => e.type === 'milestone.recorded' && e.milestone === m && e.id.startsWith([a, b][n]!.name),
              )
                ? doc(r)[m]
                : undefined,
            ),
            doc(register)[m],
            conflicts.flatMap((c) =>
              c.kind === 'milestoneTwice' && c.milestone === m && c.lrn === SHARED_LRN ? [c.other] : [],
            ),
            `milestone ${m} of the shared document`,
          );
        recorded(
          [a, b].map((copy, n) => (mine(copy, 'episode.ended') ? endOf(shared[n]!) : undefined)),
          endOf(register),
          conflicts.flatMap((c) => (c.kind === 'endTwice' && c.episode === 'e1' ? [c.other] : [])),
          'end of the shared episode',
        );
        // Every document is in the union as its own copy has it, with what was recorded for it there, the
        // second of an LRN too: nothing of one copy's document lands on the other's (what both recorded of
        // the shared document: above).
        for (const copy of [a, b]) {
          const own = reduceRegister(copy.events);
          for (const d of own.register.documents) {
            if (d.lrn === SHARED_LRN) continue;
            const id = own.heads.documents.get(d.lrn);
            const shown =
              merged.heads.documents.get(d.lrn) === id
                ? register.documents.find((x) => x.lrn === d.lrn)
                : twice.find((c) => c.id === id)?.other;
            // The second of an LRN, voided in its copy: settled, no longer shown (its events stay in the log).
            if (shown === undefined && d.voided) continue;
            assert.deepEqual(shown, d, `document ${d.lrn} of copy ${copy.name}`);
          }
        }
        // The operator set in both copies, each over what it had: one shown, the other reported, never lost.
        const operators = [a, b].map((copy) => registerOf(copy).operator.name);
        const setIn = [a, b].filter((copy) =>
          copy.events.some((e) => e.type === 'operator.set' && e.id.startsWith(copy.name)),
        );
        const other = conflicts.flatMap((c) => (c.kind === 'operatorTwice' ? [c.other.name] : []));
        if (setIn.length === 2 && operators[0] !== operators[1]) {
          assert.deepEqual([register.operator.name, ...other].toSorted(), operators.toSorted());
          operatorsTwice++;
        } else assert.deepEqual(other, []);
      }),
      { numRuns: 300, seed: 2026 },
    );
    expect(runs).toBe(300);
    // The generated runs did meet the case the test is about.
    expect(duplicates).toBeGreaterThan(20);
    expect(operatorsTwice).toBeGreaterThan(20);
    expect(valuesTwice).toBeGreaterThan(20);
  });
});

const op = (name: string) => ({ name, exciseNumber: 'FR012345E1234', street: '', city: '' });
/** Set as the build before today's wrote it: naming nothing it replaces. */
const before = (id: string, at: string, data: object) => ({ id, at, ...data }) as RegisterEvent;
/** A rule that sets the prefix, its change of series confirmed. */
const toPrefix = (prefix: string) => (r: Register) => {
  const set = setPrefix(r, prefix, NOW, true);
  if (!set.ok) throw new Error(JSON.stringify(set.problem));
  return set.value;
};
/** The changes of series a register's events list. */
const changesOf = (events: readonly RegisterEvent[]) =>
  reduceRegister(events).register.prefixChanges.map((c) => `${c.from}→${c.to}`);

describe('a value set in two copies, across builds and clocks', () => {
  let n = 0;
  /** A change a person makes in a copy, appended as the app does (named after what the copy stands on). */
  function change(copy: readonly RegisterEvent[], at: string, rule: (r: Register) => Register) {
    const now = reduceRegister(copy);
    const made = registerEventsFor(now.register, rule(now.register)).map(
      (e, i) =>
        ({
          ...e,
          id: `e${String(++n).padStart(3, '0')}`,
          at: new Date(Date.parse(at) + i).toISOString(),
        }) as RegisterEvent,
    );
    return [...copy, ...linkEvents(made, now.heads)];
  }

  test('set here over a value of before whose clock ran ahead: the value set here is shown', () => {
    // Another browser, on the build of before and its clock an hour ahead; its backup restored here.
    const restored = [
      before('old-op', '2026-11-23T11:00:00.000Z', { type: 'operator.set', operator: op('Cave A') }),
      before('old-prefix', '2026-11-23T11:00:00.001Z', { type: 'prefix.set', prefix: 'AAA' }),
    ];
    const here = change(restored, '2026-11-23T10:30:00.000Z', (r) => ({ ...r, operator: op('Cave B'), prefix: 'BBB' }));
    expect(reduceRegister(union(here, []))).toMatchObject({
      register: { operator: op('Cave B'), prefix: 'BBB' },
      conflicts: [],
    });
  });

  test('a milestone recorded at the same time in two copies, at two moments: one version, nothing to report', () => {
    const base = change([], '2026-11-23T09:00:00.000Z', () =>
      withDocument(withEpisode(), { lrn: '', date: '2026-11-23', consigneeName: 'Cave', consigneeIdentification: '' }),
    );
    const lrn = reduceRegister(base).register.documents[0]!.lrn;
    const copy = (now: string) =>
      change(base, now, (r) => {
        const made = recordMilestone(r, lrn, 'copySent', { at: '2026-11-23T09:05' }, new Date(now));
        if (!made.ok) throw new Error(JSON.stringify(made.problem));
        return made.value;
      });
    const joined = union(copy('2026-11-23T09:10:00.000Z'), copy('2026-11-23T09:30:00.000Z'));
    expect(reduceRegister(joined).conflicts).toEqual([]);
  });

  test('set here, and in a copy on the build of before: reported whatever their clocks', () => {
    const here = change([], '2026-11-23T10:00:00.000Z', (r) => ({ ...r, operator: op('Cave B') }));
    for (const at of ['2026-11-23T09:55:00.000Z', '2026-11-23T10:05:00.000Z']) {
      const other = [before('old', at, { type: 'operator.set', operator: op('Cave A') })];
      const { register, conflicts } = reduceRegister(union(here, other));
      const reported = conflicts.flatMap((c) => (c.kind === 'operatorTwice' ? [c.other.name] : []));
      expect([register.operator.name, ...reported].toSorted(), at).toEqual(['Cave A', 'Cave B']);
    }
  });

  test('the changes of series listed are those the prefix shown came through, each once', () => {
    const first = withDocument(withEpisode({}, { ...emptyRegister, prefix: 'SEC' }), {
      lrn: '',
      date: '2026-11-23',
      consigneeName: 'Cave',
      consigneeIdentification: '',
    });
    const base = change([], '2026-11-23T08:00:00Z', () => first);
    // A: SEC → AAA. B: SEC → BBB, then CCC. The register keeps AAA and lists A's change only.
    const a = change(base, '2026-11-23T09:00:00Z', toPrefix('AAA'));
    const b = change(change(base, '2026-11-23T09:10:00Z', toPrefix('BBB')), '2026-11-23T09:20:00Z', toPrefix('CCC'));
    expect(reduceRegister(union(a, b)).register.prefix).toBe('AAA');
    expect(changesOf(union(a, b))).toEqual(['SEC→AAA']);
    // The same change made in both copies: once, and still once after the next change.
    const both = union(a, change(base, '2026-11-23T09:10:00Z', toPrefix('AAA')));
    expect(changesOf(both)).toEqual(['SEC→AAA']);
    expect(changesOf(change(both, '2026-11-23T09:30:00Z', toPrefix('DDD')))).toEqual(['SEC→AAA']);
  });
});
