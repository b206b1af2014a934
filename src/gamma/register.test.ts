import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { ok, type Result } from '../lib/result';
import { nowAfter } from '../lib/time';
import {
  addDocument,
  documentState,
  milestoneNotBefore,
  nextMilestone,
  recordMilestone,
  voidDocument,
  type NewDocument,
} from './documents';
import { correctEpisode, documentsOf, endEpisode, episodeEndNotBefore, openEpisode } from './episodes';
import type { RegisterEvent } from './log';
import { reduceRegister, registerEventsFor } from './reduce';
import { validateOperator } from './operator';
import { emptyRegister, migrateRegisterV1, registerSchema, type BackupDocument, type Register } from './schema';
import {
  arcProblem,
  lrnProblem,
  nextLrn,
  prefixShapeProblem,
  seriesDeviation,
  seriesOf,
  setPrefix,
  unconfirmedGaps,
} from './series';
import { registerStore } from './store';
import { richRegister } from '../testing/rich';
import { storageKey } from '../lib/storage';
import { union } from '../records/log';
import { mustAccept, withDocument, withEpisode, refused, TEST_NOW as NOW } from '../testing/rules';
import {
  authorisationText,
  deviationNote,
  deviationText,
  documentProblemText,
  prefixChangeNote,
  withoutCopyNote,
} from './texts';

const OLD_KEY = storageKey('gamma-register');
const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const doc = (lrn: string, date = '2026-11-23'): BackupDocument => ({
  lrn,
  date,
  consignee: { name: 'Cave X', identification: '' },
  episodeId: 'e1',
  createdAt: NOW.toISOString(),
});
const alnum = fc.stringMatching(/^[A-Za-z0-9]{1,22}$/);
const input = (lrn: string, date = '2026-11-23'): NewDocument => ({
  lrn,
  date,
  consigneeName: 'Cave X',
  consigneeIdentification: '',
});

/** A register with an episode open since 07:30, authorised by the SAU at 08:00. */
const openRegister = (prefix = 'SEC'): Register =>
  withEpisode({ startedAt: '2026-11-23T07:30', daReference: 'DA-1' }, { ...emptyRegister, prefix });
const add = (r: Register, lrn: string, date = '2026-11-23', confirm = false): Register =>
  withDocument(r, input(lrn, date), confirm);

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
    const r = add(openRegister(''), 'abc123', '2026-11-23', true);
    expect(r.documents.map((d) => d.lrn)).toEqual(['ABC123']);
    expect(registerSchema.safeParse({ ...r, documents: [{ ...r.documents[0], lrn: 'abc123' }] }).success).toBe(false);
  });

  test('a prefix that would not leave room, or has other characters, is refused', () => {
    expect(prefixShapeProblem('ABCDEFGHIJKLMN')).toBe('tooLong');
    expect(prefixShapeProblem('SE C')).toBe('characters');
    expect(prefixShapeProblem('')).toBeNull();
  });

  test('an ARC has the an21 shape', () => {
    expect(arcProblem('26FRAB1234567890123P5')).toBeNull();
    expect(arcProblem('26FR123')).toBe('shape');
    expect(arcProblem('')).toBeNull();
  });
});

