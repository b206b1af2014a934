import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import {
  addDocument,
  arcProblem,
  emptyRegister,
  endEpisode,
  lrnProblem,
  mergeRegister,
  migrateRegisterV1,
  nextLrn,
  openEpisode,
  prefixProblem,
  registerSchema,
  seriesDeviation,
  seriesOf,
  setAuthorisation,
  unconfirmedGaps,
  updateDocument,
  voidDocument,
  type BackupDocument,
  type Register,
} from './register';
import { registerStore } from './store';
import { authorisationText, deviationText } from './texts';

const NOW = new Date('2026-11-23T10:00:00Z'); // 11:00 in Paris
const doc = (lrn: string, date = '2026-11-23'): BackupDocument => ({
  lrn,
  date,
  consignee: 'Cave X',
  episodeId: 'e1',
  status: 'established',
  createdAt: NOW.toISOString(),
});
const alnum = fc.stringMatching(/^[A-Za-z0-9]{1,22}$/);

/** A register with an episode open since 08:00, authorised by the SAU. */
function withEpisode(prefix = 'SEC'): Register {
  const r = openEpisode(
    { ...emptyRegister, prefix },
    { by: 'sau', at: '2026-11-23T08:00', daReference: 'DA-1' },
    NOW,
    'e1',
  );
  if (!r.ok) throw new Error('episode');
  return r.register;
}
function add(r: Register, lrn: string, date = '2026-11-23', confirm = false): Register {
  let result = addDocument(r, { lrn, date, consignee: 'Cave X' }, NOW);
  if (!result.ok && 'deviation' in result && confirm)
    result = addDocument(r, { lrn, date, consignee: 'Cave X' }, NOW, result.deviation);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.register;
}

describe('LRN rules', () => {
  test('an alphanumeric LRN of 1 to 22 characters not yet used is accepted', () => {
    fc.assert(
      fc.property(alnum, (lrn) => {
        expect(lrnProblem(lrn, [])).toBeNull();
      }),
    );
  });

  test('an LRN over 22 characters, with other characters, empty, or already used (any case) is refused', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{23,60}$/), (lrn) => {
        expect(lrnProblem(lrn, [])).toBe('tooLong');
      }),
    );
    expect(lrnProblem('A'.repeat(30), [])).toBe('tooLong');
    expect(lrnProblem('SEC-2026-1', [])).toBe('characters');
    expect(lrnProblem('SÉC2026', [])).toBe('characters');
    expect(lrnProblem('   ', [])).toBe('missing');
    fc.assert(
      fc.property(alnum, (lrn) => {
        expect(lrnProblem(lrn.toLowerCase(), [doc(lrn.toUpperCase())])).toBe('used');
      }),
    );
  });

  test('LRNs are stored upper-case', () => {
    const r = add(withEpisode(''), 'abc123', '2026-11-23', true);
    expect(r.documents.map((d) => d.lrn)).toEqual(['ABC123']);
    expect(registerSchema.safeParse({ ...r, documents: [{ ...r.documents[0], lrn: 'abc123' }] }).success).toBe(false);
  });

  test('a prefix that would not leave room, or has other characters, is refused', () => {
    expect(prefixProblem('ABCDEFGHIJKLMN')).toBe('tooLong');
    expect(prefixProblem('SE C')).toBe('characters');
    expect(prefixProblem('')).toBeNull();
  });

  test('an ARC has the an21 shape', () => {
    expect(arcProblem('26FRAB1234567890123P5')).toBeNull();
    expect(arcProblem('26FR123')).toBe('shape');
    expect(arcProblem('')).toBeNull();
  });
});

