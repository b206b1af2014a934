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
      <p>Elles figurent dans la demande d'assistance. Elles restent dans ce navigateur.</p>
      <ErrorSummary form={FORM} errors={errors} labels={PROFILE_LABELS} />
      <TextField
        form={FORM}
        name="eori"
        label={PROFILE_LABELS.eori}
        hint="FR suivi du SIREN (9 chiffres), par exemple FR123456782."
        error={errors.eori}
        value={input.eori}
        onChange={set('eori')}
        autoComplete="off"
        spellCheck={false}
        maxLength={40}
      />
      <TextField
        form={FORM}
        name="companyName"
        label={PROFILE_LABELS.companyName}
        error={errors.companyName}
        value={input.companyName}
        onChange={set('companyName')}
        autoComplete="organization"
        maxLength={200}
      />
      <TextField
        form={FORM}
        name="address"
        label={PROFILE_LABELS.address}
        error={errors.address}
        value={input.address}
        onChange={set('address')}
        autoComplete="street-address"
        maxLength={400}
      />
      <TextField
        form={FORM}
        name="phone"
        type="tel"
        label={PROFILE_LABELS.phone}
        hint="Un numéro où le SAU et le bureau peuvent vous joindre."
        error={errors.phone}
        value={input.phone}
        onChange={set('phone')}
        autoComplete="tel"
        maxLength={30}
      />
      <TextField
        form={FORM}
        name="officeName"
        label={PROFILE_LABELS.officeName}
        hint="Le bureau à informer du déclenchement."
        error={errors.officeName}
        value={input.officeName}
        onChange={set('officeName')}
        maxLength={200}
      />
      <TextField
        form={FORM}
        name="officeEmail"
        type="email"
        label={PROFILE_LABELS.officeEmail}
        error={errors.officeEmail}
        value={input.officeEmail}
        onChange={set('officeEmail')}
        autoComplete="email"
        maxLength={200}
      />
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