describe('the date of a document', () => {
  test('a day that does not exist is said so, not taken for an empty field', () => {
    expect(documentProblemText('date', { date: 'invalid' }, '')).toMatch(/Cette date n’existe pas/);
    expect(documentProblemText('date', { date: 'missing' }, '')).toMatch(/^Indiquez la date/);
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
    const r = mustAccept(
      openEpisode(
        { ...emptyRegister, prefix: 'SEC' },
        { startedAt: '2025-12-31T20:00', by: 'sau', at: '2025-12-31T20:30', daReference: '' },
        NOW,
        'e1',
      ),
    );
    expect(add(add(r, '', '2025-12-31'), '', '2026-01-01').documents.map((d) => d.lrn)).toEqual([
      'SEC202500001',
      'SEC202600001',
    ]);
  });

  test('a typed LRN that leaves a gap shows the numbers skipped and needs a confirmation, which is kept', () => {
    const r = add(add(openRegister(), ''), '');
    const typed = addDocument(r, input('sec202600010'), NOW);
    expect(typed).toEqual(
      refused({
        deviation: { kind: 'gap', series: 'SEC2026', skippedFrom: 3, skippedTo: 9, expected: 'SEC202600003' },
      }),
    );
    expect(
      sp(
        deviationText(
          { kind: 'gap', series: 'SEC2026', skippedFrom: 3, skippedTo: 9, expected: 'SEC202600003' },
          'sec202600010',
        ),
      ),
    ).toBe(
      'Le LRN SEC202600010 rompt la série continue de l’année : les numéros SEC202600003 à SEC202600009 (7) ne seront attribués à aucun document. Le prochain LRN de la série est SEC202600003.',
    );
    const confirmed = add(r, 'sec202600010', '2026-11-23', true);
    const kept = confirmed.documents.at(-1)!;
    expect(kept).toMatchObject({
      lrn: 'SEC202600010',
      deviation: { kind: 'gap', skippedFrom: 3, skippedTo: 9, confirmedAt: NOW.toISOString() },
    });
    expect(sp(deviationNote(kept.deviation!))).toBe(
      'Rupture de série confirmée le 23/11/2026 à 11:00 : SEC202600003 à SEC202600009 non attribués (7 numéros).',
    );
    expect(unconfirmedGaps(confirmed, 'SEC2026')).toEqual([]);
    expect(nextLrn('SEC', 2026, confirmed.documents)).toBe('SEC202600011');
  });

  test('a gap of one number says it in the singular', () => {
    const one = add(add(openRegister(), ''), 'SEC202600003', '2026-11-23', true).documents.at(-1)!;
    expect(sp(deviationNote(one.deviation!))).toBe(
      'Rupture de série confirmée le 23/11/2026 à 11:00 : SEC202600002 non attribué.',
    );
  });

  test('an LRN of another shape, of another year or going backwards is out of the series and needs a confirmation', () => {
    const r = add(add(add(openRegister(), ''), ''), '');
    expect(seriesDeviation(r, 'ABC1', '2026-11-23')).toEqual({ kind: 'outOfSeries', expected: 'SEC202600004' });
    expect(seriesDeviation(r, 'SEC202600002X', '2026-11-23')).toMatchObject({ kind: 'outOfSeries' });
    expect(seriesDeviation(r, 'SEC202500001', '2026-11-23')).toMatchObject({ kind: 'outOfSeries' });
    expect(seriesDeviation(r, 'SEC202700004', '2026-11-23')).toEqual({
      kind: 'outOfSeries',
      expected: 'SEC202600004',
      series: 'SEC2027',
      skippedFrom: 1,
      skippedTo: 3,
    });
    expect(seriesDeviation(r, 'SEC202600004', '2026-11-23')).toBeNull();
  });

  test('a new prefix in a year whose series has begun starts another series: refused until confirmed, then kept', () => {
    const r = add(openRegister(''), '');
    expect(r.documents[0]!.lrn).toBe('202600001');
    const asked = setPrefix(r, 'sec', NOW);
    expect(asked).toEqual(refused({ newSeries: { years: [2026], last: '202600001' } }));
    const changed = mustAccept(setPrefix(r, 'sec', NOW, true));
    expect(changed.prefix).toBe('SEC');
    expect(changed.prefixChanges).toEqual([{ from: '', to: 'SEC', years: [2026], confirmedAt: NOW.toISOString() }]);
    expect(sp(prefixChangeNote(changed.prefixChanges[0]!))).toBe(
      'Changement de préfixe confirmé le 23/11/2026 à 11:00 : « aucun » remplacé par « SEC » ; une autre série commence en 2026.',
    );
    expect(add(changed, '').documents.at(-1)!.lrn).toBe('SEC202600001');
    // Before any document of the year, or to the same prefix, nothing is asked or kept.
    expect(mustAccept(setPrefix(openRegister(''), 'SEC', NOW)).prefixChanges).toEqual([]);
    expect(setPrefix(r, '', NOW)).toEqual(ok(r));
    expect(setPrefix(r, 'S-1', NOW)).toEqual(refused('characters'));
  });

  test('an episode’s documents read series by series, year then prefix, each in LRN order; others last', () => {
    // An episode over New Year's Eve: documents dated on either side of midnight, one typed late.
    let r = withEpisode({ startedAt: '2025-12-31T20:00' }, emptyRegister);
    for (const [lrn, date] of [
      ['', '2025-12-31'],
      ['', '2025-12-31'],
      ['', '2026-01-01'],
      ['', '2025-12-31'],
      ['ODD1', '2025-12-31'],
      ['', '2026-01-01'],
    ] as const)
      r = add(r, lrn, date, true);
    expect(r.documents.map((d) => d.lrn)).toEqual([
      '202500001',
      '202500002',
      '202600001',
      '202500003',
      'ODD1',
      '202600002',
    ]);
    expect(documentsOf(r, r.episodes[0]!.id).map((d) => d.lrn)).toEqual([
      '202500001',
      '202500002',
      '202500003',
      '202600001',
      '202600002',
      'ODD1',
    ]);
  });

  test('a mistaken document is voided with a reason, never deleted; the series stays continuous', () => {
    const r = add(add(openRegister(), ''), '');
    expect(voidDocument(r, 'SEC202600001', '  ', NOW)).toEqual(refused('missingReason'));
    const voided = mustAccept(voidDocument(r, 'SEC202600001', 'Erreur de destinataire', NOW));
    expect(voided.documents).toHaveLength(2);
    expect(voided.documents[0]!.voided).toEqual({ reason: 'Erreur de destinataire', at: NOW.toISOString() });
    expect(voidDocument(voided, 'SEC202600001', 'x', NOW)).toEqual(refused('alreadyVoided'));
    expect(nextLrn('SEC', 2026, voided.documents)).toBe('SEC202600003');
    expect(recordMilestone(voided, 'SEC202600001', 'copySent', { at: '2026-11-23T10:00' }, NOW)).toEqual(
      refused({ document: 'voided' }),
    );
  });

  test('a document date in the future, or before its episode began, is refused', () => {
    expect(addDocument(openRegister(), input('', '2026-11-24'), NOW)).toEqual(refused({ date: 'future' }));
    expect(addDocument(openRegister(), input('', '2026-11-22'), NOW)).toEqual(refused({ date: 'beforeEpisode' }));
  });

  test('the consignee has a name, and an excise number (box 5a) when given, never a VAT number', () => {
    const r = openRegister();
    expect(addDocument(r, { ...input(''), consigneeName: ' ' }, NOW)).toEqual(refused({ consigneeName: 'missing' }));
    for (const identification of ['12-34', 'DE123456789', 'FR12345678901234'])
      expect(addDocument(r, { ...input(''), consigneeIdentification: identification }, NOW)).toEqual(
        refused({ consigneeIdentification: 'shape' }),
      );
    mustAccept(addDocument(r, { ...input(''), consigneeIdentification: 'DE00123456789' }, NOW));
    const added = mustAccept(addDocument(r, { ...input(''), consigneeIdentification: 'fr 0123 4567 8e0' }, NOW));
    expect(added.documents[0]!.consignee).toEqual({ name: 'Cave X', identification: 'FR012345678E0' });
  });
});

