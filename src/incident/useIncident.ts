import { useCallback } from 'react';
import { useStore } from '../lib/useStore';
import type { WriteProblem } from '../lib/createStore';
import {
  incidentsStore,
  updateIncident,
  updateService,
  type DaService,
  type Incident,
  type ServiceRecord,
} from './incident';

/** The outcome of a change: applied, refused by a rule (with its problem), or not stored. */
export type ChangeResult<P> = { ok: true } | { ok: false; problem: P } | { ok: false; storage: WriteProblem };

/**
 * One incident, read from the store, and the ways to change it. Every change is applied to the latest stored
 * incident (another tab may have changed it) and reports a refused rule or a failed write.
 */
export function useIncident(id: string) {
  const { value: incidents, problem } = useStore(incidentsStore);
  const incident = incidents.find((i) => i.id === id) ?? null;

  const change = useCallback(
    <P>(apply: (i: Incident) => { ok: true; incident: Incident } | { ok: false; problem: P }): ChangeResult<P> => {
      let refused: P | null = null;
      let found = false;
      const written = incidentsStore.update((all) =>
        updateIncident(all, id, (current) => {
          found = true;
          const result = apply(current);
          if (!result.ok) {
            refused = result.problem;
            return current;
          }
          return result.incident;
        }),
      );
      if (refused !== null) return { ok: false, problem: refused };
      if (!found) return { ok: false, storage: 'invalid' };
      return written.ok ? { ok: true } : { ok: false, storage: written.problem };
    },
    [id],
  );

  const set = useCallback(
    (f: (i: Incident) => Incident) => change<never>((i) => ({ ok: true, incident: f(i) })),
    [change],
  );

  const changeService = useCallback(
    <P>(
      service: DaService,
      apply: (r: ServiceRecord, i: Incident) => { ok: true; record: ServiceRecord } | { ok: false; problem: P },
    ): ChangeResult<P> =>
      change<P>((i) => {
        const record = i.services.find((s) => s.service === service);
        if (!record) return { ok: true, incident: i };
        const result = apply(record, i);
        return result.ok
          ? { ok: true, incident: updateService(i, service, () => result.record) }
          : { ok: false, problem: result.problem };
      }),
    [change],
  );

  return { incident, problem, change, set, changeService };
}
