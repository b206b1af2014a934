import { useEffect, useState, type FormEvent, type ReactNode, useSyncExternalStore } from 'react';
import { generatePath, Link } from 'react-router';
import { changeText } from '../../content/fr/storageMessages';
import { formatDateTime, formatLocalValue } from '../../lib/time';
import { PAGE_PATHS } from '../../routes';
import { draftsStore, useDraft, useOpenFormWithFocus, withDrafts } from '../../ui/drafts';
import { Notice } from '../../ui/Notice';
import { CheckboxField, TextField } from '../../ui/Field';
import { TimeForm } from '../../ui/TimeEdit';
import { mailtoHref } from '../../ui/links';
import { useFocusOnChange } from '../../ui/useFocusOnChange';
import {
  documentState,
  milestoneNotBefore,
  nextMilestone,
  recordMilestone,
  voidDocument,
  type MilestoneProblems,
} from '../documents';
import { MILESTONES, type BackupDocument, type MilestoneName } from '../schema';
import { registerStore } from '../store';
import { useStore } from '../../lib/useStore';
import {
  consigneeText,
  COPY_TEXT,
  deviationNote,
  MILESTONE_ACTIONS,
  MILESTONE_LABELS,
  milestoneDate,
  milestoneProblemText,
  STATE_LABELS,
  voidProblemText,
  withoutCopyNote,
} from '../texts';
import { REGISTER_TEXT } from '../texts';

const T = REGISTER_TEXT.document;

/**
 * One paper document: its LRN, date and consignee, its milestones with their dates, and the one milestone
 * it awaits next, in S2's order; its form to print; corrections and « Annuler ce document » folded below.
 */
