/**
 * Opening an incident from a diagnosis, or finding the one to reopen; adding an online service to it. One
 * DA per online service: an incident never holds two records of the same service.
 */
import { answerAt, type AnsweredNode } from '../flows/rules';
import { ok, refuse, type Result } from '../lib/result';
import { localDateTimeValue, slack, timeProblem, type TimeProblem } from '../lib/time';
import { newId } from '../records/log';
import { incidentEvent, type IncidentEvent, type IncidentEventData } from './log';
import { daServiceOf, type DaService, type Incident, type Mode, type ServiceRecord } from './schema';

export interface Diagnosis {
  /** The answers that led to `delta.selfTrigger`. */
  readonly path: readonly AnsweredNode[];
  /** When the diagnosis ended (default of « date et heure de passage en alerte »). */
  readonly endedAt: Date;
}

function diagnosedService({ path, endedAt }: Diagnosis): IncidentEventData | null {
  const service = daServiceOf(answerAt(path, 'delta.service'));
  const mode = answerAt(path, 'delta.mode');
  if (!service || !mode) return null;
  return { type: 'service.added', service, mode, answers: path.map((a) => a.value), time: localDateTimeValue(endedAt) };
}

/** The events that open an incident for a diagnosis; null if the diagnosis names no DELTA service of the fiche. */
export function newIncident(diagnosis: Diagnosis, now: Date, id = newId()): IncidentEvent[] | null {
  const added = diagnosedService(diagnosis);
  if (!added) return null;
  return [
    incidentEvent(id, { type: 'incident.opened', answers: diagnosis.path.map((a) => a.value) }, now),
    incidentEvent(id, added, now),
  ];
}

export const isOpen = (incident: Incident) => incident.closedAt === undefined;
export const covers = (incident: Incident, service: DaService) => incident.services.some((s) => s.service === service);

/**
 * What « Préparer la demande d'assistance » does for a diagnosis: reopen the open incident that already
 * covers its service, or offer to add the service to an open incident, or open a new one.
 */
export type StartChoice =
  | { readonly kind: 'reopen'; readonly incident: Incident }
  | { readonly kind: 'addOrNew'; readonly open: readonly Incident[] }
  | { readonly kind: 'new' };

export function startChoice(incidents: readonly Incident[], path: readonly AnsweredNode[]): StartChoice {
  const service = daServiceOf(answerAt(path, 'delta.service'));
  const open = incidents.filter(isOpen);
  const covering = service ? open.find((i) => covers(i, service)) : undefined;
  if (covering) return { kind: 'reopen', incident: covering };
  return open.length > 0 ? { kind: 'addOrNew', open } : { kind: 'new' };
}

export type ServiceProblem = 'covered' | 'noReasons' | 'notDelta' | TimeProblem;

/** Adds the service of a new diagnosis to an incident, with that diagnosis' reasons. */
export function addDiagnosedService(
  incident: Incident,
  diagnosis: Diagnosis,
): Result<IncidentEventData, ServiceProblem> {
  const added = diagnosedService(diagnosis);
  if (!added || added.type !== 'service.added') return refuse('notDelta');
  if (covers(incident, added.service)) return refuse('covered');
  return ok(added);
}

/**
 * Adds a service without its own diagnosis: the reasons are those the user confirmed (proposed from the
 * incident's diagnosis, editable).
 */
export function addConfirmedService(
  incident: Incident,
  input: { service: DaService; mode: Mode; reasons: readonly string[]; alertAt?: string },
  now: Date,
): Result<IncidentEventData, ServiceProblem> {
  if (covers(incident, input.service)) return refuse('covered');
  const reasons = input.reasons.map((r) => r.trim()).filter(Boolean);
  if (reasons.length === 0) return refuse('noReasons');
  // Its switch to alert, as the user gives it (now by default): never ahead of the clock, as any time given.
  const time = input.alertAt ?? localDateTimeValue(now);
  const problem = timeProblem(time, slack(now));
  if (problem) return refuse(problem);
  return ok({ type: 'service.added', service: input.service, mode: input.mode, reasons, time });
}

/** Confirms (or edits) the reasons of a service that has no diagnosis of its own. */
export function confirmReasons(
  record: ServiceRecord,
  reasons: readonly string[],
): Result<IncidentEventData, 'noReasons'> {
  const kept = reasons.map((r) => r.trim()).filter(Boolean);
  return kept.length === 0
    ? refuse('noReasons')
    : ok({ type: 'reasons.confirmed', service: record.service, reasons: kept });
}