describe('the series of the year', () => {
  test('starts the year at 00001 and follows the highest of the series; voided documents keep their number', () => {
    expect(nextLrn('SEC', 2026, [])).toBe('SEC202600001');
    expect(nextLrn('sec', 2026, [doc('SEC202600001'), doc('SEC202600007'), doc('OTHER1')])).toBe('SEC202600008');
    expect(nextLrn('', 2026, [doc('202600041')])).toBe('202600042');
    expect(nextLrn('SEC', 2027, [doc('SEC202600009')])).toBe('SEC202700001');
    expect(seriesOf('SEC202600005')).toEqual({ head: 'SEC2026', n: 5 });
    expect(seriesOf('ABC')).toBeNull();
  });

  test("the year is that of the document's date, not today's", () => {
    let r = add(withEpisode(), '', '2025-12-31');
    r = add(r, '', '2026-01-01');
    expect(r.documents.map((d) => d.lrn)).toEqual(['SEC202500001', 'SEC202600001']);
  });

  test('a typed LRN that leaves a gap shows the numbers skipped and needs a confirmation, which is kept', () => {
    const r = add(add(withEpisode(), ''), '');
    const typed = addDocument(r, { lrn: 'sec202600010', date: '2026-11-23', consignee: 'C' }, NOW);
    expect(typed).toEqual({
      ok: false,
      deviation: { kind: 'gap', series: 'SEC2026', skippedFrom: 3, skippedTo: 9, expected: 'SEC202600003' },
    });
    expect(!typed.ok && 'deviation' in typed && deviationText(typed.deviation, 'sec202600010')).toBe(
      'Le LRN SEC202600010 laisse un trou dans la série continue de l’année : les numéros SEC202600003 à SEC202600009 (7) ne seront attribués à aucun document. Le prochain LRN de la série est SEC202600003.',
    );
    const confirmed = add(r, 'sec202600010', '2026-11-23', true);
    expect(confirmed.documents.at(-1)).toMatchObject({
      lrn: 'SEC202600010',
      deviation: { kind: 'gap', skippedFrom: 3, skippedTo: 9, confirmedAt: NOW.toISOString() },
    });
    expect(unconfirmedGaps(confirmed, 'SEC2026')).toEqual([]);
    expect(nextLrn('SEC', 2026, confirmed.documents)).toBe('SEC202600011');
  });

  test('an LRN of another shape, of another year or going backwards is out of the series and needs a confirmation', () => {
    const r = add(add(add(withEpisode(), ''), ''), '');
    expect(seriesDeviation(r, 'ABC1', '2026-11-23')).toEqual({ kind: 'outOfSeries', expected: 'SEC202600004' });
    expect(seriesDeviation(r, 'SEC202600002X', '2026-11-23')).toMatchObject({ kind: 'outOfSeries' });
    expect(seriesDeviation(r, 'SEC202500001', '2026-11-23')).toMatchObject({ kind: 'outOfSeries' });
    // Another year's series, far ahead: out of this series, and a gap in its own that is confirmed with it.
    expect(seriesDeviation(r, 'SEC202700004', '2026-11-23')).toEqual({
      kind: 'outOfSeries',
      expected: 'SEC202600004',
      series: 'SEC2027',
      skippedFrom: 1,
      skippedTo: 3,
    });
    expect(seriesDeviation(r, 'SEC202600004', '2026-11-23')).toBeNull();
  });

  test('a mistaken document is voided with a reason, never deleted; the series stays continuous', () => {
    const r = add(add(withEpisode(), ''), '');
    expect(voidDocument(r, 'SEC202600001', '  ', NOW)).toEqual({ ok: false, problem: 'missingReason' });
    const voided = voidDocument(r, 'SEC202600001', 'Erreur de destinataire', NOW);
    if (!voided.ok) throw new Error('void');
    expect(voided.register.documents).toHaveLength(2);
    expect(voided.register.documents[0]!.voided).toEqual({ reason: 'Erreur de destinataire', at: NOW.toISOString() });
    expect(voidDocument(voided.register, 'SEC202600001', 'x', NOW)).toEqual({ ok: false, problem: 'alreadyVoided' });
    expect(nextLrn('SEC', 2026, voided.register.documents)).toBe('SEC202600003');
    // A voided document no longer changes status.
    expect(updateDocument(voided.register, 'SEC202600001', { status: 'entered' }).documents[0]!.status).toBe(
      'established',
    );
  });

  test('a document date in the future is refused', () => {
    const result = addDocument(withEpisode(), { lrn: '', date: '2026-11-24', consignee: 'C' }, NOW);
    expect(result).toEqual({ ok: false, problems: { date: 'future' } });
  });
});

