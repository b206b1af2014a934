import type { Ref } from 'react';
import { Link } from 'react-router';
import { formatDateTime, formatLocalValue } from '../../lib/time';
import { nodeHref } from '../../session/codec';
import { incidentStart, incidentStatus, type Incident } from '../incident';
import { STATUS_LABELS, stampText } from '../texts';
import { PAGE_PATHS } from '../../routes';

/** Title, state and start of the procedure: what an officer asks first. */
export function IncidentHeader({ incident, headingRef }: { incident: Incident; headingRef: Ref<HTMLHeadingElement> }) {
  const start = incidentStart(incident);
  const status = incidentStatus(incident);
  return (
    <header className="incident-head">
      <p className="no-print">
        <Link to={PAGE_PATHS.incidents}>Tous les incidents</Link>
      </p>
      <p className="eyebrow">Auto-déclenchement de la procédure de secours DELTA</p>
      <h1 ref={headingRef} tabIndex={-1}>
        Suivi de la procédure de secours
      </h1>
      <dl className="refs incident-facts">
        <div className="refs-row">
          <dt>Début de la procédure de secours</dt>
          <dd>
            {start
              ? `${formatLocalValue(start)} (heure d’enregistrement de la DA)`
              : 'DA pas encore enregistrée : l’heure d’enregistrement de la DA sera le début de la procédure.'}
          </dd>
        </div>
        <div className="refs-row">
          <dt>État</dt>
          <dd>
            <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>
            {incident.closedAt && ` (le ${stampText([incident.closedAt])})`}
          </dd>
        </div>
        <div className="refs-row">
          <dt>Incident</dt>
          <dd>
            n° {incident.id}, ouvert le {formatDateTime(new Date(incident.createdAt))} (heure de Paris).{' '}
            <Link className="no-print" to={nodeHref('delta.selfTrigger', incident.answers)}>
              Voir le diagnostic
            </Link>
          </dd>
        </div>
      </dl>
    </header>
  );
}
