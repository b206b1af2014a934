import { Link, useLocation, useParams } from 'react-router';
import { readProblemMessage } from '../content/fr/storageMessages';
import { Notice } from '../ui/Notice';
import { AgentRecordsNotice } from '../helpDesk/AgentRecordsNotice';
import { usePageHeading } from '../ui/usePageHeading';
import { incidentsStore } from '../incident/store';
import { AddServiceSection } from '../incident/page/AddServiceSection';
import { DiagnosisSection } from '../incident/page/DiagnosisSection';
import { IncidentActions } from '../incident/page/IncidentActions';
import { IncidentHeader } from '../incident/page/IncidentHeader';
import { NotesSection } from '../incident/page/NotesSection';
import { ReferencesSection } from '../incident/page/ReferencesSection';
import { ServiceSection } from '../incident/page/ServiceSection';
import { useIncident } from '../incident/useIncident';
import { NextStepCard } from '../incident/page/NextStepCard';
import { profileStore } from '../incident/store';
import type { Profile } from '../incident/profile';
import { ok } from '../lib/result';
import { useStore } from '../lib/useStore';
import { INCIDENT_SOURCE, serviceLabel } from '../incident/texts';
import { formatDateTime } from '../lib/time';
import type { ReopenedState } from './IncidentStartPage';
import { PAGE_PATHS } from '../routes';

/**
 * One self-triggered backup procedure. At the top, on a phone's first screen: its state and, for each online
 * service, the one next step with its button; below, the record an officer may ask to see (the journal with
 * its times, the DA, the references, the diagnosis, folded once complete).
 */
export default function IncidentPage() {
  const { id = '' } = useParams();
  const reopened = (useLocation().state as ReopenedState | null)?.reopened;
  const actions = useIncident(id);
  const { incident, problem } = actions;
  const stored = useStore(profileStore).value;
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
  // The references are the broker's, for every incident: kept in this browser, and with this incident's DA.
  const saveProfile = (profile: Profile) => {
    profileStore.write(profile);
    actions.change((i) => ok({ ...i, profile }));
  };
  return (
    <article className="incident">
      {reopened && (
        <Notice>
          Un incident est déjà ouvert pour {serviceLabel(reopened)} depuis le{' '}
          {formatDateTime(new Date(incident.createdAt))} : sa demande d’assistance vaut pour « l’ensemble des
          déclarations concernées par la procédure de secours » (fiche DELTA).
        </Notice>
      )}
      <IncidentHeader incident={incident} headingRef={ref} />
      <AgentRecordsNotice />
      {/* The references are the first step of every service: asked once. */}
      {(incident.profile ? incident.services : incident.services.slice(0, 1)).map((record) => (
        <NextStepCard
          key={record.service}
          incident={incident}
          record={record}
          profile={incident.profile ?? stored}
          actions={actions}
          onSaveProfile={saveProfile}
        />
      ))}
      {incident.services.map((record) => (
        <ServiceSection key={record.service} incident={incident} record={record} actions={actions} />
      ))}
      <ReferencesSection incident={incident} onSave={saveProfile} />
      <DiagnosisSection incident={incident} />
      {!incident.closedAt && <AddServiceSection incident={incident} actions={actions} />}
      <NotesSection incident={incident} actions={actions} />
      <IncidentActions incident={incident} actions={actions} />
      <p className="source">{INCIDENT_SOURCE}</p>
    </article>
  );
}
