import type { Ref } from 'react';
import { Link } from 'react-router';
import { formatLocalValue } from '../../lib/time';
import type { Incident } from '../schema';
import { incidentStatus } from '../status';
import { daRegisteredAt } from '../steps';
import { CONSULT_FICHE_ALERTE, serviceLabel, STATUS_LABELS, stampText } from '../texts';
import { PAGE_PATHS } from '../../routes';

/** Title, state and start of the procedure: what an officer asks first, and what the broker needs to see. */
export function IncidentHeader({ incident, headingRef }: { incident: Incident; headingRef: Ref<HTMLHeadingElement> }) {
  const started = incident.services.some((s) => daRegisteredAt(s) !== null);
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
      <p className="note">{CONSULT_FICHE_ALERTE}</p>
      <p className="incident-state">
        <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>
        {incident.closedAt && ` (le ${stampText([incident.closedAt])})`}
      </p>
      <div className={started ? 'incident-start' : 'incident-start print-only'}>
        <p>Début de la procédure de secours, pour chaque service (heure d’enregistrement de sa DA) :</p>
        <ul>
          {incident.services.map((s) => {
            const at = daRegisteredAt(s);
            return (
              <li key={s.service}>
                {serviceLabel(s.service)} : {at ? <strong>{formatLocalValue(at)}</strong> : 'DA pas encore enregistrée'}
              </li>
            );
          })}
        </ul>
      </div>
    </header>
  );
}
