import { useNavigate } from 'react-router';
import type { AnsweredNode } from '../flows/rules';
import { answerAt } from '../flows/rules';
import { localDateTimeValue } from '../lib/time';
import { DELTA_SERVICES, incidentsStore, newIncidentId, type DeltaService, type Incident } from './incident';
import { profileStore } from './stores';

/** From `delta.selfTrigger`: opens an incident carrying the diagnosis, and goes to it. */
export function StartIncident({ path }: { path: readonly AnsweredNode[] }) {
  const navigate = useNavigate();
  const service = answerAt(path, 'delta.service');
  return (
    <p className="no-print">
      <button
        type="button"
        className="button"
        onClick={() => {
          const now = new Date();
          const profile = profileStore.read().value ?? undefined;
          const incident: Incident = {
            id: newIncidentId(now),
            createdAt: now.toISOString(),
            answers: path.map((a) => a.value),
            ...(profile ? { profile } : {}),
            services: [
              {
                service: (DELTA_SERVICES as readonly string[]).includes(service ?? '')
                  ? (service as DeltaService)
                  : 'g1',
                alertAt: localDateTimeValue(now),
                journal: [],
              },
            ],
          };
          const current = incidentsStore.read().value ?? [];
          incidentsStore.write([...current, incident]);
          navigate(`/incidents/${incident.id}`);
        }}
      >
        Préparer la demande d'assistance et suivre l'incident
      </button>
    </p>
  );
}
