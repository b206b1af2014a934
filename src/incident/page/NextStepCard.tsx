import { useState, type ReactNode, type Ref } from 'react';
import { useDraft } from '../../ui/drafts';
import { contacts } from '../../content/contacts';
import { contactsReadLine } from '../../content/fr/contactsRead';
import { SauPhone } from '../../content/links';
import { CheckboxField, FieldSet, TextField } from '../../ui/Field';
import { TimeForm } from '../../ui/TimeEdit';
import { useFocusOnChange } from '../../ui/useFocusOnChange';
import { officeLikelyOpen, type JournalStep } from '../journal';
import { nextKey, nextSteps, type NextStep } from '../nextStep';
import { closureMail, daText, officeEndMail, officeStartMail, type Mail } from '../outgoing';
import { type Profile } from '../profile';
import { closedInDiagnosis, journalFacts } from '../reduce';
import { changeMessage, closeProblemText, stepProblemText } from '../refusals';
import { currentTime, type DaService, type Incident, type ServiceRecord } from '../schema';
import { closeIncident, fileDa, lastRecorded, latestBefore, recordStep } from '../steps';
import { nowAfter } from '../../lib/time';
import { JOURNAL_STEP_TEXT, NEXT_TEXT as T, serviceLabel } from '../texts';
import type { IncidentActions } from '../useIncident';
import { DaText, ReasonsForm } from './DaBlock';
import { Conditions, MailActions, OfficeFields } from './NextStepParts';
import { ReferencesForm } from './ReferencesForm';
import { StepRecord } from './StepRecord';

interface Props {
  readonly incident: Incident;
  /** The references the DA uses: those remembered in this browser. */
  readonly profile: Profile | null;
  readonly actions: Pick<IncidentActions, 'record'>;
  readonly onSaveProfile: (profile: Profile) => void;
}

const labels = (services: readonly DaService[]) => services.map(serviceLabel).join(', ');

/**
 * The next steps, at the top of the incident page: for each service the one step to do now, the services
 * that can do the same step at once on one card. After every action the focus goes to the first of them.
 */
export function NextSteps(props: Props) {
  const list = nextSteps(props.incident, props.profile !== null);
  const heading = useFocusOnChange<HTMLHeadingElement>(list.map(nextKey).join('|'));
  // The two conditions of the procedure, for each service that lacks one (named, when there are several).
  const several = props.incident.services.length > 1;
  const missing = props.incident.closedAt
    ? []
    : props.incident.services
        .map((r) => ({ service: r.service, done: journalFacts(props.incident, r).done }))
        .filter(({ done }) => !done.has('system.restore') && !(done.has('da.file') && done.has('office.inform')));
  return (
    <>
      {list.map((next, i) => (
        <NextStepCard key={nextKey(next)} {...props} next={next} headingRef={i === 0 ? heading : undefined} />
      ))}
      {missing.length > 0 && (
        <div className="panel conditions-panel">
          {missing.map(({ service, done }) => (
            <Conditions
              key={service}
              service={several ? serviceLabel(service) : undefined}
              da={done.has('da.file')}
              office={done.has('office.inform')}
            />
          ))}
        </div>
      )}
    </>
  );
}

function NextStepCard({
  incident,
  profile,
  actions,
  onSaveProfile,
  next,
  headingRef,
}: Props & { next: NextStep; headingRef: Ref<HTMLHeadingElement> | undefined }) {
  const records = next.kind === 'step' ? incident.services.filter((s) => next.services.includes(s.service)) : [];
  const id = `next-${nextKey(next).replace(/[^a-z0-9]+/gi, '-')}`;
  const title =
    next.kind === 'step' ? JOURNAL_STEP_TEXT[next.step].title : next.kind === 'reasons' ? T.reasons : T[next.kind];
  const who =
    next.kind === 'step' ? labels(next.services) : next.kind === 'reasons' ? serviceLabel(next.service) : null;
  let body: ReactNode;
  if (next.kind === 'references') {
    body = (
      <ReferencesForm
        initial={profile}
        onSave={onSaveProfile}
        heading={false}
        renderPreview={(p) => <DaPreview incident={incident} profile={p} />}
      />
    );
  } else if (next.kind === 'reasons') {
    const record = incident.services.find((s) => s.service === next.service)!;
    body = <ReasonsForm incident={incident} record={record} actions={actions} />;
  } else if (next.kind === 'close') {
    body = (
      <>
        <p>{T.closeBody}</p>
        <TimeForm
          draft={`incident:${incident.id}:close`}
          label={T.closeLabel}
          hint={T.parisTime}
          submitLabel={T.closeSubmit}
          notBefore={lastRecorded(incident)}
          settle
          onSave={(at) =>
            changeMessage(
              actions.record((i) => closeIncident(i, at, new Date())),
              closeProblemText,
            )
          }
        />
      </>
    );
  } else if (next.kind === 'closed') {
    body = <p>{T.closedBody}</p>;
  } else if (next.step === 'da.file') {
    body = <DaStep incident={incident} record={records[0]!} profile={profile!} actions={actions} />;
  } else {
    body = <SharedStep incident={incident} records={records} step={next.step} profile={profile!} actions={actions} />;
  }
  return (
    <section className="panel next-step" aria-labelledby={id}>
      {who && <p className="eyebrow">{T.eyebrow(who)}</p>}
      <h2 id={id} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {body}
    </section>
  );
}

