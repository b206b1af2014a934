import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { contacts } from '../content/contacts';
import { answerLabel, contentOf } from '../content/fr';
import { replay } from '../flows/replay';
import { selfTriggerCase } from '../flows/rules';
import { readProblemMessage } from '../content/fr/storage';
import { formatDateTime, formatLocalValue, LOCAL_DATE_TIME, localDateTimeValue } from '../lib/time';
import { useStore } from '../lib/useStore';
import { CopyButton, downloadText } from '../ui/CopyButton';
import { MailLink, OfficialLink, SauPhone } from '../ui/links';
import { Notice } from '../ui/Notice';
import { usePageHeading } from '../ui/usePageHeading';
import {
  addJournalEntry,
  DELTA_SERVICES,
  incidentsStore,
  updateIncident,
  updateService,
  type DeltaService,
  type Incident,
  type ServiceRecord,
} from './incident';
import { backupAllowed, blockedReason, replayJournal, type JournalStep } from './journal.machine';
import type { Profile } from './profile';
import { ProfileForm } from './ProfileForm';
import { profileStore } from './stores';
import {
  closureMail,
  daText,
  incidentText,
  journalLines,
  officeEndMail,
  officeStartMail,
  serviceLabel,
  type Mail,
} from './texts';

export default function IncidentPage() {
  const { id = '' } = useParams();
  const incidents = useStore(incidentsStore);
  const incident = incidents.value.find((i) => i.id === id);
  const ref = usePageHeading(incident ? 'Suivi de la procédure de secours' : 'Incident introuvable');
  if (!incident) {
    return (
      <>
        <h1 ref={ref} tabIndex={-1}>
          Incident introuvable
        </h1>
        {incidents.problem && (
          <Notice tone="warning">{readProblemMessage(incidents.problem, incidentsStore.name)}</Notice>
        )}
        <p>Aucun incident de ce numéro n'est enregistré dans ce navigateur.</p>
        <p>
          <Link to="/incidents">Voir la liste des incidents</Link>
        </p>
      </>
    );
  }
  const change = (f: (i: Incident) => Incident) => incidentsStore.update((all) => updateIncident(all, id, f));
  return (
    <article className="incident">
      <p className="no-print">
        <Link to="/incidents">Tous les incidents</Link>
      </p>
      <p className="eyebrow">Auto-déclenchement de la procédure de secours DELTA</p>
      <h1 ref={ref} tabIndex={-1}>
        Suivi de la procédure de secours
      </h1>
      <p>
        Incident {incident.id}, ouvert le {formatDateTime(new Date(incident.createdAt))} (heure de Paris).{' '}
        <Link className="no-print" to={`/delta/selfTrigger?v=1&r=${incident.answers.join('-')}`}>
          Voir le diagnostic
        </Link>
      </p>
      <DiagnosisSummary answers={incident.answers} />
      <ProfileSection incident={incident} onChange={change} />
      {incident.services.map((record) => (
        <ServiceSection key={record.service} incident={incident} record={record} onChange={change} />
      ))}
      <AddService incident={incident} onChange={change} />
      <NotesAndExport incident={incident} onChange={change} />
    </article>
  );
}

