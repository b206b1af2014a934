import { useState } from 'react';
import { generatePath, useNavigate } from 'react-router';
import type { NodeProps } from '../content/types';
import { formatDateTime } from '../lib/time';
import { useStore } from '../lib/useStore';
import { sessionStore } from '../session/storage';
import {
  addDiagnosedService,
  incidentsStore,
  newIncident,
  startChoice,
  updateIncident,
  type Diagnosis,
  type Incident,
} from './incident';
import { profileStore } from './stores';
import { serviceLabel } from './texts';
import { PAGE_PATHS } from '../lib/pages';

/** When the diagnosis ended: the time `delta.selfTrigger` was reached with these answers, or now. */
function diagnosisOf(path: NodeProps['path']): Diagnosis {
  const saved = sessionStore.getSnapshot().value;
  const values = path.map((a) => a.value).join('-');
  const endedAt =
    saved && saved.node === 'delta.selfTrigger' && saved.answers.join('-') === values
      ? new Date(saved.savedAt)
      : new Date();
  return { path, endedAt: Number.isNaN(endedAt.getTime()) ? new Date() : endedAt };
}

const when = (i: Incident) => formatDateTime(new Date(i.createdAt));

/**
 * The way from `delta.selfTrigger` to its incident: reopens the open incident that already covers this
 * service (one DA per service), offers to add the service to an open incident, or opens a new one.
 */
export default function StartIncident({ path }: NodeProps) {
  const navigate = useNavigate();
  const incidents = useStore(incidentsStore).value;
  const [failed, setFailed] = useState(false);
  const choice = startChoice(incidents, path);

  const open = (make: (all: Incident[]) => { all: Incident[]; id: string } | null) => {
    let id: string | null = null;
    const result = incidentsStore.update((all) => {
      const made = make(all);
      if (!made) return all;
      id = made.id;
      return made.all;
    });
    // A full or blocked storage keeps the incident in memory (the storage banner says so): go on to it.
    if (id !== null && (result.ok || result.problem !== 'invalid')) navigate(generatePath(PAGE_PATHS.incident, { id }));
    else setFailed(true);
  };
  const create = () =>
    open((all) => {
      const incident = newIncident(diagnosisOf(path), profileStore.getSnapshot().value, new Date());
      return incident ? { all: [...all, incident], id: incident.id } : null;
    });
  const addTo = (target: Incident) =>
    open((all) => {
      const current = all.find((i) => i.id === target.id);
      const result = current ? addDiagnosedService(current, diagnosisOf(path), new Date()) : null;
      return result?.ok ? { all: updateIncident(all, target.id, () => result.incident), id: target.id } : null;
    });

  return (
    <div className="start-incident no-print">
      {choice.kind === 'reopen' ? (
        <>
          <p>
            Un incident est déjà ouvert pour {serviceLabel(choice.incident.services[0]!.service)} depuis le{' '}
            {when(choice.incident)} : une seule demande d’assistance couvre toutes les déclarations de ce service.
          </p>
          <p>
            <button
              type="button"
              className="button"
              onClick={() => navigate(generatePath(PAGE_PATHS.incident, { id: choice.incident.id }))}
            >
              Reprendre l’incident en cours
            </button>
          </p>
        </>
      ) : choice.kind === 'addOrNew' ? (
        <>
          <p>
            {choice.open.length === 1 ? 'Un incident est ouvert' : `${choice.open.length} incidents sont ouverts`} pour
            un autre service en ligne. Si le même dysfonctionnement touche ce service, ajoutez-le : il aura sa propre
            demande d’assistance.
          </p>
          <p className="page-actions">
            {choice.open.map((i) => (
              <button key={i.id} type="button" className="button" onClick={() => addTo(i)}>
                Ajouter ce service à l’incident du {when(i)} (
                {i.services.map((s) => serviceLabel(s.service)).join(', ')})
              </button>
            ))}
            <button type="button" className="button button-secondary" onClick={create}>
              Ouvrir un nouvel incident
            </button>
          </p>
        </>
      ) : (
        <p>
          <button type="button" className="button" onClick={create}>
            Préparer la demande d’assistance et suivre l’incident
          </button>
        </p>
      )}
      {failed && (
        <p className="error-message" role="alert">
          Impossible d’enregistrer l’incident dans ce navigateur : rechargez la page et réessayez.
        </p>
      )}
    </div>
  );
}
