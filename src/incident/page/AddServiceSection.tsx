import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { nodeHref } from '../../session/codec';
import { ErrorSummary } from '../../ui/form';
import { Notice } from '../../ui/Notice';
import {
  addConfirmedService,
  covers,
  DA_SERVICES,
  modeOf,
  type DaService,
  type Incident,
  type Mode,
  type ServiceProblem,
} from '../incident';
import { MODE_LABELS, proposedReasons, serviceLabel } from '../texts';
import type { useIncident } from '../useIncident';
import { changeMessage } from './results';

const FORM = 'add-service';

function problemText(problem: ServiceProblem, service: DaService): string {
  switch (problem) {
    case 'covered':
      return `${serviceLabel(service)} est déjà couvert par une DA de cet incident : une seule DA par service en ligne (fiche DELTA, étape 5).`;
    case 'noReasons':
      return 'Indiquez au moins une raison de l’auto-déclenchement.';
    case 'notDelta':
      return 'Ce service n’est pas couvert par la fiche DELTA.';
  }
}

/**
 * Another online service hit by the same malfunction gets its own DA. Its reasons come from its own
 * diagnosis (the link below), or are those of this incident's diagnosis once the user confirms them.
 */
export function AddServiceSection({
  incident,
  actions,
}: {
  incident: Incident;
  actions: Pick<ReturnType<typeof useIncident>, 'change'>;
}) {
  const [service, setService] = useState<DaService | ''>('');
  const [mode, setMode] = useState<Mode>(() => modeOf(incident.answers) ?? 'dti');
  const [reasons, setReasons] = useState(() => proposedReasons(incident).join('\n'));
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [added, setAdded] = useState<string | null>(null);
  if (DA_SERVICES.every((s) => covers(incident, s))) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string | undefined> = {};
    if (service === '') next.service = 'Choisissez le service en ligne touché.';
    else if (covers(incident, service)) next.service = problemText('covered', service);
    if (!confirmed)
      next.confirm = `Confirmez que ces raisons valent pour ${service ? serviceLabel(service) : 'ce service'}.`;
    if (reasons.trim() === '') next.reasons = problemText('noReasons', 'g');
    setErrors(next);
    if (service === '' || Object.values(next).some(Boolean)) return;
    const message = changeMessage(
      actions.change((i) => addConfirmedService(i, { service, mode, reasons: reasons.split('\n') }, new Date())),
      (p) => problemText(p, service),
    );
    if (message) {
      setErrors({ service: message });
      return;
    }
    setAdded(serviceLabel(service));
    setService('');
    setConfirmed(false);
  };

  return (
    <section className="panel no-print" aria-labelledby="add-service-title">
      <h2 id="add-service-title">Un autre service en ligne est touché ?</h2>
      <p>
        Déposez une demande d’assistance par service en ligne concerné. Le mieux est de faire{' '}
        <Link to={nodeHref('delta.service', ['delta'])}>le diagnostic pour ce service</Link> : ses raisons seront les
        siennes, et il vous proposera de l’ajouter à cet incident. Sinon, ajoutez-le ici en confirmant ses raisons.
      </p>
      {added && <Notice>{added} a été ajouté à l’incident.</Notice>}
      <form onSubmit={submit} noValidate>
        <ErrorSummary form={FORM} errors={errors} />
        <div className={errors.service ? 'field field-error' : 'field'}>
          <label htmlFor={`${FORM}-service`}>Service en ligne</label>
          {errors.service && (
            <p className="error-message" id={`${FORM}-service-error`}>
              <span className="visually-hidden">Erreur : </span>
              {errors.service}
            </p>
          )}
          <select
            id={`${FORM}-service`}
            value={service}
            aria-describedby={errors.service ? `${FORM}-service-error` : undefined}
            onChange={(e) => setService(e.target.value as DaService | '')}
          >
            <option value="">Choisissez un service</option>
            {DA_SERVICES.map((s) => (
              <option key={s} value={s}>
                {serviceLabel(s)}
                {covers(incident, s) ? ' (déjà couvert par cet incident)' : ''}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="fieldset">
          <legend className="label">Mode de transmission</legend>
          <div className="radios">
            {(['dti', 'edi'] as const).map((m) => (
              <div className="radio" key={m}>
                <input
                  type="radio"
                  id={`${FORM}-mode-${m}`}
                  name={`${FORM}-mode`}
                  checked={mode === m}
                  onChange={() => setMode(m)}
                />
                <label htmlFor={`${FORM}-mode-${m}`}>{MODE_LABELS[m]}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className={errors.reasons ? 'field field-error' : 'field'}>
          <label htmlFor={`${FORM}-reasons`}>Raisons de l’auto-déclenchement (une par ligne)</label>
          <p className="field-hint">
            Celles du diagnostic de cet incident ; corrigez-les si elles diffèrent pour ce service.
          </p>
          {errors.reasons && <p className="error-message">{errors.reasons}</p>}
          <textarea
            id={`${FORM}-reasons`}
            rows={4}
            maxLength={4000}
            value={reasons}
            onChange={(e) => setReasons(e.target.value)}
          />
        </div>
        <div className={errors.confirm ? 'field field-error' : 'field'}>
          {errors.confirm && <p className="error-message">{errors.confirm}</p>}
          <div className="checkbox">
            <input
              type="checkbox"
              id={`${FORM}-confirm`}
              checked={confirmed}
              onChange={(e) => setConfirmed(e.target.checked)}
            />
            <label htmlFor={`${FORM}-confirm`}>Je confirme que ces raisons valent pour ce service.</label>
          </div>
        </div>
        <button type="submit" className="button button-secondary">
          Ajouter ce service
        </button>
      </form>
    </section>
  );
}
