/**
 * What an incident is, as the screens, the printout and the exports read it: the state derived from its
 * events (./log.ts, ./reduce.ts), never stored. A self-triggered DELTA backup procedure, with one DA and
 * one journal per online service (flows.md, second and fourth rounds).
 *
 * Times: every time the user gives is a Paris wall-clock value with the instant it was entered (a
 * `Stamp`); a correction is an event that adds a stamp, so the record shows both the time given and when
 * it was entered, and every earlier time.
 */
import { replay } from '../flows/replay';
import { answerAt } from '../flows/rules';
import type { JournalStep } from './journal';
import type { Profile } from './profile';

/**
 * The online services for which a DA is filed. « Delta G » is one service, cleared in one or two steps
 * (S1: « Delta G (un temps ou deux temps) »); Delta X Import, Delta X Export and Delta H7 are each their own.
 */
export const DA_SERVICES = ['g', 'xi', 'xe', 'h7'] as const;
export type DaService = (typeof DA_SERVICES)[number];

/** The DA service of a `delta.service` answer; null for « un autre service ». */
export function daServiceOf(answer: string | undefined): DaService | null {
  switch (answer) {
    case 'g1':
    case 'g2':
      return 'g';
    case 'xi':
    case 'xe':
    case 'h7':
      return answer;
    default:
      return null;
  }
}

export type Mode = 'dti' | 'edi';

export function modeOf(answers: readonly string[]): Mode | null {
  return answerAt(replay(answers).path, 'delta.mode') ?? null;
}

export interface Stamp {
  /** The time given by the user, Paris wall-clock (`YYYY-MM-DDTHH:mm`). */
  readonly at: string;
  /** When it was entered (ISO instant). */
  readonly recordedAt: string;
}

/** The time that holds: the last of a stamp list. */
export const currentTime = (stamps: readonly Stamp[]): string => stamps[stamps.length - 1]!.at;

/** A value and its corrections, oldest first, each with when it was entered. */
export interface Revised<T> {
  readonly value: T;
  readonly recordedAt: string;
}

/** A step recorded, for one or several services of the incident (one call to the SAU for two DAs). */
export interface JournalEntry {
  readonly step: JournalStep;
  /** The event that recorded it (what a correction names). */
  readonly event: string;
  readonly times: readonly Stamp[];
  /** The services it was recorded for. */
  readonly services: readonly DaService[];
  /** The e-mail text as it was when the step was recorded, when the step sends one. */
  readonly text?: string;
}

/** A step taken back (a mistaken click): kept in the record, shown as such. */
export interface WithdrawnEntry {
  readonly step: JournalStep;
  readonly time: string;
  readonly recordedAt: string;
  readonly withdrawnAt: string;
  /** A DA taken back: its number then, so that two DAs taken back read apart. */
  readonly number?: string;
}

/** Another copy's DA for the service, set aside when the user kept the retained one: kept on record. */
export interface SetAsideDa {
  readonly number: string;
  /** When it was filed (Paris time), when it was recorded, when the user set it aside. */
  readonly time: string;
  readonly recordedAt: string;
  readonly setAsideAt: string;
}

/** Another copy's time of a step, set aside when the user kept another: on record. */
export interface SetAsideStep {
  /** A step of the journal, or the service's « passage en alerte ». */
  readonly step: JournalStep | 'alert';
  /** The time it gave (Paris time), when it was recorded, when the user set it aside. */
  readonly time: string;
  readonly recordedAt: string;
  readonly setAsideAt: string;
}

/** The DA as filed: what was filed stays as filed (flows.md, fourth round). */
export interface FiledDa {
  readonly event: string;
  /** Its number (OLGA's acknowledgement), with corrections. */
  readonly numbers: readonly Revised<string>[];
  /** « Votre bureau de douane était-il ouvert à cette heure ? », with corrections. */
  readonly officeOpen: readonly Revised<boolean>[];
  /** The text filed, as it was copied. */
  readonly text: string;
  /** The references it carried. */
  readonly references: Profile | null;
}

