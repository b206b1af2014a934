import { useState, type FormEvent } from 'react';
import { formatLocalValue, localDateTimeValue } from '../lib/time';
import { ErrorSummary, fieldId, TextField } from '../ui/form';
import { TimeForm } from '../ui/TimeEdit';
import {
  AUTHORISERS,
  documentsOf,
  endEpisode,
  openEpisode,
  openEpisodeOf,
  setAuthorisation,
  type Authoriser,
  type Episode,
  type EpisodeProblem,
} from './register';
import { AUTHORISER_LABELS, authorisationText, episodeProblemText } from './texts';
import { useLrnRegister } from './useLrnRegister';

const FORM = 'episode';

/**
 * The outage episode: opened from the diagnosis (or resumed if one is open), with who authorised the
 * backup procedure and when; ended once GAMMA 2 works again.
 * @param authorisedBy `meteo` when the diagnosis found the malfunction on the météo; null to ask.
 */
export function EpisodePanel({ authorisedBy = null }: { authorisedBy?: Authoriser | null }) {
  const { register, apply } = useLrnRegister();
  const episode = openEpisodeOf(register);
  return (
    <section className="panel" aria-labelledby="episode-title">
      <h2 id="episode-title">Épisode de panne</h2>
      {episode ? (
        <OpenEpisode episode={episode} hasDocuments={documentsOf(register, episode.id).length > 0} apply={apply} />
      ) : (
        <>
          <p>
            Chaque document de secours appartient à un épisode de panne, qui garde qui a autorisé la procédure de
            secours et quand. Son formulaire imprimé reprend cette autorisation. (Organisation propre à l’outil, pour
            garder trace de l’autorisation ; le logigramme ne la prévoit pas.)
          </p>
          <AuthorisationForm
            preset={authorisedBy}
            submitLabel="Ouvrir l’épisode de panne"
            onSubmit={(input) => {
              const result = apply((r) => openEpisode(r, input, new Date()));
              return result.ok ? [] : result.problems;
            }}
          />
        </>
      )}
    </section>
  );
}

function OpenEpisode({
  episode,
  hasDocuments,
  apply,
}: {
  episode: Episode;
  hasDocuments: boolean;
  apply: ReturnType<typeof useLrnRegister>['apply'];
}) {
  const [editing, setEditing] = useState(false);
  const [ending, setEnding] = useState(false);
  const editable = !episode.authorisation || !hasDocuments;
  return (
    <>
      <p>
        <strong>En cours depuis le {formatLocalValue(episode.startedAt)}.</strong>{' '}
        {authorisationText(episode.authorisation)}.
      </p>
      {editing ? (
        <AuthorisationForm
          preset={null}
          initial={episode.authorisation ?? undefined}
          submitLabel="Enregistrer l’autorisation"
          onCancel={() => setEditing(false)}
          onSubmit={(input) => {
            const result = apply((r) => setAuthorisation(r, episode.id, input, new Date()));
            if (result.ok) setEditing(false);
            return result.ok ? [] : result.problems;
          }}
        />
      ) : (
        editable && (
          <p className="no-print">
            <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
              {episode.authorisation ? 'Modifier l’autorisation' : 'Indiquer l’autorisation'}
            </button>
          </p>
        )
      )}
      {ending ? (
        <TimeForm
          draft={`register:episode-end:${episode.id}`}
          label="Fin de l’épisode : GAMMA 2 fonctionne de nouveau"
          hint="Heure de Paris. Intégrez ensuite immédiatement les données des documents papier dans GAMMA 2."
          submitLabel="Terminer l’épisode"
          onCancel={() => setEnding(false)}
          onSave={(at) => {
            const result = apply((r) => endEpisode(r, episode.id, at, new Date()));
            return result.ok ? null : result.problems.map(episodeProblemText).join(' ');
          }}
        />
      ) : (
        <p className="no-print">
          <button type="button" className="button button-secondary" onClick={() => setEnding(true)}>
            GAMMA 2 fonctionne de nouveau : terminer l’épisode…
          </button>
        </p>
      )}
    </>
  );
}

type Input = { by: Authoriser | ''; at: string; daReference: string };

/** Who authorised the backup procedure, when, and the DA reference if any. */
function AuthorisationForm({
  preset,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  preset: Authoriser | null;
  initial?: { by: Authoriser; at: string; daReference?: string | undefined };
  submitLabel: string;
  onSubmit: (input: Input) => EpisodeProblem[];
  onCancel?: () => void;
}) {
  const [by, setBy] = useState<Authoriser | ''>(initial?.by ?? preset ?? '');
  const [at, setAt] = useState(() => initial?.at ?? localDateTimeValue(new Date()));
  const [daReference, setDaReference] = useState(initial?.daReference ?? '');
  const [errors, setErrors] = useState<Partial<Record<'by' | 'at' | 'daReference' | 'episode', string>>>({});
  const choices = preset ? [preset] : AUTHORISERS;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = onSubmit({ by, at, daReference });
    const next: typeof errors = {};
    for (const p of problems)
      next[p.field === 'startedAt' || p.field === 'endedAt' ? 'at' : p.field] = episodeProblemText(p);
    setErrors(next);
  };

  return (
    <form onSubmit={submit} noValidate className="no-print">
      <ErrorSummary form={FORM} errors={errors} />
      {errors.episode && <p className="error-message">{errors.episode}</p>}
      <fieldset
        className={errors.by ? 'fieldset field-error' : 'fieldset'}
        aria-describedby={errors.by ? `${FORM}-by-error` : undefined}
      >
        <legend className="label">Qui a autorisé la procédure de secours ?</legend>
        {errors.by && (
          <p className="error-message" id={`${FORM}-by-error`}>
            <span className="visually-hidden">Erreur : </span>
            {errors.by}
          </p>
        )}
        <div className="radios">
          {choices.map((value, i) => (
            <div className="radio" key={value}>
              <input
                type="radio"
                name={`${FORM}-by`}
                id={i === 0 ? fieldId(FORM, 'by') : `${FORM}-by-${value}`}
                checked={by === value}
                onChange={() => setBy(value)}
              />
              <label htmlFor={i === 0 ? fieldId(FORM, 'by') : `${FORM}-by-${value}`}>{AUTHORISER_LABELS[value]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <TextField
        form={FORM}
        name="at"
        type="datetime-local"
        label={
          by === 'meteo'
            ? 'Date et heure où le dysfonctionnement a été constaté sur la météo'
            : 'Date et heure de l’autorisation'
        }
        hint="Heure de Paris."
        error={errors.at}
        value={at}
        onChange={(e) => setAt(e.target.value)}
      />
      {by !== 'meteo' && (
        <TextField
          form={FORM}
          name="daReference"
          label="Référence de la demande d’assistance (facultatif)"
          error={errors.daReference}
          value={daReference}
          maxLength={60}
          autoComplete="off"
          onChange={(e) => setDaReference(e.target.value)}
        />
      )}
      <button type="submit" className="button">
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Annuler
        </button>
      )}
    </form>
  );
}
