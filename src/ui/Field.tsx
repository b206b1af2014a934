import type { InputHTMLAttributes, ReactNode } from 'react';
import { UI_TEXT as T } from './texts';

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
          <span className="visually-hidden">{T.error}</span>
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
interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  need?: Need | undefined;
  /** A checkbox: the control, then its label, on one line. */
  inline?: boolean;
  children: (control: ControlProps) => ReactNode;
}

export function Field({ id, label, hint, error, need, inline = false, children }: FieldProps) {
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
  need,
  hint,
  error,
  radios = false,
  className,
  children,
}: {
  id: string;
  legend: ReactNode;
  need?: Need | undefined;
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
      <legend className="label">
        {legend}
        {need && <span className="field-need">{NEED_TEXT[need]}</span>}
      </legend>
      <Message id={id} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}

type InputAttributes = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'maxLength' | 'autoComplete' | 'spellCheck' | 'inputMode' | 'placeholder' | 'max' | 'onBlur'
>;

/** The commonest field: one line of text (or a date, an e-mail…), its value in a draft or a store. */
export function TextField({
  value,
  onChange,
  type = 'text',
  ...rest
}: Omit<FieldProps, 'children' | 'inline'> & InputAttributes & { value: string; onChange: (value: string) => void }) {
  const { id, label, hint, error, need, ...input } = rest;
  return (
    <Field id={id} label={label} hint={hint} error={error} need={need}>
      {(control) => (
        <input {...control} {...input} type={type} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

/** A confirmation: a checkbox and its label on one line, kept as « yes » or « » like any text of a draft. */
export function CheckboxField({
  value,
  onChange,
  ...field
}: Omit<FieldProps, 'children' | 'inline' | 'need'> & { value: string; onChange: (value: 'yes' | '') => void }) {
  return (
    <Field {...field} inline>
      {(control) => (
        <input
          {...control}
          type="checkbox"
          checked={value === 'yes'}
          onChange={(e) => onChange(e.target.checked ? 'yes' : '')}
        />
      )}
    </Field>
  );
}

/** A form's buttons: submit, and « Annuler » when the form can be left (its draft, if any, then cleared). */
export function FormActions({
  submitLabel,
  onCancel,
  draft,
  small = false,
  unavailable = false,
}: {
  submitLabel: ReactNode;
  onCancel?: (() => void) | undefined;
  draft?: { clear: () => void };
  small?: boolean;
  /** Said unavailable for now (the form ignores its submission meanwhile). */
  unavailable?: boolean;
}) {
  const size = small ? ' button-small' : '';
  return (
    <p className="form-actions">
      <button type="submit" className={`button${size}`} aria-disabled={unavailable || undefined}>
        {submitLabel}
      </button>
      {onCancel && (
        <button
          type="button"
          className={`button button-secondary${size}`}
          onClick={() => {
            draft?.clear();
            onCancel();
          }}
        >
          {T.cancel}
        </button>
      )}
    </p>
  );
}