export function DocumentCard({ document: d, episodeEnded }: { document: BackupDocument; episodeEnded: boolean }) {
  const state = documentState(d);
  // To the card's line once a milestone is recorded; never from a field being typed in (another tab's record).
  const head = useFocusOnChange<HTMLParagraphElement>(state, true);
  // The milestones whose record form has a draft (./drafts.ts): a time typed for a milestone recorded
  // meanwhile keeps its form. Read as one string: the card is drawn again when that changes, not at each key.
  const drafted = useSyncExternalStore(
    draftsStore.subscribe,
    () => withDrafts(MILESTONES.map((m) => milestoneFormKey(d, 'record', m))).join(),
    () => '',
  );
  const next = nextMilestone(d);
  // Once GAMMA 2 works again, the data are entered at once, whatever else is still to record.
  const awaited = [next, episodeEnded && next !== 'entered' && !d.entered ? 'entered' : null].filter(
    (m): m is MilestoneName => m !== null,
  );
  // A time typed here for a milestone recorded meanwhile (another tab, a backup restored): its form stays,
  // with what was typed, to correct the time recorded or to cancel. Never gone under the user.
  const actions = [
    ...awaited,
    ...MILESTONES.filter(
      (m) => d[m] && !awaited.includes(m) && drafted.split(',').includes(milestoneFormKey(d, 'record', m)),
    ),
  ];
  const id = `doc-${d.lrn}`;
  return (
    <li className={d.voided ? 'doc-card voided' : 'doc-card'} aria-labelledby={`${id}-lrn`}>
      <p className="doc-head" ref={head} tabIndex={-1}>
        <span className="lrn" id={`${id}-lrn`}>
          {d.lrn}
        </span>{' '}
        <span className={d.voided ? 'doc-status doc-status-voided' : 'doc-status'}>{STATE_LABELS[state]}</span>
      </p>
      <dl className="doc-facts">
        <Fact term={T.established}>{formatLocalValue(d.date)}</Fact>
        <Fact term={T.consignee}>{consigneeText(d) || T.unknown}</Fact>
        {MILESTONES.map(
          (m) =>
            d[m] && (
              <Fact key={m} term={MILESTONE_LABELS[m]}>
                {milestoneDate(d[m])}
                {m === 'entered' && d.entered?.arc ? T.arc(d.entered.arc) : ''}
              </Fact>
            ),
        )}
      </dl>
      {d.deviation && <p className="note">{deviationNote(d.deviation)}</p>}
      {d.entered?.withoutCopyConfirmedAt && <p className="note">{withoutCopyNote(d.entered.withoutCopyConfirmedAt)}</p>}
      {d.voided && <p className="void-note">{T.voided(formatDateTime(new Date(d.voided.at)), d.voided.reason)}</p>}
      {!d.voided && (
        <div className="doc-tools no-print">
          {actions.map((m) => (
            <MilestoneForm key={m} document={d} name={m} mode="record" onCorrected={() => head.current?.focus()} />
          ))}
          <p className="doc-links">
            <Link to={generatePath(PAGE_PATHS.form, { lrn: d.lrn })}>
              {T.print}
              <span className="visually-hidden"> {d.lrn}</span>
            </Link>
          </p>
          <details className="doc-more">
            <summary>
              {T.correctOrVoid}
              <span className="visually-hidden">{T.theDocument(d.lrn)}</span>
            </summary>
            {MILESTONES.filter((m) => d[m]).map((m) => (
              <MilestoneForm key={m} document={d} name={m} mode="correct" />
            ))}
            <VoidForm document={d} />
          </details>
        </div>
      )}
    </li>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term} :</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * Records a milestone, or corrects its time: a button that opens a time form in place (kept as a draft).
 * « Saisi dans GAMMA 2 » also takes the ARC, and, with no copy recorded as sent, a confirmation.
 */
function MilestoneForm({
  document: d,
  name,
  mode,
  onCorrected,
}: {
  document: BackupDocument;
  name: MilestoneName;
  mode: 'record' | 'correct';
  /** Recorded meanwhile elsewhere, and corrected here: the form is gone, the focus goes there. */
  onCorrected?: () => void;
}) {
  const key = milestoneFormKey(d, mode, name);
  // Opened to record it, and recorded meanwhile elsewhere: what is typed corrects it.
  const meanwhile = mode === 'record' && d[name] ? milestoneDate(d[name]) : null;
  const [open, setOpen] = useOpenFormWithFocus(key);
  const register = useStore(registerStore).value;
  const action = MILESTONE_ACTIONS[name];
  const needsConfirmation = name === 'entered' && !d.copySent;
  // Recorded meanwhile elsewhere, and its form left: nothing more to record here.
  if (!open && meanwhile) return null;
  if (!open)
    return (
      <>
        {name === 'copySent' && mode === 'record' && <SendCopy document={d} />}
        <p className="milestone-action">
          <button
            type="button"
            className={mode === 'record' ? 'button button-small' : 'button-link'}
            onClick={() => setOpen(true)}
          >
            {mode === 'record' ? action.button : T.correctMilestone(MILESTONE_LABELS[name])}
            <span className="visually-hidden">{T.ofDocument(d.lrn)}</span>
          </button>
        </p>
      </>
    );
  return (
    <>
      {meanwhile && <Notice tone="warning">{T.recordedMeanwhile(MILESTONE_LABELS[name], meanwhile)}</Notice>}
      <TimeForm<'arc' | 'withoutCopy'>
        draft={key}
        label={T.milestoneLabel(action.time, d.lrn)}
        hint={action.hint}
        submitLabel={mode === 'record' && !meanwhile ? T.save : T.saveCorrection}
        {...(d[name]?.at ? { initial: d[name].at } : {})}
        notBefore={milestoneNotBefore(register, d, name)}
        extra={{ arc: d.entered?.arc ?? '', withoutCopy: '' }}
        onCancel={() => setOpen(false)}
        renderFields={(values, set) =>
          name === 'entered' && (
            <>
              <TextField
                id={`${key}-arc`.replace(/[^a-zA-Z0-9-]/g, '-')}
                label={T.arcLabel}
                need="optional"
                hint={T.arcHint}
                type="text"
                maxLength={30}
                autoComplete="off"
                spellCheck={false}
                value={values.arc}
                onChange={(v) => set('arc', v)}
              />
              {needsConfirmation && !d.entered?.withoutCopyConfirmedAt && (
                <CheckboxField
                  id={`${key}-without-copy`.replace(/[^a-zA-Z0-9-]/g, '-')}
                  label={T.withoutCopy}
                  value={values.withoutCopy}
                  onChange={(v) => set('withoutCopy', v)}
                />
              )}
            </>
          )
        }
        onSave={(at, values) => {
          const result = registerStore.apply((r) =>
            recordMilestone(
              r,
              d.lrn,
              name,
              { at, arc: values.arc, withoutCopy: values.withoutCopy === 'yes' },
              new Date(),
            ),
          );
          const message = changeText(result, (p: MilestoneProblems) =>
            (Object.keys(p) as (keyof MilestoneProblems)[]).map((f) => milestoneProblemText(f, p)).join(' '),
          );
          if (message === null) setOpen(false);
          if (message === null && meanwhile) onCorrected?.();
          return message;
        }}
      />
    </>
  );
}

/** The key of a milestone's form (its draft, whether it is open). */
const milestoneFormKey = (d: BackupDocument, mode: 'record' | 'correct', name: MilestoneName) =>
  `register:${d.lrn}:${mode}:${name}`;

/** « Annuler ce document »: asks for the reason; the document keeps its LRN and shows « Annulé ». */
function VoidForm({ document: d }: { document: BackupDocument }) {
  const key = `register:${d.lrn}:void`;
  const [open, setOpen] = useOpenFormWithFocus(key);
  const draft = useDraft<'reason'>(key, { reason: '' });
  const [error, setError] = useState<{ text: string } | null>(null);
  const id = `doc-${d.lrn}-void`;
  // A refusal takes the focus to its field, where the message is read with it: each attempt anew, even when
  // the field had the focus already (sent with Enter), so that the message is read again.
  useEffect(() => {
    const field = error ? document.getElementById(id) : null;
    if (field === document.activeElement) field?.blur();
    field?.focus();
  }, [error, id]);
  if (!open)
    return (
      <p>
        <button type="button" className="button-link" onClick={() => setOpen(true)}>
          {T.void}
          <span className="visually-hidden"> {d.lrn}</span>
        </button>
      </p>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = registerStore.apply((r) => voidDocument(r, d.lrn, draft.values.reason, new Date()));
    const message = changeText(result, voidProblemText);
    setError(message === null ? null : { text: message });
    if (message === null) draft.clear();
  };
  return (
    <form className="confirm" noValidate onSubmit={submit}>
      <p className="confirm-question">{T.voidQuestion(d.lrn)}</p>
      <TextField
        id={id}
        label={T.voidReason}
        need="required"
        error={error?.text ?? null}
        type="text"
        maxLength={300}
        value={draft.values.reason}
        onChange={(v) => draft.set('reason', v)}
      />
      <p className="confirm-actions">
        <button type="submit" className="button button-warning">
          {T.voidConfirm(d.lrn)}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            draft.clear();
            setOpen(false);
          }}
        >
          {T.keep}
        </button>
      </p>
    </form>
  );
}

/** The way to send the copy before the movement: an e-mail to start (the form is printed from its link above). */
function SendCopy({ document: d }: { document: BackupDocument }) {
  const operator = useStore(registerStore).value.operator;
  const body = COPY_TEXT.body(d.lrn, formatLocalValue(d.date), consigneeText(d), operator.name);
  return (
    <div className="milestone-send">
      <p className="note">{COPY_TEXT.advice}</p>
      <p>
        <a className="button button-small button-secondary" href={mailtoHref('', COPY_TEXT.subject(d.lrn), body)}>
          {COPY_TEXT.write}
          <span className="visually-hidden">{T.ofDocument(d.lrn)}</span>
        </a>
      </p>
    </div>
  );
}
