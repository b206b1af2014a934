// @vitest-environment node
import * as fc from 'fast-check';
import { replay } from '../flows/replay';
import { formatLocalValue } from '../lib/time';
import { union } from '../records/log';
import { ok } from '../lib/result';
import { eventsOfOldStore } from './legacy';
import { incidentEvent, incidentLog, type IncidentEvent, type IncidentEventData } from './log';
import { nextSteps } from './nextStep';
import { addConfirmedService, addDiagnosedService, confirmReasons, newIncident, startChoice } from './opening';
import { reduceIncidents } from './reduce';
import { currentTime, daNumberOf, daServiceOf, type DaService, type Incident } from './schema';
import { incidentStatus, statusOf } from './status';
import {
  closeIncident,
  correctAlertAt,
  correctDa,
  correctStep,
  daRegisteredAt,
  editNotes,
  fileDa,
  keepAlertAt,
  keepDa,
  keepStepTime,
  recordStep,
  withdrawLast,
  withSettled,
} from './steps';
import { isPublicHoliday, JOURNAL_STEPS, officeLikelyOpen, type JournalStep } from './journal';
import {
  eoriProblem,
  isEoriWarning,
  luhnValid,
  normalisePhone,
  siretValid,
  validateProfile,
  type Profile,
  type ProfileInput,
} from './profile';
import { lowerFirst } from '../content/fr/plural';
import {
  incidentStatusText,
  STATUS_LABELS,
  reasonsFromAnswers,
  SELF_TRIGGER_MENTION,
  serviceReasons,
  stampText,
} from './texts';
import { daText, incidentText } from './outgoing';
import { closeProblemText, fieldProblemText, stepProblemText } from './refusals';
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
const G_NIGHT = ['delta', 'g1', 'dti', 'no', 'cannotValidate'];
const XE = ['delta', 'xe', 'dti', 'no', 'cannotValidate'];
const NOW = new Date('2026-11-23T10:00:00Z'); // Monday 23/11/2026, 11:00 in Paris
const PROFILE = TEST_PROFILE;
const diagnosis = (answers: readonly string[], endedAt = new Date('2026-11-23T08:05:00Z')) => ({
  path: replay(answers).path,
  endedAt,
});

/**
 * An incident as the app keeps it: its events, appended one by one through the rules (each recorded a second
 * after the one before), and the state derived from them.
 */
class Record_ {
  events: IncidentEvent[];
  /** `tick`: the seconds after NOW of its last event (another copy's clock runs on from its own). */
  constructor(
    answers: readonly string[] = ANSWERS,
    private tick = 0,
  ) {
    this.events = newIncident(diagnosis(answers), NOW, 'inc-1')!;
  }
  get incident(): Incident {
    return reduceIncidents(this.events)[0]!;
  }
  service(s: DaService) {
    return this.incident.services.find((r) => r.service === s)!;
  }
  get only() {
    return this.incident.services[0]!;
  }
  /** Applies a rule; appends its event when it accepts; gives the rule's result. */
  do<P>(rule: (i: Incident) => { ok: true; value: IncidentEventData | null } | { ok: false; problem: P }) {
    const result = rule(this.incident);
    if (result.ok && result.value)
      this.events.push(incidentEvent('inc-1', result.value, new Date(NOW.getTime() + ++this.tick * 1000)));
    return result;
  }
  file(service: DaService, time: string, officeOpen = true, number = '') {
    const text = daText(PROFILE, this.service(service))!.body;
    return mustAccept(this.do((i) => fileDa(i, service, { time, number, officeOpen, text, references: PROFILE }, NOW)));
  }
  /** As the page does (./useIncident.ts, `act`): a correction settles what the page reports about it. */
  act<P>(rule: (i: Incident) => { ok: true; value: IncidentEventData | null } | { ok: false; problem: P }) {
    return this.do((i) => {
      const result = rule(i);
      return result.ok && result.value ? ok(withSettled(i, result.value)) : result;
    });
  }
  step(services: DaService[], step: Exclude<JournalStep, 'da.file'>, time: string) {
    return mustAccept(this.do((i) => recordStep(i, services, step, time, NOW)));
  }
}
const record = (answers?: readonly string[]) => new Record_(answers);
const nextOf = (r: Record_) =>
  nextSteps(r.incident, true).map((n) => (n.kind === 'step' ? `${n.step}:${n.services.join('+')}` : n.kind));

