import { type ReactNode } from 'react';
import { ok } from '../../lib/result';
import { contacts } from '../../content/contacts';
import { SauPhone } from '../../content/links';
import { TextField } from '../../ui/Field';
import { TimeForm } from '../../ui/TimeEdit';
import { useFocusOnChange } from '../../ui/useFocusOnChange';
import { isDone, type JournalStep } from '../journal';
import { nextStep, type NextStep } from '../nextStep';
import { type Profile } from '../profile';
import type { Incident, ServiceRecord } from '../schema';
import { closeIncident } from '../status';
import { journalOf, recordStep } from '../steps';
import { JOURNAL_STEP_TEXT, serviceLabel } from '../texts';
import { closureMail, officeEndMail, officeStartMail } from '../outgoing';
import { changeMessage, stepProblemText } from '../refusals';
import { timeProblemText } from '../../content/fr/timeMessages';
import type { IncidentActions } from '../useIncident';
import { DaText, ReasonsForm } from './DaBlock';
import { ReferencesForm } from './ReferencesForm';
import { Conditions, MailActions, OfficeFields } from './NextStepParts';
import { StepRecord } from './StepRecord';

const TITLES: Record<Exclude<NextStep['kind'], 'step'>, string> = {
  references: 'Vos références pour la demande d’assistance',
  reasons: 'Confirmer les raisons de la demande d’assistance',
  close: 'Toutes les étapes de la fiche sont faites',
  closed: 'Incident clos',
};

const STEP_TITLES: Record<JournalStep, string> = {
  'da.file': 'Déposer la demande d’assistance (DA) sur OLGA',
  'office.inform': 'Informer le bureau de douane',
  'sau.call': 'Appeler le SAU du CID',
  'sau.skip': 'Appel au SAU non nécessaire',
  'backup.activate': 'Recourir à la procédure de secours',
  'office.verify': 'Vérifier l’état de la déclaration auprès du bureau',
  'system.restore': 'Quand votre système fonctionne de nouveau',
  'closure.request': 'Demander au SAU de clore la DA',
  'office.informEnd': 'Informer le bureau de la fin de la procédure',
};

/**
 * The one next step of a service, at the top of the incident page: its heading, what to do in the
 * fiche's words, its e-mail or copy action, and its button. Once a step is recorded, focus moves to the
 * next step's heading.
 */
