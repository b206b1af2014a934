import { useState, type FormEvent } from 'react';
import { changeText } from '../../content/fr/storageMessages';
import { localDateTimeValue, slack } from '../../lib/time';
import { useStore } from '../../lib/useStore';
import { bindField, useDraft, useOpenFormWithFocus } from '../../ui/drafts';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { FieldSet, FormActions, TextField } from '../../ui/Field';
import { TimeForm } from '../../ui/TimeEdit';
import { useFocusOnChange } from '../../ui/useFocusOnChange';
import { isStorageFailure, type StorageFailure } from '../../lib/storage';
import type { Result } from '../../lib/result';
import {
  correctEpisode,
  documentsOf,
  endEpisode,
  episodeEndNotBefore,
  openEpisode,
  openEpisodeOf,
  type EpisodeInput,
  type EpisodeProblems,
} from '../episodes';
import type { Authoriser, Episode, Register } from '../schema';
import { registerStore } from '../store';
import {
  AUTHORISER_LABELS,
  authorisationText,
  authorisationTimeLabel,
  episodeProblemText,
  episodeTitle,
} from '../texts';
import { REGISTER_TEXT } from '../texts';
import { useNow } from '../../ui/useNow';
import { DocumentKeptNotice } from './AddDocumentForm';

const T = REGISTER_TEXT.episode;

const FORM = 'episode';
type Fields = 'startedAt' | 'by' | 'at' | 'daReference';
const FIELDS: readonly Fields[] = ['startedAt', 'by', 'at', 'daReference'];

/**
 * The outage episode: opened with when the outage started and how the backup procedure was authorised
 * (as the diagnosis found it, when it comes from one), corrected while none of its documents was drawn
 * up, and ended once GAMMA 2 works again.
 * @param allowed the authorisations the diagnosis allows: the météo path gives the météo only; the
 * authorisation path, the SAU or the managing service; no diagnosis, any.
 */
/** What a new episode's form starts with, when known elsewhere (help-desk mode: the facts of the call). */
export interface EpisodeSuggestion {
  readonly by?: Authoriser;
  /** When the authorisation was given, as a datetime-local value. */
  readonly at?: string;
}

export function EpisodeSection({
  allowed,
  suggested = {},
}: {
  allowed: readonly Authoriser[];
  suggested?: EpisodeSuggestion;
}) {
  const register = useStore(registerStore).value;
  const episode = openEpisodeOf(register);
  const status = useFocusOnChange<HTMLHeadingElement>(episode?.id ?? 'none');
  return (
    <section className="panel no-print" aria-labelledby="episode-title">
      <h2 id="episode-title" ref={status} tabIndex={-1}>
        {episode ? episodeTitle(episode) : T.title}
      </h2>
      {episode ? (
        <>
          <OpenEpisode
            episode={episode}
            editable={!episode.authorisation || documentsOf(register, episode.id).length === 0}
            allowed={allowed}
          />
          {/* Another episode left open by a second copy of the register (a conflict the page reports): its own
              end, so that it can be closed. */}
          {register.episodes
            .filter((e) => e.endedAt === undefined && e.id !== episode.id)
            .map((e) => (
              <div key={e.id} className="other-episode">
                <h3>{episodeTitle(e)}</h3>
                <OpenEpisode episode={e} editable={false} allowed={allowed} />
              </div>
            ))}
        </>
      ) : (
        <>
          <DocumentKeptNotice />
          <p>{T.intro}</p>
          <EpisodeForm
            draft="register:episode-open"
            allowed={allowed}
            suggested={suggested}
            submitLabel={T.open}
            onSubmit={(input) => registerStore.apply((r) => openEpisode(r, input, new Date()))}
          />
        </>
      )}
    </section>
  );
}

