import { useState } from 'react';
import { SauPhone } from '../../content/links';
import { localDateTimeValue } from '../../lib/time';
import { CorrectableTime, TimeForm } from '../../ui/TimeEdit';
import { correctStep, journalOf, recordStep, undoLastStep, type Incident, type ServiceRecord } from '../incident';
import { backupAllowed, blockedReason, BLOCKED_TEXT, JOURNAL_STEP_TEXT, type JournalStep } from '../journal.machine';
import { journalLines, serviceLabel, stepProblemText } from '../texts';
import type { useIncident } from '../useIncident';
import { changeMessage } from './results';

type Actions = Pick<ReturnType<typeof useIncident>, 'changeService'>;

/** The journal of one service: each step with the time it was done (correctable), or what allows it. */
export function JournalSection({
  incident,
  record,
  actions,
}: {
  incident: Incident;
  record: ServiceRecord;
  actions: Actions;
}) {
  const { input, snapshot, accepted } = journalOf(incident, record);
  const lines = journalLines(incident, record);
  const allowed = backupAllowed(snapshot);
  const label = serviceLabel(record.service);
  const recordAt = (step: JournalStep, at: string, daNumber?: string) =>
    changeMessage(
      actions.changeService(record.service, (r, i) => {
        const result = recordStep(i, r, step, at, new Date());
        if (!result.ok || daNumber === undefined) return result;
        const number = daNumber.trim().slice(0, 40);
        return { ok: true, record: number ? { ...result.record, daNumber: number } : result.record };
      }),
      stepProblemText,
    );
  const correct = (step: JournalStep, at: string) =>
    changeMessage(
      actions.changeService(record.service, (r) => correctStep(r, step, at, new Date())),
      stepProblemText,
    );
  return (
    <>
      <h3>2. Journal de l’incident</h3>
      <p className={allowed ? 'journal-status ok' : 'journal-status'}>
        {allowed
          ? 'Les deux conditions sont réunies (DA enregistrée et bureau informé) : vous pouvez recourir à la procédure de secours.'
          : 'Procédure de secours pas encore possible : il faut la DA enregistrée et le bureau de douane informé.'}
      </p>
      <ol className="journal">
        {lines.map((line) => {
          const blocked = line.time ? null : blockedReason(snapshot, line.step);
          const note = JOURNAL_STEP_TEXT[line.step].note;
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
                      text={line.time}
                      value={line.stamps[line.stamps.length - 1]!.at}
                      label={`Heure de l’étape « ${line.label} » – ${label}`}
                      onSave={(at) => correct(line.step, at)}
                    />
                  </span>
                </span>
              ) : blocked ? (
                <span className="step-blocked no-print"> {BLOCKED_TEXT[blocked]}</span>
              ) : (
                <StepForm
                  step={line.step}
                  serviceLabel={label}
                  canSkipSau={line.step === 'sau.call' && snapshot.can({ type: 'sau.skip' })}
                  onRecord={recordAt}
                />
              )}
              {note && !line.time && <span className="step-note">{note}</span>}
              {line.step === 'sau.call' && !line.time && (
                <span className="step-note">
                  SAU du CID : <SauPhone />.
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {accepted.length > 0 && (
        <p className="no-print">
          <button
            type="button"
            className="button-link"
            onClick={() => actions.changeService(record.service, (r) => ({ ok: true, record: undoLastStep(r) }))}
          >
            Annuler la dernière étape saisie ({JOURNAL_STEP_TEXT[accepted[accepted.length - 1]!.step].label})
          </button>
        </p>
      )}
    </>
  );
}

/**
 * How a step is recorded. The DA: its registration time, read in the OLGA acknowledgement, and its number.
 * Any other step: done now in one click, or at another time.
 */
function StepForm({
  step,
  serviceLabel: label,
  canSkipSau,
  onRecord,
}: {
  step: JournalStep;
  serviceLabel: string;
  canSkipSau: boolean;
  onRecord: (step: JournalStep, at: string, daNumber?: string) => string | null;
}) {
  const [other, setOther] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [daNumber, setDaNumber] = useState('');
  const stepLabel = JOURNAL_STEP_TEXT[step].label;
  if (step === 'da.file')
    return (
      <div className="step-form no-print">
        <TimeForm
          label={`Heure d’enregistrement de la DA – ${label}`}
          hint="Lisez-la dans le courriel d’accusé de réception d’OLGA (heure de Paris)."
          submitLabel="Enregistrer la DA"
          onSave={(at) => onRecord(step, at, daNumber)}
        >
          <div className="field">
            <label htmlFor={`da-number-${label}`}>Numéro de la DA (facultatif)</label>
            <input
              id={`da-number-${label}`}
              type="text"
              maxLength={40}
              autoComplete="off"
              value={daNumber}
              onChange={(e) => setDaNumber(e.target.value)}
            />
          </div>
        </TimeForm>
      </div>
    );
  if (other)
    return (
      <div className="step-form no-print">
        <TimeForm
          label={`Heure de l’étape « ${stepLabel} »`}
          hint="Heure de Paris."
          submitLabel="Enregistrer"
          onSave={(at) => onRecord(step, at)}
          onCancel={() => setOther(false)}
        />
      </div>
    );
  return (
    <span className="step-actions no-print">
      {' '}
      <button
        type="button"
        className="button button-small"
        onClick={() => setError(onRecord(step, localDateTimeValue(new Date())))}
      >
        Fait maintenant<span className="visually-hidden"> : {stepLabel}</span>
      </button>{' '}
      <button type="button" className="button-link" onClick={() => setOther(true)}>
        à une autre heure<span className="visually-hidden"> : {stepLabel}</span>
      </button>
      {canSkipSau && (
        <>
          {' '}
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => setError(onRecord('sau.skip', localDateTimeValue(new Date())))}
          >
            Non nécessaire (bureau ouvert)
          </button>
        </>
      )}
      {error && (
        <span className="error-message" role="alert">
          {' '}
          {error}
        </span>
      )}
    </span>
  );
}