describe('operator profile', () => {
  test('EORI: FR + SIREN passing Luhn, or FR + a country outside the Union; other countries by shape', () => {
    expect(eoriProblem('FR 552 100 554')).toBeNull(); // SIREN 552100554 passes Luhn
    expect(eoriProblem('FR552100555')).toBe('siren');
    expect(eoriProblem('FR55210055400014')).toBe('siret');
    expect(eoriProblem('FR1234')).toBe('frLength');
    // An operator established outside the Union, registered in France: FR, its country, the number given; rare,
    // and a typo looks the same (FRXX…): a warning the user may confirm.
    expect(eoriProblem('FRUS1234567')).toBe('abroad');
    expect(isEoriWarning('abroad')).toBe(true);
    expect(fieldProblemText('eori', 'abroad')).toMatch(/hors de l’Union.*Je confirme ce numéro/);
    expect(eoriProblem('FRUS')).toBe('frLength');
    expect(fieldProblemText('eori', 'frLength')).not.toMatch(/ni le code/);
    // Not FR twice, nor a country of the Union (whose operators have their own country's EORI).
    expect(eoriProblem('FRFR552100554')).toBe('frLength');
    expect(eoriProblem('FRDE123456789')).toBe('frLength');
    expect(eoriProblem('DE1234567890123')).toBeNull();
    expect(eoriProblem('1234')).toBe('shape');
    expect(eoriProblem('')).toBe('missing');
    // Each code is worded.
    expect(fieldProblemText('eori', 'siren')).toMatch(/contrôle de ce SIREN/);
    expect(siretValid('55210055400013')).toBe(true);
  });

  test('French phone numbers are accepted in the usual forms and shown in pairs', () => {
    expect(normalisePhone('+33 9 70 28 01 00')).toBe('09 70 28 01 00');
    expect(normalisePhone('01.23.45.67.89')).toBe('01 23 45 67 89');
    expect(normalisePhone('0033612345678')).toBe('06 12 34 56 78');
    // The (0) written after the country code is not dialled from abroad: not a digit of the number.
    expect(normalisePhone('+33 (0)6 12 34 56 78')).toBe('06 12 34 56 78');
    expect(normalisePhone('+44 (0)20 7946 0958')).toBe('+442079460958');
    expect(normalisePhone('00 12 34 56 78')).toBeNull();
    expect(normalisePhone('12345')).toBeNull();
  });

  test('international numbers are accepted with their country code (+CC or 00CC)', () => {
    expect(normalisePhone('+32 2 123 45 67')).toBe('+3221234567');
    expect(normalisePhone('0049 30 1234 5678')).toBe('+493012345678');
    expect(normalisePhone('+1 (202) 555-0123')).toBe('+12025550123');
    expect(normalisePhone('+0 123 456')).toBeNull();
    expect(validateProfile({ ...PROFILE, phone: '+32 2 123 45 67' }).ok).toBe(true);
  });

  test('the older FR + SIRET, no longer valid since 2026, is a warning the user may confirm', () => {
    expect(eoriProblem('FR55210055400013')).toBe('legacy');
    expect(eoriProblem('FR35600000000001')).toBe('legacy'); // La Poste: digit sum multiple of 5
    expect(validateProfile({ ...PROFILE, eori: 'FR55210055400013' })).toEqual(refused({ eori: 'legacy' }));
    expect(mustAccept(validateProfile({ ...PROFILE, eori: 'FR55210055400013' }, { eoriConfirmed: true })).eori).toBe(
      'FR55210055400013',
    );
    expect(fieldProblemText('eori', 'legacy')).toMatch(/ancien format.*Je confirme ce numéro/);
    // Where there is nothing to tick (the caller's EORI, in the help-desk panel), nothing says to tick it.
    expect(fieldProblemText('eori', 'legacy', 0, false)).not.toMatch(/cochez/);
    expect(fieldProblemText('eori', 'siren', 0, false)).not.toMatch(/cochez/);
  });

  test('a well-formed EORI whose check digit fails is a warning the user may confirm; a malformed one is refused', () => {
    const input = { ...PROFILE, eori: 'FR12345678901234' };
    expect(validateProfile(input)).toEqual(refused({ eori: 'siret' }));
    expect(mustAccept(validateProfile(input, { eoriConfirmed: true })).eori).toBe('FR12345678901234');
    expect(validateProfile({ ...PROFILE, eori: 'FR1234' }, { eoriConfirmed: true })).toEqual(
      refused({ eori: 'frLength' }),
    );
    // The message says what the hint says, and how to keep the number.
    expect(fieldProblemText('eori', 'siret')).toMatch(/14\schiffres après FR.*Je confirme ce numéro/);
  });

  test('valid profiles are accepted and always produce a complete DA', () => {
    fc.assert(
      fc.property(validProfile, (input) => {
        const result = validateProfile(input);
        expect(result.ok).toBe(true);
        if (!result.ok) throw new Error('refused');
        const { body, subject } = daText(result.value, record().only)!;
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
    const da = daText(mustAccept(result), record().only)!.body;
    expect(da).toContain('Le bureau de douane sera informé par le transfert');
  });
});

const pad = (n: number) => String(n).padStart(2, '0');

describe('DA reasons', () => {
  test('come from the diagnosis answers in plain French; the mode is a field of the DA, not a reason', () => {
    expect(reasonsFromAnswers(ANSWERS)).toEqual([
      'déclarations validées n’ayant pas obtenu le BAE (constat fait dans Aubette)',
      'le service des douanes indique qu’elles ne sont ni « sous contrôle », ni « crédit en attente », ni « paiement comptant » : le blocage de nos déclarations est donc technique et, par conséquent, le dysfonctionnement de notre système privatif est confirmé (fiche DELTA, étape 2)',
      'aucune alerte publiée sur la météo des services en ligne',
      'notre prestataire de connexion EDI confirme que sa plateforme fonctionne',
    ]);
    expect(reasonsFromAnswers(['delta', 'h7', 'dti', 'yes', 'no', 'cannotValidate'])).toEqual([
      'impossibilité de valider nos déclarations (anticipées ou non)',
      'l’alerte publiée sur la météo des services en ligne ne correspond pas à notre situation',
    ]);
    const da = daText(PROFILE, record().only)!.body;
    expect(da).toContain('Mode de transmission : EDI (via un prestataire de connexion)');
    expect(da).not.toMatch(/- mode de transmission/);
  });

  test("each service's DA has the reasons of its own diagnosis", () => {
    const r = record();
    r.do((i) => addDiagnosedService(i, diagnosis(['delta', 'h7', 'dti', 'yes', 'no', 'cannotValidate'])));
    const [first, second] = r.incident.services;
    expect(daText(PROFILE, first!)!.body).toContain('constat fait dans Aubette');
    expect(daText(PROFILE, second!)!.body).toContain('impossibilité de valider nos déclarations');
    expect(daText(PROFILE, second!)!.body).not.toContain('Aubette');
    expect(daText(PROFILE, second!)!.body).toContain('Mode de transmission : DTI');
  });

  test('a service added without its own diagnosis has no DA until its reasons are confirmed', () => {
    const r = record();
    expect(r.do((i) => addConfirmedService(i, { service: 'xe', mode: 'edi', reasons: ['  '] }, NOW))).toEqual(
      refused('noReasons'),
    );
    mustAccept(
      r.do((i) => addConfirmedService(i, { service: 'xe', mode: 'edi', reasons: [' raison A ', '', 'raison B'] }, NOW)),
    );
    expect(serviceReasons(r.service('xe'))).toEqual(['raison A', 'raison B']);
    expect(nextOf(r)).toEqual(['da.file:xi', 'da.file:xe']);
    // Added through the migration of an earlier build without its reasons: no DA, reasons asked first.
    const bare = { ...r.service('xe'), reasons: undefined };
    delete bare.reasons;
    expect(serviceReasons(bare)).toBeNull();
    expect(daText(PROFILE, bare)).toBeNull();
    expect(confirmReasons(bare, ['  '])).toEqual(refused('noReasons'));
  });

  test('a service added by hand: its alert time is the one given (now by default), never in the future', () => {
    const r = record();
    const input = { service: 'xe' as const, mode: 'edi' as const, reasons: ['raison A'] };
    expect(r.do((i) => addConfirmedService(i, { ...input, alertAt: '2099-01-01T10:00' }, NOW))).toEqual(
      refused('future'),
    );
    expect(r.do((i) => addConfirmedService(i, { ...input, alertAt: '2026-13-01T10:00' }, NOW))).toEqual(
      refused('invalid'),
    );
    mustAccept(r.do((i) => addConfirmedService(i, { ...input, alertAt: '2026-11-23T08:40' }, NOW)));
    expect(currentTime(r.service('xe').alertAt)).toBe('2026-11-23T08:40');
    // A DA filed before the moment of adding, after that alert: taken.
    r.file('xe', '2026-11-23T08:50', true);
  });

  test('the DA says the office will be informed, not that it is', () => {
    const body = daText(PROFILE, record().only)!.body;
    expect(body).toContain(
      'Le bureau de douane (Le Havre Port) sera informé par le transfert de l’accusé de réception de la présente demande.',
    );
    expect(body).not.toContain('est informé');
  });
});

describe('online services of the DA (flows.md, second round)', () => {
  test('Delta G in one or two steps is one service; X Import, X Export and H7 are each their own', () => {
    expect(['g1', 'g2', 'xi', 'xe', 'h7', 'other'].map(daServiceOf)).toEqual(['g', 'g', 'xi', 'xe', 'h7', null]);
  });

  test('an incident never holds two DAs for the same service', () => {
    const r = record(G_NIGHT);
    expect(r.do((i) => addDiagnosedService(i, diagnosis(['delta', 'g2', 'dti', 'no', 'cannotValidate'])))).toEqual(
      refused('covered'),
    );
    expect(r.do((i) => addConfirmedService(i, { service: 'g', mode: 'dti', reasons: ['x'] }, NOW))).toEqual(
      refused('covered'),
    );
    r.do((i) => addDiagnosedService(i, diagnosis(['delta', 'h7', 'edi', 'no', 'no', 'cannotValidate'])));
    expect(r.incident.services.map((s) => s.service)).toEqual(['g', 'h7']);
  });

  test('the diagnosis of a service already covered by an open incident reopens it; closed ones do not count', () => {
    const r = record(G_NIGHT);
    const g2 = replay(['delta', 'g2', 'dti', 'no', 'cannotValidate']).path;
    expect(startChoice([r.incident], g2)).toEqual({ kind: 'reopen', incident: r.incident });
    const h7 = replay(['delta', 'h7', 'dti', 'no', 'cannotValidate']).path;
    expect(startChoice([r.incident], h7)).toEqual({ kind: 'addOrNew', open: [r.incident] });
    r.do((i) => closeIncident(i, '2026-11-23T10:30', NOW));
    expect(startChoice([r.incident], g2)).toEqual({ kind: 'new' });
  });
});

describe('office hours decide the SAU call (flows.md, fourth round)', () => {
  test('the preselection: closed on weekends, public holidays, before 8:00 and from 18:00, Paris time', () => {
    expect(officeLikelyOpen('2026-11-23T11:00', false)).toBe(true); // a Monday
    expect(officeLikelyOpen('2026-11-23T07:59', false)).toBe(false);
    expect(officeLikelyOpen('2026-11-23T18:00', false)).toBe(false);
    expect(officeLikelyOpen('2026-12-06T11:00', false)).toBe(false); // a Sunday
    expect(officeLikelyOpen('2026-11-28T11:00', false)).toBe(false); // a Saturday
    expect(officeLikelyOpen('2026-07-14T11:00', false)).toBe(false);
    expect(officeLikelyOpen('2026-11-23T11:00', true)).toBe(false); // office unreachable in the diagnosis
    // Easter Monday, Ascension and Whit Monday move with Easter (5 April 2026, 16 April 2028).
    expect(['2026-04-06', '2026-05-14', '2026-05-25', '2028-04-17'].every(isPublicHoliday)).toBe(true);
    expect(isPublicHoliday('2026-04-07')).toBe(false);
  });

  test('case 1 at night: once the DA is filed with the office closed, the SAU call is asked for and never skipped', () => {
    const r = record(G_NIGHT); // cannot validate: case 1, the diagnosis never asks about the office
    r.file('g', '2026-11-23T09:10', false);
    // « après avoir déposé la demande d'assistance, appelez le SAU du CID »: at once, before the office.
    expect(nextOf(r)).toEqual(['sau.call:g']);
    r.step(['g'], 'office.inform', '2026-11-23T09:12');
    expect(nextOf(r)).toEqual(['sau.call:g']);
    expect(statusOf(r.incident, r.only)).toBe('allowed');
    r.step(['g'], 'backup.activate', '2026-11-23T09:13');
    r.step(['g'], 'system.restore', '2026-11-23T09:30');
    r.step(['g'], 'closure.request', '2026-11-23T09:31');
    r.step(['g'], 'office.informEnd', '2026-11-23T09:32');
    // « Toutes les étapes de la fiche sont faites » never shows while the call is open.
    expect(nextOf(r)).toEqual(['sau.call:g']);
    expect(statusOf(r.incident, r.only)).toBe('restored');
    r.step(['g'], 'sau.call', '2026-11-23T09:33');
    expect(nextOf(r)).toEqual(['close']);
    expect(statusOf(r.incident, r.only)).toBe('ended');
  });

  test('office open at the DA: no SAU call; a correction of the answer brings it back, and says so', () => {
    const r = record(G_NIGHT);
    r.file('g', '2026-11-23T09:10', true, 'DA-1');
    r.step(['g'], 'office.inform', '2026-11-23T09:12');
    expect(nextOf(r)).toEqual(['backup.activate:g']);
    r.do(() => correctDa(r.only, { officeOpen: false }));
    expect(nextOf(r)).toEqual(['sau.call:g']);
    const text = incidentText(r.incident, PROFILE, NOW);
    expect(text).toMatch(/Bureau de douane\sà\sl’heure de la DA\s: fermé \(corrigé le .*\s; d’abord ouvert, saisi le/);
    expect(text).toContain('[ ] SAU du CID appelé (hors heures d’ouverture du bureau)');
  });

  test('a call made stays in the record when the office is later said to have been open', () => {
    const r = record(G_NIGHT);
    r.file('g', '2026-11-23T09:10', false);
    r.step(['g'], 'sau.call', '2026-11-23T09:11');
    r.do(() => correctDa(r.only, { officeOpen: true }));
    expect(incidentText(r.incident, PROFILE, NOW)).toMatch(/\[x\] SAU du CID appelé .*\s–\s23\/11\/2026/);
    // The same time or number again is no correction: nothing is recorded.
    const before = r.events.length;
    r.do((i) => correctStep(i, r.only.da!.event, '2026-11-23T09:10', NOW));
    r.do(() => correctDa(r.only, { number: '' }));
    expect(r.events).toHaveLength(before);
  });
});

/** An incident of two services: Delta G (case 1) and Delta X Export. */
const two = () => {
  const r = record(G_NIGHT);
  r.do((i) => addDiagnosedService(i, diagnosis(XE)));
  return r;
};

describe('per service (flows.md, fourth round)', () => {
  test('each service has its own state and start; the incident says « 1 DA sur 2 déposée »', () => {
    const r = two();
    r.file('xe', '2026-11-23T09:31');
    expect(statusOf(r.incident, r.service('xe'))).toBe('daFiled');
    expect(statusOf(r.incident, r.service('g'))).toBe('preparing');
    expect(incidentStatusText(incidentStatus(r.incident))).toBe('1 DA sur 2 déposée');
    // After « : », a label starts in lower case, but an acronym keeps its capitals.
    expect(lowerFirst(STATUS_LABELS.daFiled)).toBe('DA déposée, bureau à informer');
    expect(lowerFirst(STATUS_LABELS.allowed)).toBe('procédure de secours possible');
    expect(daRegisteredAt(r.service('g'))).toBeNull();
    expect(nextOf(r)).toEqual(['da.file:g', 'office.inform:xe']);
    // First things first: the second DA before the office.
    const text = incidentText(r.incident, PROFILE, NOW);
    expect(text.split('\n')[1]).toBe(
      `Début de la procédure de secours, pour chaque service (enregistrement de sa DA) : Delta G (DA pas encore enregistrée) ; Delta X Export le ${formatLocalValue('2026-11-23T09:31')}`,
    );
  });

  test('one call to the SAU, or one e-mail, recorded once for several services: each journal shows it', () => {
    const r = two();
    r.file('g', '2026-11-23T09:10', false);
    r.file('xe', '2026-11-23T09:11', false);
    expect(nextOf(r)).toEqual(['sau.call:g+xe']);
    r.step(['g', 'xe'], 'sau.call', '2026-11-23T09:14');
    expect(nextOf(r)).toEqual(['office.inform:g+xe']);
    r.step(['g', 'xe'], 'office.inform', '2026-11-23T09:16');
    for (const s of ['g', 'xe'] as const) expect(r.service(s).journal.map((e) => e.step)).toContain('sau.call');
    expect(incidentText(r.incident, PROFILE, NOW)).toContain('(enregistré aussi pour Delta X Export)');
    // One correction of its time applies to both.
    const call = r.service('g').journal.find((e) => e.step === 'sau.call')!.event;
    mustAccept(r.do((i) => correctStep(i, call, '2026-11-23T09:15', NOW)));
    expect(
      r
        .service('xe')
        .journal.find((e) => e.step === 'sau.call')!
        .times.map((t) => t.at),
    ).toEqual(['2026-11-23T09:14', '2026-11-23T09:15']);
    // A record for a service that cannot take it yet is refused as a whole.
    const r2 = two();
    r2.file('g', '2026-11-23T09:10', false);
    expect(r2.do((i) => recordStep(i, ['g', 'xe'], 'office.inform', '2026-11-23T09:15', NOW))).toEqual(
      refused({ kind: 'notAllowed', after: 'da.file' }),
    );
  });

  test('the state and the next step always agree, whatever is recorded in whatever order', () => {
    const minute = fc
      .integer({ min: 0, max: 120 })
      .map((m) => `2026-11-23T${pad(9 + Math.floor(m / 60))}:${pad(m % 60)}`);
    const op = fc.tuple(fc.constantFrom<DaService>('g', 'xe'), fc.constantFrom(...JOURNAL_STEPS), minute, fc.boolean());
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const r = two();
        for (const [service, step, at, open] of ops)
          if (step === 'da.file') {
            const text = daText(PROFILE, r.service(service))!.body;
            r.do((i) => fileDa(i, service, { time: at, number: '', officeOpen: open, text, references: PROFILE }, NOW));
          } else r.do((i) => recordStep(i, [service], step, at, NOW));
        const next = nextSteps(r.incident, true);
        for (const s of r.incident.services) {
          const status = statusOf(r.incident, s);
          const mine = next.flatMap((n) => (n.kind === 'step' && n.services.includes(s.service) ? [n.step] : []));
          const expected: Record<typeof status, readonly JournalStep[]> = {
            preparing: ['da.file'],
            daFiled: ['sau.call', 'office.inform'],
            allowed: ['sau.call', 'backup.activate'],
            active: ['sau.call', 'system.restore'],
            restored: ['office.inform', 'sau.call', 'closure.request', 'office.informEnd'],
            ended: [],
          };
          expect(mine.length).toBe(status === 'ended' ? 0 : 1);
          expect(mine.every((m) => expected[status].includes(m))).toBe(true);
        }
        const allEnded = r.incident.services.every((s) => statusOf(r.incident, s) === 'ended');
        expect(next.some((n) => n.kind === 'close')).toBe(allEnded);
      }),
      { numRuns: 300, seed: 31 },
    );
  });
});

describe('what was filed stays as filed (flows.md, fourth round)', () => {
  test('changing the references after filing never changes the filed DA text', () => {
    const r = record();
    r.file('xi', '2026-11-23T09:12', true, 'DA123');
    const filed = r.only.da!.text;
    expect(filed).toContain(`Numéro EORI : ${PROFILE.eori}`);
    const changed: Profile = { ...PROFILE, eori: 'FR552100554', officeName: 'Bureau de Roissy' };
    const text = incidentText(r.incident, changed, NOW);
    expect(text).toContain(`Texte de la DA, tel que déposé :\n${filed}`);
    expect(text).not.toContain('Bureau de Roissy)');
    expect(text).toContain('Numéro de la DA : DA123');
  });

  test('an incident is never closed before a time its journal records', () => {
    const r = record();
    r.file('xi', '2026-11-23T09:12', true);
    r.step(['xi'], 'office.inform', '2026-11-23T09:20');
    const early = r.do((i) => closeIncident(i, '2026-11-23T09:19', NOW));
    expect(early).toEqual(refused({ kind: 'beforeLast', at: '2026-11-23T09:20' }));
    expect(closeProblemText({ kind: 'beforeLast', at: '2026-11-23T09:20' })).toContain(
      formatLocalValue('2026-11-23T09:20'),
    );
    expect(r.incident.closedAt).toBeUndefined();
    mustAccept(r.do((i) => closeIncident(i, '2026-11-23T09:20', NOW)));
  });

  test('a closed incident takes corrections only; each correction is shown as such', () => {
    const r = record();
    r.file('xi', '2026-11-23T09:12', true);
    r.do((i) => closeIncident(i, '2026-11-23T10:30', NOW));
    expect(r.do((i) => recordStep(i, ['xi'], 'office.inform', '2026-11-23T09:20', NOW))).toEqual(
      refused({ kind: 'closed' }),
    );
    expect(r.do((i) => withdrawLast(i, i.services[0]!))).toEqual(refused({ kind: 'closed' }));
    const da = r.only.da!.event;
    mustAccept(r.do((i) => correctStep(i, da, '2026-11-23T09:10', NOW)));
    mustAccept(r.do(() => correctDa(r.only, { number: 'DA-9' })));
    const text = incidentText(r.incident, PROFILE, NOW);
    expect(text).toMatch(/Demande d’assistance \(DA\) déposée sur OLGA\s–\s23\/11\/2026\sà\s09:10 \(corrigée le/);
    expect(text).toMatch(/Numéro de la DA\s: DA-9/);
    expect(stepProblemText({ kind: 'closed' })).toMatch(/rouvrez-le/);
  });

  test('a step taken back stays in the record, shown as taken back', () => {
    const r = record();
    r.file('xi', '2026-11-23T09:12', true);
    r.step(['xi'], 'office.inform', '2026-11-23T09:20');
    mustAccept(r.do((i) => withdrawLast(i, i.services[0]!)));
    expect(r.only.journal.map((e) => e.step)).toEqual(['da.file']);
    expect(r.only.withdrawn.map((w) => w.step)).toEqual(['office.inform']);
    expect(incidentText(r.incident, PROFILE, NOW)).toMatch(
      /\[retirée\] Bureau de douane informé.* – 23\/11\/2026\sà\s09:20, saisie le .*, retirée le /,
    );
  });
});

describe('the times (flows.md, second round)', () => {
  test('passage en alerte defaults to the end of the diagnosis; a correction keeps the earlier time', () => {
    const r = record();
    expect(r.only.alertAt).toEqual([{ at: '2026-11-23T09:05', recordedAt: NOW.toISOString() }]);
    expect(correctAlertAt(r.only, '2026-11-23T11:06', NOW)).toEqual(refused({ kind: 'future' }));
    expect(correctAlertAt(r.only, '2026-02-30T10:00', NOW)).toEqual(refused({ kind: 'invalid' }));
    mustAccept(r.do(() => correctAlertAt(r.only, '2026-11-23T08:45', NOW)));
    expect(stampText(r.only.alertAt)).toMatch(
      /^23\/11\/2026\sà\s08:45 \(corrigée le .*\s; indiquée d’abord 23\/11\/2026\sà\s09:05/,
    );
    expect(daText(PROFILE, r.only)!.body).toContain(
      `Date et heure de passage en alerte : ${formatLocalValue('2026-11-23T08:45')}`,
    );
    // A phone's clock a minute behind: a time just ahead of it is taken.
    expect(correctAlertAt(r.only, '2026-11-23T11:01', NOW).ok).toBe(true);
  });

  test('a journal time is never in the future nor before the steps it follows', () => {
    const r = record();
    expect(r.do((i) => recordStep(i, ['xi'], 'office.inform', '2026-11-23T09:20', NOW))).toEqual(
      refused({ kind: 'notAllowed', after: 'da.file' }),
    );
    r.file('xi', '2026-11-23T09:12');
    r.step(['xi'], 'office.inform', '2026-11-23T09:20');
    expect(r.do((i) => recordStep(i, ['xi'], 'backup.activate', '2026-11-23T09:15', NOW))).toEqual(
      refused({ kind: 'before', step: 'office.inform', at: '2026-11-23T09:20' }),
    );
    const da = r.only.da!.event;
    expect(r.do((i) => correctStep(i, da, '2026-11-23T09:30', NOW))).toEqual(
      refused({ kind: 'after', step: 'office.inform', at: '2026-11-23T09:20' }),
    );
    expect(
      r.do((i) =>
        fileDa(i, 'xi', { time: '2026-11-23T09:00', number: '', officeOpen: true, text: '', references: PROFILE }, NOW),
      ),
    ).toEqual(refused({ kind: 'notAllowed', after: 'notHere' }));
  });

  test('any sequence of records and corrections keeps every time in the past and in the order of the fiche', () => {
    const minute = fc
      .integer({ min: 0, max: 300 })
      .map((m) => `2026-11-23T${pad(7 + Math.floor(m / 60))}:${pad(m % 60)}`);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.constantFrom(...JOURNAL_STEPS), minute), { maxLength: 25 }),
        (ops) => {
          const r = record();
          for (const [isCorrection, step, at] of ops) {
            const entry = r.only.journal.find((e) => e.step === step);
            if (isCorrection && entry) r.do((i) => correctStep(i, entry.event, at, NOW));
            else if (step === 'da.file')
              r.do((i) =>
                fileDa(i, 'xi', { time: at, number: '', officeOpen: false, text: 'x', references: PROFILE }, NOW),
              );
            else r.do((i) => recordStep(i, ['xi'], step, at, NOW));
          }
          const time = (s: JournalStep) => {
            const e = r.only.journal.find((x) => x.step === s);
            return e ? e.times[e.times.length - 1]!.at : null;
          };
          for (const e of r.only.journal) for (const t of e.times) expect(t.at <= '2026-11-23T11:05').toBe(true);
          const after = (a: JournalStep, b: JournalStep) =>
            time(a) === null || time(b) === null || time(a)! >= time(b)!;
          expect(after('backup.activate', 'da.file') && after('backup.activate', 'office.inform')).toBe(true);
          expect(after('sau.call', 'da.file') && after('closure.request', 'system.restore')).toBe(true);
          expect(after('da.file', 'da.file') && (time('da.file') ?? '9') >= '2026-11-23T09:05').toBe(true);
        },
      ),
      { numRuns: 300, seed: 9 },
    );
  });
});

