import { Link, useParams } from 'react-router';
import { readProblemMessage } from '../content/fr/storage';
import { Notice } from '../ui/Notice';
import { usePageHeading } from '../ui/usePageHeading';
import { incidentsStore } from './incident';
import { AddServiceSection } from './page/AddServiceSection';
import { DiagnosisSection } from './page/DiagnosisSection';
import { IncidentActions } from './page/IncidentActions';
import { IncidentHeader } from './page/IncidentHeader';
import { NotesSection } from './page/NotesSection';
import { ReferencesSection } from './page/ReferencesSection';
import { ServiceSection } from './page/ServiceSection';
import { useIncident } from './useIncident';
import { PAGE_PATHS } from '../lib/pages';

/** The record of one self-triggered backup procedure: what an officer may ask to see. */
export default function IncidentPage() {
  const { id = '' } = useParams();
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
