import { useState, type FormEvent } from 'react';
import { ErrorSummary, TextField } from '../ui/form';
import {
  emptyProfile,
  PROFILE_LABELS,
  validateProfile,
  type Profile,
  type ProfileField,
  type ProfileInput,
} from './profile';

const FORM = 'profile';

/** The fields, in order, with what helps fill each in. */
const FIELDS: readonly {
  name: ProfileField;
  hint?: string;
  type?: 'text' | 'tel' | 'email';
  autoComplete: string;
  maxLength: number;
  spellCheck?: boolean;
}[] = [
  {
    name: 'eori',
    hint: 'FR suivi du SIREN (9 chiffres), par exemple FR123456782.',
    autoComplete: 'off',
    spellCheck: false,
    maxLength: 40,
  },
  { name: 'companyName', autoComplete: 'organization', maxLength: 200 },
  { name: 'address', autoComplete: 'street-address', maxLength: 400 },
  {
    name: 'phone',
    type: 'tel',
    hint: 'Un numéro où le SAU et le bureau peuvent vous joindre.',
    autoComplete: 'tel',
    maxLength: 30,
  },
  { name: 'officeName', hint: 'Le bureau à informer du déclenchement.', autoComplete: 'off', maxLength: 200 },
  { name: 'officeEmail', type: 'email', autoComplete: 'email', maxLength: 200 },
];

/** The operator's references, checked field by field with a summary at the top (GOV.UK pattern). */
export function ProfileForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: Profile | null;
  onSave: (p: Profile) => void;
  onCancel?: () => void;
}) {
  const [input, setInput] = useState<ProfileInput>(initial ?? emptyProfile);
  const [errors, setErrors] = useState<Partial<Record<ProfileField, string>>>({});
  const set = (field: ProfileField) => (e: { target: { value: string } }) =>
    setInput({ ...input, [field]: e.target.value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateProfile(input);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    onSave(result.profile);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="profile-title">
      <h2 id="profile-title">Vos références</h2>
      <p>Elles figurent dans la demande d’assistance. Elles restent dans ce navigateur.</p>
      <ErrorSummary form={FORM} errors={errors} labels={PROFILE_LABELS} />
      {FIELDS.map(({ name, ...field }) => (
        <TextField
          key={name}
          form={FORM}
          name={name}
          label={PROFILE_LABELS[name]}
          error={errors[name]}
          value={input[name]}
          onChange={set(name)}
          {...field}
        />
      ))}
      <button type="submit" className="button">
        Enregistrer mes références
      </button>
      {onCancel && (
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Annuler
        </button>
      )}
    </form>
  );
}