function OpenEpisode({
  episode,
  editable,
  allowed,
}: {
  episode: Episode;
  editable: boolean;
  allowed: readonly Authoriser[];
}) {
  const [editing, setEditing] = useOpenFormWithFocus(`register:episode-correct:${episode.id}`);
  const [ending, setEnding] = useOpenFormWithFocus(`register:episode-end:${episode.id}`);
  return (
    <>
      <p>{authorisationText(episode.authorisation)}</p>
      {editing && editable ? (
        <EpisodeForm
          draft={`register:episode-correct:${episode.id}`}
          allowed={allowed}
          initial={episode}
          submitLabel={T.saveCorrection}
          onCancel={() => setEditing(false)}
          onSubmit={(input) => {
            const result = registerStore.apply((r) => correctEpisode(r, episode.id, input, new Date()));
            if (result.ok) setEditing(false);
            return result;
          }}
        />
      ) : (
        editable && (
          <p className="no-print">
            <button type="button" className="button-link" onClick={() => setEditing(true)}>
              {episode.authorisation ? T.correct : T.authorise}
            </button>
          </p>
        )
      )}
      {ending ? (
        <TimeForm
          draft={`register:episode-end:${episode.id}`}
          label={T.endLabel}
          hint={T.endHint}
          submitLabel={T.end}
          notBefore={episodeEndNotBefore(episode)}
          onCancel={() => setEnding(false)}
          onSave={(at) => {
            const result = registerStore.apply((r) => endEpisode(r, episode.id, at, new Date()));
            return changeText(
              result,
              (p) => episodeProblemText('endedAt', p) ?? episodeProblemText('episode', p) ?? '',
            );
          }}
        />
      ) : (
        <p className="no-print">
          <button type="button" className="button button-secondary" onClick={() => setEnding(true)}>
            {T.endAsk}
          </button>
        </p>
      )}
    </>
  );
}

/** When the outage started, how the procedure was authorised and when, the DA reference if any. */
function EpisodeForm({
  draft: key,
  allowed,
  initial,
  suggested = {},
  submitLabel,
  onSubmit,
  onCancel,
}: {
  draft: string;
  allowed: readonly Authoriser[];
  initial?: Episode;
  suggested?: EpisodeSuggestion;
  submitLabel: string;
  onSubmit: (input: EpisodeInput) => Result<Register, EpisodeProblems | StorageFailure>;
  onCancel?: () => void;
}) {
  const clock = useNow();
  const now = localDateTimeValue(clock);
  // A phone's clock a few minutes behind the user's watch: a time just ahead of it is not refused.
  const max = localDateTimeValue(slack(clock));
  const choices =
    initial?.authorisation && !allowed.includes(initial.authorisation.by)
      ? [...allowed, initial.authorisation.by]
      : allowed;
  const draft = useDraft<Fields>(key, {
    startedAt: initial?.startedAt ?? now,
    by: initial?.authorisation?.by ?? (choices.length === 1 ? choices[0]! : (suggested.by ?? '')),
    at: initial?.authorisation?.at ?? suggested.at ?? now,
    daReference: initial?.authorisation?.daReference ?? '',
  });
  const [errors, setErrors] = useState<Partial<Record<Fields | 'episode', string>>>({});
  const bind = (field: Fields) => bindField(FORM, draft, errors, field);
  const { values } = draft;
  const by = (choices as readonly string[]).includes(values.by) ? (values.by as Authoriser) : '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = onSubmit({ ...values, by });
    if (result.ok) {
      draft.clear();
      setErrors({});
      return;
    }
    const problem = result.problem;
    setErrors(
      isStorageFailure(problem)
        ? { episode: changeText(result, () => '') ?? '' }
        : Object.fromEntries(([...FIELDS, 'episode'] as const).map((f) => [f, episodeProblemText(f, problem)])),
    );
  };

  return (
    <form onSubmit={submit} noValidate className="no-print">
      <ErrorSummary form={FORM} errors={errors} attempt={errors} />
      {errors.episode && <p className="error-message">{errors.episode}</p>}
      <TextField
        {...bind('startedAt')}
        label={T.startedAt}
        need="required"
        hint={T.startedAtHint}
        type="datetime-local"
        max={max}
      />
      <FieldSet id={`${FORM}-by`} legend={T.by} need="required" error={errors.by} radios>
        <div className="radios">
          {choices.map((value) => (
            <div className="radio" key={value}>
              <input
                type="radio"
                name={`${FORM}-by`}
                id={`${FORM}-by-${value}`}
                checked={by === value}
                onChange={() => draft.set('by', value)}
              />
              <label htmlFor={`${FORM}-by-${value}`}>{AUTHORISER_LABELS[value]}</label>
            </div>
          ))}
        </div>
      </FieldSet>
      <TextField
        {...bind('at')}
        label={authorisationTimeLabel(by)}
        need="required"
        hint={T.atHint}
        type="datetime-local"
        max={max}
      />
      {by !== 'meteo' && (
        <TextField
          {...bind('daReference')}
          label={T.daReference}
          need="optional"
          type="text"
          maxLength={60}
          autoComplete="off"
        />
      )}
      <FormActions submitLabel={submitLabel} onCancel={onCancel} draft={draft} />
    </form>
  );
}
