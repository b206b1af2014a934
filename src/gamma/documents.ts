/**
 * The paper backup documents of the register, as pure rules that give codes (S2):
 * « J'établis un document papier … Je transmets une copie du document de secours à mon bureau
 * gestionnaire avant le mouvement puis je l'archive. » and, once GAMMA 2 works again, its data are
 * « immédiatement intégrées dans GAMMA 2 pour créer un DAES ».
 *
 * Each milestone is dated by the user (Paris time, never in the future) and never before the one it
 * follows: established (the document's date) → copy sent → archived; entered after the copy, once the
 * episode ended (GAMMA 2 works again). Entering a
 * document whose copy was not recorded as sent is confirmed explicitly, and the register says so. A
 * document is never deleted: a mistaken one is voided with a reason and keeps its number.
 */
import { ok, refuse, type Result } from '../lib/result';
import { dayProblem, slack, timeProblem, type TimeProblem } from '../lib/time';
import { openEpisodeOf } from './episodes';
import { CONSIGNEE_MAX, EXCISE_NUMBER, type BackupDocument, type MilestoneName, type Register } from './schema';
import {
  arcProblem,
  lrnProblem,
  nextLrn,
  sameDeviation,
  seriesDeviation,
  yearOf,
  type LrnProblem,
  type SeriesDeviation,
} from './series';

export interface NewDocument {
  readonly lrn: string;
  readonly date: string;
  readonly consigneeName: string;
  readonly consigneeIdentification: string;
}

export type DocumentProblems = Partial<{
  lrn: LrnProblem;
  date: TimeProblem | 'beforeEpisode';
  consigneeName: 'missing' | 'tooLong';
  consigneeIdentification: 'shape';
  episode: 'none';
  /** The sender or the prefix was set in two copies of the register: the user chooses one first. */
  unsettled: 'operator' | 'prefix' | 'both';
  /** The LRN leaves a gap or does not follow the series: to show the user, who may confirm it. */
  deviation: SeriesDeviation;
}>;

const compact = (raw: string) => raw.replace(/[\s.-]/g, '').toUpperCase();

/**
 * Adds a document to the open episode. An empty LRN takes the next one of the series of the document's
 * year. An LRN that leaves a gap or does not follow the series is refused with the deviation, until
 * `confirmed` repeats it. While two copies set the sender or the prefix differently (`unsettled`, from the
 * register's conflicts), nothing is drawn up: its series or its form would rest on a value nobody chose.
 */
export function addDocument(
  register: Register,
  input: NewDocument,
  now: Date,
  confirmed: SeriesDeviation | null = null,
  unsettled: DocumentProblems['unsettled'] | null = null,
): Result<Register, DocumentProblems> {
  if (unsettled) return refuse({ unsettled });
  const problems: DocumentProblems = {};
  const episode = openEpisodeOf(register);
  if (!episode) problems.episode = 'none';
  const date =
    dayProblem(input.date, now) ?? (episode && input.date < episode.startedAt.slice(0, 10) ? 'beforeEpisode' : null);
  if (date) problems.date = date;
  const typed = input.lrn.trim();
  const lrn = (
    typed === '' && !date ? nextLrn(register.prefix, yearOf(input.date), register.documents) : typed
  ).toUpperCase();
  const lrnError = typed === '' && date ? null : lrnProblem(lrn, register.documents);
  if (lrnError) problems.lrn = lrnError;
  const name = input.consigneeName.trim();
  if (name === '') problems.consigneeName = 'missing';
  else if (name.length > CONSIGNEE_MAX.name) problems.consigneeName = 'tooLong';
  const identification = compact(input.consigneeIdentification);
  if (identification !== '' && !EXCISE_NUMBER.test(identification)) problems.consigneeIdentification = 'shape';
  if (Object.keys(problems).length > 0 || !episode) return refuse(problems);
  const deviation = seriesDeviation(register, lrn, input.date);
  if (deviation && !sameDeviation(deviation, confirmed)) return refuse({ deviation });
  const document: BackupDocument = {
    lrn,
    date: input.date,
    consignee: { name, identification },
    episodeId: episode.id,
    createdAt: now.toISOString(),
    ...(deviation ? { deviation: { ...deviation, confirmedAt: now.toISOString() } } : {}),
  };
  return ok({ ...register, documents: [...register.documents, document] });
}

export interface MilestoneInput {
  readonly at: string;
  /** For « entered »: the ARC GAMMA 2 gave, if known. */
  readonly arc?: string;
  /** For « entered » with no copy recorded as sent: the user confirms it. */
  readonly withoutCopy?: boolean;
}

export type MilestoneProblems = Partial<{
  at: TimeProblem | 'beforeDocument' | 'beforeCopy' | 'afterArchive' | 'afterEntry' | 'beforeEnd';
  arc: 'shape';
  /** Archiving needs the copy sent first; entering without it needs a confirmation. */
  copy: 'needed' | 'toConfirm';
  document: 'unknown' | 'voided';
  /** Entering the data needs GAMMA 2 to work again: the episode ended. */
  episode: 'open';
}>;