/** The incident's Delta G. */
const deltaG = (i: Incident) => i.services.find((s) => s.service === 'g')!;
/** Delta G added to incident inc-1 with its alert time, `seconds` after NOW. */
const gAdded = (time: string, seconds: number) =>
  incidentEvent(
    'inc-1',
    { type: 'service.added', service: 'g', mode: 'dti', reasons: ['Validation impossible'], time },
    new Date(NOW.getTime() + seconds * 1000),
  );

describe('two copies of the log (records.md)', () => {
  test('the union of two tabs that each filed a DA for one service keeps both events and reports the conflict', () => {
    const a = record();
    const b = new Record_();
    b.events = [...a.events];
    a.file('xi', '2026-11-23T09:12', true, 'A');
    b.file('xi', '2026-11-23T09:13', true, 'B');
    for (const merged of [union(a.events, b.events), union(b.events, a.events)]) {
      const [incident] = reduceIncidents(merged);
      expect(merged).toHaveLength(a.events.length + 1);
      expect(incident!.conflicts).toHaveLength(1);
      expect(incident!.conflicts[0]).toMatchObject({ kind: 'twoDas', service: 'xi' });
      expect(incident!.services[0]!.da).not.toBeNull();
    }
    expect(reduceIncidents(union(a.events, b.events))).toEqual(reduceIncidents(union(b.events, a.events)));
  });

  test('the same DA noted in two tabs (same number, time, office, text): one DA, and either tab’s correction is its', () => {
    const a = record();
    const b = new Record_(ANSWERS, 10);
    b.events = [...a.events];
    a.file('xi', '2026-11-23T09:12', true, 'H7-DA-42');
    b.file('xi', '2026-11-23T09:12', true, 'H7-DA-42');
    const merged = union(a.events, b.events);
    const [incident] = reduceIncidents(merged);
    expect(incident!.conflicts).toEqual([]);
    expect(daNumberOf(incident!.services[0]!)).toBe('H7-DA-42');
    expect(incident!.services[0]!.journal.filter((j) => j.step === 'da.file')).toHaveLength(1);
    // Each tab corrects the DA it shows, under its own event: the one DA is corrected, in both orders.
    const corrected = new Record_(ANSWERS, 20);
    corrected.events = [...b.events];
    corrected.do((i) => correctDa(i.services[0]!, { number: 'H7-DA-43' }));
    for (const joined of [union(a.events, corrected.events), union(corrected.events, a.events)])
      expect(daNumberOf(reduceIncidents(joined)[0]!.services[0]!)).toBe('H7-DA-43');
    // One tab takes its DA back while the other went on from it: the DA stands, as the other noted it.
    const onward = new Record_(ANSWERS, 20);
    onward.events = [...a.events];
    onward.step(['xi'], 'office.inform', '2026-11-23T09:20');
    const undone = new Record_(ANSWERS, 20);
    undone.events = [...b.events];
    mustAccept(undone.do((i) => withdrawLast(i, i.services[0]!)));
    for (const joined of [union(onward.events, undone.events), union(undone.events, onward.events)]) {
      const service = reduceIncidents(joined)[0]!.services[0]!;
      expect(daNumberOf(service)).toBe('H7-DA-42');
      expect(service.journal.map((j) => j.step)).toEqual(['da.file', 'office.inform']);
    }
    // Two DAs that differ in anything are still two, for the user to settle.
    const c = new Record_(ANSWERS, 10);
    c.events = [...b.events.slice(0, a.events.length - 1)];
    c.file('xi', '2026-11-23T09:13', true, 'H7-DA-42');
    expect(reduceIncidents(union(a.events, c.events))[0]!.conflicts).toHaveLength(1);
  });

  test('a service added in two copies with two alert times: the first kept, the other reported until corrected', () => {
    const a = record();
    const merged = union([...a.events, gAdded('2026-11-23T09:00', 5)], [...a.events, gAdded('2026-11-23T09:40', 6)]);
    const [incident] = reduceIncidents(merged);
    expect(incident!.services.filter((s) => s.service === 'g')).toHaveLength(1);
    expect(incident!.conflicts).toEqual([
      expect.objectContaining({ kind: 'serviceTwice', service: 'g', time: '2026-11-23T09:40' }),
    ]);
    // A correction made in the kept copy before the other was there settles nothing.
    const early = new Record_(ANSWERS, 20);
    early.events = [...a.events, gAdded('2026-11-23T09:00', 5)];
    mustAccept(
      early.do((i) =>
        correctAlertAt(
          i.services.find((s) => s.service === 'g')!,
          '2026-11-23T09:05',
          NOW,
        ),
      ),
    );
    const [later] = reduceIncidents(union(early.events, [...a.events, gAdded('2026-11-23T09:40', 6)]));
    expect(later!.conflicts).toEqual([expect.objectContaining({ kind: 'serviceTwice', time: '2026-11-23T09:40' })]);
    // Corrected, or kept, on the page that reports it: settled.
    const settled = new Record_(ANSWERS, 20);
    settled.events = [...merged];
    settled.do((i) => ok(withSettled(i, mustAccept(correctAlertAt(deltaG(i), '2026-11-23T09:40', NOW))!)));
    expect(settled.incident.conflicts).toEqual([]);
    const kept = new Record_(ANSWERS, 20);
    kept.events = [...merged];
    kept.act((i) => keepAlertAt(deltaG(i)));
    expect(kept.incident.conflicts).toEqual([]);
    expect(currentTime(deltaG(kept.incident).alertAt)).toBe('2026-11-23T09:00');
    // The other copy's alert time, not kept, stays on record, set aside.
    expect(deltaG(kept.incident).setAsideSteps).toEqual([
      expect.objectContaining({ step: 'alert', time: '2026-11-23T09:40' }),
    ]);
    // Or the other copy's kept: the alert time is corrected to it.
    const other = new Record_(ANSWERS, 20);
    other.events = [...merged];
    mustAccept(other.act((i) => keepAlertAt(deltaG(i), '2026-11-23T09:40', NOW)));
    expect(other.incident.conflicts).toEqual([]);
    expect(currentTime(deltaG(other.incident).alertAt)).toBe('2026-11-23T09:40');
  });

  test('a service added in two copies at one time, its alert corrected in one: reported once they differ', () => {
    const a = record();
    const b = goOn([...a.events], 10);
    a.events.push(gAdded('2026-11-23T09:00', 5));
    b.events.push(gAdded('2026-11-23T09:00', 6));
    expect(goOn(union(a.events, b.events), 20).incident.conflicts).toEqual([]);
    mustAccept(b.do((i) => correctAlertAt(deltaG(i), '2026-11-23T09:10', NOW)));
    expect(goOn(union(a.events, b.events), 20).incident.conflicts).toEqual([
      expect.objectContaining({ kind: 'serviceTwice', service: 'g', time: '2026-11-23T09:10' }),
    ]);
  });

  test('the other DA is reported with its number; withdrawn in its copy, no longer; the kept one withdrawn, it takes its place', () => {
    const a = record();
    const b = new Record_(ANSWERS, 10);
    b.events = [...a.events];
    a.file('xi', '2026-11-23T09:12', true, 'DA-AAA-111');
    b.file('xi', '2026-11-23T09:13', true, 'DA-BBB-222');
    const merged = union(a.events, b.events);
    expect(reduceIncidents(merged)[0]!.conflicts).toEqual([
      expect.objectContaining({ kind: 'twoDas', service: 'xi', number: 'DA-BBB-222', time: '2026-11-23T09:13' }),
    ]);
    // Withdrawn in the copy that filed it: nothing left to settle.
    const bWithdrawn = new Record_(ANSWERS, 20);
    bWithdrawn.events = [...b.events];
    bWithdrawn.do((i) => withdrawLast(i, i.services[0]!));
    const settled = reduceIncidents(union(a.events, bWithdrawn.events))[0]!;
    expect(settled.conflicts).toEqual([]);
    expect(daNumberOf(settled.services[0]!)).toBe('DA-AAA-111');
    // The kept DA's number corrected (the user checked which was filed): settled.
    const corrected = new Record_(ANSWERS, 30);
    corrected.events = [...merged];
    corrected.do((i) => ok(withSettled(i, mustAccept(correctDa(i.services[0]!, { number: 'DA-BBB-222' }))!)));
    expect(corrected.incident.conflicts).toEqual([]);
    expect(daNumberOf(corrected.incident.services[0]!)).toBe('DA-BBB-222');
    // Or kept as it is.
    const kept = new Record_(ANSWERS, 30);
    kept.events = [...merged];
    kept.do((i) => ok(withSettled(i, mustAccept(keepDa(i.services[0]!)))));
    expect(kept.incident.conflicts).toEqual([]);
    expect(daNumberOf(kept.incident.services[0]!)).toBe('DA-AAA-111');
    // The one kept withdrawn once both are here: the other is the service's DA, no longer a conflict.
    const joined = new Record_(ANSWERS, 20);
    joined.events = merged;
    joined.do((i) => withdrawLast(i, i.services[0]!));
    const after = joined.incident;
    expect(after.conflicts).toEqual([]);
    expect(daNumberOf(after.services[0]!)).toBe('DA-BBB-222');
    expect(after.services[0]!.journal.map((j) => j.step)).toEqual(['da.file']);
  });
});

