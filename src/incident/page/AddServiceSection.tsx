import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { nodeHref } from '../../session/codec';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CheckboxField, Field, FieldSet } from '../../ui/Field';
import { bindField, useDraft } from '../../ui/drafts';
import { useNow } from '../../ui/useNow';
import { localDateTimeValue, type TimeProblem } from '../../lib/time';
import { addConfirmedService, covers } from '../opening';
import { DA_SERVICES, modeOf, type DaService, type Incident, type Mode } from '../schema';
import { ADD_TEXT as T, modeLabel, proposedReasons, serviceLabel } from '../texts';
import { changeMessage, serviceProblemText } from '../refusals';
import type { IncidentActions } from '../useIncident';

const FORM = 'add-service';
const TIME_PROBLEMS: readonly TimeProblem[] = ['missing', 'invalid', 'future'];
type Fields = 'service' | 'mode' | 'reasons' | 'alertAt' | 'confirm';

/**
 * Another online service hit by the same malfunction gets its own DA. Its reasons come from its own
 * diagnosis (the link below), or are those of this incident's diagnosis once the user confirms them. What
 * is typed is kept as a draft until the service is added.
 */
export function AddServiceSection({
  incident,
  actions,
}: {
  incident: Incident;
  actions: Pick<IncidentActions, 'record'>;
}) {
  const draft = useDraft<Fields>(`incident:${incident.id}:add-service`, {
    service: '',
    mode: modeOf(incident.answers) ?? 'dti',
    reasons: proposedReasons(incident).join('\n'),
    // Empty: now, as long as it is not typed (the time the service is added).
    alertAt: '',
    confirm: '',
  });
  const now = localDateTimeValue(useNow());
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const bind = (field: Fields) => bindField(FORM, draft, errors, field);
  const [added, setAdded] = useState<string | null>(null);
  // Open while something is typed; folded once the service is added (the page's next steps come first).
  const [open, setOpen] = useState(draft.kept);
  const addedRef = useRef<HTMLOutputElement>(null);
  useEffect(() => {
    if (added) addedRef.current?.focus();
  }, [added]);
  if (DA_SERVICES.every((s) => covers(incident, s))) return null;
  const { values } = draft;
  const service = (DA_SERVICES as readonly string[]).includes(values.service) ? (values.service as DaService) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Partial<Record<Fields, string>> = {};
    if (!service) next.service = T.chooseService;
    else if (covers(incident, service)) next.service = serviceProblemText('covered', service);
    if (values.reasons.trim() === '') next.reasons = serviceProblemText('noReasons', 'g');
    if (values.confirm !== 'yes') next.confirm = T.confirmMissing(service ? serviceLabel(service) : null);
    setErrors(next);
    if (!service || Object.values(next).some(Boolean)) return;
    const mode: Mode = values.mode === 'edi' ? 'edi' : 'dti';
    const input = { service, mode, reasons: values.reasons.split('\n'), alertAt: values.alertAt || undefined };
    let field: Fields = 'service';
    const message = changeMessage(
      actions.record((i) => addConfirmedService(i, input, new Date())),
      (p) => {
        if (TIME_PROBLEMS.includes(p as TimeProblem)) field = 'alertAt';
        return serviceProblemText(p, service);
      },
    );
    if (message) {
      setErrors({ [field]: message });
      return;
    }
    draft.clear();
    setOpen(false);
    setAdded(serviceLabel(service));
  };

  return (
    <section className="panel no-print add-service" aria-labelledby="add-service-title">
      {added && (
        <output className="notice notice-info notice-block" tabIndex={-1} ref={addedRef}>
          {T.added(added)}
        </output>
      )}
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <h2 id="add-service-title">{T.title}</h2>
        </summary>
        <p>
          {T.intro}
          <Link to={nodeHref('delta.service', ['delta'])}>{T.introLink}</Link>
          {T.introEnd}
        </p>
        <form onSubmit={submit} noValidate>
          <ErrorSummary form={FORM} errors={errors} attempt={errors} />
          <Field id={`${FORM}-service`} label={T.service} need="required" error={errors.service}>
            {(control) => (
              <select {...control} value={values.service} onChange={(e) => draft.set('service', e.target.value)}>
                <option value="">{T.choose}</option>
                {DA_SERVICES.map((s) => (
                  <option key={s} value={s} disabled={covers(incident, s)}>
                    {serviceLabel(s)}
                    {covers(incident, s) ? T.covered : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <FieldSet id={`${FORM}-mode`} legend={T.mode} radios>
            <div className="radios">
              {(['dti', 'edi'] as const).map((m) => (
                <div className="radio" key={m}>
                  <input
                    type="radio"
                    id={`${FORM}-mode-${m}`}
                    name={`${FORM}-mode`}
                    checked={values.mode === m}
                    onChange={() => draft.set('mode', m)}
                  />
                  <label htmlFor={`${FORM}-mode-${m}`}>{modeLabel(m)}</label>
                </div>
              ))}
            </div>
          </FieldSet>
          <Field id={`${FORM}-reasons`} label={T.reasons} need="required" hint={T.reasonsHint} error={errors.reasons}>
            {(control) => (
              <textarea
                {...control}
                rows={4}
                maxLength={4000}
                value={values.reasons}
                onChange={(e) => draft.set('reasons', e.target.value)}
              />
            )}
          </Field>
          <Field id={`${FORM}-alertAt`} label={T.alertAt} need="required" hint={T.alertHint} error={errors.alertAt}>
            {(control) => (
              <input
                {...control}
                type="datetime-local"
                value={values.alertAt || now}
                // Taken as typed once the field is reached: the time never changes under the user.
                onFocus={() => values.alertAt || draft.set('alertAt', now)}
                onChange={(e) => draft.set('alertAt', e.target.value)}
              />
            )}
          </Field>
          <CheckboxField {...bind('confirm')} label={T.confirm} />
          <button type="submit" className="button button-secondary">
            {T.submit}
          </button>
        </form>
      </details>
    </section>
  );
}
