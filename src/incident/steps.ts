/**
 * The rules of recording an incident: each takes the incident as it stands and what the user did, and gives
 * the event to append, or the code of a refusal (the texts word it). A step is recorded at the time the user
 * gives (Paris time), never in the future, never before a step it follows nor after one that follows it
 * (./journal.ts); the DA never before the switch to alert it reports. Corrections are events too; a closed
 * incident takes nothing but corrections.
 */
import { ok, refuse, type Result } from '../lib/result';
import { slack, timeProblem, type TimeProblem } from '../lib/time';
import { blockedBy, stepsAfter, stepsBefore, type JournalStep } from './journal';
import { DA_NUMBER_MAX, type IncidentEventData } from './log';
import type { Profile } from './profile';
import { journalFacts, timeOf } from './reduce';
import { currentTime, latest, type DaService, type Incident, type ServiceRecord } from './schema';

export type StepProblem =
  | { readonly kind: TimeProblem }
  /** The incident is closed: reopen it first. */
  | { readonly kind: 'closed' }
  /** Not possible now: `after` is the step to do first (`notHere`: not a step of this journal, or done). */
  | { readonly kind: 'notAllowed'; readonly after: JournalStep | 'notHere' }
  /** Before the time of a step it follows, or after the time of a step that follows it. */
  | { readonly kind: 'before' | 'after'; readonly step: JournalStep; readonly at: string }
  /** The DA registered before the switch to alert that it reports. */
  | { readonly kind: 'beforeAlert'; readonly at: string }
  | { readonly kind: 'notFound' };

export type AlertProblem = { readonly kind: TimeProblem } | { readonly kind: 'afterDa'; readonly at: string };

/** The latest time of the steps a step follows, for the services given (./journal.ts): « now » is not before it. */
export function latestBefore(incident: Incident, services: readonly DaService[], step: JournalStep): string | null {
  const times = services.flatMap((s) => {
    const record = serviceOf(incident, s);
    return record ? stepsBefore(step).map((b) => timeOf(record, b)) : [];
  });
  return times.reduce<string | null>((t, x) => (x !== null && (t === null || x > t) ? x : t), null);
}

/** Every time the incident records: each service's alert and steps. */
const recordedTimes = (incident: Incident) =>
  incident.services.flatMap((s) => [currentTime(s.alertAt), ...s.journal.map((j) => currentTime(j.times))]);

/** The latest time the incident records: it is not closed before it. */
export const lastRecorded = (incident: Incident) => recordedTimes(incident).toSorted().at(-1) ?? null;

/** Whether `at` fits a step's place in a service's journal: valid, past, in order with the steps around it. */
function orderProblem(record: ServiceRecord, step: JournalStep, at: string, now: Date): StepProblem | null {
  const time = timeProblem(at, slack(now));
  if (time) return { kind: time };
  for (const before of stepsBefore(step)) {
    const t = timeOf(record, before);
    if (t !== null && at < t) return { kind: 'before', step: before, at: t };
  }
  for (const later of stepsAfter(step)) {
    const t = timeOf(record, later);
    if (t !== null && at > t) return { kind: 'after', step: later, at: t };
  }
  const alert = currentTime(record.alertAt);
  if (step === 'da.file' && at < alert) return { kind: 'beforeAlert', at: alert };
  return null;
}

const serviceOf = (incident: Incident, service: DaService) => incident.services.find((s) => s.service === service);

/** Records a step done at the time given, for one service or several: refused if any of them cannot take it. */
export function recordStep(
  incident: Incident,
  services: readonly DaService[],
  step: Exclude<JournalStep, 'da.file'>,
  at: string,
  now: Date,
  text?: string,
): Result<IncidentEventData, StepProblem> {
  if (incident.closedAt) return refuse({ kind: 'closed' });
  for (const service of services) {
    const record = serviceOf(incident, service);
    if (!record) return refuse({ kind: 'notFound' });
    const blocked = blockedBy(journalFacts(incident, record), step);
    if (blocked !== null) return refuse({ kind: 'notAllowed', after: blocked });
    const problem = orderProblem(record, step, at, now);
    if (problem) return refuse(problem);
  }
  if (services.length === 0) return refuse({ kind: 'notFound' });
  return ok({ type: 'step.done', services: [...services], step, time: at, ...(text ? { text } : {}) });
}

export interface DaFiling {
  readonly time: string;
  readonly number: string;
  readonly officeOpen: boolean;
  /** The text filed, and the references it carries: kept as they are now. */
  readonly text: string;
  readonly references: Profile;
}