/** The milestones that follow a milestone, and those it follows (S2's order). */
const FOLLOWS: Record<MilestoneName, readonly MilestoneName[]> = {
  copySent: [],
  archived: ['copySent'],
  entered: ['copySent'],
};

/**
 * The latest time a milestone must not come before (the one it follows, the episode's start and authorisation;
 * for the data entered, its end too): the form's « now » is not before it while it is a little ahead of the
 * clock (lib/time nowAfter).
 */
export function milestoneNotBefore(register: Register, d: BackupDocument, name: MilestoneName): string | null {
  const episode = register.episodes.find((e) => e.id === d.episodeId);
  // The outage's start and its authorisation come before anything done with a backup document.
  const bounds = [episode?.startedAt, episode?.authorisation?.at, name === 'entered' ? episode?.endedAt : undefined];
  const times = [...FOLLOWS[name].map((m) => d[m]?.at), ...bounds].filter((t): t is string => typeof t === 'string');
  return times.toSorted().at(-1) ?? null;
}

/**
 * Records or corrects a milestone of a document: its time (Paris), never in the future, never before the
 * document's date or the milestone it follows, never after one that follows it.
 */
export function recordMilestone(
  register: Register,
  lrn: string,
  name: MilestoneName,
  input: MilestoneInput,
  now: Date,
): Result<Register, MilestoneProblems> {
  const d = register.documents.find((x) => x.lrn === lrn);
  if (!d) return refuse({ document: 'unknown' });
  if (d.voided) return refuse({ document: 'voided' });
  const problems: MilestoneProblems = {};
  // A clock a few minutes behind the user's watch: a time just ahead of it is taken (as on the incident).
  const time = timeProblem(input.at, slack(now));
  if (time) problems.at = time;
  else if (input.at.slice(0, 10) < d.date) problems.at = 'beforeDocument';
  else if (FOLLOWS[name].some((m) => (d[m]?.at ?? '') > input.at)) problems.at = 'beforeCopy';
  else if (name === 'copySent' && d.archived?.at && d.archived.at < input.at) problems.at = 'afterArchive';
  else if (name === 'copySent' && d.entered?.at && d.entered.at < input.at) problems.at = 'afterEntry';
  const episode = register.episodes.find((e) => e.id === d.episodeId);
  if (name === 'entered' && !episode?.endedAt) problems.episode = 'open';
  else if (name === 'entered' && !problems.at && !time && input.at < episode!.endedAt!) problems.at = 'beforeEnd';
  const arc = compact(input.arc ?? '');
  if (name === 'entered' && arcProblem(arc)) problems.arc = 'shape';
  if (name === 'archived' && !d.copySent) problems.copy = 'needed';
  const withoutCopy = name === 'entered' && !d.copySent;
  if (withoutCopy && !input.withoutCopy && !d.entered?.withoutCopyConfirmedAt) problems.copy = 'toConfirm';
  if (Object.keys(problems).length > 0) return refuse(problems);
  const milestone = { at: input.at, recordedAt: now.toISOString() };
  const next: BackupDocument =
    name === 'entered'
      ? {
          ...d,
          entered: {
            ...milestone,
            ...(arc ? { arc } : {}),
            ...(withoutCopy ? { withoutCopyConfirmedAt: d.entered?.withoutCopyConfirmedAt ?? now.toISOString() } : {}),
          },
        }
      : { ...d, [name]: milestone };
  return ok(replaceDocument(register, next));
}

/** Where a document stands: its latest milestone, or voided. */
export type DocumentState = 'established' | MilestoneName | 'voided';

export function documentState(d: BackupDocument): DocumentState {
  if (d.voided) return 'voided';
  if (d.entered) return 'entered';
  if (d.archived) return 'archived';
  if (d.copySent) return 'copySent';
  return 'established';
}

/** The milestone a document awaits next, in S2's order; null once entered in GAMMA 2 or voided. */
export function nextMilestone(d: BackupDocument): MilestoneName | null {
  if (d.voided || d.entered) return null;
  if (!d.copySent) return 'copySent';
  if (!d.archived) return 'archived';
  return 'entered';
}

export type VoidProblem = 'missingReason' | 'tooLong' | 'alreadyVoided' | 'unknown';

/** Voids a mistaken document: « annulé » with a reason; it keeps its number, so the series stays continuous. */
export function voidDocument(
  register: Register,
  lrn: string,
  reason: string,
  now: Date,
): Result<Register, VoidProblem> {
  const document = register.documents.find((d) => d.lrn === lrn);
  if (!document) return refuse('unknown');
  if (document.voided) return refuse('alreadyVoided');
  const why = reason.trim();
  if (why === '') return refuse('missingReason');
  if (why.length > 300) return refuse('tooLong');
  return ok(replaceDocument(register, { ...document, voided: { reason: why, at: now.toISOString() } }));
}

/** The register with the document of the same LRN replaced by `next`. */
export const replaceDocument = (register: Register, next: BackupDocument): Register => ({
  ...register,
  documents: register.documents.map((d) => (d.lrn === next.lrn ? next : d)),
});
