/**
 * The journal of a self-triggered DELTA backup procedure (fiche DELTA, steps 5 and 6), for one online
 * service: one table of its steps in the fiche's order (`JOURNAL`), each with the steps it follows, when it
 * applies, whether it is our advice, whether it is needed to finish. Plain functions of that table decide
 * what may be recorded, what is next and the state: a newcomer changes a step in one place. The words are
 * in ./texts.ts (typed per step), the screens' bodies in ./page/NextStepCard.tsx (typed per step).
 */

export const JOURNAL_STEPS = [
  'da.file',
  'sau.call',
  'office.inform',
  'backup.activate',
  'office.verify',
  'system.restore',
  'closure.request',
  'office.informEnd',
] as const;
export type JournalStep = (typeof JOURNAL_STEPS)[number];

/** What decides the steps of one service's journal. */
export interface JournalFacts {
  /**
   * The office was open at the DA's registration time, as the user answered when recording the DA (S1 step
   * 5: « En dehors des heures d'ouverture du bureau… appelez le SAU du CID »); null before the DA.
   */
  readonly officeOpen: boolean | null;
  /** The office could not be reached during the diagnosis: the declarations' state is still to check. */
  readonly unverified: boolean;
  /** The steps recorded. */
  readonly done: ReadonlySet<JournalStep>;
}

export interface JournalRow {
  readonly step: JournalStep;
  /** The steps it follows: it may be recorded once they are, at a time not before theirs. */
  readonly after: readonly JournalStep[];
  /** When it is a step of this journal (default: always). */
  readonly applies?: (facts: JournalFacts) => boolean;
  /** Advice of ours, not an obligation of the fiche. */
  readonly ours?: true;
  /** Offered as the next step at the top of the page (default true); otherwise recorded from the journal. */
  readonly offered?: false;
  /** Needed before the procedure is over (default true). */
  readonly needed?: false;
}

/**
 * The steps, in the fiche's order:
 * - the DA is filed on OLGA; its registration time is the start of the backup procedure for its service;
 * - outside office hours, « après avoir déposé la demande d'assistance », the SAU is called (whatever the
 *   case of the diagnosis): offered at once after the DA;
 * - the office is informed by forwarding the DA's acknowledgement: after the DA;
 * - (ours) the backup procedure in use, once both conditions hold; not offered once the system works again;
 * - (ours) the office unreachable during the diagnosis: the declarations' state checked once it opens;
 * - the private system works again; then the SAU is asked to close the DA and the office told.
 */
export const JOURNAL: readonly JournalRow[] = [
  { step: 'da.file', after: [] },
  { step: 'sau.call', after: ['da.file'], applies: (f) => f.officeOpen === false },
  { step: 'office.inform', after: ['da.file'] },
  {
    step: 'backup.activate',
    after: ['da.file', 'office.inform'],
    applies: (f) => !f.done.has('system.restore') || f.done.has('backup.activate'),
    ours: true,
    needed: false,
  },
  {
    step: 'office.verify',
    after: ['da.file'],
    applies: (f) => f.unverified,
    ours: true,
    offered: false,
    needed: false,
  },
  { step: 'system.restore', after: ['da.file'] },
  { step: 'closure.request', after: ['system.restore'] },
  { step: 'office.informEnd', after: ['system.restore'] },
];

const rowOf = (step: JournalStep) => JOURNAL.find((r) => r.step === step)!;

/** The steps a step follows. */
export const stepsBefore = (step: JournalStep): readonly JournalStep[] => rowOf(step).after;

/** The steps that follow a step. */
export const stepsAfter = (step: JournalStep): JournalStep[] =>
  JOURNAL.filter((r) => r.after.includes(step)).map((r) => r.step);

export const isOurs = (step: JournalStep) => rowOf(step).ours === true;

/** Whether a step is one of this journal's: a step recorded always is (a call made stays made). */
export const applies = (facts: JournalFacts, step: JournalStep) =>
  facts.done.has(step) || (rowOf(step).applies?.(facts) ?? true);