describe('outage episodes', () => {
  test('a document needs an open episode, and prints that episode’s authorisation in the chart’s words', () => {
    expect(addDocument(emptyRegister, input(''), NOW)).toEqual(refused({ episode: 'none' }));
    const r = add(openRegister(), '');
    expect(r.documents[0]!.episodeId).toBe('e1');
    expect(sp(authorisationText(r.episodes[0]!.authorisation))).toBe(
      'Procédure de secours autorisée par le SAU du CID, le 23/11/2026 à 08:00 (demande d’assistance DA-1).',
    );
    expect(sp(authorisationText({ by: 'serviceGestionnaire', at: '2026-11-23T08:00' }))).toBe(
      'Procédure de secours autorisée par le service gestionnaire, le 23/11/2026 à 08:00.',
    );
    // S2: a malfunction on the météo authorises nothing itself; the chart's box says what follows from it.
    expect(sp(authorisationText({ by: 'meteo', at: '2026-11-23T08:00' }))).toBe(
      'Dysfonctionnement signalé sur la météo des services en ligne, constaté le 23/11/2026 à 08:00 : pas besoin d’avertir le SAU au préalable, procédure de secours autorisée.',
    );
  });

  test('the start is the one given, and the authorisation cannot precede it', () => {
    expect(openRegister().episodes[0]).toMatchObject({
      startedAt: '2026-11-23T07:30',
      authorisation: { at: '2026-11-23T08:00' },
    });
    expect(
      openEpisode(
        emptyRegister,
        { startedAt: '2026-11-23T09:00', by: 'sau', at: '2026-11-23T08:00', daReference: '' },
        NOW,
      ),
    ).toEqual(refused({ at: 'beforeStart' }));
    expect(
      openEpisode(
        emptyRegister,
        { startedAt: '2026-11-23T12:00', by: '', at: '2026-11-23T08:00', daReference: '' },
        NOW,
      ),
    ).toEqual(refused({ startedAt: 'future', by: 'missing' }));
  });

  test('one episode open at a time; its end follows its start, its authorisation and its documents', () => {
    const r = add(openRegister(), '');
    expect(
      openEpisode(r, { startedAt: '2026-11-23T10:00', by: 'meteo', at: '2026-11-23T10:00', daReference: '' }, NOW),
    ).toEqual(refused({ episode: 'alreadyOpen' }));
    expect(endEpisode(r, 'e1', '2026-11-23T07:00', NOW)).toEqual(refused({ endedAt: 'beforeStart' }));
    expect(endEpisode(r, 'e1', '2026-11-23T07:45', NOW)).toEqual(refused({ endedAt: 'beforeAuthorisation' }));
    const ended = mustAccept(endEpisode(r, 'e1', '2026-11-23T10:30', NOW));
    expect(endEpisode(ended, 'e1', '2026-11-23T10:40', NOW)).toEqual(refused({ episode: 'ended' }));
    const second = mustAccept(
      openEpisode(
        ended,
        { startedAt: '2026-11-23T10:40', by: 'meteo', at: '2026-11-23T10:45', daReference: '' },
        NOW,
        'e2',
      ),
    );
    expect(add(second, '').documents.map((d) => [d.lrn, d.episodeId])).toEqual([
      ['SEC202600001', 'e1'],
      ['SEC202600002', 'e2'],
    ]);
  });

  test('the start and authorisation can be corrected together until a document carries them', () => {
    const r = openRegister();
    const fix = {
      startedAt: '2026-11-23T07:00',
      by: 'serviceGestionnaire' as const,
      at: '2026-11-23T08:10',
      daReference: '',
    };
    expect(mustAccept(correctEpisode(r, 'e1', fix, NOW)).episodes[0]).toMatchObject({
      startedAt: '2026-11-23T07:00',
      authorisation: { by: 'serviceGestionnaire', at: '2026-11-23T08:10' },
    });
    expect(correctEpisode(add(r, ''), 'e1', fix, NOW)).toEqual(refused({ episode: 'hasDocuments' }));
    expect(correctEpisode(r, 'e1', { ...fix, at: '2026-11-23T12:00' }, NOW)).toEqual(refused({ at: 'future' }));
  });
});

