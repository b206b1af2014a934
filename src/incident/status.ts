/**
 * The state of each service and of the incident, from the journal's table (./journal.ts): the same
 * functions decide the next step, so that the state and the next step always agree.
 */
import { leastAdvanced, neededLeft, serviceStatus, type ServiceStatus } from './journal';
import { journalFacts } from './reduce';
import type { Incident, ServiceRecord } from './schema';

export type { ServiceStatus };

/** An incident's state: closed, or its services' least advanced state, with how many DAs are filed. */
export interface IncidentStatus {
  /** `closedEarly`: closed while steps of the fiche were left undone. */
  readonly status: ServiceStatus | 'closed' | 'closedEarly';
  readonly filed: number;
  readonly total: number;
}

export const statusOf = (incident: Incident, record: ServiceRecord): ServiceStatus =>
  serviceStatus(journalFacts(incident, record));

export function incidentStatus(incident: Incident): IncidentStatus {
  const statuses = incident.services.map((s) => statusOf(incident, s));
  const filed = incident.services.filter((s) => s.da !== null).length;
  const early = incident.services.some((s) => neededLeft(journalFacts(incident, s)).length > 0);
  const status = incident.closedAt ? (early ? 'closedEarly' : 'closed') : leastAdvanced(statuses);
  return { status, filed, total: incident.services.length };
}