describe('outage episodes', () => {
  test('a document needs an open episode, and prints that episode’s authorisation', () => {
    expect(addDocument(emptyRegister, { lrn: '', date: '2026-11-23', consignee: 'C' }, NOW)).toEqual({
      ok: false,
      problems: { episode: 'none' },
    });
    const r = add(withEpisode(), '');
    expect(r.documents[0]!.episodeId).toBe('e1');
    expect(authorisationText(r.episodes[0]!.authorisation)).toBe(
      'Procédure de secours autorisée par le SAU du CID, le 23/11/2026 à 08:00 (demande d’assistance DA-1)',
    );
  });

  test('one episode open at a time; a later outage is its own episode with its own authorisation', () => {
    const r = add(withEpisode(), '');
    expect(openEpisode(r, { by: 'meteo', at: '2026-11-23T10:00', daReference: '' }, NOW)).toEqual({
      ok: false,
      problems: [{ field: 'episode', kind: 'alreadyOpen' }],
    });
    expect(endEpisode(r, 'e1', '2026-11-23T07:00', NOW)).toEqual({
      ok: false,
      problems: [{ field: 'endedAt', kind: 'beforeStart' }],
    });
    const ended = endEpisode(r, 'e1', '2026-11-23T10:30', NOW);
    if (!ended.ok) throw new Error('end');
    const second = openEpisode(ended.register, { by: 'meteo', at: '2026-11-23T10:45', daReference: '' }, NOW, 'e2');
    if (!second.ok) throw new Error('open');
    const withDoc = add(second.register, '');
    expect(withDoc.documents.map((d) => [d.lrn, d.episodeId])).toEqual([
      ['SEC202600001', 'e1'],
      ['SEC202600002', 'e2'],
    ]);
    expect(authorisationText(withDoc.episodes[1]!.authorisation)).toBe(
      'Procédure de secours autorisée par le dysfonctionnement signalé sur la météo des services en ligne, le 23/11/2026 à 10:45',
    );
  });

  test('the authorisation can be corrected until a document carries it', () => {
    const r = withEpisode();
    const input = { by: 'serviceGestionnaire' as const, at: '2026-11-23T08:10', daReference: '' };
    expect(setAuthorisation(r, 'e1', input, NOW).ok).toBe(true);
    expect(setAuthorisation(add(r, ''), 'e1', input, NOW)).toEqual({
      ok: false,
      problems: [{ field: 'episode', kind: 'hasDocuments' }],
    });
    expect(setAuthorisation(r, 'e1', { ...input, at: '2026-11-23T12:00' }, NOW)).toEqual({
      ok: false,
      problems: [{ field: 'at', kind: 'future' }],
    });
  });
});

describe('the first register format', () => {
  test('is migrated, not set aside: its single authorisation becomes one episode holding its documents', () => {
    const v1 = {
      prefix: 'sec',
      authorisation: { by: 'sau', at: '2026-11-20T09:15', daReference: 'DA-9' },
      documents: [
        {
          lrn: 'sec202600001',
          date: '2026-11-20',
          consignee: 'Cave A',
          status: 'copySent',
          createdAt: '2026-11-20T09:00:00Z',
        },
        {
          lrn: 'SEC202600002',
          date: '2026-11-21',
          consignee: 'Cave B',
          status: 'established',
          createdAt: '2026-11-21T09:00:00Z',
        },
      ],
    };
    localStorage.setItem(registerStore.key, JSON.stringify({ v: 1, data: v1 }));
    const { value, problem } = registerStore.getSnapshot();
    expect(problem).toBeNull();
    expect(value.prefix).toBe('SEC');
    expect(value.episodes).toEqual([
      expect.objectContaining({
        id: 'episode-1',
        startedAt: '2026-11-20T09:15',
        authorisation: { by: 'sau', at: '2026-11-20T09:15', daReference: 'DA-9' },
      }),
    ]);
    expect(value.documents.map((d) => [d.lrn, d.episodeId, d.status])).toEqual([
      ['SEC202600001', 'episode-1', 'copySent'],
      ['SEC202600002', 'episode-1', 'established'],
    ]);
    // Without an authorisation recorded, the episode says so and can be completed.
    const bare = migrateRegisterV1({ prefix: '', documents: [v1.documents[0]] }) as Register;
    expect(bare.episodes[0]).toMatchObject({ authorisation: null, startedAt: '2026-11-20T00:00' });
  });
});

/**
 * Model-based test (fast-check commands): a real register and a small model receive the same random
 * sequences of additions (next LRN, typed LRN, gaps confirmed or not), voids, new episodes and restores
 * of an earlier backup. After each step they agree, and the invariants hold: no duplicate LRN, and every
 * number missing from a series is covered by a gap the user confirmed.
 */
const heads = (r: Register) => [...new Set(r.documents.map((d) => seriesOf(d.lrn)?.head).filter(Boolean))] as string[];

