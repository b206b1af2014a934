import { useState, type FormEvent } from 'react';
import { OfficialLink } from '../../content/links';
import { CopyButton } from '../../ui/CopyButton';
import { useDraft } from '../../ui/drafts';
import { Field } from '../../ui/Field';
import { confirmReasons } from '../opening';
import { eoriProblem, type Profile } from '../profile';
import type { ServiceRecord } from '../schema';
import { DA_TEXT, proposedReasons, serviceLabel } from '../texts';
import { daText } from '../outgoing';
import { changeMessage, serviceProblemText } from '../refusals';
import type { ServiceProps } from '../useIncident';

/** The DA text to file on OLGA, written from the references given, with its copy button first and the link to OLGA. */
export function DaText({ profile, record }: { profile: Profile; record: ServiceRecord }) {
  const label = serviceLabel(record.service);
  const da = daText(profile, record);
  if (!da) return null;
  return (
    <div className="da-text">
      {/* Saved before the older format was warned about (or confirmed since): said where the DA carries it. */}
      {eoriProblem(profile.eori) === 'legacy' && <p className="note no-print">{DA_TEXT.legacyEori}</p>}
      <p className="da-actions no-print">
        <CopyButton text={da.body} label={DA_TEXT.copy(label)} primary />{' '}
        <OfficialLink to="olga">{DA_TEXT.openOlga}</OfficialLink>
      </p>
      {/* Folded: copying is the action; the text was shown as the references were typed. */}
      <details className="da-text-details">
        <summary>{DA_TEXT.show}</summary>
        <p className="note no-print">{DA_TEXT.required}</p>
        <p className="note no-print">{DA_TEXT.unique}</p>
        <pre className="text-block" aria-label={DA_TEXT.textLabel(label)}>
          {da.body}
        </pre>
      </details>
    </div>
  );
}

/** A service added without its own diagnosis: the user confirms (or edits) the reasons of its DA. */
export function ReasonsForm({ incident, record, actions }: ServiceProps) {
  const label = serviceLabel(record.service);
  const id = `reasons-${record.service}`;
  const draft = useDraft<'reasons'>(`incident:${incident.id}:reasons:${record.service}`, {
    reasons: proposedReasons(incident).join('\n'),
  });
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const message = changeMessage(
      actions.record(() => confirmReasons(record, draft.values.reasons.split('\n'))),
      (p) => serviceProblemText(p, record.service),
    );
    setError(message);
    if (message === null) draft.clear();
  };
  return (
    <form className="no-print" noValidate onSubmit={submit}>
      <Field
        id={id}
        label={DA_TEXT.reasonsLabel(label)}
        need="required"
        hint={DA_TEXT.reasonsHint(label)}
        error={error}
      >
        {(control) => (
          <textarea
            {...control}
            rows={5}
            maxLength={4000}
            value={draft.values.reasons}
            onChange={(e) => draft.set('reasons', e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button">
        {DA_TEXT.reasonsSubmit(label)}
      </button>
    </form>
  );
}
