import { useEffect, useRef, useState } from 'react';
import { localDateTimeValue } from '../../lib/time';
import { useOpenForm } from '../../ui/drafts';
import { TimeForm } from '../../ui/TimeEdit';
import type { JournalStep } from '../journal';
import { JOURNAL_STEP_TEXT } from '../texts';

/**
 * How a step is recorded: done now in one click, or at another time (a form, kept as a draft). Office
 * open, the call to the SAU may be marked not needed. `onRecord` returns the French message of a refusal,
 * or null once recorded.
 */
export function StepRecord({
  draft,
  step,
  serviceLabel,
  canSkipSau,
  primary = false,
  onRecord,
}: {
  /** The key of the « à une autre heure » form's draft. */
  draft: string;
  step: JournalStep;
  serviceLabel: string;
  canSkipSau: boolean;
  /** The page's next step: its button is the page's main one. */
  primary?: boolean;
  onRecord: (step: JournalStep, at: string) => string | null;
}) {
  const [other, setOther] = useOpenForm(draft);
  const [error, setError] = useState<string | null>(null);
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (error) message.current?.focus();
  }, [error]);
  const stepLabel = JOURNAL_STEP_TEXT[step].label;
  if (other)
    return (
      <div className="step-form no-print">
        <TimeForm
          draft={draft}
          label={`Heure de l’étape « ${stepLabel} » – ${serviceLabel}`}
          hint="Heure de Paris."
          submitLabel="Enregistrer"
          onSave={(at) => onRecord(step, at)}
          onCancel={() => setOther(false)}
        />
      </div>
    );
  return (
    <div className="step-actions no-print">
      <button
        type="button"
        className={primary ? 'button' : 'button button-small'}
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
        <p className="error-message" role="alert" tabIndex={-1} ref={message}>
          {error}
        </p>
      )}
    </div>
  );
}