/** Two copies of one incident whose DA was filed for `services`, each going on alone. */
function twoCopies(services: DaService[] = ['xi']) {
  const a = record();
  if (services.length > 1)
    a.do((i) =>
      addConfirmedService(i, { service: 'xe', mode: 'dti', reasons: ['r'], alertAt: '2026-11-23T09:00' }, NOW),
    );
  for (const s of services) a.file(s, '2026-11-23T09:12', true, `DA-${s}`);
  const b = new Record_(ANSWERS, 100);
  b.events = [...a.events];
  return [a, b] as const;
}
/** A copy that goes on from `events` (its clock `tick` seconds after NOW). */
function goOn(events: readonly IncidentEvent[], tick: number) {
  const copy = new Record_(ANSWERS, tick);
  copy.events = [...events];
  return copy;
}
const stepTimes = (r: Record_, s: DaService = 'xi') => r.service(s).journal.map((j) => [j.step, currentTime(j.times)]);
const LATER = new Date('2026-11-23T12:00:00Z');

describe('a step or the closure recorded in two copies at two times (records.md)', () => {
  test('a step: the first kept, the other time reported, on the page, in print and in the export', () => {
    const [a, b] = twoCopies();
    a.step(['xi'], 'office.inform', '2026-11-23T09:20');
    b.step(['xi'], 'office.inform', '2026-11-23T09:25');
    const joined = goOn(union(a.events, b.events), 200);
    expect(stepTimes(joined)).toEqual([
      ['da.file', '2026-11-23T09:12'],
      ['office.inform', '2026-11-23T09:20'],
    ]);
    expect(joined.incident.conflicts).toEqual([
      expect.objectContaining({ kind: 'twice', step: 'office.inform', service: 'xi', time: '2026-11-23T09:25' }),
    ]);
    expect(incidentText(joined.incident, PROFILE, NOW)).toContain(
      'celle du 23/11/2026\u00a0à\u00a009:20 est retenue au journal, celle du 23/11/2026\u00a0à\u00a009:25 n’y est pas reprise',
    );
  });

  test('kept by its button: the other time becomes the step’s; the one shown is kept without a correction', () => {
    const [a, b] = twoCopies();
    a.step(['xi'], 'office.inform', '2026-11-23T09:20');
    b.step(['xi'], 'office.inform', '2026-11-23T09:25');
    const keep = (time: string) => {
      const copy = goOn(union(a.events, b.events), 200);
      mustAccept(copy.act((i) => keepStepTime(i, i.services[0]!, 'office.inform', time, LATER)));
      return copy;
    };
    const other = keep('2026-11-23T09:25');
    expect(other.incident.conflicts).toEqual([]);
    expect(stepTimes(other)).toContainEqual(['office.inform', '2026-11-23T09:25']);
    expect(other.service('xi').setAsideSteps).toEqual([]);
    const shown = keep('2026-11-23T09:20');
    expect(shown.incident.conflicts).toEqual([]);
    // The other copy's time, not kept, stays on record (on the page and in the export), set aside.
    expect(shown.service('xi').setAsideSteps).toEqual([
      expect.objectContaining({ step: 'office.inform', time: '2026-11-23T09:25' }),
    ]);
    expect(incidentText(shown.incident, PROFILE, NOW)).toMatch(
      /\[heure non retenue\] Bureau de douane informé .*\u00a0: heure du 23\/11\/2026\u00a0à\u00a009:25, notée le .*, écartée le /,
    );
    expect(shown.service('xi').journal.find((j) => j.step === 'office.inform')!.times).toHaveLength(1);
    // Kept, then the step taken back: the time set aside never stands in for it.
    mustAccept(shown.do((i) => withdrawLast(i, i.services[0]!)));
    expect(stepTimes(shown)).toEqual([['da.file', '2026-11-23T09:12']]);
    expect(shown.incident.conflicts).toEqual([]);
  });

  test('a time set aside here, corrected since in its own copy (unaware): reported again, with its new time', () => {
    const [a, b] = twoCopies();
    a.step(['xi'], 'office.inform', '2026-11-23T09:20');
    b.step(['xi'], 'office.inform', '2026-11-23T09:25');
    const here = goOn(union(a.events, b.events), 200);
    mustAccept(here.act((i) => keepStepTime(i, i.services[0]!, 'office.inform', '2026-11-23T09:20', LATER)));
    expect(here.incident.conflicts).toEqual([]);
    // The other copy, which never saw that choice, corrects its time afterwards.
    const there = goOn(b.events, 300);
    mustAccept(there.do((i) => correctStep(i, i.services[0]!.journal.at(-1)!.event, '2026-11-23T09:40', LATER)));
    const joined = goOn(union(here.events, there.events), 400);
    expect(joined.incident.conflicts).toEqual([expect.objectContaining({ kind: 'twice', time: '2026-11-23T09:40' })]);
    expect(joined.service('xi').setAsideSteps).toEqual([expect.objectContaining({ time: '2026-11-23T09:25' })]);
  });

  test('a time kept out of the fiche’s order is refused, as it is when typed', () => {
    const [a, b] = twoCopies();
    a.step(['xi'], 'office.inform', '2026-11-23T09:20');
    a.step(['xi'], 'backup.activate', '2026-11-23T09:22');
    b.step(['xi'], 'office.inform', '2026-11-23T09:25');
    const joined = goOn(union(a.events, b.events), 200);
    const refusal = joined.act((i) => keepStepTime(i, i.services[0]!, 'office.inform', '2026-11-23T09:25', LATER));
    expect(refusal.ok || stepProblemText(refusal.problem, 'office.inform')).toMatch(
      /^Cette heure suit celle de l’étape «\s?Procédure de secours en cours/,
    );
    expect(joined.incident.conflicts).toHaveLength(1);
  });

  test('the other copy’s time corrected there, after both copies agreed: reported once they differ', () => {
    const [a, b] = twoCopies();
    a.step(['xi'], 'office.inform', '2026-11-23T09:20');
    b.step(['xi'], 'office.inform', '2026-11-23T09:20');
    expect(goOn(union(a.events, b.events), 200).incident.conflicts).toEqual([]);
    mustAccept(b.do((i) => correctStep(i, i.services[0]!.journal[1]!.event, '2026-11-23T09:35', LATER)));
    expect(goOn(union(a.events, b.events), 200).incident.conflicts).toEqual([
      expect.objectContaining({ kind: 'twice', time: '2026-11-23T09:35' }),
    ]);
  });

  test('the kept step taken back: the other copy’s stands in, one step for every service it was recorded for', () => {
    const [a, b] = twoCopies(['xi', 'xe']);
    a.step(['xi', 'xe'], 'office.inform', '2026-11-23T09:20');
    b.step(['xi', 'xe'], 'office.inform', '2026-11-23T09:25');
    const joined = goOn(union(a.events, b.events), 200);
    mustAccept(joined.do((i) => withdrawLast(i, i.services[0]!)));
    expect(joined.incident.conflicts).toEqual([]);
    for (const s of ['xi', 'xe'] as const)
      expect(stepTimes(joined, s)).toContainEqual(['office.inform', '2026-11-23T09:25']);
    const [xi, xe] = (['xi', 'xe'] as const).map((s) => joined.service(s).journal.at(-1)!);
    expect(xi!.event).toBe(xe!.event);
    // Corrected, or taken back, it is one step: for both services.
    mustAccept(joined.do((i) => correctStep(i, xi!.event, '2026-11-23T09:30', LATER)));
    for (const s of ['xi', 'xe'] as const)
      expect(stepTimes(joined, s)).toContainEqual(['office.inform', '2026-11-23T09:30']);
    mustAccept(joined.do((i) => withdrawLast(i, i.services[0]!)));
    for (const s of ['xi', 'xe'] as const) expect(stepTimes(joined, s).map(([step]) => step)).toEqual(['da.file']);
  });

  test('recorded again after the kept one was taken back (an earlier build): the latest stands, the other is reported', () => {
    const [a, b] = twoCopies();
    a.step(['xi'], 'office.inform', '2026-11-23T09:20');
    b.step(['xi'], 'office.inform', '2026-11-23T09:25');
    const joined = goOn(union(a.events, b.events), 200);
    // As an earlier build wrote it: the step taken back with the other unseen, then recorded again.
    const kept = joined.service('xi').journal.at(-1)!.event;
    joined.do(() => ok({ type: 'step.withdrawn' as const, corrects: kept }));
    joined.do(() =>
      ok({ type: 'step.done' as const, services: ['xi'], step: 'office.inform', time: '2026-11-23T09:30' }),
    );
    expect(stepTimes(joined)).toContainEqual(['office.inform', '2026-11-23T09:30']);
    expect(joined.incident.conflicts).toEqual([expect.objectContaining({ kind: 'twice', time: '2026-11-23T09:25' })]);
  });

  test('the same, the other copy’s step shared with another service: the latest stands for this one only', () => {
    const [a, b] = twoCopies(['xi', 'xe']);
    a.step(['xi'], 'office.inform', '2026-11-23T09:20');
    b.step(['xi', 'xe'], 'office.inform', '2026-11-23T09:25');
    const joined = goOn(union(a.events, b.events), 200);
    const kept = joined.service('xi').journal.at(-1)!.event;
    joined.do(() => ok({ type: 'step.withdrawn' as const, corrects: kept }));
    joined.do(() =>
      ok({ type: 'step.done' as const, services: ['xi'], step: 'office.inform', time: '2026-11-23T09:30' }),
    );
    expect(stepTimes(joined, 'xi')).toContainEqual(['office.inform', '2026-11-23T09:30']);
    expect(stepTimes(joined, 'xe')).toContainEqual(['office.inform', '2026-11-23T09:25']);
    expect(joined.incident.conflicts).toEqual([
      expect.objectContaining({ kind: 'twice', service: 'xi', time: '2026-11-23T09:25' }),
    ]);
  });

  test('a DA written as a step (no build writes one) is not read: set aside and counted, never skipped', () => {
    const [event] = newIncident(diagnosis(ANSWERS), NOW, 'inc-1')!;
    const asStep = {
      ...event!,
      id: 'x1',
      type: 'step.done',
      services: ['xi'],
      step: 'da.file',
      time: '2026-11-23T09:12',
    };
    expect(incidentLog.parse([asStep]).rejected).toEqual([asStep]);
  });

  test('a step recorded in both copies at the same time: one step, nothing to report', () => {
    const [a, b] = twoCopies();
    a.step(['xi'], 'office.inform', '2026-11-23T09:20');
    b.step(['xi'], 'office.inform', '2026-11-23T09:20');
    expect(reduceIncidents(union(a.events, b.events))[0]!.conflicts).toEqual([]);
  });

  test('the closure: the first shown, the other reported until one is kept, within the times recorded', () => {
    const [a, b] = twoCopies();
    a.do((i) => closeIncident(i, '2026-11-23T10:30', LATER));
    b.do((i) => closeIncident(i, '2026-11-23T10:45', LATER));
    const merged = union(a.events, b.events);
    const joined = goOn(merged, 200);
    expect(joined.incident.closedAt?.at).toBe('2026-11-23T10:30');
    expect(joined.incident.conflicts).toEqual([
      expect.objectContaining({ kind: 'closedTwice', time: '2026-11-23T10:45' }),
    ]);
    // Kept: a closure over both, said as entered when it first was.
    const entered = b.incident.closedAt!.recordedAt;
    mustAccept(joined.do((i) => closeIncident(i, '2026-11-23T10:45', LATER)));
    expect(joined.incident.conflicts).toEqual([]);
    expect(joined.incident.closedAt).toEqual({ at: '2026-11-23T10:45', recordedAt: entered });
    // The other, not kept, stays on record, set aside.
    expect(joined.incident.setAsideClosures).toEqual([expect.objectContaining({ time: '2026-11-23T10:30' })]);
    expect(incidentText(joined.incident, PROFILE, NOW)).toContain(
      'Fin de la procédure de secours notée dans une autre copie, non retenue\u00a0: 23/11/2026\u00a0à\u00a010:30',
    );
    // Kept differently in the two copies at once: reported again, never the later silently.
    const keptA = goOn(merged, 200);
    const keptB = goOn(merged, 300);
    mustAccept(keptA.do((i) => closeIncident(i, '2026-11-23T10:30', LATER)));
    mustAccept(keptB.do((i) => closeIncident(i, '2026-11-23T10:45', LATER)));
    expect(goOn(union(keptA.events, keptB.events), 400).incident.conflicts).toEqual([
      expect.objectContaining({ kind: 'closedTwice' }),
    ]);
    // Reopened: which closure held no longer matters; both stay on record, reopened.
    const reopened = goOn(merged, 200);
    reopened.do(() => ok({ type: 'incident.reopened' as const }));
    expect(reopened.incident.conflicts).toEqual([]);
    expect(reopened.incident.reopenings.map((r) => r.closedAt.at)).toEqual(['2026-11-23T10:30', '2026-11-23T10:45']);
  });

  test('closed twice by an earlier build (no closure named, so each over none): both said, as two copies’', () => {
    const a = twoCopies()[0];
    a.do(() => ok({ type: 'incident.closed' as const, time: '2026-11-23T10:30' }));
    a.do(() => ok({ type: 'incident.closed' as const, time: '2026-11-23T10:45' }));
    expect(a.incident.closedAt?.at).toBe('2026-11-23T10:30');
    expect(a.incident.conflicts).toEqual([expect.objectContaining({ kind: 'closedTwice', time: '2026-11-23T10:45' })]);
  });

  test('one service’s time kept: another service’s other time, if it differs, is still reported', () => {
    const [a, b] = twoCopies(['xi', 'xe']);
    a.step(['xi', 'xe'], 'office.inform', '2026-11-23T09:20');
    b.step(['xi'], 'office.inform', '2026-11-23T09:25');
    b.step(['xe'], 'office.inform', '2026-11-23T09:40');
    const joined = goOn(union(a.events, b.events), 300);
    expect(joined.incident.conflicts).toHaveLength(2);
    mustAccept(joined.act((i) => keepStepTime(i, joined.service('xi'), 'office.inform', '2026-11-23T09:25', LATER)));
    expect(joined.incident.conflicts).toEqual([
      expect.objectContaining({ kind: 'twice', service: 'xe', time: '2026-11-23T09:40' }),
    ]);
  });
});

