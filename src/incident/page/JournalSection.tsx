import { useRef } from 'react';
import { CorrectableTime } from '../../ui/TimeEdit';
import { backupAllowed, blockedBy, systemRestored, type JournalStep } from '../journal';
import { correctStep, journalOf, recordStep, undoLastStep } from '../steps';
import { blockedText, JOURNAL_STEP_TEXT, journalLines, serviceLabel } from '../texts';
import { changeMessage, stepProblemText } from '../refusals';
import { ok } from '../../lib/result';
import type { ServiceProps } from '../useIncident';
import { StepRecord } from './StepRecord';
import { nextStep } from '../nextStep';

/**
 * The journal of one service, in the fiche's order: each step with the time it was done (correctable), or
 * what allows it, or the way to record it. The record an officer may ask to see; printed as it is.
 */
export function JournalSection({ incident, record, actions }: ServiceProps) {
  const { input, snapshot, accepted } = journalOf(incident, record);
  const lines = journalLines(incident, record);
  const label = serviceLabel(record.service);
  const undo = useRef<HTMLButtonElement>(null);
  const recordAt = (step: JournalStep, at: string) =>
    changeMessage(
      actions.changeService(record.service, (r, i) => recordStep(i, r, step, at, new Date())),
      (p) => stepProblemText(p, step),
    );
  const correct = (step: JournalStep, at: string) =>
    changeMessage(
      actions.changeService(record.service, (r) => correctStep(r, step, at, new Date())),
      (p) => stepProblemText(p, step),
    );
  const restored = systemRestored(snapshot);
  // The next step is done from its card at the top of the page: its row points there.
  const next = nextStep(incident, record, incident.profile !== undefined);
  const nextStepId = next.kind === 'step' ? next.step : null;
  return (
    <section className="panel journal-panel" aria-labelledby={`journal-${record.service}`}>
      <h2 id={`journal-${record.service}`}>Journal – {label}</h2>
      <p
        className={restored ? 'journal-status ended' : backupAllowed(snapshot) ? 'journal-status ok' : 'journal-status'}
      >
        {restored
          ? 'Votre système fonctionne de nouveau. Conseil de l’outil : n’utilisez plus la procédure de secours. La fiche demande de contacter le SAU du CID pour qu’il puisse clore la DA, et d’informer votre bureau de douane.'
          : backupAllowed(snapshot)
            ? 'Les deux conditions sont réunies (DA enregistrée et bureau informé) : vous pouvez recourir à la procédure de secours.'
            : lines.some((l) => l.step === 'da.file' && l.time)
              ? 'Procédure de secours pas encore possible : la DA est enregistrée, il reste à informer le bureau de douane.'
              : 'Procédure de secours pas encore possible : il faut la DA enregistrée et le bureau de douane informé.'}
      </p>
      <ol className="journal">
        {lines.map((line) => {
          const blocked = line.time ? null : snapshot.can({ type: line.step }) ? null : blockedBy(snapshot, line.step);
          const possible = !line.time && snapshot.can({ type: line.step });
          return (
            <li key={line.step} className={line.time ? 'done' : 'todo'}>
              <span className="box" aria-hidden="true">
                {line.time ? '☑' : '☐'}
              </span>{' '}
              <span className="step-label">{line.label}</span>
              {line.ours && <span className="ours"> (conseil de l’outil, hors fiche)</span>}
              {line.step === 'sau.call' && input.officeClosed && !line.time && (
                <strong className="step-required"> Obligatoire : le bureau était fermé lors du diagnostic.</strong>
              )}
              {line.time && line.stamps ? (
                <span className="step-when">
                  {' – '}
                  <span className="print-only">{line.time}</span>
                  <span className="no-print">
                    <CorrectableTime
                      draft={`incident:${incident.id}:correct-${line.step}:${record.service}`}
                      text={line.time}
                      value={line.stamps[line.stamps.length - 1]!.at}
                      label={`Heure de l’étape « ${line.label} » – ${label}`}
                      onSave={(at) => correct(line.step, at)}
                    />
                  </span>
                </span>
              ) : possible && line.step !== nextStepId && line.step !== 'da.file' ? (
                <StepRecord
                  draft={`incident:${incident.id}:journal-${line.step}:${record.service}`}
                  step={line.step}
                  serviceLabel={label}
                  canSkipSau={line.step === 'sau.call' && snapshot.can({ type: 'sau.skip' })}
                  onRecord={recordAt}
                />
              ) : (
                <span className="step-blocked no-print">
                  {' '}
                  {possible ? 'La prochaine étape : voir en haut de la page.' : blockedText(line.step, blocked)}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {accepted.length > 0 && (
        <p className="no-print">
          <button
            ref={undo}
            type="button"
            className="button-link"
            onClick={() => {
              actions.changeService(record.service, (r) => ok(undoLastStep(r)));
              undo.current?.focus();
            }}
          >
            Annuler la dernière étape saisie ({JOURNAL_STEP_TEXT[accepted[accepted.length - 1]!.step].label})
          </button>
        </p>
      )}
    </section>
  );
}
