import { generatePath, Link } from 'react-router';
import { isOpen } from '../incident/opening';
import { incidentStatus } from '../incident/status';
import { incidentStatusText, OFFER_TEXT as O, serviceLabel } from '../incident/texts';
import { useIncidents } from '../incident/useIncident';
import { formatDateTime } from '../lib/time';
import { PAGE_PATHS } from '../routes';
import ResumeBanner from './ResumeBanner';

/**
 * On the entry page, below the question: what this browser keeps in progress, the open incidents first (the
 * broker back during an outage goes on with its procedure), then a diagnosis to resume. Loaded only when
 * something is kept.
 */
export default function EntryOffers() {
  const incidents = useIncidents().visible;
  const open = incidents.filter(isOpen).toReversed();
  // The diagnoses that opened an incident, or added a service to one (closed ones included).
  const led = (answers: readonly string[]) =>
    incidents.some((i) =>
      [i.answers, ...i.services.map((s) => s.answers ?? [])].some((a) => a.join('-') === answers.join('-')),
    );
  return (
    <>
      {open.length > 0 && (
        <section className="resume" aria-label={O.region}>
          {open.map((i) => (
            <p key={i.id} className="resume-incident">
              <strong>{O.title(i.services.map((s) => serviceLabel(s.service)).join(', '))}</strong>
              {O.state(incidentStatusText(incidentStatus(i)), formatDateTime(new Date(i.createdAt)))}{' '}
              <Link className="button" to={generatePath(PAGE_PATHS.incident, { id: i.id })}>
                {O.resume}
              </Link>
            </p>
          ))}
        </section>
      )}
      <ResumeBanner led={led} />
    </>
  );
}
