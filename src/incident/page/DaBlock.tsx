import { useState, type FormEvent } from 'react';
import { OfficialLink } from '../../content/links';
import { CopyButton } from '../../ui/CopyButton';
import { useDraft } from '../../ui/drafts';
import { Field } from '../../ui/Field';
import { confirmReasons } from '../opening';
import type { Incident, ServiceRecord } from '../schema';
import { proposedReasons, serviceLabel } from '../texts';
import { daText } from '../outgoing';
import { changeMessage, serviceProblemText } from '../refusals';
import type { ServiceProps } from '../useIncident';

/** The DA text to file on OLGA, with its copy button first and the link to OLGA. */
export function DaText({ incident, record }: { incident: Incident; record: ServiceRecord }) {
  const label = serviceLabel(record.service);
  const da = incident.profile ? daText(incident.profile, record) : null;
  if (!da) return null;
  return (
    <div className="da-text">
      <p className="da-actions no-print">
        <CopyButton text={da.body} label={`Copier le texte de la DA – ${label}`} primary />{' '}
        <OfficialLink to="olga">Ouvrir OLGA pour déposer la DA</OfficialLink>
      </p>
      <p className="note no-print">
        Fiche DELTA : « La demande est unique pour l’ensemble des déclarations concernées par la procédure de secours. »
        « Si vous dédouanez au moyen de plusieurs services en ligne, vous devez déposer une demande d’assistance pour
        chacun d’entre eux. »
      </p>
      <pre className="text-block" aria-label={`Texte de la demande d’assistance – ${label}`}>
        {da.body}
      </pre>
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
      actions.changeService(record.service, (r) => confirmReasons(r, draft.values.reasons.split('\n'))),
      (p) => serviceProblemText(p, record.service),
    );
    setError(message);
    if (message === null) draft.clear();
  };
  return (
    <form className="no-print" noValidate onSubmit={submit}>
      <Field
        id={id}
        label={`Raisons de l’auto-déclenchement pour ${label}`}
        need="required"
        hint={`Ce service n’a pas de diagnostic propre : voici les raisons du diagnostic de l’incident. Vérifiez qu’elles valent pour ${label}, corrigez-les au besoin (une par ligne), puis confirmez.`}
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
        Confirmer ces raisons pour {label}
      </button>
    </form>
  );
}
