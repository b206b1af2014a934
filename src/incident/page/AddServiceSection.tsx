import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { nodeHref } from '../../session/codec';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CheckboxField, Field, FieldSet } from '../../ui/Field';
import { bindField, useDraft } from '../../ui/drafts';
import { addConfirmedService, covers } from '../opening';
import { DA_SERVICES, modeOf, type DaService, type Incident, type Mode } from '../schema';
import { ADD_TEXT, modeLabel, proposedReasons, serviceLabel } from '../texts';
import { changeMessage, serviceProblemText } from '../refusals';
import type { IncidentActions } from '../useIncident';

const FORM = 'add-service';
type Fields = 'service' | 'mode' | 'reasons' | 'confirm';

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
    confirm: '',
  });
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
    if (!service) next.service = 'Choisissez le service en ligne touché.';
    else if (covers(incident, service)) next.service = serviceProblemText('covered', service);
    if (values.reasons.trim() === '') next.reasons = serviceProblemText('noReasons', 'g');
    if (values.confirm !== 'yes')
      next.confirm = `Confirmez que ces raisons valent pour ${service ? serviceLabel(service) : 'ce service'}.`;
    setErrors(next);
    if (!service || Object.values(next).some(Boolean)) return;
    const mode: Mode = values.mode === 'edi' ? 'edi' : 'dti';
    const message = changeMessage(
      actions.record((i) => addConfirmedService(i, { service, mode, reasons: values.reasons.split('\n') }, new Date())),
      (p) => serviceProblemText(p, service),
    );
    if (message) {
      setErrors({ service: message });
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
          {ADD_TEXT.added(added)}
        </output>
      )}
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <h2 id="add-service-title">Un autre service en ligne est touché ?</h2>
        </summary>
        <p>
          Fiche DELTA : « Si vous dédouanez au moyen de plusieurs services en ligne, vous devez déposer une demande
          d’assistance pour chacun d’entre eux. » Le mieux est de faire{' '}
          <Link to={nodeHref('delta.service', ['delta'])}>le diagnostic pour ce service</Link> : ses raisons seront les
          siennes, et il vous proposera de l’ajouter à cet incident. Sinon, ajoutez-le ici en confirmant ses raisons.
        </p>
        <form onSubmit={submit} noValidate>
          <ErrorSummary form={FORM} errors={errors} />
          <Field id={`${FORM}-service`} label="Service en ligne" need="required" error={errors.service}>
            {(control) => (
              <select {...control} value={values.service} onChange={(e) => draft.set('service', e.target.value)}>
                <option value="">Choisissez un service</option>
                {DA_SERVICES.map((s) => (
                  <option key={s} value={s}>
                    {serviceLabel(s)}
                    {covers(incident, s) ? ' (déjà couvert par cet incident)' : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <FieldSet id={`${FORM}-mode`} legend="Mode de transmission" radios>
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
          <Field
            id={`${FORM}-reasons`}
            label="Raisons de l’auto-déclenchement (une par ligne)"
            need="required"
            hint="Celles du diagnostic de cet incident ; corrigez-les si elles diffèrent pour ce service."
            error={errors.reasons}
          >
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
          <CheckboxField {...bind('confirm')} label="Je confirme que ces raisons valent pour ce service." />
          <button type="submit" className="button button-secondary">
            Ajouter ce service
          </button>
        </form>
      </details>
    </section>
  );
}
