import { useCallback } from 'react';
import { useStore } from '../lib/useStore';
import type { Result } from '../lib/result';
import type { Incident, DaService, ServiceRecord } from './schema';
import { changeIncident, changeService } from './status';
import { incidentsStore } from './store';

/**
 * One incident, read from the store, and the ways to change it: each applies a rule to the latest stored
 * incident (another tab may have changed it), and writes nothing when the rule refuses.
 */
export function useIncident(id: string) {
  const { value: incidents, problem } = useStore(incidentsStore);
  const incident = incidents.find((i) => i.id === id) ?? null;

  const change = useCallback(
    <P>(rule: (i: Incident) => Result<Incident, P>) => incidentsStore.apply((all) => changeIncident(all, id, rule)),
    [id],
  );

  const changeServiceOf = useCallback(
    <P>(service: DaService, rule: (r: ServiceRecord, i: Incident) => Result<ServiceRecord, P>) =>
      change((i) => changeService(i, service, rule)),
    [change],
  );

  return { incident, problem, change, changeService: changeServiceOf };
}

export type IncidentActions = ReturnType<typeof useIncident>;

/** What a section about one online service of the incident is given. */
export interface ServiceProps {
  readonly incident: Incident;
  readonly record: ServiceRecord;
  readonly actions: Pick<IncidentActions, 'changeService'>;
}
