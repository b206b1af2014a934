import { ok } from '../../lib/result';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { fileStamp } from '../../lib/time';
import { ConfirmAction } from '../../ui/Confirm';
import { CopyButton, downloadText } from '../../ui/CopyButton';
import { clearDrafts, useOpenForm } from '../../ui/drafts';
import { TimeForm } from '../../ui/TimeEdit';
import { useSettling } from '../../ui/useSettling';
import { nextSteps } from '../nextStep';
import { incidentText } from '../outgoing';
import type { Profile } from '../profile';
import { changeMessage, closeProblemText } from '../refusals';
import type { Incident } from '../schema';
import { ficheStepsLeft } from '../journal';
import { journalFacts } from '../reduce';
import { closeIncident, lastRecorded } from '../steps';
import { ACTIONS_TEXT as T, JOURNAL_STEP_TEXT, serviceLabel } from '../texts';
import type { IncidentActions as Actions } from '../useIncident';
import { PAGE_PATHS } from '../../routes';

export interface DeletedState {
  /** The incident just deleted, for « Annuler la suppression » on the list. */
  readonly deleted?: { readonly id: string; readonly createdAt: string };
}

/**
 * Print, export, close before every step is done (« Procédure terminée… », said what remains), reopen,
 * delete (asked first, and undoable). Each is an event: the record keeps it.
 */
export function IncidentActions(props: {
  incident: Incident;
  profile: Profile | null;
  actions: Pick<Actions, 'record'>;
}) {
  // Made anew when the incident is closed or reopened: its buttons, which move then, settle first.
  return <ActionsSection key={props.incident.closedAt?.recordedAt ?? 'open'} {...props} />;
}

function ActionsSection({
  incident,
  profile,
  actions,
}: {
  incident: Incident;
  profile: Profile | null;
  actions: Pick<Actions, 'record'>;
}) {
  const navigate = useNavigate();
  // A double tap on « clore l'incident » never reaches « Rouvrir » or « Supprimer », which take its place.
  const settling = useSettling(600);
  const closeDraft = `incident:${incident.id}:close-early`;
  const [closing, setClosing] = useOpenForm(closeDraft);
  const closeButton = useRef<HTMLButtonElement>(null);
  // Back from « Procédure terminée… » without closing: the focus returns to its button. (Closed or reopened,
  // the focus goes to the next steps at the top.)
  const cancelled = useRef(false);
  useEffect(() => {
    if (!closing && cancelled.current) closeButton.current?.focus();
    cancelled.current = false;
  }, [closing]);
  // What the fiche still asks, service by service: said before closing early.
  const pending = incident.services
    .map((s) => ({ service: s.service, left: ficheStepsLeft(journalFacts(incident, s)) }))
    .filter((p) => p.left.length > 0);
  const lastStep = nextSteps(incident, true).some((n) => n.kind === 'close');
  const text = () => incidentText(incident, profile, new Date());
  return (
    <section className="panel no-print" aria-labelledby="actions-title" inert={settling || undefined}>
      <h2 id="actions-title">{T.title}</h2>
      <div className="page-actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {T.print}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => downloadText(`procedure-secours-delta-${fileStamp(new Date(incident.createdAt))}.txt`, text())}
        >
          {T.export}
        </button>
        <CopyButton text={text} label={T.copy} />
      </div>
      {incident.closedAt ? (
        <p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => actions.record(() => ok({ type: 'incident.reopened' as const }))}
          >
            {T.reopen}
          </button>
        </p>
      ) : lastStep ? null : closing ? (
        <>
          {pending.length > 0 && (
            <div className="notice notice-warning">
              <p>{T.pending}</p>
              <ul>
                {pending.map((p) => (
                  <li key={p.service}>
                    {T.pendingFor(
                      serviceLabel(p.service),
                      p.left.map((s) => JOURNAL_STEP_TEXT[s].label),
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <TimeForm
            draft={closeDraft}
            label={T.closeLabel}
            hint={T.parisTime}
            submitLabel={T.closeSubmit}
            notBefore={lastRecorded(incident)}
            focusOnOpen
            onCancel={() => {
              cancelled.current = true;
              setClosing(false);
            }}
            onSave={(at) => {
              const message = changeMessage(
                actions.record((i) => closeIncident(i, at, new Date())),
                closeProblemText,
              );
              if (message === null) setClosing(false);
              return message;
            }}
          />
        </>
      ) : (
        <p>
          <button ref={closeButton} type="button" className="button button-secondary" onClick={() => setClosing(true)}>
            {T.closeEarly}
          </button>
        </p>
      )}
      <ConfirmAction
        label={T.delete}
        question={T.deleteQuestion}
        confirmLabel={T.deleteConfirm}
        className="button button-secondary"
        onConfirm={() => {
          const result = actions.record(() => ok({ type: 'incident.deleted' as const }));
          if (!result.ok) return;
          clearDrafts(`incident:${incident.id}`);
          navigate(PAGE_PATHS.incidents, {
            state: { deleted: { id: incident.id, createdAt: incident.createdAt } } satisfies DeletedState,
          });
        }}
      >
        <p>{T.deleteNote}</p>
      </ConfirmAction>
    </section>
  );
}