const base = () => add(openRegister(), '');
const firstOf = (r: Register) => r.documents[0]!;

describe('the milestones of a document (S2: copy to the managing office before the movement, then archive)', () => {
  const L = 'SEC202600001';

  test('follow S2’s order, each dated, never in the future nor before the one it follows', () => {
    let r = base();
    expect(nextMilestone(firstOf(r))).toBe('copySent');
    expect(recordMilestone(r, L, 'archived', { at: '2026-11-23T09:00' }, NOW)).toEqual(refused({ copy: 'needed' }));
    expect(recordMilestone(r, L, 'copySent', { at: '2026-11-23T12:00' }, NOW)).toEqual(refused({ at: 'future' }));
    // A clock a few minutes behind the user's watch (as the time field allows, and the incident takes): taken;
    // and the next milestone « now » is not refused for coming before it.
    const ahead = mustAccept(recordMilestone(r, L, 'copySent', { at: '2026-11-23T11:03' }, NOW));
    expect(milestoneNotBefore(ahead, firstOf(ahead), 'archived')).toBe('2026-11-23T11:03');
    const archivedNow = nowAfter(milestoneNotBefore(ahead, firstOf(ahead), 'archived'), NOW);
    expect(recordMilestone(ahead, L, 'archived', { at: archivedNow }, NOW).ok).toBe(true);
    // An episode started and authorised ahead of the clock: a copy is not sent before it, nor does it end before.
    const early = mustAccept(
      openEpisode(
        emptyRegister,
        { startedAt: '2026-11-23T11:02', by: 'meteo', at: '2026-11-23T11:03', daReference: '' },
        NOW,
        'e9',
      ),
    );
    const drawn = add(early, '');
    expect(milestoneNotBefore(drawn, firstOf(drawn), 'copySent')).toBe('2026-11-23T11:03');
    expect(episodeEndNotBefore(drawn.episodes[0]!)).toBe('2026-11-23T11:03');
    expect(endEpisode(drawn, 'e9', nowAfter(episodeEndNotBefore(drawn.episodes[0]!), NOW), NOW).ok).toBe(true);
    expect(
      openEpisode(
        emptyRegister,
        { startedAt: '2026-11-23T11:02', by: 'meteo', at: '2026-11-23T11:03', daReference: '' },
        NOW,
      ).ok,
    ).toBe(true);
    expect(recordMilestone(r, L, 'copySent', { at: '2026-11-22T23:00' }, NOW)).toEqual(
      refused({ at: 'beforeDocument' }),
    );
    r = mustAccept(recordMilestone(r, L, 'copySent', { at: '2026-11-23T09:00' }, NOW));
    expect(firstOf(r).copySent).toEqual({ at: '2026-11-23T09:00', recordedAt: NOW.toISOString() });
    expect(documentState(firstOf(r))).toBe('copySent');
    expect(recordMilestone(r, L, 'archived', { at: '2026-11-23T08:59' }, NOW)).toEqual(refused({ at: 'beforeCopy' }));
    r = mustAccept(recordMilestone(r, L, 'archived', { at: '2026-11-23T09:30' }, NOW));
    // Moving on keeps what came before: the copy's date stays.
    expect(firstOf(r).copySent?.at).toBe('2026-11-23T09:00');
    expect(recordMilestone(r, L, 'copySent', { at: '2026-11-23T09:45' }, NOW)).toEqual(refused({ at: 'afterArchive' }));
    expect(nextMilestone(firstOf(r))).toBe('entered');
  });

  test('the data are entered in GAMMA 2 once the episode ended, with the ARC', () => {
    let r = mustAccept(recordMilestone(base(), L, 'copySent', { at: '2026-11-23T09:00' }, NOW));
    expect(recordMilestone(r, L, 'entered', { at: '2026-11-23T10:30' }, NOW)).toEqual(refused({ episode: 'open' }));
    r = mustAccept(endEpisode(r, 'e1', '2026-11-23T10:00', NOW));
    expect(recordMilestone(r, L, 'entered', { at: '2026-11-23T09:50' }, NOW)).toEqual(refused({ at: 'beforeEnd' }));
    expect(recordMilestone(r, L, 'entered', { at: '2026-11-23T10:30', arc: '26FR1' }, NOW)).toEqual(
      refused({ arc: 'shape' }),
    );
    r = mustAccept(recordMilestone(r, L, 'entered', { at: '2026-11-23T10:30', arc: '26frab1234567890123p5' }, NOW));
    expect(firstOf(r).entered).toEqual({
      at: '2026-11-23T10:30',
      recordedAt: NOW.toISOString(),
      arc: '26FRAB1234567890123P5',
    });
    expect(nextMilestone(firstOf(r))).toBeNull();
    expect(documentState(firstOf(r))).toBe('entered');
  });

  test('entering a document whose copy was not recorded as sent is confirmed explicitly, and said', () => {
    const r = mustAccept(endEpisode(base(), 'e1', '2026-11-23T10:00', NOW));
    expect(recordMilestone(r, L, 'entered', { at: '2026-11-23T10:30' }, NOW)).toEqual(refused({ copy: 'toConfirm' }));
    const entered = mustAccept(recordMilestone(r, L, 'entered', { at: '2026-11-23T10:30', withoutCopy: true }, NOW));
    expect(firstOf(entered).entered?.withoutCopyConfirmedAt).toBe(NOW.toISOString());
    expect(sp(withoutCopyNote(firstOf(entered).entered!.withoutCopyConfirmedAt!))).toBe(
      'Saisi sans envoi de copie enregistré : confirmé le 23/11/2026 à 11:00.',
    );
    // Corrected later, the confirmation stays.
    const corrected = mustAccept(recordMilestone(entered, L, 'entered', { at: '2026-11-23T10:40' }, NOW));
    expect(firstOf(corrected).entered).toMatchObject({
      at: '2026-11-23T10:40',
      withoutCopyConfirmedAt: NOW.toISOString(),
    });
  });
});

