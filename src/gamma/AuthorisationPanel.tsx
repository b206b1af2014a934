import { useState, type FormEvent } from 'react';
import { formatLocalValue, LOCAL_DATE_TIME, localDateTimeValue } from '../lib/time';
import { useStore } from '../lib/useStore';
import { ErrorSummary, fieldId, TextField } from '../ui/form';
import { AUTHORISER_LABELS, AUTHORISERS, type Authorisation, type Authoriser } from './register';
import { registerStore } from './registerStore';

const FORM = 'authorisation';

/** Records who authorised the backup procedure, when, and the assistance request's reference if any. */
export function AuthorisationPanel() {
  const register = useStore(registerStore);
  const saved = register.value.authorisation;
  const [editing, setEditing] = useState(!saved);
  const [by, setBy] = useState<Authoriser | ''>(saved?.by ?? '');
  const [at, setAt] = useState(() => saved?.at ?? localDateTimeValue(new Date()));
  const [daReference, setDaReference] = useState(saved?.daReference ?? '');
  const [errors, setErrors] = useState<Partial<Record<'by' | 'at' | 'daReference', string>>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (by === '') next.by = 'Indiquez qui a autorisé la procédure de secours.';
    if (!LOCAL_DATE_TIME.test(at)) next.at = 'Indiquez la date et l’heure de l’autorisation.';
    if (daReference.trim().length > 60) next.daReference = 'La référence ne doit pas dépasser 60 caractères.';
    setErrors(next);
    if (Object.keys(next).length > 0 || by === '') return;
    const authorisation: Authorisation = { by, at, ...(daReference.trim() ? { daReference: daReference.trim() } : {}) };
    registerStore.update((r) => ({ ...r, authorisation }));
    setEditing(false);
  };

  return (
    <section className="panel" aria-labelledby="authorisation-title">
      <h2 id="authorisation-title">Autorisation de la procédure de secours</h2>
      {!editing && saved ? (
        <>
          <p>
            Autorisée par {AUTHORISER_LABELS[saved.by].toLowerCase()} le {formatLocalValue(saved.at)}
            {saved.daReference ? `, demande d’assistance ${saved.daReference}` : ''}.
          </p>
          <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
            Modifier l'autorisation
          </button>
        </>
      ) : (
        <>
          <p className="print-only">
            Autorisée par : ☐ le SAU du CID ☐ le service gestionnaire, le ____/____/________ à ____ h ____ ; demande
            d'assistance n° ____________________
          </p>
          <form onSubmit={submit} noValidate>
            <ErrorSummary form={FORM} errors={errors} />
            <fieldset
              className={errors.by ? 'fieldset field-error' : 'fieldset'}
              aria-describedby={errors.by ? `${FORM}-by-error` : undefined}
            >
              <legend className="label">Qui a autorisé la procédure de secours ?</legend>
              {errors.by && (
                <p className="error-message" id={`${FORM}-by-error`}>
                  <span className="visually-hidden">Erreur : </span>
                  {errors.by}
                </p>
              )}
              <div className="radios">
                {AUTHORISERS.map((value, i) => (
                  <div className="radio" key={value}>
                    <input
                      type="radio"
                      name="by"
                      id={i === 0 ? fieldId(FORM, 'by') : `${FORM}-by-${value}`}
                      checked={by === value}
                      onChange={() => setBy(value)}
                    />
                    <label htmlFor={i === 0 ? fieldId(FORM, 'by') : `${FORM}-by-${value}`}>
                      {AUTHORISER_LABELS[value]}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
            <TextField
              form={FORM}
              name="at"
              type="datetime-local"
              label="Date et heure de l'autorisation"
              hint="Heure de Paris."
              error={errors.at}
              value={at}
              onChange={(e) => setAt(e.target.value)}
            />
            <TextField
              form={FORM}
              name="daReference"
              label="Référence de la demande d'assistance (facultatif)"
              error={errors.daReference}
              value={daReference}
              maxLength={60}
              autoComplete="off"
              onChange={(e) => setDaReference(e.target.value)}
            />
            <button type="submit" className="button">
              Enregistrer l'autorisation
            </button>
          </form>
        </>
      )}
    </section>
  );
}
