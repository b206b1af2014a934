import type { ReactNode } from 'react';

/** What a form control needs to be tied to its label, hint and error message. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-describedby'?: string;
  readonly 'aria-invalid'?: true;
  readonly 'aria-required'?: true;
  readonly className?: string;
}

/** « (obligatoire) » or « (facultatif) » after the label, said before the user submits. */
export type Need = 'required' | 'optional';

const NEED_TEXT: Record<Need, string> = { required: ' (obligatoire)', optional: ' (facultatif)' };

function described(id: string, hint: ReactNode, error: string | null | undefined) {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function Message({ id, hint, error }: { id: string; hint: ReactNode; error: string | null | undefined }) {
  return (
    <>
      {hint && (
        <div className="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Erreur : </span>
          {error}
        </p>
      )}
    </>
  );
}

/**
 * A form field, after GOV.UK Frontend's field templates: its label, its hint, its error message (with a
 * hidden « Erreur : »), and the control passed in, given the ids that tie it to them (`aria-describedby`)
 * and `aria-invalid` while in error. Every form of the app uses it.
 */
export function Field({
  id,
  label,
  hint,
  error,
  need,
  inline = false,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  need?: Need | undefined;
  /** A checkbox: the control, then its label, on one line. */
  inline?: boolean;
  children: (control: ControlProps) => ReactNode;
}) {
  const labelElement = (
    <label htmlFor={id}>
      {label}
      {need && <span className="field-need">{NEED_TEXT[need]}</span>}
    </label>
  );
  const control = children({
    id,
    'aria-describedby': described(id, hint, error),
    ...(error ? { 'aria-invalid': true, className: 'input-error' } : {}),
    ...(need === 'required' ? { 'aria-required': true } : {}),
  });
  return (
    <div className={error ? 'field field-error' : 'field'}>
      {!inline && labelElement}
      <Message id={id} hint={hint} error={error} />
      {inline ? (
        <div className="checkbox">
          {control}
          {labelElement}
        </div>
      ) : (
        control
      )}
    </div>
  );
}

/**
 * A group of radio buttons or checkboxes under one question (GOV.UK's fieldset): the legend, its hint and
 * error message, tied to the group, which is in error as a whole (a radio group: `aria-invalid` on it).
 */
export function FieldSet({
  id,
  legend,
  hint,
  error,
  radios = false,
  className,
  children,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  /** A radio group: one choice among the controls. */
  radios?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <fieldset
      id={id}
      className={[error ? 'fieldset fieldset-error' : 'fieldset', className].filter(Boolean).join(' ')}
      aria-describedby={described(id, hint, error)}
      {...(radios ? { role: 'radiogroup' } : {})}
      {...(error && radios ? { 'aria-invalid': true } : {})}
    >
      <legend>{legend}</legend>
      <Message id={id} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}
