import { useState } from 'react';
import { generatePath, Link, useLocation } from 'react-router';
import { readProblemMessage } from '../content/fr/storageMessages';
import { formatDateTime, formatLocalValue } from '../lib/time';
import { useStore } from '../lib/useStore';
import { UndoNotice } from '../ui/Confirm';
import { Notice } from '../ui/Notice';
import { usePageHeading } from '../ui/usePageHeading';
import { incidentStatus } from '../incident/status';
import { daRegisteredAt } from '../incident/steps';
import { incidentsStore } from '../incident/store';
import type { DeletedState } from '../incident/page/IncidentActions';
import { INCIDENT_SOURCE, serviceLabel, STATUS_LABELS } from '../incident/texts';
import { PAGE_PATHS } from '../routes';

/** Every incident kept in this browser, newest first, with its real state. */
export default function IncidentsPage() {
  const incidents = useStore(incidentsStore);
  const location = useLocation();
  const deleted = (location.state as DeletedState | null)?.deleted;
  const [restored, setRestored] = useState(false);
  const ref = usePageHeading('Incidents');
  const list = incidents.value.toReversed();
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        Incidents
      </h1>
      {incidents.problem && (
        <Notice tone="warning">{readProblemMessage(incidents.problem, incidentsStore.name)}</Notice>
      )}
      {deleted && !restored && !incidents.value.some((i) => i.id === deleted.id) && (
        <UndoNotice
          undoLabel="Annuler la suppression"
          onUndo={() => {
            if (incidentsStore.update((all) => [...all, deleted]).ok) setRestored(true);
          }}
        >
          L’incident du {formatDateTime(new Date(deleted.createdAt))} a été supprimé.
        </UndoNotice>
      )}
      {restored && <Notice>L’incident a été rétabli.</Notice>}
      <p>
        Les procédures de secours DELTA auto-déclenchées, enregistrées dans ce navigateur. Pour en ouvrir une, faites
        d’abord le <Link to="/">diagnostic</Link> : il mène à la procédure quand elle s’applique.
      </p>
      {list.length === 0 ? (
        <p>Aucun incident enregistré.</p>
      ) : (
        <ul className="incident-list">
          {list.map((i) => {
            const total = i.services.length;
            const filed = i.services.filter((s) => daRegisteredAt(s) !== null).length;
            const status = incidentStatus(i);
            return (
              <li key={i.id}>
                <Link to={generatePath(PAGE_PATHS.incident, { id: i.id })}>
                  {i.services.map((s) => serviceLabel(s.service)).join(', ')} – incident ouvert le{' '}
                  {formatDateTime(new Date(i.createdAt))}
                </Link>
                <span className="incident-meta">
                  <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>
                  {filed === 0
                    ? ''
                    : filed < total
                      ? ` · ${filed} DA sur ${total} ${filed > 1 ? 'déposées' : 'déposée'}`
                      : total === 1
                        ? ` · début de la procédure : ${formatLocalValue(daRegisteredAt(i.services[0]!)!)}`
                        : ` · ${total} DA déposées`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <p className="source">{INCIDENT_SOURCE}</p>
    </>
  );
}