describe('the register, driven at random', () => {
  interface Model {
    lrns: string[];
    voided: Set<string>;
  }
  interface Real {
    register: Register;
    backups: Register[];
  }
  const check = (m: Model, r: Real) => {
    assert.deepEqual(
      r.register.documents.map((d) => d.lrn),
      m.lrns,
    );
    assert.deepEqual(
      r.register.documents
        .filter((d) => d.voided)
        .map((d) => d.lrn)
        .toSorted(),
      [...m.voided].toSorted(),
    );
    assert.equal(new Set(m.lrns).size, m.lrns.length, 'no duplicate LRN');
    for (const head of heads(r.register)) assert.deepEqual(unconfirmedGaps(r.register, head), [], `gaps in ${head}`);
    assert.ok(registerSchema.safeParse(r.register).success, 'the register reads back');
  };
  const dates = fc.constantFrom('2025-12-31', '2026-01-02', '2026-11-23');

  class AddNext implements fc.Command<Model, Real> {
    constructor(readonly date: string) {}
    check = () => true;
    run(m: Model, r: Real) {
      const expected = nextLrn(r.register.prefix, Number(this.date.slice(0, 4)), r.register.documents);
      const result = addDocument(r.register, { lrn: '', date: this.date, consignee: 'C' }, NOW);
      assert.ok(result.ok);
      if (result.ok) r.register = result.register;
      m.lrns.push(expected);
      check(m, r);
    }
    toString = () => `next(${this.date})`;
  }
  class AddTyped implements fc.Command<Model, Real> {
    constructor(
      readonly lrn: string,
      readonly date: string,
      readonly confirm: boolean,
    ) {}
    check = () => true;
    run(m: Model, r: Real) {
      let result = addDocument(r.register, { lrn: this.lrn, date: this.date, consignee: 'C' }, NOW);
      if (!result.ok && 'deviation' in result && this.confirm)
        result = addDocument(r.register, { lrn: this.lrn, date: this.date, consignee: 'C' }, NOW, result.deviation);
      const valid = lrnProblem(this.lrn, r.register.documents) === null;
      const inSeries = seriesDeviation(r.register, this.lrn, this.date) === null;
      assert.equal(result.ok, valid && (inSeries || this.confirm));
      if (result.ok) {
        r.register = result.register;
        m.lrns.push(this.lrn.toUpperCase());
      }
      check(m, r);
    }
    toString = () => `typed(${this.lrn}, ${this.date}, ${this.confirm})`;
  }
  class Void implements fc.Command<Model, Real> {
    constructor(readonly pick: number) {}
    check = (m: Readonly<Model>) => m.lrns.length > 0;
    run(m: Model, r: Real) {
      const lrn = m.lrns[this.pick % m.lrns.length]!;
      const result = voidDocument(r.register, lrn, 'erreur', NOW);
      assert.equal(result.ok, !m.voided.has(lrn));
      if (result.ok) r.register = result.register;
      m.voided.add(lrn);
      check(m, r);
    }
    toString = () => `void(${this.pick})`;
  }
  class NewEpisode implements fc.Command<Model, Real> {
    check = () => true;
    run(m: Model, r: Real) {
      const ended = endEpisode(r.register, r.register.episodes.at(-1)!.id, '2026-11-23T10:59', NOW);
      if (ended.ok) {
        const opened = openEpisode(
          ended.register,
          { by: 'meteo', at: '2026-11-23T10:59', daReference: '' },
          NOW,
          `e${r.register.episodes.length + 1}`,
        );
        if (opened.ok) r.register = opened.register;
      }
      check(m, r);
    }
    toString = () => 'newEpisode';
  }
  class Backup implements fc.Command<Model, Real> {
    check = () => true;
    run(_m: Model, r: Real) {
      r.backups.push(structuredClone(r.register));
    }
    toString = () => 'backup';
  }
  class Restore implements fc.Command<Model, Real> {
    constructor(readonly pick: number) {}
    check = () => true;
    run(m: Model, r: Real) {
      const backup = r.backups[this.pick % Math.max(r.backups.length, 1)] ?? emptyRegister;
      const { register, conflicts } = mergeRegister(r.register, backup);
      // An earlier backup of this register holds nothing new: documents voided since differ, and are
      // reported for the user to choose, never overwritten.
      assert.deepEqual(register.documents, r.register.documents);
      for (const c of conflicts) assert.ok(m.voided.has(c.lrn), `conflict on ${c.lrn}`);
      r.register = register;
      check(m, r);
    }
    toString = () => `restore(${this.pick})`;
  }

  test('agrees with its model and keeps its invariants', () => {
    const typed = fc.oneof(
      alnum,
      fc.integer({ min: 1, max: 40 }).map((n) => `SEC2026${String(n).padStart(5, '0')}`),
      fc.integer({ min: 1, max: 40 }).map((n) => `sec2025${String(n).padStart(5, '0')}`),
    );
    const commands = [
      dates.map((d) => new AddNext(d)),
      fc.tuple(typed, dates, fc.boolean()).map(([l, d, c]) => new AddTyped(l, d, c)),
      fc.nat().map((n) => new Void(n)),
      fc.constant(new NewEpisode()),
      fc.constant(new Backup()),
      fc.nat().map((n) => new Restore(n)),
    ];
    let runs = 0;
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 40 }), (cmds) => {
        runs++;
        fc.modelRun(
          () => ({ model: { lrns: [], voided: new Set<string>() }, real: { register: withEpisode(), backups: [] } }),
          cmds,
        );
      }),
      { numRuns: 300, seed: 2026 },
    );
    expect(runs).toBeGreaterThanOrEqual(300);
  });
});