/** The references typed so far make a complete DA: its text at once, before they are saved. */
function DaPreview({ incident, profile }: { incident: Incident; profile: Profile }) {
  const record = incident.services[0]!;
  const da = daText(profile, record);
  if (!da) return null;
  return (
    <div className="da-preview">
      <p>{T.daPreview}</p>
      <pre className="text-block">{da.body}</pre>
    </div>
  );
}

/** Filing the DA: its text to copy, then its registration time, number and the office's hours. */
function DaStep({
  incident,
  record,
  profile,
  actions,
}: {
  incident: Incident;
  record: ServiceRecord;
  profile: Profile;
  actions: Props['actions'];
}) {
  const label = serviceLabel(record.service);
  const draft = `incident:${incident.id}:da:${record.service}`;
  const fieldId = draft.replace(/[^a-zA-Z0-9-]/g, '-');
  const closedBefore = closedInDiagnosis(incident, record);
  return (
    <>
      <DaText profile={profile} record={record} />
      <TimeForm
        draft={draft}
        label={T.daTimeLabel(label)}
        hint={
          <>
            <p>{JOURNAL_STEP_TEXT['da.file'].note}</p>
            <p>{T.daTimeHint}</p>
          </>
        }
        submitLabel={T.daSubmit(label)}
        settle
        // Never before the switch to alert it reports, given a little ahead of this clock.
        notBefore={currentTime(record.alertAt)}
        extra={{ daNumber: '', officeOpen: '' }}
        renderFields={(values, set) => {
          const open = values.officeOpen || (officeLikelyOpen(values.at, closedBefore) ? 'yes' : 'no');
          return (
            <>
              <TextField
                id={`${fieldId}-number`}
                label={T.daNumber(label)}
                need="optional"
                type="text"
                maxLength={40}
                autoComplete="off"
                value={values.daNumber}
                onChange={(v) => set('daNumber', v)}
              />
              <FieldSet
                id={`${fieldId}-office`}
                legend={
                  <>
                    {T.officeOpenLegend}
                    <span className="visually-hidden">{T.forService(label)}</span>
                  </>
                }
                hint={T.officeOpenHint}
                radios
              >
                <div className="radios radios-inline">
                  {(['yes', 'no'] as const).map((v) => (
                    <div className="radio" key={v}>
                      <input
                        type="radio"
                        id={`${fieldId}-office-${v}`}
                        name={`${fieldId}-office`}
                        checked={open === v}
                        onChange={() => set('officeOpen', v)}
                        // A tap on the preselected answer makes it the user's: it no longer follows the time.
                        onClick={() => set('officeOpen', v)}
                      />
                      <label htmlFor={`${fieldId}-office-${v}`}>{T.officeOpenAnswers[v]}</label>
                    </div>
                  ))}
                </div>
              </FieldSet>
            </>
          );
        }}
        onSave={(at, values) => {
          const text = daText(profile, record);
          const open = values.officeOpen ? values.officeOpen === 'yes' : officeLikelyOpen(at, closedBefore);
          return changeMessage(
            actions.record((i) =>
              fileDa(
                i,
                record.service,
                { time: at, number: values.daNumber, officeOpen: open, text: text?.body ?? '', references: profile },
                new Date(),
              ),
            ),
            (p) => stepProblemText(p, 'da.file'),
          );
        }}
      />
    </>
  );
}

/** The e-mail a step sends, for one service. */
const MAILS: Partial<Record<JournalStep, (p: Profile, r: ServiceRecord) => Mail>> = {
  'office.inform': officeStartMail,
  'closure.request': closureMail,
  'office.informEnd': officeEndMail,
};