describe('the operator', () => {
  test('needs the raison sociale and an excise number of the an13 shape', () => {
    expect(validateOperator({ name: ' ', exciseNumber: 'FR12', street: '', city: '' })).toEqual(
      refused({ name: 'missing', exciseNumber: 'shape' }),
    );
    expect(validateOperator({ name: 'Cave', exciseNumber: 'fr 0123 4567 8E0', street: ' 1 rue ', city: '' })).toEqual(
      ok({ name: 'Cave', exciseNumber: 'FR012345678E0', street: '1 rue', city: '' }),
    );
  });
});

const v2Document = (lrn: string, status: string, consignee: string, arc?: string) => ({
  lrn,
  date: '2026-11-20',
  consignee,
  episodeId: 'e1',
  status,
  createdAt: '2026-11-20T09:00:00Z',
  ...(arc ? { arc } : {}),
});

describe('registers of earlier versions', () => {
  test('version 1: its single authorisation becomes one episode holding its documents', () => {
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
    localStorage.setItem(OLD_KEY, JSON.stringify({ v: 1, data: v1 }));
    const { value: r, problem } = registerStore.getSnapshot();
    expect(problem).toBeNull();
    expect(r.prefix).toBe('SEC');
    expect(r.episodes).toEqual([
      expect.objectContaining({
        id: 'episode-1',
        startedAt: '2026-11-20T09:15',
        authorisation: { by: 'sau', at: '2026-11-20T09:15', daReference: 'DA-9' },
      }),
    ]);
    expect(r.documents.map((d) => [d.lrn, d.episodeId, documentState(d)])).toEqual([
      ['SEC202600001', 'episode-1', 'copySent'],
      ['SEC202600002', 'episode-1', 'established'],
    ]);
    const bare = migrateRegisterV1({ prefix: '', documents: [v1.documents[0]] }) as Register;
    expect(bare.episodes[0]).toMatchObject({ authorisation: null, startedAt: '2026-11-20T00:00' });
  });

  test('version 2: each status becomes its milestones, undated; an excise number as consignee goes to its box', () => {
    const episode = {
      id: 'e1',
      startedAt: '2026-11-20T09:00',
      authorisation: null,
      recordedAt: '2026-11-20T09:00:00Z',
    };
    const v2 = {
      prefix: 'SEC',
      episodes: [episode],
      documents: [
        v2Document('SEC202600001', 'established', 'Cave A'),
        v2Document('SEC202600002', 'copySent', 'fr012345678e0'),
        v2Document('SEC202600003', 'archived', 'Cave C'),
        v2Document('SEC202600004', 'entered', 'Cave D', '26FRAB1234567890123P5'),
      ],
    };
    localStorage.setItem(OLD_KEY, JSON.stringify({ v: 2, data: v2 }));
    const { value: r, problem } = registerStore.getSnapshot();
    expect(problem).toBeNull();
    expect(r.operator).toEqual({ name: '', exciseNumber: '', street: '', city: '' });
    const undated = { at: null, recordedAt: '2026-11-20T09:00:00Z' };
    expect(r.documents.map((x) => [x.consignee, x.copySent, x.archived, x.entered])).toEqual([
      [{ name: 'Cave A', identification: '' }, undefined, undefined, undefined],
      [{ name: '', identification: 'FR012345678E0' }, undated, undefined, undefined],
      [{ name: 'Cave C', identification: '' }, undated, undated, undefined],
      [{ name: 'Cave D', identification: '' }, undefined, undefined, { ...undated, arc: '26FRAB1234567890123P5' }],
    ]);
    // The value an earlier build kept stays where it was, untouched.
    expect(localStorage.getItem(OLD_KEY)).toBe(JSON.stringify({ v: 2, data: v2 }));
  });
});

