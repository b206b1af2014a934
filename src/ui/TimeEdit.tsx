import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { localDateTimeValue, nowAfter, slack } from '../lib/time';
import { useDraft, useOpenForm } from './drafts';
import { Field, FormActions } from './Field';
import { useNow } from './useNow';
import { useSettling } from './useSettling';
import { UI_TEXT as T } from './texts';

/**
 * A Paris date and time to give or correct: a datetime-local field (default: now) and a button. `onSave`
 * returns the French message of a refusal, or null once saved. What is typed is kept as a draft under
 * `draft` until saved or cancelled. `renderFields` adds fields of its own (between the time and the button),
 * given their values and setter, kept in the same draft.
 */
export function TimeForm<F extends string = never>({
  draft,
  label,
  hint,
  submitLabel,
  initial,
  notBefore,
  extra = {} as Record<F, string>,
  renderFields,
  onSave,
  onCancel,
  focusOnOpen = false,
  settle = false,
}: {
  /** The key of this form's draft (a record and a form of it). */
  draft: string;
  label: string;
  hint?: ReactNode;
  submitLabel: string;
  initial?: string;
  /**
   * A time already recorded that what is saved comes after (the rules say which): the default, now, is
   * that time while it is a little ahead of this device's clock (`nowAfter`), so that it is not refused.
   */
  notBefore?: string | null;
  /** Extra fields and their initial values. */
  extra?: Record<F, string>;
  /** Given the values typed so far, the time (`at`) included. */
  renderFields?: (values: Record<F | 'at', string>, set: (field: F, value: string) => void) => ReactNode;
  onSave: (at: string, values: Record<F, string>) => string | null;
  onCancel?: () => void;
  /** Opened by the user (« à une autre heure », « Corriger »): the focus goes to the field. */
  focusOnOpen?: boolean;
  /** A form that appears after an action: its button ignores taps for a moment (see useSettling). */
  settle?: boolean;
}) {
  const id = `${draft.replace(/[^a-zA-Z0-9-]/g, '-')}-at`;
  // Now by default, as long as the field is not typed in: the time the form is saved. Held while the field
  // has the focus: a value never changes under the user (nor in the phone's picker).
  const clock = useNow();
  const [held, setHeld] = useState<Date | null>(null);
  const now = nowAfter(notBefore, held ?? clock);
  // A phone's clock a few minutes behind the user's watch: a time just ahead of it is not refused.
  const max = localDateTimeValue(slack(clock));
  const form = useDraft<'at' | F>(draft, { ...extra, at: initial ?? now } as Record<'at' | F, string>);
  // Each refusal, a new one: the same message again takes the focus again (else nothing would say it).
  const [refusal, setRefusal] = useState<{ error: string | null }>({ error: null });
  const { error } = refusal;
  const input = useRef<HTMLInputElement>(null);
  // A refusal: focus goes to the field, with its message.
  useEffect(() => {
    if (refusal.error) input.current?.focus();
  }, [refusal]);
  useEffect(() => {
    if (focusOnOpen) input.current?.focus();
  }, [focusOnOpen]);
  const settling = useSettling();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (settle && settling) return;
    const problem = onSave(form.values.at, form.values as Record<F, string>);
    setRefusal({ error: problem });
    if (problem === null) form.clear();
  };
  return (
    <form className="time-form" onSubmit={submit} noValidate>
      <Field id={id} label={label} hint={hint} error={error}>
        {(control) => (
          <input
            {...control}
            ref={input}
            type="datetime-local"
            value={form.values.at}
            max={max}
            onFocus={() => setHeld(clock)}
            onBlur={() => setHeld(null)}
            onChange={(e) => form.set('at', e.target.value)}
          />
        )}
      </Field>
      {renderFields?.(form.values as Record<F | 'at', string>, form.set)}
      <FormActions submitLabel={submitLabel} small onCancel={onCancel} draft={form} unavailable={settle && settling} />
    </form>
  );
}

/** A time with a « Corriger » button that opens a TimeForm in place. */
export function CorrectableTime({
  draft,
  text,
  value,
  label,
  onSave,
}: {
  draft: string;
  /** The time as the record shows it. */
  text: string;
  /** Its current value, to start the correction from. */
  value: string;
  /** The field's label, e.g. « Heure d'enregistrement de la DA ». */
  label: string;
  onSave: (at: string) => string | null;
}) {
  const [editing, setEditing] = useOpenForm(draft);
  const button = useRef<HTMLButtonElement>(null);
  const left = useRef(false);
  // Back from the form (saved or cancelled, opened here or by a reload): focus returns to « Corriger ».
  useEffect(() => {
    if (!editing && left.current) button.current?.focus();
    left.current = false;
  }, [editing]);
  const leave = () => {
    left.current = true;
    setEditing(false);
  };
  if (editing)
    return (
      <TimeForm
        draft={draft}
        label={label}
        hint={T.correctionHint}
        submitLabel={T.saveCorrection}
        initial={value}
        focusOnOpen
        onCancel={leave}
        onSave={(at) => {
          const problem = onSave(at);
          if (problem === null) leave();
          return problem;
        }}
      />
    );
  return (
    <span className="correctable">
      <span className="step-time">{text}</span>{' '}
      <button ref={button} type="button" className="button-link button-tap no-print" onClick={() => setEditing(true)}>
        {T.correct}
        <span className="visually-hidden">{T.correctOf(label)}</span>
      </button>
    </span>
  );
}
