import { Link } from 'react-router';
import { readProblemMessage } from '../content/fr/storage';
import { formatDateTime } from '../lib/time';
import { useStore } from '../lib/useStore';
import { Notice } from '../ui/Notice';
import { usePageHeading } from '../ui/usePageHeading';
import { incidentsStore, type Incident } from './incident';
import { replayJournal } from './journal.machine';
import { serviceLabel } from './texts';

/** Every incident kept in this browser, newest first, to reopen one. */
export default function IncidentsPage() {
  const incidents = useStore(incidentsStore);
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
      <p>
        Les procédures de secours DELTA auto-déclenchées, enregistrées dans ce navigateur. Pour en ouvrir une, faites
        d'abord le <Link to="/">diagnostic</Link> : il mène à la procédure quand elle s'applique.
      </p>
      {list.length === 0 ? (
        <p>Aucun incident enregistré.</p>
      ) : (
        <ul className="incident-list">
          {list.map((i) => (
            <li key={i.id}>
              <Link to={`/incidents/${i.id}`}>
                Incident du {formatDateTime(new Date(i.createdAt))} –{' '}
                {i.services.map((s) => serviceLabel(s.service)).join(', ')}
              </Link>{' '}
              <span className="note">{statusOf(i)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function statusOf(incident: Incident): string {
  const snapshots = incident.services.map((s) => replayJournal(s.journal).snapshot);
  if (snapshots.every((s) => s.matches({ closure: 'requested', officeEnd: 'informed' }))) return '(terminé)';
  if (snapshots.some((s) => s.matches({ backup: 'active' }))) return '(procédure de secours en cours)';
  return '(en préparation)';
}