export function NextStepCard({
  incident,
  record,
  profile,
  actions,
  onSaveProfile,
}: {
  incident: Incident;
  record: ServiceRecord;
  /** The references the DA uses: the incident's, or those remembered in this browser. */
  profile: Profile | null;
  actions: IncidentActions;
  onSaveProfile: (profile: Profile) => void;
}) {
  const label = serviceLabel(record.service);
  const next = nextStep(incident, record, profile !== null && incident.profile !== undefined);
  const title = next.kind === 'step' ? STEP_TITLES[next.step] : TITLES[next.kind];
  const key = next.kind === 'step' ? next.step : next.kind;
  const heading = useFocusOnChange<HTMLHeadingElement>(key);
  const { input, snapshot } = journalOf(incident, record);
  const recordAt = (step: JournalStep, at: string, daNumber?: string) =>
    changeMessage(
      actions.changeService(record.service, (r, i) => {
        const result = recordStep(i, r, step, at, new Date());
        const number = daNumber?.trim().slice(0, 40);
        return result.ok && number ? ok({ ...result.value, daNumber: number }) : result;
      }),
      (p) => stepProblemText(p, step),
    );
  const draft = (form: string) => `incident:${incident.id}:${form}:${record.service}`;

  let body: ReactNode;
  if (next.kind === 'references') {
    body = <ReferencesForm initial={profile} onSave={onSaveProfile} heading={false} />;
  } else if (next.kind === 'reasons') {
    body = <ReasonsForm incident={incident} record={record} actions={actions} />;
  } else if (next.kind === 'close') {
    body = (
      <>
        <p>
          Votre système fonctionne de nouveau, la clôture de la DA est demandée et le bureau de douane est informé de la
          fin. Vous pouvez clore l’incident : son journal reste consultable et imprimable.
        </p>
        <TimeForm
          draft={`incident:${incident.id}:close`}
          label="Fin de la procédure de secours"
          hint="Heure de Paris."
          submitLabel="Procédure terminée : clore l’incident"
          onSave={(at) =>
            changeMessage(
              actions.change((i) => closeIncident(i, at, new Date())),
              timeProblemText,
            )
          }
        />
      </>
    );
  } else if (next.kind === 'closed') {
    body = <p>L’incident est clos. Son journal reste ci-dessous, pour l’imprimer ou l’exporter.</p>;
  } else {
    const step = next.step;
    const note = JOURNAL_STEP_TEXT[step].note;
    const stepRecord = (
      <StepRecord
        draft={draft(`step-${step}`)}
        step={step}
        serviceLabel={label}
        canSkipSau={step === 'sau.call' && !input.officeClosed}
        primary
        onRecord={(s, at) => recordAt(s, at)}
      />
    );
    body =
      step === 'da.file' ? (
        <>
          <DaText incident={incident} record={record} />
          <p>Une fois la DA déposée, notez son heure d’enregistrement :</p>
          <TimeForm
            draft={draft('da')}
            label={`Heure d’enregistrement de la DA – ${label}`}
            hint={
              <>
                <p>{note}</p>
                <p>
                  Elle figure en principe dans le courriel automatique accusant réception de la DA (conseil de l’outil).
                  Heure de Paris.
                </p>
              </>
            }
            submitLabel="Enregistrer la DA"
            extra={{ daNumber: '' }}
            renderFields={(values, set) => (
              <TextField
                id={`${draft('da')}-number`}
                label="Numéro de la DA"
                need="optional"
                type="text"
                maxLength={40}
                autoComplete="off"
                value={values.daNumber}
                onChange={(v) => set('daNumber', v)}
              />
            )}
            onSave={(at, values) => recordAt('da.file', at, values.daNumber)}
          />
        </>
      ) : step === 'office.inform' ? (
        <>
          <p>{note}</p>
          {input.officeClosed && (
            <p className="note">
              Conseil de l’outil : même si le bureau est fermé, transférez-lui l’accusé de réception, car selon la fiche
              c’est ce transfert qui l’informe. La fiche demande aussi, « en dehors des heures d’ouverture du bureau,
              après avoir déposé la demande d’assistance », d’appeler le SAU du CID, « afin que l’équipe technique
              d’astreinte puisse effectuer à distance les vérifications nécessaires pour identifier l’origine du
              dysfonctionnement et permettre sa résolution dans les meilleurs délais ».
            </p>
          )}
          {profile && (
            <>
              <OfficeFields incident={incident} profile={profile} onSave={onSaveProfile} />
              <MailActions mail={officeStartMail(profile, record)} label="le courriel au bureau" forward />
            </>
          )}
          {stepRecord}
        </>
      ) : step === 'sau.call' ? (
        <>
          <p>
            {note} Le SAU du CID : <SauPhone />
            {input.officeClosed
              ? ' (obligatoire : le bureau était fermé lors du diagnostic).'
              : '. Votre bureau de douane était-il ouvert à l’heure d’enregistrement de la DA ? S’il était fermé, appelez le SAU, puis cliquez sur « Fait maintenant » ; s’il était ouvert, cliquez sur « Non nécessaire (bureau ouvert) ».'}
          </p>
          <p className="no-print">
            <a className="button button-secondary" href={contacts.sau.phoneHref}>
              Appeler le SAU : {contacts.sau.phoneDisplay}
            </a>
          </p>
          {stepRecord}
        </>
      ) : step === 'backup.activate' ? (
        <>
          <p className="journal-status ok">
            Les deux conditions sont réunies (DA enregistrée et bureau informé) : vous pouvez recourir à la procédure de
            secours.
          </p>
          <p className="note">{note}</p>
          {stepRecord}
        </>
      ) : step === 'system.restore' ? (
        <>
          <p>
            Lorsque le dysfonctionnement de votre système privatif est résolu, notez-le : vous devez alors contacter le
            SAU du CID pour qu’il puisse clore la demande d’assistance (DA), et informer votre bureau de douane. Conseil
            de l’outil : dès lors, n’utilisez plus la procédure de secours.
          </p>
          {stepRecord}
        </>
      ) : step === 'closure.request' ? (
        <>
          <p>
            Contactez le SAU du CID par courriel ({contacts.sau.email}) ou par téléphone (<SauPhone />
            ), pour qu’il puisse clore la demande d’assistance (DA).
          </p>
          {profile && <MailActions mail={closureMail(profile, record)} label="le courriel au SAU" />}
          {stepRecord}
        </>
      ) : step === 'office.informEnd' ? (
        <>
          <p>Vous devez également informer votre bureau de douane.</p>
          {profile && <MailActions mail={officeEndMail(profile, record)} label="le courriel au bureau" />}
          {stepRecord}
        </>
      ) : (
        <>
          {note && <p>{note}</p>}
          {stepRecord}
        </>
      );
  }
  const allowed = isDone(snapshot, 'da.file') && isDone(snapshot, 'office.inform');
  return (
    <section className="panel next-step" aria-labelledby={`next-${record.service}`}>
      <p className="eyebrow">Prochaine étape – {label}</p>
      <h2 id={`next-${record.service}`} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {body}
      {!allowed && !isDone(snapshot, 'system.restore') && next.kind !== 'closed' && (
        <Conditions da={isDone(snapshot, 'da.file')} office={isDone(snapshot, 'office.inform')} />
      )}
    </section>
  );
}
