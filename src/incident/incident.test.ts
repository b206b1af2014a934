// @vitest-environment node
import * as fc from 'fast-check';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { replay } from '../flows/replay';
import { addConfirmedService, addDiagnosedService, newIncident, startChoice } from './opening';
import { daServiceOf, migrateIncidentsV1, type Incident, type ServiceRecord } from './schema';
import { closeIncident, incidentStatus } from './status';
import { correctAlertAt, correctStep, incidentStart, recordStep } from './steps';
import { incidentsStore } from './store';
import {
  backupAllowed,
  blockedBy,
  isDone,
  JOURNAL,
  JOURNAL_STEPS,
  journalMachine,
  journalSteps,
  replayJournal,
  type JournalStep,
} from './journal';
import {
  eoriProblem,
  luhnValid,
  normalisePhone,
  siretValid,
  validateProfile,
  type Profile,
  type ProfileInput,
} from './profile';
import { reasonsFromAnswers, SELF_TRIGGER_MENTION, serviceReasons, stampText } from './texts';
import { daText, incidentText } from './outgoing';
import { fieldProblemText, stepProblemText } from './refusals';
import { TEST_PROFILE } from '../testing/profile';
import { mustAccept, refused } from '../testing/rules';

/** A valid SIREN: 8 random digits and the Luhn check digit. */
const siren = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }).map((d) => {
  const head = d.join('');
  for (let c = 0; c <= 9; c++) if (luhnValid(head + c)) return head + c;
  throw new Error('unreachable');
});
const phone = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^\d{8}$/), fc.constantFrom('0', '+33'))
  .map(([first, rest, lead]) => `${lead}${first}${rest}`);
const nonBlank = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim() !== '');
const validProfile = fc.record<ProfileInput>({
  eori: siren.map((s) => `FR${s}`),
  companyName: nonBlank(120),
  address: nonBlank(300),
  phone,
  officeName: nonBlank(120),
  officeEmail: fc.constantFrom('pae-roissy@douane.finances.gouv.fr', 'bureau.lyon@douane.finances.gouv.fr'),
});

const ANSWERS = ['delta', 'xi', 'edi', 'no', 'no', 'noBae', 'other', 'no'];
const CLOSED = ['delta', 'g2', 'dti', 'no', 'noBae', 'unreachable', 'closed'];
const NOW = new Date('2026-11-23T10:00:00Z'); // 11:00 in Paris
const PROFILE = TEST_PROFILE;
const diagnosis = (answers: readonly string[], endedAt = new Date('2026-11-23T08:05:00Z')) => ({
  path: replay(answers).path,
  endedAt,
});
const open = (answers = ANSWERS, profile: Profile | null = PROFILE) =>
  newIncident(diagnosis(answers), profile, NOW, 'inc-1')!;
const only = (i: Incident) => i.services[0]!;
/** The incident with one of its service records replaced. */
const withRecord = (incident: Incident, record: ServiceRecord): Incident => ({
  ...incident,
  services: incident.services.map((s) => (s.service === record.service ? record : s)),
});

