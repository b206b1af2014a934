import { useEffect, useState, type FormEvent } from 'react';
import { generatePath, Link } from 'react-router';
import { changeText } from '../../content/fr/storageMessages';
import { isStorageFailure } from '../../lib/storage';
import { isoDay } from '../../lib/time';
import { useStore } from '../../lib/useStore';
import { PAGE_PATHS } from '../../routes';
import { bindField, hasDraft, useDraft } from '../../ui/drafts';
import { Notice } from '../../ui/Notice';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CheckboxField, Field, TextField } from '../../ui/Field';
import { useFocusOnChange } from '../../ui/useFocusOnChange';
import { addDocument, type DocumentProblems } from '../documents';
import { CONSIGNEE_MAX, LRN_MAX } from '../schema';
import { nextLrn, yearOf, type SeriesDeviation } from '../series';
import { unsettledOf } from '../reduce';
import { registerLog } from '../log';
import { registerStore } from '../store';
import { deviationText, documentProblemText } from '../texts';
import { REGISTER_TEXT } from '../texts';
import { useNow } from '../../ui/useNow';

const T = REGISTER_TEXT.add;

const FORM = 'lrn';
const DRAFT = 'register:add-document';
type Fields = 'lrn' | 'date' | 'consigneeName' | 'consigneeIdentification' | 'confirm';
const FIELDS = ['lrn', 'date', 'consigneeName', 'consigneeIdentification', 'episode'] as const;

/**
 * Registers a paper document in the open episode. The next LRN of the series of the document's year is
 * taken when the field is left empty; an LRN that breaks the series is shown with what it skips, and taken
 * only once the user confirms it (the register keeps that confirmation). Once registered, its form is one
 * link away. What is typed is kept as a draft until the document is registered.
 */
/**
 * No episode open, and a document typed in the last one is kept (it ended in this tab or another, now or
 * before the page was loaded): said under the episode's heading, where the focus goes when it ends, and where
 * the page opens; what was typed comes back with the next episode.
 */
export function DocumentKeptNotice() {
  const [kept] = useState(() => hasDraft(DRAFT));
  return kept ? <Notice>{T.episodeEnded}</Notice> : null;
}

