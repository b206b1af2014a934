import { formatLocalValue } from '../../lib/time';
import { currentTime, correctAlertAt, daRegisteredAt, type Incident, type ServiceRecord } from '../incident';
import { serviceLabel, stampText, timeProblemText, MODE_LABELS } from '../texts';
import type { useIncident } from '../useIncident';
import { CorrectableTime } from '../../ui/TimeEdit';
import { DaBlock } from './DaBlock';
import { JournalSection } from './JournalSection';
import { MailsSection } from './MailsSection';
import { changeMessage } from './results';

type Actions = Pick<ReturnType<typeof useIncident>, 'changeService'>;

/** One online service of the incident: its DA, its times, its journal and its e-mails. */
export function ServiceSection({
  incident,
  record,
  actions,
}: {
  incident: Incident;
  record: ServiceRecord;
  actions: Actions;
}) {
  const label = serviceLabel(record.service);
  const headingId = `service-${record.service}`;
  const registered = daRegisteredAt(record);
  return (
    <section className="panel service" aria-labelledby={headingId}>
      <h2 id={headingId}>{label}</h2>
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
          <dd>{MODE_LABELS[record.mode]}</dd>
        </div>
        <div className="refs-row">
          <dt>Date et heure de passage en alerte</dt>
          <dd>
            <span className="print-only">{stampText(record.alertAt)}</span>
            <span className="no-print">
              <CorrectableTime
                text={stampText(record.alertAt)}
                value={currentTime(record.alertAt)}
                label={`Date et heure de passage en alerte – ${label}`}
                onSave={(at) =>
                  changeMessage(
                    actions.changeService(record.service, (r) => correctAlertAt(r, at, new Date())),
                    timeProblemText,
                  )
                }
              />
            </span>
          </dd>
        </div>
      </dl>
      <DaBlock incident={incident} record={record} actions={actions} />
      <JournalSection incident={incident} record={record} actions={actions} />
      {incident.profile && <MailsSection profile={incident.profile} record={record} />}
    </section>
  );
}