describe('operator profile', () => {
  test('EORI: FR + SIREN passing Luhn, or the older FR + SIRET; other countries by shape', () => {
    expect(eoriProblem('FR 552 100 554')).toBeNull(); // SIREN 552100554 passes Luhn
    expect(eoriProblem('FR552100555')).toBe('siren');
    expect(eoriProblem('FR55210055400013')).toBeNull();
    expect(eoriProblem('FR55210055400014')).toBe('siret');
    expect(eoriProblem('FR35600000000001')).toBeNull(); // La Poste: digit sum multiple of 5
    expect(eoriProblem('FR1234')).toBe('frLength');
    expect(eoriProblem('DE1234567890123')).toBeNull();
    expect(eoriProblem('1234')).toBe('shape');
    expect(eoriProblem('')).toBe('missing');
    // Each code is worded.
    expect(fieldProblemText('eori', 'siren')).toMatch(/SIREN valide/);
    expect(siretValid('55210055400013')).toBe(true);
  });

  test('French phone numbers are accepted in the usual forms and shown in pairs', () => {
    expect(normalisePhone('+33 9 70 28 01 00')).toBe('09 70 28 01 00');
    expect(normalisePhone('01.23.45.67.89')).toBe('01 23 45 67 89');
    expect(normalisePhone('0033612345678')).toBe('06 12 34 56 78');
    expect(normalisePhone('00 12 34 56 78')).toBeNull();
    expect(normalisePhone('12345')).toBeNull();
  });

  test('valid profiles are accepted and always produce a complete DA', () => {
    fc.assert(
      fc.property(validProfile, (input) => {
        const result = validateProfile(input);
        expect(result.ok).toBe(true);
        if (!result.ok) throw new Error('refused');
        const { body, subject } = daText(result.value, only(open(ANSWERS, result.value)))!;
        expect(subject).toBe('Auto-déclenchement de la procédure de secours – Delta X Import');
        for (const part of [
          SELF_TRIGGER_MENTION,
          `Numéro EORI : ${result.value.eori}`,
          `Raison sociale : ${result.value.companyName}`,
          `Adresse : ${result.value.address}`,
          `Téléphone : ${result.value.phone}`,
          'Service en ligne : Delta X Import',
          'Date et heure de passage en alerte : 23/11/2026 à 09:05',
          'Raisons de l’auto-déclenchement :',
        ])
          expect(body).toContain(part);
      }),
      { numRuns: 200 },
    );
  });

  test('invalid references are refused with a code on each wrong field, which the texts word', () => {
    fc.assert(
      fc.property(
        validProfile,
        fc.constantFrom<keyof ProfileInput>('eori', 'companyName', 'address', 'phone', 'officeEmail'),
        fc.constantFrom('', '   ', 'x@', '12', 'FR12<script>'),
        (input, field, bad) => {
          // Some bad values are fine in free-text fields (a name may be « x@ »), and the office's e-mail may be
          // left empty: only check those that are not.
          fc.pre(
            ['eori', 'phone'].includes(field) || (field === 'officeEmail' ? bad.trim() !== '' : bad.trim() === ''),
          );
          const result = validateProfile({ ...input, [field]: bad });
          if (result.ok) throw new Error('accepted');
          expect(fieldProblemText(field, result.problem[field]!, 10)).toMatch(/^[A-ZÉ]/);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('the DA needs the EORI number, the company, its address and phone; the office may be given later', () => {
    const result = validateProfile({ ...TEST_PROFILE, officeName: '', officeEmail: '' });
    expect(result.ok).toBe(true);
    const da = daText(mustAccept(result), only(open()))!.body;
    expect(da).toContain('Le bureau de douane sera informé par le transfert');
  });
});

const pad = (n: number) => String(n).padStart(2, '0');

describe('online services of the DA (flows.md, second round)', () => {
  test('Delta G in one or two steps is one service; X Import, X Export and H7 are each their own', () => {
    expect(['g1', 'g2', 'xi', 'xe', 'h7', 'other'].map(daServiceOf)).toEqual(['g', 'g', 'xi', 'xe', 'h7', null]);
  });

  test('an incident never holds two DAs for the same service', () => {
    const g1 = open(['delta', 'g1', 'dti', 'no', 'cannotValidate']);
    expect(addDiagnosedService(g1, diagnosis(['delta', 'g2', 'dti', 'no', 'cannotValidate']), NOW)).toEqual(
      refused('covered'),
    );
    expect(addConfirmedService(g1, { service: 'g', mode: 'dti', reasons: ['x'] }, NOW)).toEqual(refused('covered'));
    const both = mustAccept(
      addDiagnosedService(g1, diagnosis(['delta', 'h7', 'edi', 'no', 'no', 'cannotValidate']), NOW),
    );
    expect(both.services.map((s) => s.service)).toEqual(['g', 'h7']);
    expect(incidentsStore.schema.safeParse([{ ...g1, services: [only(g1), only(g1)] }]).success).toBe(false);
  });

  test('the diagnosis of a service already covered by an open incident reopens it; closed ones do not count', () => {
    const g1 = open(['delta', 'g1', 'dti', 'no', 'cannotValidate']);
    const g2 = replay(['delta', 'g2', 'dti', 'no', 'cannotValidate']).path;
    expect(startChoice([g1], g2)).toEqual({ kind: 'reopen', incident: g1 });
    const h7 = replay(['delta', 'h7', 'dti', 'no', 'cannotValidate']).path;
    expect(startChoice([g1], h7)).toEqual({ kind: 'addOrNew', open: [g1] });
    const closed = mustAccept(closeIncident(g1, '2026-11-23T10:30', NOW));
    expect(startChoice([closed], g2)).toEqual({ kind: 'new' });
  });
});

describe('DA reasons', () => {
  test('come from the diagnosis answers in plain French; the mode is a field of the DA, not a reason', () => {
    expect(reasonsFromAnswers(ANSWERS)).toEqual([
      'déclarations validées n’ayant pas obtenu le BAE (constaté dans Aubette)',
      'le service des douanes indique qu’elles ne sont ni « sous contrôle », ni « crédit en attente », ni « paiement comptant » : le blocage de nos déclarations est donc technique et, par conséquent, le dysfonctionnement de notre système privatif est confirmé (fiche DELTA, étape 2)',
      'aucune alerte publiée sur la météo des services en ligne',
      'notre prestataire de connexion EDI confirme que sa plateforme fonctionne',
    ]);
    expect(reasonsFromAnswers(['delta', 'h7', 'dti', 'yes', 'no', 'cannotValidate'])).toEqual([
      'impossibilité de valider nos déclarations (anticipées ou non)',
      'l’alerte publiée sur la météo des services en ligne ne correspond pas à notre situation',
    ]);
    const da = daText(PROFILE, only(open()))!.body;
    expect(da).toContain('Mode de transmission : EDI (via un prestataire de connexion)');
    expect(da).not.toMatch(/- mode de transmission/);
  });

  test("each service's DA has the reasons of its own diagnosis", () => {
    const xi = open();
    const withH7 = mustAccept(
      addDiagnosedService(xi, diagnosis(['delta', 'h7', 'dti', 'yes', 'no', 'cannotValidate']), NOW),
    );
    const [first, second] = withH7.services;
    expect(daText(PROFILE, first!)!.body).toContain('constaté dans Aubette');
    expect(daText(PROFILE, second!)!.body).toContain('impossibilité de valider nos déclarations');
    expect(daText(PROFILE, second!)!.body).not.toContain('Aubette');
    expect(daText(PROFILE, second!)!.body).toContain('Mode de transmission : DTI');
  });

  test('a service added without its own diagnosis has no DA until its reasons are confirmed', () => {
    const incident = open();
    const added = mustAccept(
      addConfirmedService(incident, { service: 'xe', mode: 'edi', reasons: [' raison A ', '', 'raison B'] }, NOW),
    );
    expect(serviceReasons(added.services[1]!)).toEqual(['raison A', 'raison B']);
    expect(addConfirmedService(incident, { service: 'xe', mode: 'edi', reasons: ['  '] }, NOW)).toEqual(
      refused('noReasons'),
    );
    const unconfirmed: ServiceRecord = { ...only(incident), service: 'h7', answers: undefined };
    delete unconfirmed.answers;
    expect(serviceReasons(unconfirmed)).toBeNull();
    expect(daText(PROFILE, unconfirmed)).toBeNull();
  });

  test('the DA says the office will be informed, not that it is', () => {
    const body = daText(PROFILE, only(open()))!.body;
    expect(body).toContain(
      'Le bureau de douane (Le Havre Port) sera informé par le transfert de l’accusé de réception de la présente demande.',
    );
    expect(body).not.toContain('est informé');
  });
});

describe('the two times (flows.md, second round)', () => {
  test('passage en alerte defaults to the end of the diagnosis, in Paris time', () => {
    expect(only(open()).alertAt).toEqual([{ at: '2026-11-23T09:05', recordedAt: NOW.toISOString() }]);
  });

  test('a time in the future, or that does not exist, is refused; a correction keeps the earlier time', () => {
    const record = only(open());
    expect(correctAlertAt(record, '2026-11-23T11:01', NOW)).toEqual(refused({ kind: 'future' }));
    expect(correctAlertAt(record, '2026-02-30T10:00', NOW)).toEqual(refused({ kind: 'invalid' }));
    expect(correctAlertAt(record, '', NOW)).toEqual(refused({ kind: 'missing' }));
    const later = new Date('2026-11-23T10:20:00Z');
    const fixed = mustAccept(correctAlertAt(record, '2026-11-23T08:45', later));
    expect(fixed.alertAt).toEqual([
      { at: '2026-11-23T09:05', recordedAt: NOW.toISOString() },
      { at: '2026-11-23T08:45', recordedAt: later.toISOString() },
    ]);
    expect(stampText(fixed.alertAt)).toBe(
      '23/11/2026 à 08:45 (corrigée le 23/11/2026 à 11:20 ; indiquée d’abord 23/11/2026 à 09:05, saisie le 23/11/2026 à 11:00)',
    );
    expect(daText(PROFILE, fixed)!.body).toContain('Date et heure de passage en alerte : 23/11/2026 à 08:45');
  });

  test("the DA's registration time is the start of the procedure, in the export first", () => {
    const incident = open();
    const filed = mustAccept(recordStep(incident, only(incident), 'da.file', '2026-11-23T09:12', NOW));
    const withDa = withRecord(incident, filed);
    expect(incidentStart(withDa)).toBe('2026-11-23T09:12');
    const text = incidentText(withDa, NOW);
    expect(text.split('\n')[1]).toBe(
      'Début de la procédure de secours, pour chaque service (enregistrement de sa DA) : Delta X Import le 23/11/2026 à 09:12',
    );
    expect(text).toContain(
      '[x] Demande d’assistance (DA) déposée sur OLGA – 23/11/2026 à 09:12 (saisie le 23/11/2026 à 11:00)',
    );
  });

  test('a journal time is never in the future nor before the steps it needs', () => {
    const incident = open();
    const record = only(incident);
    expect(recordStep(incident, record, 'da.file', '2026-11-23T12:00', NOW)).toEqual(refused({ kind: 'future' }));
    let r = mustAccept(recordStep(incident, record, 'da.file', '2026-11-23T09:12', NOW));
    r = mustAccept(recordStep(incident, r, 'office.inform', '2026-11-23T09:20', NOW));
    expect(recordStep(incident, r, 'backup.activate', '2026-11-23T09:15', NOW)).toEqual(
      refused({ kind: 'before', step: 'office.inform', at: '2026-11-23T09:20' }),
    );
    r = mustAccept(recordStep(incident, r, 'backup.activate', '2026-11-23T09:25', NOW));
    // Moving the DA after the office was informed of it would make the record contradict itself.
    expect(correctStep(r, 'da.file', '2026-11-23T09:30', NOW)).toEqual(
      refused({ kind: 'after', step: 'office.inform', at: '2026-11-23T09:20' }),
    );
    const fixed = mustAccept(correctStep(r, 'da.file', '2026-11-23T09:10', NOW));
    expect(fixed.journal[0]!.times.map((t) => t.at)).toEqual(['2026-11-23T09:12', '2026-11-23T09:10']);
  });

  test('any sequence of records and corrections keeps every time in the past and in the order of the fiche', () => {
    const incident = open();
    // Paris times from 07:00 to 12:00; now is 11:00.
    const minute = fc
      .integer({ min: 0, max: 300 })
      .map((m) => `2026-11-23T${pad(7 + Math.floor(m / 60))}:${pad(m % 60)}`);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.constantFrom(...JOURNAL_STEPS), minute), { maxLength: 25 }),
        (ops) => {
          let record = only(incident);
          for (const [isCorrection, step, at] of ops) {
            const result = isCorrection
              ? correctStep(record, step, at, NOW)
              : recordStep(incident, record, step, at, NOW);
            if (result.ok) record = result.value;
          }
          const time = (s: JournalStep) => {
            const e = record.journal.find((x) => x.step === s);
            return e ? e.times[e.times.length - 1]!.at : null;
          };
          for (const e of record.journal) for (const t of e.times) expect(t.at <= '2026-11-23T11:00').toBe(true);
          const after = (a: JournalStep, b: JournalStep) =>
            time(a) === null || time(b) === null || time(a)! >= time(b)!;
          expect(after('backup.activate', 'da.file') && after('backup.activate', 'office.inform')).toBe(true);
          expect(after('sau.call', 'da.file') && after('closure.request', 'system.restore')).toBe(true);
        },
      ),
      { numRuns: 300, seed: 9 },
    );
  });
});

describe('incident journal (parallel statechart)', () => {
  const events = JOURNAL_STEPS.map((type) => ({ type }));
  const OPEN = { officeClosed: false };

  test('the backup procedure becomes active only after both the DA and the office', () => {
    const machine = journalMachine;
    const paths = getSimplePaths(machine, {
      events,
      input: OPEN,
      toState: (s) => isDone(s, 'backup.activate'),
    });
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      const steps = p.steps.map((s) => s.event.type);
      const at = steps.indexOf('backup.activate');
      expect(steps.slice(0, at)).toEqual(expect.arrayContaining(['da.file', 'office.inform']));
    }
    const shortest = getShortestPaths(machine, {
      events,
      input: OPEN,
      toState: (s) => isDone(s, 'backup.activate'),
    });
    expect(Math.min(...shortest.map((p) => p.steps.length - 1))).toBe(3);
  });

  test('any sequence of steps, in any order, keeps the rules', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...JOURNAL_STEPS), { maxLength: 20 }),
        fc.boolean(),
        (steps, officeClosed) => {
          const { snapshot, accepted } = replayJournal(
            steps.map((step) => ({ step })),
            { officeClosed },
          );
          const order = accepted.map((a) => a.step);
          const before = (a: JournalStep, b: JournalStep) =>
            !order.includes(b) || (order.includes(a) && order.indexOf(a) < order.indexOf(b));
          expect(before('da.file', 'backup.activate') && before('office.inform', 'backup.activate')).toBe(true);
          expect(before('da.file', 'sau.call')).toBe(true);
          expect(before('system.restore', 'closure.request') && before('system.restore', 'office.informEnd')).toBe(
            true,
          );
          expect(new Set(order).size).toBe(order.length);
          expect(isDone(snapshot, 'backup.activate')).toBe(order.includes('backup.activate'));
          // The office is informed by forwarding the DA's acknowledgement: never before the DA.
          expect(before('da.file', 'office.inform')).toBe(true);
          // Office closed: the SAU call cannot be skipped, and the check at opening is there; never otherwise.
          expect(officeClosed && order.includes('sau.skip')).toBe(false);
          expect(!officeClosed && order.includes('office.verify')).toBe(false);
        },
      ),
      { numRuns: 500, seed: 3 },
    );
  });

  test('office closed: the SAU call is required and the check with the office at opening is in the journal', () => {
    const closed = open(CLOSED);
    const record = only(closed);
    expect(recordStep(closed, record, 'sau.skip', '2026-11-23T09:00', NOW)).toEqual(
      refused({ kind: 'notAllowed', after: null }),
    );
    const { snapshot } = replayJournal([], { officeClosed: true });
    expect(journalSteps({ officeClosed: true }, snapshot)).toContain('office.verify');
    expect(journalSteps({ officeClosed: false }, snapshot)).not.toContain('office.verify');
    expect(incidentText(closed, NOW)).toContain(
      '[ ] État de la déclaration vérifié auprès du bureau dès son ouverture (conseil de l’outil)',
    );
  });

  test('the app says why a step is not possible yet', () => {
    const { snapshot } = replayJournal([{ step: 'da.file' }], OPEN);
    expect(backupAllowed(snapshot)).toBe(false);
    expect(blockedBy(snapshot, 'backup.activate')).toBe('office.inform');
    expect(blockedBy(snapshot, 'sau.call')).toBeNull();
    expect(blockedBy(snapshot, 'closure.request')).toBe('system.restore');
  });
});

