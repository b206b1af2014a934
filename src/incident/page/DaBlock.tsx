import { useState } from 'react';
import { OfficialLink } from '../../content/links';
import { confirmReasons, type Incident, type ServiceRecord } from '../incident';
import { daText, proposedReasons, serviceLabel } from '../texts';
import type { useIncident } from '../useIncident';
import { CopyButton } from '../../ui/CopyButton';

type Actions = Pick<ReturnType<typeof useIncident>, 'changeService'>;

/** The DA text to file on OLGA, with its copy button first; or what is missing to write it. */
export function DaBlock({
  incident,
  record,
  actions,
}: {
  incident: Incident;
  record: ServiceRecord;
  actions: Actions;
}) {
  const label = serviceLabel(record.service);
  const profile = incident.profile;
  const da = profile ? daText(profile, record) : null;
  return (
    <div className="da-block">
      <h3>1. Demande d’assistance à déposer sur OLGA</h3>
      {record.reasons === undefined && record.answers === undefined ? (
        <ReasonsToConfirm incident={incident} record={record} actions={actions} />
      ) : !profile ? (
        <p>Enregistrez vos références ci-dessus : le texte de la demande d’assistance s’affichera ici.</p>
      ) : (
        da && (
          <>
            <p className="da-actions no-print">
              <CopyButton text={da.body} label={`Copier le texte de la DA – ${label}`} primary />{' '}
              <OfficialLink to="olga">Ouvrir OLGA pour déposer la DA</OfficialLink>
            </p>
            <p className="note no-print">
              Une DA par service en ligne concerné : celle-ci couvre toutes les déclarations {label}.
            </p>
            <pre className="text-block" aria-label={`Texte de la demande d’assistance – ${label}`}>
              {da.body}
            </pre>
          </>
        )
      )}
    </div>
  );
}

/** A service added without its own diagnosis: the user confirms (or edits) the reasons of the DA. */
function ReasonsToConfirm({
  incident,
  record,
  actions,
}: {
  incident: Incident;
  record: ServiceRecord;
  actions: Actions;
}) {
  const label = serviceLabel(record.service);
  const [text, setText] = useState(() => proposedReasons(incident).join('\n'));
  const [error, setError] = useState<string | null>(null);
  const id = `reasons-${record.service}`;
  return (
    <form
      className="no-print"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const reasons = text
          .split('\n')
          .map((r) => r.trim())
          .filter(Boolean);
        if (reasons.length === 0) {
          setError('Indiquez au moins une raison de l’auto-déclenchement.');
          return;
        }
        setError(null);
        actions.changeService(record.service, (r) => ({ ok: true, record: confirmReasons(r, reasons) }));
      }}
    >
      <div className={error ? 'field field-error' : 'field'}>
        <label htmlFor={id}>Raisons de l’auto-déclenchement pour {label}</label>
        <p className="field-hint" id={`${id}-hint`}>
          Ce service n’a pas de diagnostic propre : voici les raisons du diagnostic de l’incident. Vérifiez qu’elles
          valent pour {label}, corrigez-les au besoin (une par ligne), puis confirmez.
        </p>
        {error && (
          <p className="error-message" id={`${id}-error`} role="alert">
            <span className="visually-hidden">Erreur : </span>
            {error}
          </p>
        )}
        <textarea
          id={id}
          rows={5}
          value={text}
          maxLength={4000}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <button type="submit" className="button">
        Confirmer ces raisons pour {label}
      </button>
    </form>
  );
}
