/** The incident as a whole: its state from its journals, closing and reopening it, changing one of it. */
import { ok, refuse, type Result } from '../lib/result';
import { timeProblem, type TimeProblem } from '../lib/time';
import { backupAllowed, endStepsDone, isDone, systemRestored } from './journal';
import type { DaService, Incident, ServiceRecord } from './schema';
import { journalOf } from './steps';

/**
 * - `preparing`: no DA registered yet; `daFiled`: a DA registered, the office not yet informed;
 * - `allowed`: both conditions hold, the backup procedure may be used; `active`: it is in use;
 * - `restored`: the private system works again for every service: the procedure must no longer be used,
 *   the DA's closure and the office's information remain; `ended`: those are done too;
 * - `closed`: the user closed the incident.
 */
export type IncidentStatus = 'preparing' | 'daFiled' | 'allowed' | 'active' | 'restored' | 'ended' | 'closed';

/** The incident's state, from its journals (the most advanced of its services), or closed. */
export function incidentStatus(incident: Incident): IncidentStatus {
  if (incident.closedAt) return 'closed';
  const snapshots = incident.services.map((s) => journalOf(incident, s).snapshot);
  if (snapshots.every(endStepsDone)) return 'ended';
  if (snapshots.every(systemRestored)) return 'restored';
  if (snapshots.some((s) => isDone(s, 'backup.activate') && !systemRestored(s))) return 'active';
  if (snapshots.some((s) => backupAllowed(s) && !systemRestored(s))) return 'allowed';
  if (snapshots.some((s) => isDone(s, 'da.file'))) return 'daFiled';
  return 'preparing';
}

export function closeIncident(incident: Incident, at: string, now: Date): Result<Incident, TimeProblem> {
  const problem = timeProblem(at, now);
  if (problem) return refuse(problem);
  return ok({ ...incident, closedAt: { at, recordedAt: now.toISOString() } });
}

export function reopenIncident(incident: Incident): Incident {
  const { closedAt: _closed, ...rest } = incident;
  void _closed;
  return rest;
}

/** Applies a rule to one incident of the list; refused if there is no such incident. */
export function changeIncident<P>(
  all: readonly Incident[],
  id: string,
  rule: (i: Incident) => Result<Incident, P>,
): Result<Incident[], P | 'notFound'> {
  const current = all.find((i) => i.id === id);
  if (!current) return refuse('notFound');
  const result = rule(current);
  return result.ok ? ok(all.map((i) => (i.id === id ? result.value : i))) : result;
}

/** Applies a rule to one service record of an incident; refused if the incident has no such service. */
export function changeService<P>(
  incident: Incident,
  service: DaService,
  rule: (r: ServiceRecord, i: Incident) => Result<ServiceRecord, P>,
): Result<Incident, P | 'notFound'> {
  const record = incident.services.find((s) => s.service === service);
  if (!record) return refuse('notFound');
  const result = rule(record, incident);
  return result.ok
    ? ok({ ...incident, services: incident.services.map((s) => (s.service === service ? result.value : s)) })
    : result;
}
