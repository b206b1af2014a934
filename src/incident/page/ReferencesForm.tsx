import { Fragment, useState, type FormEvent, type ReactNode } from 'react';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CheckboxField, Field, FormActions } from '../../ui/Field';
import { useDraft } from '../../ui/drafts';
import {
  DA_FIELDS,
  eoriProblem,
  emptyProfile,
  isEoriWarning,
  PROFILE_MAX,
  validateProfile,
  type Profile,
  type ProfileField,
} from '../profile';
import { EORI_CONFIRM, fieldProblemText, PROFILE_LABELS } from '../refusals';
import { REFS_TEXT as R } from '../texts';

const FORM = 'profile';

/** What helps fill each field in. */
const FIELDS: Record<
  (typeof DA_FIELDS)[number],
  { hint?: string; type?: 'text' | 'tel'; autoComplete: string; spellCheck?: boolean; multiline?: boolean }
> = {
  eori: {
    hint: R.eoriHint,
    autoComplete: 'off',
    spellCheck: false,
  },
  companyName: { autoComplete: 'organization' },
  address: { autoComplete: 'street-address', multiline: true },
  phone: { type: 'tel', hint: R.phoneHint, autoComplete: 'tel' },
};

/**
 * The references the DA needs (fiche DELTA, étape 5: « numéro EORI, raison sociale, adresse, numéro de
 * téléphone »), checked field by field with a summary at the top (GOV.UK pattern). What is typed is kept
 * as a draft until saved. The office's name and e-mail are asked where they are used.
 */
export function ReferencesForm({
  initial,
  onSave,
  onCancel,
  heading = true,
  renderPreview,
}: {
  /** What the references typed so far make, once they are complete and valid (the DA's text). */
  renderPreview?: (profile: Profile) => ReactNode;
  /** Its own heading, « Vos références » (not inside a step that has its own). */
  heading?: boolean;
  initial: Profile | null;
  onSave: (p: Profile) => void;
  onCancel?: (() => void) | undefined;
}) {
  const start = initial ?? emptyProfile;
  const draft = useDraft<(typeof DA_FIELDS)[number] | 'eoriConfirmed'>(FORM, {
    eori: start.eori,
    companyName: start.companyName,
    address: start.address,
    phone: start.phone,
    eoriConfirmed: '',
  });
  // The EORI of the references saved, unchanged: confirmed then if it had to be, not asked again.
  const kept = initial !== null && draft.values.eori === initial.eori;
  const confirmed = { eoriConfirmed: draft.values.eoriConfirmed === 'yes' || kept };
  // A well-formed EORI whose check digit fails: a warning the user may confirm, at the field.
  const warning = !kept && isEoriWarning(eoriProblem(draft.values.eori));
  const [errors, setErrors] = useState<Partial<Record<ProfileField, string>>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateProfile({ ...start, ...draft.values }, confirmed);
    if (!result.ok) {
      setErrors(
        Object.fromEntries(
          Object.entries(result.problem).map(([field, problem]) => [
            field,
            fieldProblemText(field as ProfileField, problem, PROFILE_MAX[field as ProfileField]),
          ]),
        ),
      );
      return;
    }
    setErrors({});
    draft.clear();
    onSave(result.value);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={R.title}>
      {heading && <h2>{R.title}</h2>}
      <p>{R.intro}</p>
      <ErrorSummary form={FORM} errors={errors} labels={PROFILE_LABELS} attempt={errors} />
      {DA_FIELDS.map((name) => {
        const { multiline, ...field } = FIELDS[name];
        return (
          <Fragment key={name}>
            <Field
              id={`${FORM}-${name}`}
              label={PROFILE_LABELS[name]}
              hint={field.hint}
              error={errors[name]}
              need="required"
            >
              {(control) =>
                multiline ? (
                  <textarea
                    {...control}
                    rows={2}
                    maxLength={PROFILE_MAX[name] + 100}
                    autoComplete={field.autoComplete}
                    value={draft.values[name]}
                    onChange={(e) => draft.set(name, e.target.value)}
                  />
                ) : (
                  <input
                    {...control}
                    type={field.type ?? 'text'}
                    maxLength={PROFILE_MAX[name] + 20}
                    autoComplete={field.autoComplete}
                    spellCheck={field.spellCheck}
                    value={draft.values[name]}
                    onChange={(e) => draft.set(name, e.target.value)}
                  />
                )
              }
            </Field>
            {name === 'eori' && (warning || draft.values.eoriConfirmed === 'yes') && (
              <CheckboxField
                id={`${FORM}-eori-confirm`}
                label={EORI_CONFIRM}
                value={draft.values.eoriConfirmed}
                onChange={(v) => draft.set('eoriConfirmed', v)}
              />
            )}
          </Fragment>
        );
      })}
      <FormActions submitLabel={R.save} onCancel={onCancel} draft={draft} />
      {/* The DA they make, below the button: saving stays right under the last field. */}
      {renderPreview && <Preview values={{ ...start, ...draft.values }} confirmed={confirmed} render={renderPreview} />}
    </form>
  );
}

function Preview({
  values,
  confirmed,
  render,
}: {
  values: Profile;
  confirmed: { eoriConfirmed: boolean };
  render: (profile: Profile) => ReactNode;
}) {
  const result = validateProfile(values, confirmed);
  return result.ok ? render(result.value) : null;
}