/** Records the DA filed on OLGA, with its text as filed. */
export function fileDa(
  incident: Incident,
  service: DaService,
  filing: DaFiling,
  now: Date,
): Result<IncidentEventData, StepProblem> {
  if (incident.closedAt) return refuse({ kind: 'closed' });
  const record = serviceOf(incident, service);
  if (!record) return refuse({ kind: 'notFound' });
  const blocked = blockedBy(journalFacts(incident, record), 'da.file');
  if (blocked !== null) return refuse({ kind: 'notAllowed', after: blocked });
  const problem = orderProblem(record, 'da.file', filing.time, now);
  if (problem) return refuse(problem);
  const number = filing.number.trim().slice(0, DA_NUMBER_MAX);
  return ok({
    type: 'da.filed',
    service,
    time: filing.time,
    ...(number ? { number } : {}),
    officeOpen: filing.officeOpen,
    text: filing.text,
    references: filing.references,
  });
}

/** Corrects the time of a recorded step (for every service it covers): a new event, the earlier time kept. */
export function correctStep(
  incident: Incident,
  event: string,
  at: string,
  now: Date,
): Result<IncidentEventData | null, StepProblem> {
  for (const record of incident.services) {
    const entry = record.journal.find((e) => e.event === event);
    if (!entry) continue;
    // The same time again: nothing to correct.
    if (entry.times[entry.times.length - 1]!.at === at) return ok(null);
    const problem = orderProblem(record, entry.step, at, now);
    if (problem) return refuse(problem);
  }
  if (!incident.services.some((s) => s.journal.some((e) => e.event === event))) return refuse({ kind: 'notFound' });
  return ok({ type: 'time.corrected', corrects: event, time: at });
}

/** Corrects a DA's number or the office-hours answer. */
export function correctDa(
  record: ServiceRecord,
  change: { number?: string; officeOpen?: boolean },
): Result<IncidentEventData | null, StepProblem> {
  if (!record.da) return refuse({ kind: 'notFound' });
  const number = change.number?.trim().slice(0, DA_NUMBER_MAX);
  if (number !== undefined && number === (latest(record.da.numbers) ?? '') && change.officeOpen === undefined)
    return ok(null);
  return ok({
    type: 'da.corrected',
    corrects: record.da.event,
    ...(change.number !== undefined ? { number: change.number.trim().slice(0, DA_NUMBER_MAX) } : {}),
    ...(change.officeOpen !== undefined ? { officeOpen: change.officeOpen } : {}),
  });
}

/**
 * Takes back the last step recorded for a service (a mistaken click), only while nothing was recorded
 * after it in any service it covers, and the incident is open. The record keeps it, shown as taken back.
 */
export function withdrawLast(incident: Incident, record: ServiceRecord): Result<IncidentEventData, StepProblem> {
  if (incident.closedAt) return refuse({ kind: 'closed' });
  const last = record.journal[record.journal.length - 1];
  if (!last) return refuse({ kind: 'notFound' });
  const covered = incident.services.filter((s) => s.journal.some((e) => e.event === last.event));
  if (covered.some((s) => s.journal[s.journal.length - 1]!.event !== last.event))
    return refuse({ kind: 'notAllowed', after: 'notHere' });
  return ok({ type: 'step.withdrawn', corrects: last.event });
}

/** Sets « date et heure de passage en alerte »: a new event, the earlier times kept; never after the DA. */
export function correctAlertAt(
  record: ServiceRecord,
  at: string,
  now: Date,
): Result<IncidentEventData | null, AlertProblem> {
  const problem = timeProblem(at, slack(now));
  if (problem) return refuse({ kind: problem });
  const registered = timeOf(record, 'da.file');
  if (registered !== null && at > registered) return refuse({ kind: 'afterDa', at: registered });
  if (currentTime(record.alertAt) === at) return ok(null);
  return ok({ type: 'alert.corrected', corrects: record.event, time: at });
}

/**
 * A correction as the user makes it on the page: with the conflicts it settles, those the page reports for
 * what it corrects (another copy's DA, for the kept DA's number or time; another copy's alert time, for the
 * service's). Any other event as it is.
 */
export function withSettled(incident: Incident, data: IncidentEventData): IncidentEventData {
  if (data.type !== 'alert.corrected' && data.type !== 'da.corrected' && data.type !== 'time.corrected') return data;
  // What it settles said already (a time kept for one service: ./keepStepTime).
  if (data.settles) return data;
  const about = incident.services.find((s) =>
    data.type === 'alert.corrected'
      ? s.event === data.corrects
      : s.da?.event === data.corrects || s.journal.some((e) => e.step === 'da.file' && e.event === data.corrects),
  );
  // Another step's time: the other copy's time of that step, for each service it covers.
  const entry =
    data.type === 'time.corrected' && !about
      ? incident.services.flatMap((s) => s.journal).find((e) => e.event === data.corrects)
      : undefined;
  const kind = data.type === 'alert.corrected' ? 'serviceTwice' : entry ? 'twice' : 'twoDas';
  const settles = incident.conflicts
    .filter((c) =>
      entry
        ? c.kind === 'twice' && c.step === entry.step && entry.services.includes(c.service)
        : c.kind === kind && c.service === about?.service,
    )
    .map((c) => c.ignored);
  return settles.length > 0 ? { ...data, settles } : data;
}