function DiagnosisSummary({ answers }: { answers: readonly string[] }) {
  const { path } = replay(answers);
  const kind = selfTriggerCase(path);
  return (
    <section className="panel" aria-labelledby="diagnosis-title">
      <h2 id="diagnosis-title">Diagnostic (fiche DELTA)</h2>
      {kind && (
        <p>
          {kind === 'cannotValidate'
            ? 'Cas 1 : déclarations impossibles à valider.'
            : 'Cas 2 : déclarations validées sans BAE.'}
        </p>
      )}
      <dl className="refs">
        {path.map((a) => (
          <div key={a.node} className="refs-row">
            <dt>{contentOf(a.node).title}</dt>
            <dd>{answerLabel(a.node, a.value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ProfileSection({
  incident,
  onChange,
}: {
  incident: Incident;
  onChange: (f: (i: Incident) => Incident) => void;
}) {
  const stored = useStore(profileStore);
  const profile = incident.profile ?? stored.value;
  const [editing, setEditing] = useState(!profile);
  const [forgotten, setForgotten] = useState(false);
  if (editing || !profile) {
    return (
      <section className="panel no-print">
        {forgotten && <Notice>Vos références ont été effacées de ce navigateur.</Notice>}
        <ProfileForm
          initial={profile}
          onSave={(p) => {
            profileStore.write(p);
            onChange((i) => ({ ...i, profile: p }));
            setEditing(false);
            setForgotten(false);
          }}
          onCancel={profile ? () => setEditing(false) : undefined}
        />
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="refs-title">
      <h2 id="refs-title">Vos références</h2>
      <dl className="refs">
        <dt>Raison sociale</dt>
        <dd>{profile.companyName}</dd>
        <dt>Numéro EORI</dt>
        <dd>{profile.eori}</dd>
        <dt>Adresse</dt>
        <dd>{profile.address}</dd>
        <dt>Téléphone</dt>
        <dd>{profile.phone}</dd>
        <dt>Bureau de douane</dt>
        <dd>
          {profile.officeName} ({profile.officeEmail})
        </dd>
      </dl>
      <p className="no-print">
        <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
          Modifier mes références
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            profileStore.clear();
            onChange((i) => {
              const { profile: _dropped, ...rest } = i;
              void _dropped;
              return rest;
            });
            setForgotten(true);
            setEditing(true);
          }}
        >
          Oublier mes données
        </button>
      </p>
    </section>
  );
}

function ServiceSection({
  incident,
  record,
  onChange,
}: {
  incident: Incident;
  record: ServiceRecord;
  onChange: (f: (i: Incident) => Incident) => void;
}) {
  const label = serviceLabel(record.service);
  const profile = incident.profile;
  const setRecord = (f: (r: ServiceRecord) => ServiceRecord) => onChange((i) => updateService(i, record.service, f));
  const da = profile ? daText(profile, incident, record) : null;
  const headingId = `service-${record.service}`;
  return (
    <section className="panel service" aria-labelledby={headingId}>
      <h2 id={headingId}>{label}</h2>
      <p className="print-only">
        Date et heure de passage en alerte : {formatLocalValue(record.alertAt)}
        <br />
        Numéro de la DA : {record.daNumber ?? '________________'}
      </p>
      <div className="field">
        <label htmlFor={`${headingId}-alert`}>Date et heure de passage en alerte</label>
        <p className="field-hint no-print">Heure de Paris ; par défaut, l'heure d'ouverture de l'incident.</p>
        <input
          id={`${headingId}-alert`}
          type="datetime-local"
          value={record.alertAt}
          onChange={(e) => {
            const value = e.target.value;
            if (LOCAL_DATE_TIME.test(value)) setRecord((r) => ({ ...r, alertAt: value }));
          }}
        />
      </div>
      <h3>1. Demande d'assistance à déposer sur OLGA</h3>
      {da ? (
        <>
          <p className="no-print">
            Copiez ce texte dans une demande d'assistance sur <OfficialLink to="olga">OLGA</OfficialLink> (une DA par
            service en ligne).
          </p>
          <pre className="text-block" aria-label={`Texte de la demande d'assistance – ${label}`}>
            {da.body}
          </pre>
          <p className="no-print">
            <CopyButton text={da.body} label={`Copier le texte de la DA – ${label}`} />
          </p>
        </>
      ) : (
        <p>Enregistrez vos références ci-dessus : le texte de la demande d'assistance s'affichera ici.</p>
      )}
      <div className="field">
        <label htmlFor={`${headingId}-da`}>Numéro de la DA (facultatif)</label>
        <input
          id={`${headingId}-da`}
          type="text"
          maxLength={40}
          autoComplete="off"
          value={record.daNumber ?? ''}
          onChange={(e) => {
            const value = e.target.value.slice(0, 40);
            setRecord((r) => {
              const { daNumber: _old, ...rest } = r;
              void _old;
              return value.trim() ? { ...rest, daNumber: value } : rest;
            });
          }}
        />
      </div>
      <Journal
        record={record}
        onRecord={(step) => setRecord((r) => addJournalEntry(r, { step, at: new Date().toISOString() }))}
        onUndo={() => setRecord((r) => ({ ...r, journal: r.journal.slice(0, -1) }))}
      />
      {profile && <Mails profile={profile} record={record} />}
    </section>
  );
}

function Journal({
  record,
  onRecord,
  onUndo,
}: {
  record: ServiceRecord;
  onRecord: (step: JournalStep) => void;
  onUndo: () => void;
}) {
  const { snapshot, accepted } = replayJournal(record.journal);
  const lines = journalLines(record);
  const allowed = backupAllowed(snapshot);
  return (
    <>
      <h3>2. Journal de l'incident</h3>
      <p className={allowed ? 'journal-status ok' : 'journal-status'}>
        {allowed
          ? 'Les deux conditions sont réunies (DA enregistrée et bureau informé) : vous pouvez recourir à la procédure de secours.'
          : 'Procédure de secours pas encore possible : il faut la DA enregistrée ET le bureau de douane informé.'}
      </p>
      <ol className="journal">
        {lines.map((line) => {
          const reason = line.at ? null : blockedReason(snapshot, line.step);
          return (
            <li key={line.step} className={line.at ? 'done' : 'todo'}>
              <span className="box" aria-hidden="true">
                {line.at ? '☑' : '☐'}
              </span>{' '}
              <span className="step-label">{line.label}</span>
              {line.at ? (
                <span className="step-time"> – {line.at}</span>
              ) : (
                <span className="no-print">
                  {' '}
                  {reason ? (
                    <span className="step-blocked">{reason}</span>
                  ) : (
                    <button type="button" className="button button-small" onClick={() => onRecord(line.step)}>
                      Fait<span className="visually-hidden"> : {line.label}</span>
                    </button>
                  )}
                  {line.step === 'sau.call' && !snapshot.matches({ sau: 'called' }) && (
                    <button
                      type="button"
                      className="button button-small button-secondary"
                      onClick={() => onRecord('sau.skip')}
                    >
                      Non nécessaire (bureau ouvert)
                    </button>
                  )}
                </span>
              )}
              {line.step === 'da.file' && (
                <span className="step-note">
                  {' '}
                  L'heure d'enregistrement de la DA est le début officiel de la procédure.
                </span>
              )}
              {line.step === 'sau.call' && !line.at && (
                <span className="step-note">
                  {' '}
                  En dehors des heures d'ouverture du bureau, après la DA : <SauPhone />.
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {accepted.length > 0 && (
        <p className="no-print">
          <button type="button" className="button-link" onClick={onUndo}>
            Annuler la dernière étape cochée
          </button>
        </p>
      )}
    </>
  );
}

function Mails({ profile, record }: { profile: Profile; record: ServiceRecord }) {
  const mails: { title: string; mail: Mail }[] = [
    {
      title: "Informer le bureau (transfert de l'accusé de réception de la DA)",
      mail: officeStartMail(profile, record),
    },
    { title: 'Demander au SAU de clore la DA (fin d’alerte)', mail: closureMail(profile, record) },
    { title: 'Informer le bureau de la fin de la procédure', mail: officeEndMail(profile, record) },
  ];
  return (
    <div className="no-print">
      <h3>3. Courriels</h3>
      {mails.map(({ title, mail }) => (
        <details key={title} className="mail">
          <summary>{title}</summary>
          <p>
            À : {mail.to}
            <br />
            Objet : {mail.subject}
          </p>
          <pre className="text-block">{mail.body}</pre>
          <p>
            <MailLink to={mail.to} subject={mail.subject} body={mail.body}>
              Ouvrir dans ma messagerie
            </MailLink>{' '}
            <CopyButton text={`Objet : ${mail.subject}\n\n${mail.body}`} label="Copier le courriel" />
          </p>
        </details>
      ))}
      <p className="note">
        SAU du CID : <SauPhone />, {contacts.sau.email}.
      </p>
    </div>
  );
}

function AddService({ incident, onChange }: { incident: Incident; onChange: (f: (i: Incident) => Incident) => void }) {
  const remaining = DELTA_SERVICES.filter((s) => !incident.services.some((r) => r.service === s));
  const [choice, setChoice] = useState<DeltaService | ''>('');
  if (remaining.length === 0) return null;
  return (
    <section className="panel no-print" aria-labelledby="add-service-title">
      <h2 id="add-service-title">Un autre service en ligne est touché ?</h2>
      <p>Déposez une demande d'assistance par service en ligne concerné par le même dysfonctionnement.</p>
      <div className="field">
        <label htmlFor="add-service">Service en ligne</label>
        <select id="add-service" value={choice} onChange={(e) => setChoice(e.target.value as DeltaService | '')}>
          <option value="">Choisissez un service</option>
          {remaining.map((s) => (
            <option key={s} value={s}>
              {serviceLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button button-secondary"
        disabled={choice === ''}
        onClick={() => {
          if (choice === '') return;
          onChange((i) => ({
            ...i,
            services: [...i.services, { service: choice, alertAt: localDateTimeValue(new Date()), journal: [] }],
          }));
          setChoice('');
        }}
      >
        Ajouter ce service
      </button>
    </section>
  );
}

function NotesAndExport({
  incident,
  onChange,
}: {
  incident: Incident;
  onChange: (f: (i: Incident) => Incident) => void;
}) {
  return (
    <section className="panel" aria-labelledby="notes-title">
      <h2 id="notes-title">Notes</h2>
      <div className="field no-print">
        <label htmlFor="incident-notes">Notes sur l'incident (facultatif)</label>
        <textarea
          id="incident-notes"
          maxLength={5000}
          value={incident.notes ?? ''}
          onChange={(e) => {
            const notes = e.target.value;
            onChange((i) => ({ ...i, notes }));
          }}
        />
      </div>
      <p className="print-only notes-print">{incident.notes?.trim() || '—'}</p>
      <div className="page-actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Imprimer la liste de contrôle
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => downloadText(`incident-${incident.id}.txt`, incidentText(incident, new Date()))}
        >
          Exporter en texte
        </button>
        <CopyButton text={() => incidentText(incident, new Date())} label="Copier le résumé" />
      </div>
    </section>
  );
}
