import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatLocalValue } from '../../lib/time';
import { useDraft, useOpenForm } from '../../ui/drafts';
import { TextField, FormActions } from '../../ui/Field';
import { CorrectableTime } from '../../ui/TimeEdit';
import { filedDaText } from '../outgoing';
import type { Profile } from '../profile';
import { alertProblemText, changeMessage, stepProblemText } from '../refusals';
import { currentTime, latest } from '../schema';
import { correctAlertAt, correctDa, daRegisteredAt } from '../steps';
import { modeLabel, officeOpenWord, RECORD_TEXT as T, revisedText, serviceLabel, stampText } from '../texts';
import type { ServiceProps } from '../useIncident';
import { JournalSection } from './JournalSection';
import { MailsSection } from './MailsSection';

/** One online service of the incident: its DA's facts and times as filed, its journal, its e-mails. */
export function ServiceSection({ incident, record, actions, profile }: ServiceProps & { profile: Profile | null }) {
  const label = serviceLabel(record.service);
  const registered = daRegisteredAt(record);
  const filed = filedDaText(record);
  const da = record.da;
  const open = da ? latest(da.officeOpen) : undefined;
  return (
    <>
      <section className="panel service" aria-labelledby={`service-${record.service}`}>
        <h2 id={`service-${record.service}`}>{T.daTitle(label)}</h2>
        <dl className="refs">
          <div className="refs-row">
            <dt>{T.registered}</dt>
            <dd>{registered ? formatLocalValue(registered) : T.notRegistered}</dd>
          </div>
          {da && (
            <div className="refs-row">
              <dt>{T.number}</dt>
              <dd>
                <DaNumber {...{ incident, record, actions }} />
              </dd>
            </div>
          )}
          {da && open !== undefined && (
            <div className="refs-row">
              <dt>{T.officeOpen}</dt>
              <dd>
                {revisedText(da.officeOpen, officeOpenWord)}{' '}
                <button
                  type="button"
                  className="button-link button-tap no-print"
                  onClick={() => actions.record(() => correctDa(record, { officeOpen: !open }))}
                >
                  {open ? T.markClosed : T.markOpen}
                  <span className="visually-hidden"> – {label}</span>
                </button>
              </dd>
            </div>
          )}
          <div className="refs-row">
            <dt>{T.mode}</dt>
            <dd>{modeLabel(record.mode)}</dd>
          </div>
          <div className="refs-row">
            <dt>{T.alert}</dt>
            <dd>
              <span className="print-only">{stampText(record.alertAt)}</span>
              <span className="no-print">
                <CorrectableTime
                  draft={`incident:${incident.id}:alert:${record.service}`}
                  text={stampText(record.alertAt)}
                  value={currentTime(record.alertAt)}
                  label={T.alertLabel(label)}
                  onSave={(at) =>
                    changeMessage(
                      actions.record(() => correctAlertAt(record, at, new Date())),
                      alertProblemText,
                    )
                  }
                />
              </span>
              <p className="field-hint no-print">{T.alertHint}</p>
            </dd>
          </div>
        </dl>
        {filed && (
          <details className="record-details da-details">
            <summary>
              <h3>{T.daTextTitle}</h3>
            </summary>
            {filed.rewritten && <p className="note">{T.daTextRewritten}</p>}
            <pre className="text-block">{filed.body}</pre>
          </details>
        )}
      </section>
      <JournalSection incident={incident} record={record} actions={actions} />
      {profile && <MailsSection profile={profile} record={record} />}
    </>
  );
}

/** The DA's number, as given, with its corrections; « Corriger » gives another (an event). */
function DaNumber({ incident, record, actions }: ServiceProps) {
  const draft = `incident:${incident.id}:da-number:${record.service}`;
  const [editing, setEditing] = useOpenForm(draft);
  // What is typed is kept as a draft until saved or cancelled (a reload shows it again, where it was typed).
  const number = useDraft<'number'>(draft, { number: (record.da && latest(record.da.numbers)) ?? '' });
  const value = number.values.number;
  const [error, setError] = useState<string | null>(null);
  const label = serviceLabel(record.service);
  const fieldId = draft.replace(/[^a-zA-Z0-9-]/g, '-');
  const button = useRef<HTMLButtonElement>(null);
  // Left open by a reload: its field takes the focus, as a time correction's does.
  const toggled = useRef(editing);
  useEffect(() => {
    if (!toggled.current) return;
    toggled.current = false;
    if (editing) document.getElementById(fieldId)?.focus();
    else button.current?.focus();
  }, [editing, fieldId]);
  const toggle = (open: boolean) => {
    toggled.current = true;
    setEditing(open);
  };
  if (!record.da) return null;
  const shown = record.da.numbers.length ? revisedText(record.da.numbers, (n) => n || '—') : T.noNumber;
  if (!editing)
    return (
      <>
        {shown}{' '}
        <button ref={button} type="button" className="button-link button-tap no-print" onClick={() => toggle(true)}>
          {T.correct}
          <span className="visually-hidden"> : {T.correctNumberLabel(label)}</span>
        </button>
      </>
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const message = changeMessage(
      actions.record(() => correctDa(record, { number: value })),
      (p) => stepProblemText(p, 'da.file'),
    );
    setError(message);
    if (message === null) {
      number.clear();
      toggle(false);
    }
  };
  return (
    <form className="no-print" noValidate onSubmit={submit}>
      <TextField
        id={fieldId}
        label={T.correctNumberLabel(label)}
        error={error}
        maxLength={40}
        autoComplete="off"
        value={value}
        onChange={(v) => number.set('number', v)}
      />
      <FormActions submitLabel={T.saveCorrection} small onCancel={() => toggle(false)} draft={number} />
    </form>
  );
}
