import { useCallback, useMemo } from 'react';
import type { StorageFailure } from '../lib/storage';
import { ok, refuse, type Result } from '../lib/result';
import { stampAfter } from '../records/log';
import { useLog } from '../records/useLog';
import { incidentEvent, incidentLog, type IncidentEventData } from './log';
import { reduceIncidents } from './reduce';
import { withSettled } from './steps';
import type { Incident, ServiceRecord } from './schema';

/** Every incident of this browser (deleted ones flagged), from the log; other tabs' events come in. */
export function useIncidents() {
  const log = useLog(incidentLog);
  const all = useMemo(() => reduceIncidents(log.events), [log.events]);
  return {
    all,
    visible: all.filter((i) => !i.deleted),
    events: log.events,
    problem: log.problem,
    rejected: log.rejected,
  };
}

/** The incidents as they stand now (read again: another tab may have appended). */
export const currentIncidents = () => reduceIncidents(incidentLog.getSnapshot().events);

export type ActResult<P> = Result<void, P | StorageFailure | 'notFound'>;

/** The events this tab appended: what another tab appended is told apart (the page says so). */
const mine = new Set<string>();

/**
 * Applies a rule to an incident as it stands now and appends the event it gives; nothing is appended when
 * the rule refuses (or gives nothing to record).
 */
export function act<P>(id: string, rule: (i: Incident) => Result<IncidentEventData | null, P>): ActResult<P> {
  const current = currentIncidents().find((i) => i.id === id);
  if (!current) return refuse('notFound');
  const result = rule(current);
  if (!result.ok) return result;
  if (result.value === null) return ok(undefined);
  // A correction made on the page settles what the page reports about it.
  const last = incidentLog.getSnapshot().events.findLast((e) => e.incident === id);
  const event = incidentEvent(id, withSettled(current, result.value), stampAfter(last?.at, new Date()));
  mine.add(event.id);
  const written = incidentLog.append(event);
  return written.ok ? ok(undefined) : refuse({ storage: written.problem });
}

/** One incident, derived from the log, and the way to record what the user does with it. */
export function useIncident(id: string) {
  const { all, problem, events } = useIncidents();
  const found = all.find((i) => i.id === id);
  const incident = found && !found.deleted ? found : null;
  const record = useCallback(<P>(rule: (i: Incident) => Result<IncidentEventData | null, P>) => act(id, rule), [id]);
  // The latest event of this incident, when another tab appended it.
  const last = events.findLast((e) => e.incident === id);
  const elsewhere = last !== undefined && !mine.has(last.id) ? last.id : null;
  return { incident, deleted: found?.deleted === true, problem, record, elsewhere };
}

export type IncidentActions = ReturnType<typeof useIncident>;

/** What a section about one online service of the incident is given. */
export interface ServiceProps {
  readonly incident: Incident;
  readonly record: ServiceRecord;
  readonly actions: Pick<IncidentActions, 'record'>;
}