/**
 * The time kept of a step recorded in two copies (`time`: the one the journal retains, or the other copy's),
 * as a correction of the retained step, within the order of the fiche: settling the report. The time it
 * has already: a correction that changes nothing but settles it.
 */
export function keepStepTime(
  incident: Incident,
  record: ServiceRecord,
  step: JournalStep,
  time: string,
  now: Date,
): Result<IncidentEventData | null, StepProblem> {
  const entry = record.journal.find((e) => e.step === step);
  if (!entry) return refuse({ kind: 'notFound' });
  // The report of this service only: another service's other time, if it differs, is still reported.
  const settles = incident.conflicts.flatMap((c) =>
    c.kind === 'twice' && c.step === step && c.service === record.service ? [c.ignored] : [],
  );
  if (currentTime(entry.times) === time) return ok({ type: 'time.corrected', corrects: entry.event, time, settles });
  const corrected = correctStep(incident, entry.event, time, now);
  return corrected.ok && corrected.value ? ok({ ...corrected.value, settles } as IncidentEventData) : corrected;
}

/** The DA kept of two (another copy's reported): kept as it is, settling the report. */
export function keepDa(record: ServiceRecord): Result<IncidentEventData, StepProblem> {
  return record.da ? ok({ type: 'da.corrected', corrects: record.da.event }) : refuse({ kind: 'notFound' });
}

/** The other DAs of a service (two copies joined), not settled: the first takes the retained one's place if withdrawn. */
export const otherDasOf = (incident: Incident, record: ServiceRecord) =>
  incident.conflicts.flatMap((c) => (c.kind === 'twoDas' && c.service === record.service ? [c] : []));

/**
 * The other copy's DA kept instead of the one the journal retained (one other only, and nothing recorded
 * after the DA): the retained one is taken back, and the other takes its place. Otherwise its number or time
 * is corrected on the retained one.
 */
export function keepOtherDa(incident: Incident, record: ServiceRecord): Result<IncidentEventData, StepProblem> {
  const last = record.journal[record.journal.length - 1];
  if (!record.da || otherDasOf(incident, record).length !== 1 || last?.event !== record.da.event)
    return refuse({ kind: 'notAllowed', after: 'notHere' });
  return withdrawLast(incident, record);
}

/**
 * The alert time kept of two (another copy's reported): the one shown, set again as it is; or the other
 * copy's, as a correction within the rules (never after the DA). Either settles the report.
 */
export function keepAlertAt(
  record: ServiceRecord,
  time = currentTime(record.alertAt),
  now = new Date(),
): Result<IncidentEventData | null, AlertProblem> {
  if (time === currentTime(record.alertAt)) return ok({ type: 'alert.corrected', corrects: record.event, time });
  return correctAlertAt(record, time, now);
}

/** The registration time of the service's DA (from the OLGA acknowledgement), if recorded. */
export const daRegisteredAt = (record: ServiceRecord): string | null => timeOf(record, 'da.file');

/** Why a closure was refused: its time, or one before the last time the incident records. */
export type CloseProblem = { readonly kind: TimeProblem } | { readonly kind: 'beforeLast'; readonly at: string };

/** Closes the incident at the time given: never in the future, nor before a time it records (a step, an alert). */
export function closeIncident(incident: Incident, at: string, now: Date): Result<IncidentEventData, CloseProblem> {
  const problem = timeProblem(at, slack(now));
  if (problem) return refuse({ kind: problem });
  const last = lastRecorded(incident);
  if (last !== null && at < last) return refuse({ kind: 'beforeLast', at: last });
  return ok({ type: 'incident.closed', time: at, replaces: [...incident.closures] });
}

/**
 * The notes as typed, recorded over those the user was shown when they began typing (`over`, the notes
 * event; by default those that hold now): a text recorded meanwhile in another tab or copy is kept beside
 * them rather than lost (./reduce.ts).
 */
export const editNotes = (
  incident: Incident,
  text: string,
  over = incident.notesEvent ?? '',
): Result<IncidentEventData, never> => ok({ type: 'notes.edited', text, over });