/** A step that one record may settle for several services at once (one call, one e-mail). */
function SharedStep({
  incident,
  records,
  step,
  profile,
  actions,
}: {
  incident: Incident;
  records: readonly ServiceRecord[];
  step: Exclude<JournalStep, 'da.file'>;
  profile: Profile;
  actions: Props['actions'];
}) {
  // The services it is recorded for: all, unless the user unticks one (kept as a draft, like a typed time).
  const all = records.map((r) => r.service);
  const draftKey = `incident:${incident.id}:step-${step}:${all.join('-')}`;
  const choice = useDraft<'services'>(`${draftKey}:services`, { services: all.join(' ') });
  const chosen = all.filter((s) => choice.values.services.split(' ').includes(s));
  const setChosen = (next: readonly DaService[]) => choice.set('services', next.join(' '));
  const [error, setError] = useState<string | null>(null);
  const note = JOURNAL_STEP_TEXT[step].note;
  const mail = MAILS[step];
  const mailFor = (r: ServiceRecord) => mail!(profile, r);
  const record = (at: string | null) => {
    if (chosen.length === 0) {
      setError(T.noService);
      document.getElementById(`services-${step.replace('.', '-')}-${all[0]}`)?.focus();
      return null;
    }
    const sent = mail ? records.filter((r) => chosen.includes(r.service)).map((r) => mailFor(r).body) : [];
    const message = changeMessage(
      actions.record((i) => {
        const now = new Date();
        return recordStep(
          i,
          chosen,
          step,
          at ?? nowAfter(latestBefore(i, chosen, step), now),
          now,
          sent.join('\n\n---\n\n') || undefined,
        );
      }),
      (p) => stepProblemText(p, step),
    );
    if (message === null) choice.clear();
    return message;
  };
  const closedAtDa = records.filter((r) => journalFacts(incident, r).officeOpen === false).map((r) => r.service);
  return (
    <>
      {step === 'office.inform' && (
        <>
          <p>{note}</p>
          {closedAtDa.length > 0 && <p className="note">{T.officeClosedForward}</p>}
        </>
      )}
      {step === 'sau.call' && (
        <>
          <p>
            {note} {T.sauPhone} <SauPhone />. {contactsReadLine()}
          </p>
          <p>
            <strong>{T.sauWhy(labels(closedAtDa))}</strong>
          </p>
          <p className="no-print">
            <a className="button button-secondary" href={contacts.sau.phoneHref}>
              {T.sauCallButton(contacts.sau.phoneDisplay)}
            </a>
          </p>
        </>
      )}
      {step === 'backup.activate' && (
        <>
          <p className="journal-status ok">{T.allowed}</p>
          <p className="note">
            {T.ours}
            {note && note.charAt(0).toLowerCase() + note.slice(1)}
          </p>
        </>
      )}
      {step === 'system.restore' && <p>{T.restore}</p>}
      {step === 'closure.request' && (
        <p>
          {T.closure(contacts.sau.email)}
          <SauPhone />
          {T.closureEnd} {contactsReadLine()}
        </p>
      )}
      {step === 'office.informEnd' && <p>{T.informEnd}</p>}
      {mail &&
        records.map((r, i) => (
          <MailActions
            brief={i > 0}
            key={r.service}
            mail={mailFor(r)}
            label={`${step === 'closure.request' ? T.mailToSau : T.mailToOffice}${records.length > 1 ? ` – ${serviceLabel(r.service)}` : ''}`}
            forward={step === 'office.inform'}
            service={records.length > 1 ? serviceLabel(r.service) : undefined}
          />
        ))}
      {records.length > 1 && (
        <FieldSet id={`services-${step.replace('.', '-')}`} legend={T.forServices} error={error}>
          {records.map((r) => (
            <CheckboxField
              key={r.service}
              id={`services-${step.replace('.', '-')}-${r.service}`}
              label={serviceLabel(r.service)}
              value={chosen.includes(r.service) ? 'yes' : ''}
              onChange={(v) => {
                setError(null);
                setChosen(v === 'yes' ? [...chosen, r.service] : chosen.filter((s) => s !== r.service));
              }}
            />
          ))}
        </FieldSet>
      )}
      <StepRecord
        draft={draftKey}
        stepLabel={JOURNAL_STEP_TEXT[step].label}
        services={labels(chosen.length ? chosen : all)}
        primary
        notBefore={latestBefore(incident, chosen.length ? chosen : all, step)}
        onRecord={record}
      />
      {/* The office's name and address serve our e-mails only (the forward is written in the mail program). */}
      {step === 'office.inform' && <OfficeFields incident={incident} profile={profile} />}
    </>
  );
}