describe('notes recorded in two copies at once (records.md)', () => {
  test('both texts are kept: the later holds, the other is shown beside it, in either order of the copies', () => {
    const a = record();
    a.do((i) => editNotes(i, 'SAU appelé'));
    const b = new Record_(ANSWERS, 10);
    b.events = [...a.events];
    a.do((i) => editNotes(i, 'SAU appelé, ticket 4471'));
    b.do((i) => editNotes(i, 'DA refusée par OLGA'));
    for (const merged of [union(a.events, b.events), union(b.events, a.events)]) {
      const [incident] = reduceIncidents(merged);
      expect(incident!.notes).toBe('DA refusée par OLGA');
      expect(incident!.otherNotes.map((n) => n.text)).toEqual(['SAU appelé, ticket 4471']);
    }
    // Notes typed over those shown, once both are seen: the other version has been dealt with.
    const c = new Record_(ANSWERS, 20);
    c.events = union(a.events, b.events);
    c.do((i) => editNotes(i, 'SAU appelé, ticket 4471 ; DA refusée par OLGA'));
    expect(c.incident.otherNotes).toEqual([]);
  });

  test('notes edited one after the other, or by an earlier build (no `over`): never reported twice', () => {
    const a = record();
    a.do((i) => editNotes(i, 'un'));
    a.do((i) => editNotes(i, 'deux'));
    a.do(() => ok({ type: 'notes.edited' as const, text: 'trois (build antérieur)' }));
    a.do(() => ok({ type: 'notes.edited' as const, text: 'quatre (build antérieur)' }));
    expect(a.incident.notes).toBe('quatre (build antérieur)');
    expect(a.incident.otherNotes).toEqual([]);
  });
});

