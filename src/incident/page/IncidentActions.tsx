import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { ok } from '../../lib/result';
import { fileStamp } from '../../lib/time';
import { ConfirmAction } from '../../ui/Confirm';
import { CopyButton, downloadText } from '../../ui/CopyButton';
import { clearDrafts, useOpenForm } from '../../ui/drafts';
import { TimeForm } from '../../ui/TimeEdit';
import { endStepsDone } from '../journal';
import type { Incident } from '../schema';
import { closeIncident, reopenIncident } from '../status';
import { journalOf } from '../steps';
import { incidentsStore } from '../store';
import { serviceLabel } from '../texts';
import { incidentText } from '../outgoing';
import { changeMessage } from '../refusals';
import { timeProblemText } from '../../content/fr/timeMessages';
import type { IncidentActions as Actions } from '../useIncident';
import { PAGE_PATHS } from '../../routes';

export interface DeletedState {
  /** The incident just deleted, for « Annuler la suppression » on the list. */
  readonly deleted?: Incident;
}

/** Print, export, close (« procédure terminée »), reopen, delete (asked first, and undoable). */
export function IncidentActions({ incident, actions }: { incident: Incident; actions: Pick<Actions, 'change'> }) {
  const navigate = useNavigate();
  const closeDraft = `incident:${incident.id}:close`;
  const [closing, setClosing] = useOpenForm(closeDraft);
  const reopen = useRef<HTMLButtonElement>(null);
  const pendingEnd = incident.services.filter((s) => !endStepsDone(journalOf(incident, s).snapshot));
  return (
    <section className="panel no-print" aria-labelledby="actions-title">
      <h2 id="actions-title">Garder une trace, terminer</h2>
      <div className="page-actions">
        <button type="button" className="button" onClick={() => window.print()}>
          Imprimer la liste de contrôle
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            downloadText(
              `procedure-secours-delta-${fileStamp(new Date(incident.createdAt))}.txt`,
              incidentText(incident, new Date()),
            )
          }
        >
          Exporter en texte
        </button>
        <CopyButton text={() => incidentText(incident, new Date())} label="Copier le résumé" />
      </div>
      {incident.closedAt ? (
        <p>
          <button
            ref={reopen}
            type="button"
            className="button button-secondary"
            onClick={() => actions.change((i) => ok(reopenIncident(i)))}
          >
            Rouvrir l’incident
          </button>
        </p>
      ) : closing ? (
        <>
          {pendingEnd.length > 0 && (
            <p className="notice notice-warning">
              Étapes de fin pas encore cochées pour {pendingEnd.map((s) => serviceLabel(s.service)).join(', ')} :
              système rétabli, clôture de la DA demandée au SAU, bureau informé de la fin.
            </p>
          )}
          <TimeForm
            draft={closeDraft}
            label="Fin de la procédure de secours"
            hint="Heure de Paris."
            submitLabel="Marquer la procédure terminée"
            onCancel={() => setClosing(false)}
            onSave={(at) => {
              const message = changeMessage(
                actions.change((i) => closeIncident(i, at, new Date())),
                timeProblemText,
              );
              if (message === null) setClosing(false);
              return message;
            }}
          />
        </>
      ) : (
        <p>
          <button type="button" className="button button-secondary" onClick={() => setClosing(true)}>
            Procédure terminée…
          </button>
        </p>
      )}
      <ConfirmAction
        label="Supprimer l’incident"
        question="Supprimer cet incident et son journal de ce navigateur ?"
        confirmLabel="Oui, supprimer l’incident"
        className="button button-secondary"
        onConfirm={() => {
          const result = incidentsStore.update((all) => all.filter((i) => i.id !== incident.id));
          if (!result.ok) return;
          clearDrafts(`incident:${incident.id}`);
          navigate(PAGE_PATHS.incidents, { state: { deleted: incident } satisfies DeletedState });
        }}
      >
        <p>
          Exportez-le ou imprimez-le d’abord si vous devez en garder une trace. Vous pourrez annuler la suppression.
        </p>
      </ConfirmAction>
    </section>
  );
}