export function AddDocumentForm() {
  const { value: register, heads, conflicts } = useStore(registerStore);
  // Set differently in two copies: nothing is drawn up, nor offered, until the user chooses (at the top).
  const unsettled = unsettledOf(conflicts);
  // Today by default, as long as the date is not typed: the day the document is registered.
  const today = isoDay(useNow());
  const draft = useDraft<Fields>(DRAFT, {
    lrn: '',
    date: today,
    consigneeName: '',
    consigneeIdentification: '',
    confirm: '',
  });
  const { values } = draft;
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const bind = (field: Fields) => bindField(FORM, draft, errors, field);
  const [deviation, setDeviation] = useState<{ lrn: string; date: string; d: SeriesDeviation } | null>(null);
  /** The document this form drew up last: its LRN and its `document.added` event. */
  const [added, setAdded] = useState<{ lrn: string; event: string } | null>(null);
  const status = useFocusOnChange<HTMLDivElement>(added?.event ?? null);
  // Another tab (or device) may have drawn up the same LRN at the same moment, its write arriving after this
  // one: the register keeps the first, and this form says so as soon as it knows.
  const lost = added !== null && heads.documents.get(added.lrn) !== added.event;
  // Until it is settled at the top of the page (drawn up anew, or voided): then that notice says what became of it.
  const takenMeanwhile = lost && conflicts.some((c) => c.kind === 'lrnTwice' && c.id === added.event);
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(values.date);
  const suggestion = nextLrn(register.prefix, yearOf(validDate ? values.date : today), register.documents);
  const pending =
    deviation && deviation.lrn === values.lrn.trim().toUpperCase() && deviation.date === values.date ? deviation : null;
  const confirmed = pending !== null && values.confirm === 'yes';
  // An LRN out of the series: the confirmation it needs, at the field, takes the focus.
  useEffect(() => {
    if (deviation) document.getElementById(`${FORM}-confirm`)?.focus();
  }, [deviation]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const before = new Set(registerLog.getSnapshot().events.map((e) => e.id));
    const result = registerStore.apply((r, conflictsNow) =>
      addDocument(r, values, new Date(), confirmed ? pending.d : null, unsettledOf(conflictsNow)),
    );
    if (result.ok || (isStorageFailure(result.problem) && !changeText(result, () => ''))) {
      // The document drawn up: this tab's new event (wherever the clock put it in the register).
      const made = registerLog
        .getSnapshot()
        .events.find((e) => e.type === 'document.added' && !before.has(e.id) && registerLog.isOwn(e.id));
      setErrors({});
      setDeviation(null);
      setAdded(made?.type === 'document.added' ? { lrn: made.document.lrn, event: made.id } : null);
      draft.clear();
      return;
    }
    setAdded(null);
    const problem = result.problem;
    if (isStorageFailure(problem)) return setErrors({ episode: changeText(result, () => '') ?? '' });
    if (problem.deviation) {
      setErrors({});
      setDeviation({ lrn: values.lrn.trim().toUpperCase(), date: values.date, d: problem.deviation });
      draft.set('confirm', '');
      return;
    }
    const lrn = values.lrn.trim() === '' ? suggestion : values.lrn;
    // A day the browser could not read (31/02) reaches the form empty: said as such, not as missing.
    const unreadable = (document.getElementById(`${FORM}-date`) as HTMLInputElement | null)?.validity.badInput;
    const problems = { ...(problem as DocumentProblems), ...(unreadable ? { date: 'invalid' as const } : {}) };
    setErrors(Object.fromEntries(FIELDS.map((f) => [f, documentProblemText(f, problems, lrn)])));
  };

  return (
    <section className="panel add-document no-print" aria-labelledby="register-add-title">
      <h2 id="register-add-title">{T.title}</h2>
      <div ref={status} tabIndex={-1}>
        {added && takenMeanwhile && (
          <div className="notice notice-warning" role="alert">
            <p>{T.takenMeanwhile(added.lrn)}</p>
          </div>
        )}
        {added && !lost && (
          <div className="notice notice-info">
            <p>
              {T.added(added.lrn)}{' '}
              <Link to={generatePath(PAGE_PATHS.form, { lrn: added.lrn })}>{T.print(added.lrn)}</Link>
            </p>
            <p className="note">{T.next(suggestion)}</p>
          </div>
        )}
      </div>
      {unsettled ? (
        <p className="notice notice-warning">{documentProblemText('episode', { unsettled }, '')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <ErrorSummary form={FORM} errors={errors} attempt={errors} />
          {errors.episode && (
            <p className="error-message" id={`${FORM}-episode`}>
              {errors.episode}
            </p>
          )}
          <Field
            id={`${FORM}-lrn`}
            label={T.lrn}
            need="optional"
            hint={T.lrnHint(suggestion, LRN_MAX)}
            error={errors.lrn}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                value={values.lrn}
                placeholder={suggestion}
                autoComplete="off"
                spellCheck={false}
                onChange={(e) => draft.set('lrn', e.target.value)}
              />
            )}
          </Field>
          {pending && (
            <div className="notice notice-warning" role="alert">
              {/* What is to be confirmed, and why: said with the box, which takes the focus. */}
              <CheckboxField
                id={`${FORM}-confirm`}
                label={T.confirm}
                hint={deviationText(pending.d, pending.lrn)}
                value={values.confirm}
                onChange={(v) => draft.set('confirm', v)}
              />
              <p className="note">{T.otherwise(pending.d.expected)}</p>
            </div>
          )}
          <TextField {...bind('date')} label={T.date} need="required" hint={T.dateHint} type="date" max={today} />
          <TextField
            {...bind('consigneeName')}
            label={T.consigneeName}
            need="required"
            type="text"
            maxLength={CONSIGNEE_MAX.name}
          />
          <TextField
            {...bind('consigneeIdentification')}
            label={T.consigneeIdentification}
            need="optional"
            hint={T.consigneeIdentificationHint}
            type="text"
            maxLength={CONSIGNEE_MAX.identification + 4}
            autoComplete="off"
            spellCheck={false}
          />
          <button type="submit" className="button">
            {confirmed ? T.confirmSave : T.save}
          </button>
        </form>
      )}
    </section>
  );
}