describe('incidents kept by earlier builds', () => {
  const v2 = {
    v: 2,
    data: [
      {
        id: '2026-11-23-abc123',
        createdAt: '2026-11-23T08:00:00.000Z',
        answers: ['delta', 'g1', 'edi', 'no', 'no', 'cannotValidate'],
        profile: PROFILE,
        notes: 'note',
        services: [
          {
            service: 'g',
            mode: 'edi',
            answers: ['delta', 'g1', 'edi', 'no', 'no', 'cannotValidate'],
            alertAt: [{ at: '2026-11-23T09:05', recordedAt: '2026-11-23T08:00:00.000Z' }],
            daNumber: 'DA1',
            journal: [
              {
                step: 'da.file',
                times: [
                  { at: '2026-11-23T09:10', recordedAt: '2026-11-23T08:10:00.000Z' },
                  { at: '2026-11-23T09:09', recordedAt: '2026-11-23T08:20:00.000Z' },
                ],
              },
              { step: 'sau.skip', times: [{ at: '2026-11-23T09:11', recordedAt: '2026-11-23T08:11:00.000Z' }] },
            ],
          },
        ],
        closedAt: { at: '2026-11-23T10:00', recordedAt: '2026-11-23T09:00:00.000Z' },
      },
    ],
  };

  test('a version 2 store becomes events: times and corrections, number, notes, closing kept; read twice, once', () => {
    const events = eventsOfOldStore(v2) as IncidentEvent[];
    expect(eventsOfOldStore(v2)).toEqual(events);
    const [incident] = reduceIncidents(union(events, eventsOfOldStore(v2) as IncidentEvent[]));
    const g = incident!.services[0]!;
    expect(g.journal[0]!.times.map((t) => t.at)).toEqual(['2026-11-23T09:10', '2026-11-23T09:09']);
    expect(g.da!.numbers.map((n) => n.value)).toEqual(['DA1']);
    // « Non nécessaire (bureau ouvert) » was the office's answer: kept as such.
    expect(g.da!.officeOpen.map((o) => o.value)).toEqual([true]);
    expect(incident!.notes).toBe('note');
    expect(incident!.closedAt?.at).toBe('2026-11-23T10:00');
    const text = incidentText(incident!, null, NOW);
    expect(text).toContain('Texte de la DA (non conservé par une version antérieure');
    expect(text).toContain(`Numéro EORI : ${PROFILE.eori}`);
  });

  test('a version 1 store too: Delta G once, the other Delta G record kept and worded', () => {
    const v1 = {
      v: 1,
      data: [
        {
          id: '2026-11-23-abc123',
          createdAt: '2026-11-23T08:00:00.000Z',
          answers: ['delta', 'g1', 'edi', 'no', 'no', 'cannotValidate'],
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
      ],
    };
    const [incident] = reduceIncidents(eventsOfOldStore(v1) as IncidentEvent[]);
    expect(incident!.services.map((s) => s.service)).toEqual(['g', 'h7']);
    expect(serviceReasons(incident!.services[1]!)).toBeNull();
    const text = incidentText(incident!, null, NOW);
    expect(text).toContain('Delta G – dédouanement en deux temps');
    expect(text).not.toMatch(/«\s?g2\s?»|da\.file|\dT\d\d:\d\d/);
    expect(eventsOfOldStore({ v: 1, data: 'not a list' })).toBeNull();
  });
});
