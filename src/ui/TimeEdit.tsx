import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { localDateTimeValue } from '../lib/time';

/**
 * A Paris date and time to give or correct: a datetime-local field (default: now) and a button. `onSave`
 * returns the French message of a refusal, or null once saved.
 */
export function TimeForm({
  label,
  hint,
  submitLabel,
  initial,
  onSave,
  onCancel,
  children,
}: {
  label: string;
  hint?: string;
  submitLabel: string;
  initial?: string;
  onSave: (at: string) => string | null;
  onCancel?: () => void;
  /** More fields, shown between the time and the button. */
  children?: ReactNode;
}) {
  const id = useId();
  const [now] = useState(() => localDateTimeValue(new Date()));
  const [at, setAt] = useState(initial ?? now);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(onSave(at));
  };
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <form className="time-form" onSubmit={submit} noValidate>
      <div className={error ? 'field field-error' : 'field'}>
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p className="field-hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p className="error-message" id={`${id}-error`} role="alert">
            <span className="visually-hidden">Erreur : </span>
            {error}
          </p>
        )}
        <input
          id={id}
          type="datetime-local"
          value={at}
          max={now}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={error ? 'input-error' : undefined}
          onChange={(e) => setAt(e.target.value)}
        />
      </div>
      {children}
      <p className="form-actions">
        <button type="submit" className="button button-small">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-small button-secondary" onClick={onCancel}>
            Annuler
          </button>
        )}
      </p>
    </form>
  );
}

/** A time with a « Corriger » button that opens a TimeForm in place. */
export function CorrectableTime({
  text,
  value,
  label,
  onSave,
}: {
  /** The time as the record shows it. */
  text: string;
  /** Its current value, to start the correction from. */
  value: string;
  /** The field's label, e.g. « Heure d'enregistrement de la DA ». */
  label: string;
  onSave: (at: string) => string | null;
}) {
  const [editing, setEditing] = useState(false);
  if (editing)
    return (
      <TimeForm
        label={label}
        hint="Heure de Paris. L’heure précédente reste inscrite au journal."
        submitLabel="Enregistrer la correction"
        initial={value}
        onCancel={() => setEditing(false)}
        onSave={(at) => {
          const problem = onSave(at);
          if (problem === null) setEditing(false);
          return problem;
        }}
      />
    );
  return (
    <span className="correctable">
      <span className="step-time">{text}</span>{' '}
      <button type="button" className="button-link no-print" onClick={() => setEditing(true)}>
        Corriger<span className="visually-hidden"> : {label}</span>
      </button>
    </span>
  );
}
