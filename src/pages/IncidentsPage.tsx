import { useState } from 'react';
import { generatePath, Link, useLocation } from 'react-router';
import { readProblemMessage } from '../content/fr/storageMessages';
import { formatDateTime, formatLocalValue } from '../lib/time';
import { UndoNotice } from '../ui/Confirm';
import { Notice } from '../ui/Notice';
import { usePageHeading } from '../ui/usePageHeading';
import { useFocusOnChange } from '../ui/useFocusOnChange';
import { incidentLog } from '../incident/log';
import type { Incident } from '../incident/schema';
import { incidentStatus } from '../incident/status';
import { daRegisteredAt } from '../incident/steps';
import type { DeletedState } from '../incident/page/IncidentActions';
import { INCIDENT_PAGE_TEXT as T, INCIDENT_SOURCE, incidentStatusText, serviceLabel } from '../incident/texts';
import { act, useIncidents } from '../incident/useIncident';
import { ok } from '../lib/result';
import { PAGE_PATHS } from '../routes';

/** Every incident kept in this browser, newest first, with its real state. */
export default function IncidentsPage() {
  const incidents = useIncidents();
  const location = useLocation();
  const deleted = (location.state as DeletedState | null)?.deleted;
  const [restored, setRestored] = useState(false);
  // Undone: the focus on what says so (the undo button is gone).
  const restoredRef = useFocusOnChange<HTMLOutputElement>(restored ? 'restored' : null);
  const ref = usePageHeading(T.listTitle);
  const list = incidents.visible.toReversed();
  const deletedOnes = incidents.all.filter((i) => i.deleted).toReversed();
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        {T.listTitle}
      </h1>
      {incidents.problem && <Notice tone="warning">{readProblemMessage(incidents.problem, incidentLog.name)}</Notice>}
      {deleted && !restored && !incidents.visible.some((i) => i.id === deleted.id) && (
        <UndoNotice
          undoLabel={T.undoDelete}
          onUndo={() => {
            if (act(deleted.id, () => ok({ type: 'incident.restored' as const })).ok) setRestored(true);
          }}
        >
          {T.deleted(formatDateTime(new Date(deleted.createdAt)))}
        </UndoNotice>
      )}
      {restored && (
        <output className="notice notice-info notice-block" tabIndex={-1} ref={restoredRef}>
          {T.restored}
        </output>
      )}
      <p>
        {T.listIntro}
        <Link to="/">{T.listIntroLink}</Link>
        {T.listIntroEnd}
      </p>
      {list.length === 0 ? (
        <p>{T.none}</p>
      ) : (
        <ul className="incident-list">
          {list.map((i) => {
            const status = incidentStatus(i);
            const first = i.services.length === 1 ? daRegisteredAt(i.services[0]!) : null;
            return (
              <li key={i.id}>
                <IncidentLink incident={i} />
                <span className="incident-meta">
                  <span className={`status status-${status.status}`}>{incidentStatusText(status)}</span>
                  {first && T.started(formatLocalValue(first))}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {deletedOnes.length > 0 && (
        <details className="deleted-incidents">
          <summary>{T.deletedList(String(deletedOnes.length))}</summary>
          <p className="note">{T.deletedListIntro}</p>
          <ul>
            {deletedOnes.map((i) => (
              <li key={i.id}>
                <IncidentLink incident={i} />
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="source">{INCIDENT_SOURCE}</p>
    </>
  );
}

/** An incident of the list, named by its services and when it was opened. */
function IncidentLink({ incident: i }: { incident: Incident }) {
  return (
    <Link to={generatePath(PAGE_PATHS.incident, { id: i.id })}>
      {T.item(i.services.map((s) => serviceLabel(s.service)).join(', '), formatDateTime(new Date(i.createdAt)))}
    </Link>
  );
}
