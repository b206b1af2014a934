import type { Ref } from 'react';
import { Link } from 'react-router';
import { formatLocalValue } from '../../lib/time';
import type { Incident } from '../schema';
import { incidentStatus } from '../status';
import { incidentStart } from '../steps';
import { serviceLabel, STATUS_LABELS, stampText } from '../texts';
import { PAGE_PATHS } from '../../routes';

/** Title, state and start of the procedure: what an officer asks first, and what the broker needs to see. */
export function IncidentHeader({ incident, headingRef }: { incident: Incident; headingRef: Ref<HTMLHeadingElement> }) {
  const start = incidentStart(incident);
  const status = incidentStatus(incident);
  return (
    <header className="incident-head">
      <p className="no-print">
        <Link to={PAGE_PATHS.incidents}>Tous les incidents</Link>
      </p>
      <p className="eyebrow">
        Auto-déclenchement de la procédure de secours DELTA –{' '}
        {incident.services.map((s) => serviceLabel(s.service)).join(', ')}
      </p>
      <h1 ref={headingRef} tabIndex={-1}>
        Suivi de la procédure de secours
      </h1>
      <p className="incident-state">
        <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>
        {incident.closedAt && ` (le ${stampText([incident.closedAt])})`}
      </p>
      <p className={start ? 'incident-start' : 'incident-start print-only'}>
        Début de la procédure de secours :{' '}
        {start ? (
          <>
            <strong>{formatLocalValue(start)}</strong> (heure d’enregistrement de la DA)
          </>
        ) : (
          'DA pas encore enregistrée'
        )}
      </p>
    </header>
  );
}
