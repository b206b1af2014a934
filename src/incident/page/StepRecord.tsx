import { useEffect, useRef, useState } from 'react';
import { useOpenForm } from '../../ui/drafts';
import { TimeForm } from '../../ui/TimeEdit';
import { useSettling } from '../../ui/useSettling';
import { NEXT_TEXT as T } from '../texts';

/**
 * How a step is recorded: done now in one tap, or at another time (a form, kept as a draft, its field
 * focused). `onRecord` gets the time typed, or null for « now » (the rules say which time that is), and
 * returns the French message of a refusal (focused), or null once recorded.
 */
export function StepRecord({
  draft,
  stepLabel,
  services,
  primary = false,
  onRecord,
  notBefore,
}: {
  /** The key of the « à une autre heure » form's draft. */
  draft: string;
  stepLabel: string;
  /** The services it is recorded for, as the field's label names them. */
  services: string;
  /** The page's next step: its button is the page's main one. */
  primary?: boolean;
  onRecord: (at: string | null) => string | null;
  /** The latest time of the steps it follows: the form's default (now) does not come before it. */
  notBefore?: string | null;
}) {
  const [other, setOther] = useOpenForm(draft);
  const settling = useSettling();
  const otherButton = useRef<HTMLButtonElement>(null);
  const reopened = useRef(false);
  // Back from « à une autre heure » without recording: the focus returns to its button.
  useEffect(() => {
    if (!other && reopened.current) otherButton.current?.focus();
  }, [other]);
  // Each refusal a new one: the same message again takes the focus again.
  const [refusal, setRefusal] = useState<{ error: string | null }>({ error: null });
  const { error } = refusal;
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (refusal.error) message.current?.focus();
  }, [refusal]);
  if (other)
    return (
      <div className="step-form no-print">
        <TimeForm
          draft={draft}
          label={T.stepTimeLabel(stepLabel, services)}
          hint={T.parisTime}
          submitLabel={T.record}
          focusOnOpen
          notBefore={notBefore}
          onSave={onRecord}
          onCancel={() => {
            reopened.current = true;
            setOther(false);
          }}
        />
      </div>
    );
  return (
    <div className="step-actions no-print">
      <button
        type="button"
        className={primary ? 'button' : 'button button-small'}
        aria-disabled={settling || undefined}
        onClick={() => {
          if (!settling) setRefusal({ error: onRecord(null) });
        }}
      >
        {T.doneNow}
        <span className="visually-hidden">
          {' : '}
          {stepLabel}
        </span>
      </button>{' '}
      <button
        ref={otherButton}
        type="button"
        className="button-link button-tap"
        aria-disabled={settling || undefined}
        onClick={() => {
          if (!settling) setOther(true);
        }}
      >
        {T.otherTime}
        <span className="visually-hidden">
          {' : '}
          {stepLabel}
        </span>
      </button>
      {error && (
        <p className="error-message" role="alert" tabIndex={-1} ref={message}>
          {error}
        </p>
      )}
    </div>
  );
}