describe('the order of the journal, written once (./journal.ts)', () => {
  test('every step recorded before the steps it follows is refused, with the step to do first', () => {
    for (const officeClosed of [false, true]) {
      const incident = open(officeClosed ? CLOSED : undefined);
      for (const row of JOURNAL.filter((r) => r.after.length > 0)) {
        const result = recordStep(incident, only(incident), row.step, '2026-11-23T09:30', NOW);
        expect(result, row.step).toEqual(refused({ kind: 'notAllowed', after: row.after[0] }));
        expect(stepProblemText({ kind: 'notAllowed', after: row.after[0]! }, row.step)).toMatch(/^[A-ZÀ]/);
      }
    }
  });

  test('the office is informed by forwarding the DA’s acknowledgement: after the DA, never before its time', () => {
    const incident = open();
    expect(recordStep(incident, only(incident), 'office.inform', '2026-11-23T09:30', NOW)).toEqual(
      refused({ kind: 'notAllowed', after: 'da.file' }),
    );
    const filed = mustAccept(recordStep(incident, only(incident), 'da.file', '2026-11-23T09:12', NOW));
    expect(recordStep(incident, filed, 'office.inform', '2026-11-23T09:10', NOW)).toEqual(
      refused({ kind: 'before', step: 'da.file', at: '2026-11-23T09:12' }),
    );
  });

  test('the DA is never registered before the switch to alert it reports, nor the alert moved after the DA', () => {
    const incident = open();
    // The alert is at 09:05 (the end of the diagnosis).
    expect(recordStep(incident, only(incident), 'da.file', '2026-11-22T10:00', NOW)).toEqual(
      refused({ kind: 'beforeAlert', at: '2026-11-23T09:05' }),
    );
    const filed = mustAccept(recordStep(incident, only(incident), 'da.file', '2026-11-23T09:12', NOW));
    expect(correctAlertAt(filed, '2026-11-23T09:20', NOW)).toEqual(
      refused({ kind: 'afterDa', at: '2026-11-23T09:12' }),
    );
    expect(correctAlertAt(filed, '2026-11-23T09:00', NOW).ok).toBe(true);
  });

  test('the statechart is the table: each step possible exactly when the steps it follows are done', () => {
    fc.assert(
      fc.property(fc.subarray([...JOURNAL_STEPS]), fc.boolean(), (done, officeClosed) => {
        const { snapshot, accepted } = replayJournal(
          done.map((step) => ({ step })),
          { officeClosed },
        );
        const settled = new Set(accepted.map((a) => a.step));
        for (const row of JOURNAL) {
          if (settled.has(row.step) || (row.instead && settled.has(row.instead))) continue;
          const officeFits = row.officeClosed === undefined || row.officeClosed === officeClosed;
          const expected = officeFits && row.after.every((s) => settled.has(s));
          expect(snapshot.can({ type: row.step }), row.step).toBe(expected);
        }
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});

describe("the incident's state", () => {
  test('from the journals: DA to file, DA filed, procedure possible, in use, system restored, end done, closed', () => {
    const incident = open();
    expect(incidentStatus(incident)).toBe('preparing');
    let r = mustAccept(recordStep(incident, only(incident), 'da.file', '2026-11-23T09:12', NOW));
    expect(incidentStatus(withRecord(incident, r))).toBe('daFiled');
    r = mustAccept(recordStep(incident, r, 'office.inform', '2026-11-23T09:20', NOW));
    expect(incidentStatus(withRecord(incident, r))).toBe('allowed');
    r = mustAccept(recordStep(incident, r, 'backup.activate', '2026-11-23T09:21', NOW));
    const active = withRecord(incident, r);
    expect(incidentStatus(active)).toBe('active');
    r = mustAccept(recordStep(incident, r, 'system.restore', '2026-11-23T10:00', NOW));
    expect(incidentStatus(withRecord(incident, r))).toBe('restored');
    r = mustAccept(recordStep(incident, r, 'closure.request', '2026-11-23T10:05', NOW));
    r = mustAccept(recordStep(incident, r, 'office.informEnd', '2026-11-23T10:06', NOW));
    expect(incidentStatus(withRecord(incident, r))).toBe('ended');
    expect(closeIncident(active, '2026-11-23T11:30', NOW)).toEqual(refused('future'));
    expect(incidentStatus(mustAccept(closeIncident(active, '2026-11-23T10:50', NOW)))).toBe('closed');
  });
});

describe('stored incidents', () => {
  test('the plain-text export holds the answers, the DA and the timestamps, and parses back', () => {
    const incident = open();
    const record = { ...only(incident), daNumber: 'DA123' };
    const filed = withRecord(incident, mustAccept(recordStep(incident, record, 'da.file', '2026-11-23T09:12', NOW)));
    expect(incidentsStore.schema.parse([filed])).toEqual([filed]);
    const text = incidentText(filed, NOW);
    expect(text).toContain('[ ] Bureau de douane informé');
    expect(text).toContain('Quel mode de transmission utilisez-vous ? → EDI (via un prestataire de connexion)');
    expect(text).toContain('Numéro de la DA : DA123');
    expect(text).toContain('Raison sociale : Transit Dupont SAS');
    expect(text).toContain(SELF_TRIGGER_MENTION);
  });

  test('version 1 incidents are migrated: Delta G once, journal times kept, nothing dropped', () => {
    const v1 = [
      {
        id: '2026-11-23-abc123',
        createdAt: '2026-11-23T08:00:00.000Z',
        answers: ['delta', 'g1', 'edi', 'no', 'no', 'cannotValidate'],
        notes: 'note',
        services: [
          {
            service: 'g1',
            alertAt: '2026-11-23T09:05',
            daNumber: 'DA1',
            journal: [{ step: 'da.file', at: '2026-11-23T08:10:00.000Z' }],
          },
          { service: 'g2', alertAt: '2026-11-23T09:06', daNumber: 'DA2', journal: [] },
          { service: 'h7', alertAt: '2026-11-23T09:07', journal: [] },
        ],
      },
    ];
    const [migrated] = incidentsStore.parse(1, v1)!;
    expect(migrated!.services.map((s) => s.service)).toEqual(['g', 'h7']);
    expect(migrated!.services[0]).toMatchObject({
      mode: 'edi',
      answers: v1[0]!.answers,
      daNumber: 'DA1',
      alertAt: [{ at: '2026-11-23T09:05', recordedAt: '2026-11-23T08:00:00.000Z' }],
      journal: [{ step: 'da.file', times: [{ at: '2026-11-23T09:10', recordedAt: '2026-11-23T08:10:00.000Z' }] }],
    });
    // H7 had no diagnosis of its own: its reasons wait for the user's confirmation.
    expect(serviceReasons(migrated!.services[1]!)).toBeNull();
    // Delta G in two steps was a record of its own: kept as it was, and worded in the export, without ids.
    expect(migrated!.absorbed).toEqual([{ service: 'g2', daNumber: 'DA2', alertAt: '2026-11-23T09:06', journal: [] }]);
    expect(migrated!.notes).toBe('note');
    const text = incidentText(migrated!, NOW);
    expect(text).toContain('Delta G – dédouanement en deux temps');
    expect(text).not.toMatch(/« g2 »|da\.file|\dT\d\d:\d\d/);
    expect(migrateIncidentsV1('not a list')).toBe('not a list');
  });
});