describe('the register as an event log', () => {
  test('a register written by the build before (version 3) reads into the log with nothing lost', () => {
    const before = richRegister();
    localStorage.setItem(OLD_KEY, JSON.stringify({ v: 3, data: before }));
    const { value, problem, conflicts } = registerStore.getSnapshot();
    expect(problem).toBeNull();
    expect(conflicts).toEqual([]);
    expect(value).toEqual(before);
    // Read again (another tab of the old build wrote the same value): nothing is added twice.
    localStorage.setItem(OLD_KEY, JSON.stringify({ v: 3, data: before }) + ' ');
    expect(registerStore.getSnapshot().value).toEqual(before);
  });

  test('an unreadable register of an earlier build is set aside and reported, not dropped', () => {
    localStorage.setItem(OLD_KEY, '{"v":3,"data":{"documents":"?"}}');
    expect(registerStore.getSnapshot().value).toEqual(emptyRegister);
    expect(localStorage.getItem('secours-douane.register-log.rejected')).toContain('documents');
  });

  test('a milestone of the same millisecond as its document, sorted before it, is not lost', () => {
    const here = add(openRegister(), '');
    const copy = mustAccept(recordMilestone(here, 'SEC202600001', 'copySent', { at: '2026-11-23T09:00' }, NOW));
    const at = NOW.toISOString();
    const events = [
      ...registerEventsFor(emptyRegister, here).map((e, i) => ({ ...e, id: `z${i}`, at })),
      ...registerEventsFor(here, copy).map((e) => ({ ...e, id: 'a', at })),
    ] as RegisterEvent[];
    expect(reduceRegister(union(events, [])).register).toEqual(copy);
  });

  test('the same document written twice is one document; the same LRN drawn up twice is a conflict', () => {
    const here = add(openRegister(), '');
    const events = registerEventsFor(emptyRegister, here).map((e, i) => ({ ...e, id: `a${i}`, at: NOW.toISOString() }));
    expect(reduceRegister(union(events, events)).register).toEqual(here);
    const twice = { ...events.at(-1)!, id: 'b1' } as RegisterEvent;
    const { register, conflicts } = reduceRegister(union(events, [twice]));
    expect(register.documents).toHaveLength(1);
    expect(conflicts).toEqual([expect.objectContaining({ kind: 'lrnTwice', lrn: 'SEC202600001' })]);
  });
});

