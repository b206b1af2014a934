import { answerAt, type AnsweredNode } from '../flows/rules';
import { localDateTimeValue } from '../lib/time';
import { DELTA_SERVICES, incidentsStore, newIncidentId, type DeltaService, type Incident } from './incident';
import { profileStore } from './stores';

/** Opens an incident carrying the diagnosis that led to `delta.selfTrigger`; returns its id. */
export function createIncident(path: readonly AnsweredNode[], now: Date): string {
  const service = answerAt(path, 'delta.service');
  const profile = profileStore.getSnapshot().value ?? undefined;
  const incident: Incident = {
    id: newIncidentId(now),
    createdAt: now.toISOString(),
    answers: path.map((a) => a.value),
    ...(profile ? { profile } : {}),
    services: [
      {
        service: (DELTA_SERVICES as readonly string[]).includes(service ?? '') ? (service as DeltaService) : 'g1',
        alertAt: localDateTimeValue(now),
        journal: [],
      },
    ],
  };
  incidentsStore.update((all) => [...all, incident]);
  return incident.id;
}