/** This journal's steps, in order. */
export const journalSteps = (facts: JournalFacts): JournalStep[] =>
  JOURNAL.filter((r) => applies(facts, r.step)).map((r) => r.step);

/** Why a step cannot be recorded now: the first step it follows still to do, or `notHere`; null when it can. */
export function blockedBy(facts: JournalFacts, step: JournalStep): JournalStep | 'notHere' | null {
  if (facts.done.has(step) || !applies(facts, step)) return 'notHere';
  return stepsBefore(step).find((s) => !facts.done.has(s)) ?? null;
}

export const canRecord = (facts: JournalFacts, step: JournalStep) => blockedBy(facts, step) === null;

/** The one next step: the first of the fiche's order that applies, is offered and is still to do. */
export function nextJournalStep(facts: JournalFacts): JournalStep | null {
  return JOURNAL.find((r) => r.offered !== false && applies(facts, r.step) && !facts.done.has(r.step))?.step ?? null;
}

/** The steps of the fiche still to do for this service, in order. */
export const neededLeft = (facts: JournalFacts): JournalStep[] =>
  JOURNAL.filter((r) => r.needed !== false && applies(facts, r.step) && !facts.done.has(r.step)).map((r) => r.step);

/**
 * What the fiche itself still asks for this service: the steps needed but the repair of the system, which
 * the fiche names as the moment its end steps come (S1 step 6, « lorsque le dysfonctionnement … est
 * résolu »), not as a step to record.
 */
export const ficheStepsLeft = (facts: JournalFacts): JournalStep[] =>
  neededLeft(facts).filter((step) => step !== 'system.restore');

/** Every step needed is done: nothing of the fiche is left for this service. */
export const allNeededDone = (facts: JournalFacts) =>
  JOURNAL.every((r) => r.needed === false || !applies(facts, r.step) || facts.done.has(r.step));

/**
 * A service's state, from the same table as its next step (so that they always agree):
 * - `preparing`: no DA yet; `daFiled`: the DA registered, the office not informed;
 * - `allowed`: both conditions hold; `active`: the procedure is in use;
 * - `restored`: the system works again, steps of the fiche remain; `ended`: none remains.
 */
export type ServiceStatus = 'preparing' | 'daFiled' | 'allowed' | 'active' | 'restored' | 'ended';

export function serviceStatus(facts: JournalFacts): ServiceStatus {
  const { done } = facts;
  if (!done.has('da.file')) return 'preparing';
  if (done.has('system.restore')) return allNeededDone(facts) ? 'ended' : 'restored';
  if (!done.has('office.inform')) return 'daFiled';
  return done.has('backup.activate') ? 'active' : 'allowed';
}

const ORDER: readonly ServiceStatus[] = ['preparing', 'daFiled', 'allowed', 'active', 'restored', 'ended'];
/** The least advanced of states: what the incident as a whole has reached. */
export const leastAdvanced = (list: readonly ServiceStatus[]): ServiceStatus =>
  ORDER[Math.min(...list.map((s) => ORDER.indexOf(s)))] ?? 'preparing';

/**
 * The preselected answer to « Votre bureau de douane était-il ouvert à cette heure ? » (flows.md, fourth
 * round; our advice, the user's answer counts): closed on weekends, French public holidays and outside
 * 8:00–18:00 Paris time, or when the office could not be reached during the diagnosis.
 */
export function officeLikelyOpen(localTime: string, closedInDiagnosis: boolean): boolean {
  if (closedInDiagnosis) return false;
  const [date = '', clock = ''] = localTime.split('T');
  const hour = Number(clock.slice(0, 2));
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (day === 0 || day === 6 || isPublicHoliday(date)) return false;
  return hour >= 8 && hour < 18;
}

/** French public holidays (metropolitan France) of a `YYYY-MM-DD` day. */
export function isPublicHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  const fixed = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];
  if (fixed.includes(date.slice(5))) return true;
  // Easter Sunday (anonymous Gregorian algorithm), then Easter Monday, Ascension, Whit Monday.
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  const easter = Date.UTC(year, month - 1, day);
  return [1, 39, 50].some((offset) => new Date(easter + offset * 86_400_000).toISOString().slice(0, 10) === date);
}