/**
 * Model-based test (fast-check commands): a real register and a small model receive the same random
 * sequences of additions (next LRN, typed LRN, gaps confirmed or not), voids, milestones, new episodes
 * and restores of an earlier backup. After each step they agree, and the invariants hold: no duplicate
 * LRN, every number missing from a series is covered by a gap the user confirmed, and every milestone
 * follows the one before it.
 */
const heads = (r: Register) => [...new Set(r.documents.map((d) => seriesOf(d.lrn)?.head).filter(Boolean))] as string[];

describe('the register, driven at random', () => {
  interface Model {
    lrns: string[];
    voided: Set<string>;
  }
  interface Real {
    register: Register;
    events: RegisterEvent[];
    backups: RegisterEvent[][];
    clock: number;
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
    for (const d of r.register.documents) {
      if (d.archived) assert.ok(d.copySent && d.copySent.at! <= d.archived.at!, `archived after the copy: ${d.lrn}`);
      if (d.entered && d.copySent) assert.ok(d.copySent.at! <= d.entered.at!, `entered after the copy: ${d.lrn}`);
      if (d.entered && !d.copySent) assert.ok(d.entered.withoutCopyConfirmedAt, `entered without copy: ${d.lrn}`);
    }
    assert.ok(registerSchema.safeParse(r.register).success, 'the register reads back');
  };
  const dates = fc.constantFrom('2025-12-31', '2026-01-02', '2026-11-23');
  /** A document is dated within its episode: not before the day it started. */
  const dateFits = (r: Real, date: string) => date >= r.register.episodes.at(-1)!.startedAt.slice(0, 10);
  /** A minute of 23/11/2026 in Paris, one later at each step, before NOW (11:00). */
  const tick = (r: Real) => `2026-11-23T10:${String(10 + (r.clock++ % 49)).padStart(2, '0')}`;
  /**
   * Keeps what a rule accepted as events, as the app does, and the register as their reduction, which must
   * be what the rule made; says whether it accepted.
   */
  const take = (r: Real, result: Result<Register, unknown>) => {
    if (!result.ok) return false;
    const made = registerEventsFor(r.register, result.value).map(
      (e, i) =>
        ({ ...e, id: `e${String(r.events.length + i).padStart(6, '0')}`, at: NOW.toISOString() }) as RegisterEvent,
    );
    r.events.push(...made);
    r.register = reduceRegister(r.events).register;
    assert.deepEqual(r.register, result.value, 'the events give back what the rule made');
    return true;
  };

  class AddNext implements fc.Command<Model, Real> {
    constructor(readonly date: string) {}
    check = () => true;
    run(m: Model, r: Real) {
      const expected = nextLrn(r.register.prefix, Number(this.date.slice(0, 4)), r.register.documents);
      const result = addDocument(r.register, input('', this.date), NOW);
      assert.equal(result.ok, dateFits(r, this.date));
      if (take(r, result)) m.lrns.push(expected);
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
      let result = addDocument(r.register, input(this.lrn, this.date), NOW);
      if (!result.ok && result.problem.deviation && this.confirm)
        result = addDocument(r.register, input(this.lrn, this.date), NOW, result.problem.deviation);
      const valid = lrnProblem(this.lrn, r.register.documents) === null;
      const inSeries = seriesDeviation(r.register, this.lrn, this.date) === null;
      assert.equal(result.ok, valid && dateFits(r, this.date) && (inSeries || this.confirm));
      if (take(r, result)) m.lrns.push(this.lrn.toUpperCase());
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
      assert.equal(take(r, result), !m.voided.has(lrn));
      m.voided.add(lrn);
      check(m, r);
    }
    toString = () => `void(${this.pick})`;
  }
  class Milestone implements fc.Command<Model, Real> {
    constructor(
      readonly pick: number,
      readonly withoutCopy: boolean,
    ) {}
    check = (m: Readonly<Model>) => m.lrns.length > 0;
    run(m: Model, r: Real) {
      const d = r.register.documents[this.pick % r.register.documents.length]!;
      const next = nextMilestone(d);
      if (next) take(r, recordMilestone(r.register, d.lrn, next, { at: tick(r), withoutCopy: this.withoutCopy }, NOW));
      check(m, r);
    }
    toString = () => `milestone(${this.pick}, ${this.withoutCopy})`;
  }
  class NewEpisode implements fc.Command<Model, Real> {
    check = () => true;
    run(m: Model, r: Real) {
      const at = tick(r);
      const ended = endEpisode(r.register, r.register.episodes.at(-1)!.id, at, NOW);
      if (ended.ok)
        take(
          r,
          openEpisode(
            ended.value,
            { startedAt: at, by: 'meteo', at, daReference: '' },
            NOW,
            `e${r.register.episodes.length + 1}`,
          ),
        );
      check(m, r);
    }
    toString = () => 'newEpisode';
  }
  class Backup implements fc.Command<Model, Real> {
    check = () => true;
    run(_m: Model, r: Real) {
      r.backups.push([...r.events]);
    }
    toString = () => 'backup';
  }
  class Restore implements fc.Command<Model, Real> {
    constructor(readonly pick: number) {}
    check = () => true;
    run(m: Model, r: Real) {
      const backup = r.backups[this.pick % Math.max(r.backups.length, 1)] ?? [];
      // An earlier backup of this register holds nothing new: the union changes nothing, and no conflict.
      const merged = reduceRegister(union(r.events, backup));
      assert.deepEqual(merged.register, r.register);
      assert.deepEqual(merged.conflicts, []);
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
      fc.tuple(fc.nat(), fc.boolean()).map(([n, w]) => new Milestone(n, w)),
      fc.constant(new NewEpisode()),
      fc.constant(new Backup()),
      fc.nat().map((n) => new Restore(n)),
    ];
    let runs = 0;
    const start = withEpisode(
      { startedAt: '2025-12-31T08:00', at: '2025-12-31T08:00' },
      { ...emptyRegister, prefix: 'SEC' },
    );
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 40 }), (cmds) => {
        runs++;
        fc.modelRun(() => {
          const events = registerEventsFor(emptyRegister, start).map(
            (e, i) => ({ ...e, id: `s${i}`, at: '2025-12-31T07:00:00.000Z' }) as RegisterEvent,
          );
          return {
            model: { lrns: [], voided: new Set<string>() },
            real: { register: start, events, backups: [], clock: 0 },
          };
        }, cmds);
      }),
      { numRuns: 300, seed: 2026 },
    );
    expect(runs).toBeGreaterThanOrEqual(300);
  });
});
