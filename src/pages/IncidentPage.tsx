import { Link, useLocation, useParams } from 'react-router';
import { readProblemMessage } from '../content/fr/storageMessages';
import { Notice } from '../ui/Notice';
import { usePageHeading } from '../ui/usePageHeading';
import { incidentsStore } from '../incident/incident';
import { AddServiceSection } from '../incident/page/AddServiceSection';
import { DiagnosisSection } from '../incident/page/DiagnosisSection';
import { IncidentActions } from '../incident/page/IncidentActions';
import { IncidentHeader } from '../incident/page/IncidentHeader';
import { NotesSection } from '../incident/page/NotesSection';
import { ReferencesSection } from '../incident/page/ReferencesSection';
import { ServiceSection } from '../incident/page/ServiceSection';
import { useIncident } from '../incident/useIncident';
import { serviceLabel } from '../incident/texts';
import { formatDateTime } from '../lib/time';
import type { ReopenedState } from './IncidentStartPage';
import { PAGE_PATHS } from '../routes';

/** The record of one self-triggered backup procedure: what an officer may ask to see. */
export default function IncidentPage() {
  const { id = '' } = useParams();
  const reopened = (useLocation().state as ReopenedState | null)?.reopened;
  const actions = useIncident(id);
  const { incident, problem } = actions;
  const ref = usePageHeading(incident ? 'Suivi de la procédure de secours' : 'Incident introuvable');
  if (!incident) {
    return (
      <>
        <h1 ref={ref} tabIndex={-1}>
          Incident introuvable
        </h1>
        {problem && <Notice tone="warning">{readProblemMessage(problem, incidentsStore.name)}</Notice>}
        <p>Aucun incident de ce numéro n’est enregistré dans ce navigateur.</p>
        <p>
          <Link to={PAGE_PATHS.incidents}>Voir la liste des incidents</Link>
        </p>
      </>
    );
  }
  return (
    <article className="incident">
      {reopened && (
        <Notice>
          Un incident est déjà ouvert pour {serviceLabel(reopened)} depuis le{' '}
          {formatDateTime(new Date(incident.createdAt))} : une seule demande d’assistance couvre toutes les déclarations
          de ce service.
        </Notice>
      )}
      <IncidentHeader incident={incident} headingRef={ref} />
      <DiagnosisSection answers={incident.answers} />
      <ReferencesSection incident={incident} onSave={(profile) => actions.set((i) => ({ ...i, profile }))} />
      {incident.services.map((record) => (
        <ServiceSection key={record.service} incident={incident} record={record} actions={actions} />
      ))}
      {!incident.closedAt && <AddServiceSection incident={incident} actions={actions} />}
      <NotesSection incident={incident} actions={actions} />
      <IncidentActions incident={incident} actions={actions} />
    </article>
  );
}
