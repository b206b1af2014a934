import type { Ref } from 'react';
import { Link } from 'react-router';
import { formatDateTime, formatLocalValue } from '../../lib/time';
import type { Incident } from '../schema';
import { incidentStatus, statusOf } from '../status';
import { daRegisteredAt } from '../steps';
import { lowerFirst } from '../../content/fr/plural';
import {
  CONSULT_FICHE_ALERTE,
  HEADER_TEXT as T,
  incidentStatusText,
  serviceLabel,
  setAsideClosureText,
  STATUS_LABELS,
  stampText,
} from '../texts';
import { PAGE_PATHS } from '../../routes';

/**
 * Title, state and, for each service, its state and the start of its procedure (its DA's registration):
 * what an officer asks first, and what the broker needs to see.
 */
export function IncidentHeader({ incident, headingRef }: { incident: Incident; headingRef: Ref<HTMLHeadingElement> }) {
  const status = incidentStatus(incident);
  return (
    <header className="incident-head">
      <p className="no-print">
        <Link to={PAGE_PATHS.incidents}>{T.all}</Link>
      </p>
      <p className="eyebrow">{T.eyebrow(incident.services.map((s) => serviceLabel(s.service)).join(', '))}</p>
      <h1 ref={headingRef} tabIndex={-1}>
        {T.title}
      </h1>
      <p className="incident-state">
        <span className={`status status-${status.status}`}>{incidentStatusText(status)}</span>
        {incident.closedAt && T.closedOn(stampText([incident.closedAt]))}
      </p>
      {incident.setAsideClosures.map((c) => (
        <p key={`${c.recordedAt}-${c.time}`} className="incident-reopened">
          {setAsideClosureText(c)}
        </p>
      ))}
      {incident.reopenings.map((r) => (
        <p key={r.reopenedAt} className="incident-reopened">
          {T.reopened(stampText([r.closedAt]), formatDateTime(new Date(r.reopenedAt)))}
        </p>
      ))}
      <p className="no-print">
        <button type="button" className="button button-small button-secondary" onClick={() => window.print()}>
          {T.print}
        </button>
      </p>
      <ul className="incident-start">
        {incident.services.map((s) => {
          const at = daRegisteredAt(s);
          return (
            <li key={s.service}>
              {serviceLabel(s.service)} :{' '}
              {lowerFirst(STATUS_LABELS[incident.closedAt ? incidentStatus(incident).status : statusOf(incident, s)])}
              {at && (
                <>
                  {T.started}
                  <strong>{formatLocalValue(at)}</strong>
                </>
              )}
            </li>
          );
        })}
      </ul>
      <p className="note">{CONSULT_FICHE_ALERTE}</p>
    </header>
  );
}
