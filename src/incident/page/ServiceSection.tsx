import { formatLocalValue } from '../../lib/time';
import { CorrectableTime } from '../../ui/TimeEdit';
import { currentTime } from '../schema';
import { correctAlertAt, daRegisteredAt } from '../steps';
import { modeLabel, serviceLabel, stampText } from '../texts';
import { daText } from '../outgoing';
import { alertProblemText, changeMessage } from '../refusals';
import { DaText } from './DaBlock';
import type { ServiceProps } from '../useIncident';
import { JournalSection } from './JournalSection';
import { MailsSection } from './MailsSection';

/** One online service of the incident: its DA's facts and times, its journal, its e-mails. */
export function ServiceSection({ incident, record, actions }: ServiceProps) {
  const label = serviceLabel(record.service);
  const registered = daRegisteredAt(record);
  return (
    <>
      <section className="panel service" aria-labelledby={`service-${record.service}`}>
        <h2 id={`service-${record.service}`}>Demande d’assistance – {label}</h2>
        <dl className="refs">
          <div className="refs-row">
            <dt>Enregistrement de la DA (début de la procédure)</dt>
            <dd>{registered ? formatLocalValue(registered) : 'pas encore enregistrée'}</dd>
          </div>
          <div className="refs-row">
            <dt>Numéro de la DA</dt>
            <dd>{record.daNumber ?? 'non renseigné'}</dd>
          </div>
          <div className="refs-row">
            <dt>Mode de transmission</dt>
            <dd>{modeLabel(record.mode)}</dd>
          </div>
          <div className="refs-row">
            <dt>Date et heure de passage en alerte</dt>
            <dd>
              <span className="print-only">{stampText(record.alertAt)}</span>
              <span className="no-print">
                <CorrectableTime
                  draft={`incident:${incident.id}:alert:${record.service}`}
                  text={stampText(record.alertAt)}
                  value={currentTime(record.alertAt)}
                  label={`Date et heure de passage en alerte – ${label}`}
                  onSave={(at) =>
                    changeMessage(
                      actions.changeService(record.service, (r) => correctAlertAt(r, at, new Date())),
                      alertProblemText,
                    )
                  }
                />
              </span>
              <p className="field-hint no-print">
                Le moment où vous êtes passé en alerte, c’est-à-dire où vous avez décidé d’auto-déclencher la procédure
                de secours ; par défaut, la fin de votre diagnostic. La fiche demande de l’indiquer dans la DA sans le
                définir davantage (conseil de l’outil).
              </p>
            </dd>
          </div>
        </dl>
        {registered && incident.profile && daText(incident.profile, record) && (
          <details className="record-details da-details">
            <summary>
              <h3>Texte de la demande d’assistance</h3>
            </summary>
            <DaText incident={incident} record={record} />
          </details>
        )}
      </section>
      <JournalSection incident={incident} record={record} actions={actions} />
      {incident.profile && <MailsSection profile={incident.profile} record={record} />}
    </>
  );
}
