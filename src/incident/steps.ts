/**
 * Recording the journal of one service: each step at the time the user gives (Paris time), never in the
 * future, never before a step it follows nor after one that follows it (./journal.ts), and the DA's
 * registration never before the switch to alert it reports. Corrections add a time, never rewrite one.
 */
import { replay } from '../flows/replay';
import { answerAt } from '../flows/rules';
import { ok, refuse, type Result } from '../lib/result';
import { timeProblem, type TimeProblem } from '../lib/time';
import { blockedBy, replayJournal, stepsAfter, stepsBefore, type JournalInput, type JournalStep } from './journal';
import { currentTime, type Incident, type ServiceRecord } from './schema';

/** The journal's input for a service: its own diagnosis, or the incident's when it has none. */
export function journalInput(incident: Incident, record: ServiceRecord): JournalInput {
  const answers = record.answers ?? incident.answers;
  return { officeClosed: answerAt(replay(answers).path, 'delta.office') === 'closed' };
}

export function journalOf(incident: Incident, record: ServiceRecord) {
  const input = journalInput(incident, record);
  return { input, ...replayJournal(record.journal, input) };
}

export type StepProblem =
  | { readonly kind: TimeProblem }
  /** Not possible yet: `after` is the step to do first (null: not a step of this journal, or done). */
  | { readonly kind: 'notAllowed'; readonly after: JournalStep | null }
  /** Before the time of a step it follows, or after the time of a step that follows it. */
  | { readonly kind: 'before' | 'after'; readonly step: JournalStep; readonly at: string }
  /** The DA registered before the switch to alert that it reports. */
  | { readonly kind: 'beforeAlert'; readonly at: string };

export type AlertProblem = { readonly kind: TimeProblem } | { readonly kind: 'afterDa'; readonly at: string };

const timeOf = (record: ServiceRecord, step: JournalStep) => {
  const entry = record.journal.find((e) => e.step === step);
  return entry ? currentTime(entry.times) : null;
};

/** Whether `at` fits a step's place: valid, past, and in order with the steps around it. */
function stampProblem(record: ServiceRecord, step: JournalStep, at: string, now: Date): StepProblem | null {
  const time = timeProblem(at, now);
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

/** Records a step done at the time given: refused if not possible yet, in the future or out of order. */
export function recordStep(
  incident: Incident,
  record: ServiceRecord,
  step: JournalStep,
  at: string,
  now: Date,
): Result<ServiceRecord, StepProblem> {
  const { snapshot, accepted } = journalOf(incident, record);
  if (accepted.some((e) => e.step === step) || !snapshot.can({ type: step }))
    return refuse({ kind: 'notAllowed', after: blockedBy(snapshot, step) });
  const problem = stampProblem(record, step, at, now);
  if (problem) return refuse(problem);
  return ok({ ...record, journal: [...record.journal, { step, times: [{ at, recordedAt: now.toISOString() }] }] });
}

/** Corrects the time of a recorded step: a new stamp, the earlier ones kept. */
export function correctStep(
  record: ServiceRecord,
  step: JournalStep,
  at: string,
  now: Date,
): Result<ServiceRecord, StepProblem> {
  const problem = stampProblem(record, step, at, now);
  if (problem) return refuse(problem);
  return ok({
    ...record,
    journal: record.journal.map((e) =>
      e.step === step ? { ...e, times: [...e.times, { at, recordedAt: now.toISOString() }] } : e,
    ),
  });
}

/** Takes back the last step recorded (a mistaken click), only while nothing was recorded after it. */
export function undoLastStep(record: ServiceRecord): ServiceRecord {
  return { ...record, journal: record.journal.slice(0, -1) };
}

/** Sets « date et heure de passage en alerte »: a new stamp, the earlier ones kept; never after the DA. */
export function correctAlertAt(record: ServiceRecord, at: string, now: Date): Result<ServiceRecord, AlertProblem> {
  const problem = timeProblem(at, now);
  if (problem) return refuse({ kind: problem });
  const registered = daRegisteredAt(record);
  if (registered !== null && at > registered) return refuse({ kind: 'afterDa', at: registered });
  if (currentTime(record.alertAt) === at) return ok(record);
  return ok({ ...record, alertAt: [...record.alertAt, { at, recordedAt: now.toISOString() }] });
}

/** The registration time of the service's DA (from the OLGA acknowledgement), if recorded. */
export const daRegisteredAt = (record: ServiceRecord): string | null => timeOf(record, 'da.file');

/** The start of the backup procedure: the earliest DA registration time of the incident. */
export function incidentStart(incident: Incident): string | null {
  const times = incident.services.map(daRegisteredAt).filter((t): t is string => t !== null);
  return times.length ? times.toSorted()[0]! : null;
}
