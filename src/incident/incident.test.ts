import * as fc from 'fast-check';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { incidentSchema, type Incident } from './incident';
import {
  backupAllowed,
  blockedReason,
  JOURNAL_STEPS,
  journalMachine,
  replayJournal,
  type JournalStep,
} from './journal.machine';
import { eoriProblem, luhnValid, normalisePhone, siretValid, validateProfile, type ProfileInput } from './profile';
import { daText, incidentText, reasonsFromAnswers, SELF_TRIGGER_MENTION } from './texts';

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

const ANSWERS = ['delta', 'g1', 'edi', 'no', 'no', 'noBae', 'other', 'no'];
const incidentOf = (profile: Incident['profile']): Incident => ({
  id: '2026-11-23-abc123',
  createdAt: '2026-11-23T08:00:00.000Z',
  answers: ANSWERS,
  ...(profile ? { profile } : {}),
  services: [{ service: 'xi', alertAt: '2026-11-23T09:05', journal: [] }],
});

describe('operator profile', () => {
  test('EORI: FR + SIREN passing Luhn, or the older FR + SIRET; other countries by shape', () => {
    expect(eoriProblem('FR 552 100 554')).toBeNull(); // SIREN 552100554 passes Luhn
    expect(eoriProblem('FR552100555')).toMatch(/SIREN valide/);
    expect(eoriProblem('FR55210055400013')).toBeNull();
    expect(eoriProblem('FR55210055400014')).toMatch(/SIRET valide/);
    expect(eoriProblem('FR35600000000001')).toBeNull(); // La Poste: digit sum multiple of 5
    expect(eoriProblem('FR1234')).toMatch(/FR suivi du SIREN/);
    expect(eoriProblem('DE1234567890123')).toBeNull();
    expect(eoriProblem('1234')).toMatch(/deux lettres du pays/);
    expect(eoriProblem('')).toBe('Saisissez votre numéro EORI.');
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
        if (!result.ok) return;
        const incident = incidentOf(result.profile);
        const { body, subject } = daText(result.profile, incident, incident.services[0]!);
        expect(subject).toBe('Auto-déclenchement de la procédure de secours – Delta X Import');
        for (const part of [
          SELF_TRIGGER_MENTION,
          `Numéro EORI : ${result.profile.eori}`,
          `Raison sociale : ${result.profile.companyName}`,
          `Adresse : ${result.profile.address}`,
          `Téléphone : ${result.profile.phone}`,
          'Service en ligne : Delta X Import',
          'Date et heure de passage en alerte : 23/11/2026 09:05',
          "Raisons de l'auto-déclenchement :",
        ])
          expect(body).toContain(part);
      }),
      { numRuns: 200 },
    );
  });

  test('invalid profiles are refused with a French message on each wrong field', () => {
    fc.assert(
      fc.property(
        validProfile,
        fc.constantFrom<keyof ProfileInput>('eori', 'companyName', 'address', 'phone', 'officeName', 'officeEmail'),
        fc.constantFrom('', '   ', 'x@', '12', 'FR12<script>'),
        (input, field, bad) => {
          // Some bad values are fine in free-text fields (« x@ » may be a name): only check those that are not.
          fc.pre(['eori', 'phone', 'officeEmail'].includes(field) || bad.trim() === '');
          const result = validateProfile({ ...input, [field]: bad });
          expect(result.ok).toBe(false);
          expect(!result.ok && result.errors[field]).toMatch(/^[A-ZÉ]/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('DA reasons', () => {
  test('are built from the diagnosis answers in plain French', () => {
    expect(reasonsFromAnswers(ANSWERS)).toEqual([
      "déclarations validées n'ayant pas obtenu le BAE (constaté dans Aubette)",
      "le service des douanes indique qu'elles ne sont ni « sous contrôle », ni « crédit en attente », ni « paiement comptant »",
      'aucune alerte publiée sur la météo des services en ligne',
      'notre prestataire de connexion EDI confirme que sa plateforme fonctionne',
      'mode de transmission : EDI',
    ]);
    expect(reasonsFromAnswers(['delta', 'h7', 'dti', 'yes', 'no', 'cannotValidate'])).toEqual([
      'impossibilité de valider nos déclarations (anticipées ou non)',
      "l'alerte publiée sur la météo des services en ligne ne correspond pas à notre situation",
      'mode de transmission : DTI',
    ]);
  });
});

describe('incident journal (parallel statechart)', () => {
  const events = JOURNAL_STEPS.map((type) => ({ type }));

  test('the backup procedure becomes active only after both the DA and the office', () => {
    const paths = getSimplePaths(journalMachine, { events, toState: (s) => s.matches({ backup: 'active' }) });
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      const steps = p.steps.map((s) => s.event.type);
      const at = steps.indexOf('backup.activate');
      expect(steps.slice(0, at)).toEqual(expect.arrayContaining(['da.file', 'office.inform']));
    }
    const shortest = getShortestPaths(journalMachine, { events, toState: (s) => s.matches({ backup: 'active' }) });
    expect(Math.min(...shortest.map((p) => p.steps.length - 1))).toBe(3);
  });

  test('any sequence of steps, in any order, keeps the rules', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...JOURNAL_STEPS), { maxLength: 20 }), (steps) => {
        const { snapshot, accepted } = replayJournal(
          steps.map((step, i) => ({ step, at: new Date(i * 60_000).toISOString() })),
        );
        const order = accepted.map((a) => a.step);
        const before = (a: JournalStep, b: JournalStep) =>
          !order.includes(b) || (order.includes(a) && order.indexOf(a) < order.indexOf(b));
        expect(before('da.file', 'backup.activate') && before('office.inform', 'backup.activate')).toBe(true);
        expect(before('da.file', 'sau.call')).toBe(true);
        expect(before('system.restore', 'closure.request') && before('system.restore', 'office.informEnd')).toBe(true);
        expect(new Set(order).size).toBe(order.length);
        expect(snapshot.matches({ backup: 'active' })).toBe(order.includes('backup.activate'));
      }),
      { numRuns: 500 },
    );
  });

  test('the app says why a step is not possible yet', () => {
    const { snapshot } = replayJournal([{ step: 'da.file', at: '2026-11-23T09:00:00Z' }]);
    expect(backupAllowed(snapshot)).toBe(false);
    expect(blockedReason(snapshot, 'backup.activate')).toMatch(/les deux conditions sont cumulatives/);
    expect(blockedReason(snapshot, 'sau.call')).toBeNull();
    expect(blockedReason(snapshot, 'closure.request')).toMatch(/de nouveau en état de marche/);
  });

  test('the plain-text export holds the answers, the DA and the timestamps', () => {
    const result = validateProfile({
      eori: 'FR552100554',
      companyName: 'Transit Dupont SAS',
      address: '1 rue du Port, 76600 Le Havre',
      phone: '0235000000',
      officeName: 'Le Havre Port',
      officeEmail: 'bureau.lehavre@douane.finances.gouv.fr',
    });
    if (!result.ok) throw new Error('profile');
    const incident = incidentOf(result.profile);
    incident.services[0] = {
      ...incident.services[0]!,
      daNumber: 'DA123',
      journal: [{ step: 'da.file', at: '2026-11-23T09:10:00.000Z' }],
    };
    expect(incidentSchema.parse(incident)).toEqual(incident);
    const text = incidentText(incident, new Date('2026-11-23T10:00:00Z'));
    expect(text).toContain("[x] Demande d'assistance (DA) déposée sur OLGA – 23/11/2026 10:10");
    expect(text).toContain('[ ] Bureau de douane informé');
    expect(text).toContain('Quel mode de transmission utilisez-vous ? → EDI (via un prestataire de connexion)');
    expect(text).toContain('DA n° : DA123');
    expect(text).toContain('Raison sociale : Transit Dupont SAS');
  });
});
