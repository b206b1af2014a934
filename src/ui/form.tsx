import type { InputHTMLAttributes, ReactNode } from 'react';
import { fieldId } from './ErrorSummary';

export { ErrorSummary, fieldId } from './ErrorSummary';

/** A labelled text input with its hint and its error message, wired for assistive technologies. */
export function TextField({
  form,
  name,
  label,
  hint,
  error,
  ...input
}: {
  form: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'>) {
  const id = fieldId(form, name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Erreur : </span>
          {error}
        </p>
      )}
      <input
        id={id}
        name={name}
        type="text"
        className={error ? 'input-error' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
    </div>
  );
}