export interface ServiceRecord {
  readonly service: DaService;
  /** The transmission mode: a field of the DA. */
  readonly mode: Mode;
  /** The diagnosis made for this service (its answers), when there was one… */
  readonly answers?: readonly string[];
  /** …or the reasons the user confirmed for it, when it was added without its own diagnosis. */
  readonly reasons?: readonly string[];
  /** The event that added it (what a correction of its alert time names). */
  readonly event: string;
  /** « Date et heure de passage en alerte », as written in the DA. */
  readonly alertAt: readonly Stamp[];
  readonly da: FiledDa | null;
  /** The steps recorded, in the order they were. */
  readonly journal: readonly JournalEntry[];
  readonly withdrawn: readonly WithdrawnEntry[];
  readonly setAsideDas: readonly SetAsideDa[];
  readonly setAsideSteps: readonly SetAsideStep[];
  /**
   * Its steps as another copy recorded them too (two copies joined), not set aside: the one that takes the
   * place of a step taken back, each with its time as it stands.
   */
  readonly otherSteps: readonly { readonly step: JournalStep; readonly time: string }[];
}

/** A record of the first version merged into another (Delta G in one and two steps): kept, worded. */
export interface AbsorbedRecord {
  readonly service: string;
  readonly number?: string;
  readonly time?: string;
  readonly steps: readonly { step: string; time: string }[];
}

/** What the union of two copies made inconsistent: shown for the user to settle with a correction. */
export type Conflict =
  /** A second DA filed for a service (its event, its number if given, the time it was filed): not kept. */
  | {
      readonly kind: 'twoDas';
      readonly service: DaService;
      readonly ignored: string;
      readonly number: string;
      readonly time: string;
      /** The other DA's answer to « Votre bureau de douane était-il ouvert à cette heure ? ». */
      readonly officeOpen: boolean;
    }
  /** A step recorded in two copies at another time: the first kept; the other's time. */
  | {
      readonly kind: 'twice';
      readonly step: JournalStep;
      readonly service: DaService;
      readonly ignored: string;
      readonly time: string;
    }
  /** A service added in two copies with another alert time: the first kept; the other's time. */
  | { readonly kind: 'serviceTwice'; readonly service: DaService; readonly ignored: string; readonly time: string }
  /** The procedure declared ended in two copies at another time: the first kept; the other's time. */
  | { readonly kind: 'closedTwice'; readonly service?: undefined; readonly ignored: string; readonly time: string };

export interface Incident {
  readonly id: string;
  readonly createdAt: string;
  /** The diagnosis that opened the incident. */
  readonly answers: readonly string[];
  readonly services: readonly ServiceRecord[];
  readonly absorbed: readonly AbsorbedRecord[];
  readonly notes: string;
  /** The notes event that holds (what a new text is recorded over). */
  readonly notesEvent?: string;
  /**
   * Texts of the notes recorded at the same time in another copy (another tab or device, a backup restored)
   * and replaced by the one shown: kept on screen, on paper and in the export until the notes are edited.
   */
  readonly otherNotes: readonly { readonly text: string; readonly at: string }[];
  /** « Procédure terminée »: when the user closed the incident (until reopened). */
  readonly closedAt?: Stamp;
  /** Another copy's end of the procedure, set aside when the user kept another: on record. */
  readonly setAsideClosures: readonly {
    readonly time: string;
    readonly recordedAt: string;
    readonly setAsideAt: string;
  }[];
  /** The closure events that hold (two copies may each have closed it): what a new one is made over. */
  readonly closures: readonly string[];
  /** Each closure taken back: when it was closed, and when reopened (ISO instant): the record keeps both. */
  readonly reopenings: readonly { readonly closedAt: Stamp; readonly reopenedAt: string }[];
  readonly conflicts: readonly Conflict[];
}

/** The value that holds: the last of a revision list. */
export const latest = <T>(list: readonly Revised<T>[]): T | undefined => list[list.length - 1]?.value;

/** The DA number that holds, if given. */
export const daNumberOf = (record: ServiceRecord): string | undefined => {
  const n = record.da ? latest(record.da.numbers) : undefined;
  return n ? n : undefined;
};
