import { Link, useLocation, useParams } from 'react-router';
import { readProblemMessage } from '../content/fr/storageMessages';
import { Notice } from '../ui/Notice';
import { AgentRecordsNotice } from '../helpDesk/AgentRecordsNotice';
import { usePageHeading } from '../ui/usePageHeading';
import { usePrintMargins } from '../ui/usePrintMargins';
import { incidentLog } from '../incident/log';
import { AddServiceSection } from '../incident/page/AddServiceSection';
import { DiagnosisSection } from '../incident/page/DiagnosisSection';
import { IncidentActions } from '../incident/page/IncidentActions';
import { IncidentHeader } from '../incident/page/IncidentHeader';
import { NotesSection } from '../incident/page/NotesSection';
import { ReferencesSection } from '../incident/page/ReferencesSection';
import { ServiceSection } from '../incident/page/ServiceSection';
import { act, useIncident } from '../incident/useIncident';
import { ok } from '../lib/result';
import { useEffect, useRef, useState } from 'react';
import { NextSteps } from '../incident/page/NextStepCard';
import { profileStore } from '../incident/store';
import type { Profile } from '../incident/profile';
import { useStore } from '../lib/useStore';
import { INCIDENT_PAGE_TEXT as T, INCIDENT_SOURCE, RECORD_TEXT, serviceLabel, stepLabelOf } from '../incident/texts';
import { formatDateTime, formatLocalValue } from '../lib/time';
import { currentTime, latest } from '../incident/schema';
import { conflictText, keptStepTime, officesApart } from '../incident/outgoing';
import { closeIncident, keepAlertAt, keepDa, keepOtherDa, keepStepTime } from '../incident/steps';
import { alertProblemText, closeProblemText, stepProblemText } from '../incident/refusals';
import { changeText } from '../content/fr/storageMessages';
import type { Incident } from '../incident/schema';
import type { IncidentEventData } from '../incident/log';
import type { Result } from '../lib/result';
import type { ReopenedState } from './IncidentStartPage';
import { PAGE_PATHS } from '../routes';

/** The references are the broker's, for every incident; each DA keeps those it was filed with. */
const saveProfile = (p: Profile) => profileStore.write(p);

/**
 * One self-triggered backup procedure. At the top, on a phone's first screen: its state and the next steps
 * with their buttons; below, the record an officer may ask to see (each service's DA as filed, its journal
 * with its times and corrections, the references, the diagnoses, folded once complete).
 */
export default function IncidentPage() {
  const { id = '' } = useParams();
  const reopened = (useLocation().state as ReopenedState | null)?.reopened;
  const actions = useIncident(id);
  const { incident, problem, deleted, elsewhere } = actions;
  // What another tab recorded after this page showed: said, so that no one acts on a page that changed.
  const [shownWith] = useState(elsewhere);
  const changedElsewhere = elsewhere !== null && elsewhere !== shownWith;
  const profile = useStore(profileStore).value;
  const newer = problem === 'version';
  const missing = deleted ? T.deletedTitle : newer ? T.newerTitle : T.notFound;
  const ref = usePageHeading(incident ? T.title : missing);
  // Every printed page says which incident it is of: a loose page is tied back to it.
  usePrintMargins(
    incident
      ? T.printMargin(
          formatDateTime(new Date(incident.createdAt)),
          incident.services.map((s) => serviceLabel(s.service)).join(', '),
        )
      : null,
  );
  // What the user keeps of a conflict (the report `key`) is recorded; the notice goes, the page's title takes
  // the focus. Or why not (a time out of the fiche's order), said under that report's buttons.
  const [keepFailure, setKeepFailure] = useState<{ key: string; text: string } | null>(null);
  // A report settled: the focus goes to what is left to check (the notice's title), or, none left, to the
  // page's heading.
  const conflictsTitle = useRef<HTMLParagraphElement>(null);
  const [settled, setSettled] = useState(0);
  useEffect(() => {
    if (settled > 0) (conflictsTitle.current ?? ref.current)?.focus();
  }, [settled, ref]);
  function keep<P>(
    key: string,
    rule: (i: Incident) => Result<IncidentEventData | null, P>,
    word: (problem: P) => string = () => '',
  ) {
    const result = actions.record(rule);
    const text = changeText(result, (p) => (p === 'notFound' ? '' : word(p)));
    setKeepFailure(text ? { key, text } : null);
    if (result.ok) setSettled((n) => n + 1);
  }
  const refusal = (key: string) => keepFailure?.key === key && <p role="alert">{keepFailure.text}</p>;
  if (!incident) {
    return (
      <>
        <h1 ref={ref} tabIndex={-1}>
          {missing}
        </h1>
        {problem && <Notice tone="warning">{readProblemMessage(problem, incidentLog.name)}</Notice>}
        {!newer && <p>{deleted ? T.deletedBody : T.notFoundBody}</p>}
        {deleted && (
          <p>
            <button
              type="button"
              className="button"
              onClick={() => act(id, () => ok({ type: 'incident.restored' as const }))}
            >
              {T.undoDelete}
            </button>
          </p>
        )}
        <p>
          <Link to={PAGE_PATHS.incidents}>{T.list}</Link>
        </p>
      </>
    );
  }
  return (
    <article className="incident">
      {reopened && <Notice>{T.reopened(serviceLabel(reopened), formatDateTime(new Date(incident.createdAt)))}</Notice>}
      <IncidentHeader incident={incident} headingRef={ref} />
      <AgentRecordsNotice />
      {incident.conflicts.length > 0 && (
        <Notice tone="warning">
          <p ref={conflictsTitle} tabIndex={-1}>
            <strong>{RECORD_TEXT.conflictsHeading}</strong>
          </p>
          {incident.conflicts.map((c) => {
            const record = incident.services.find((s) => s.service === c.service)!;
            const key = `${c.ignored}-${c.service ?? ''}`;
            if (c.kind === 'twoDas') {
              const number = latest(record.da?.numbers ?? []) ?? '';
              const other = keepOtherDa(incident, record).ok;
              const apart = officesApart(record, c);
              return (
                <div key={key}>
                  <p>
                    {conflictText(incident, c)} <span className="no-print">{RECORD_TEXT.keepHint.da(other)}</span>
                  </p>
                  <p className="actions-inline no-print">
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => keep(key, () => keepDa(record))}
                    >
                      {RECORD_TEXT.keepDa(number, apart[0])}
                    </button>
                    {other && (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        onClick={() => keep(key, (i) => keepOtherDa(i, record))}
                      >
                        {RECORD_TEXT.keepOtherDa(c.number, apart[1])}
                      </button>
                    )}
                  </p>
                  {refusal(key)}
                </div>
              );
            }
            // An alert time, a step or the closure recorded in two copies at two times: either kept by its button.
            const keepTime = (time: string) =>
              c.kind === 'serviceTwice'
                ? keep(
                    key,
                    (i) =>
                      keepAlertAt(
                        i.services.find((s) => s.service === c.service)!,
                        time,
                      ),
                    alertProblemText,
                  )
                : c.kind === 'twice'
                  ? keep(
                      key,
                      (i) =>
                        keepStepTime(
                          i,
                          i.services.find((s) => s.service === c.service)!,
                          c.step,
                          time,
                          new Date(),
                        ),
                      (p) => stepProblemText(p, c.step),
                    )
                  : keep(
                      key,
                      (i) => closeIncident(i, time, new Date()),
                      // Both before a time recorded since: the way out, said.
                      (p) => `${closeProblemText(p)}${p.kind === 'beforeLast' ? ` ${RECORD_TEXT.closureReopen}` : ''}`,
                    );
            // What its buttons are about, for those who hear them alone (several reports may share times).
            const about =
              c.kind === 'serviceTwice'
                ? RECORD_TEXT.alertAbout(serviceLabel(c.service))
                : c.kind === 'twice'
                  ? RECORD_TEXT.stepAbout(stepLabelOf(c.step), serviceLabel(c.service))
                  : RECORD_TEXT.closureAbout;
            const kept =
              c.kind === 'serviceTwice'
                ? currentTime(record.alertAt)
                : c.kind === 'twice'
                  ? keptStepTime(record, c.step)
                  : (incident.closedAt?.at ?? c.time);
            const hint = c.kind === 'serviceTwice' ? 'alert' : c.kind === 'twice' ? 'step' : 'closed';
            return (
              <div key={key}>
                <p>
                  {conflictText(incident, c)} <span className="no-print">{RECORD_TEXT.keepHint[hint]}</span>
                </p>
                <p className="actions-inline no-print">
                  {[kept, c.time].map((time) => (
                    <button
                      key={time}
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => keepTime(time)}
                      aria-label={`${RECORD_TEXT.keepAlert(formatLocalValue(time))} (${about})`}
                    >
                      {RECORD_TEXT.keepAlert(formatLocalValue(time))}
                    </button>
                  ))}
                </p>
                {refusal(key)}
              </div>
            );
          })}
        </Notice>
      )}
      {/* Another service hit: said first, folded, so that its DA is prepared with the first one. */}
      {!incident.closedAt && <AddServiceSection incident={incident} actions={actions} />}
      {/* Another tab's change, said where it shows: by the next steps it changed. */}
      {/* For the screen, at that moment: not on the record printed. */}
      {changedElsewhere && (
        <div className="no-print">
          <Notice tone="warning">{T.changedElsewhere}</Notice>
        </div>
      )}
      <NextSteps incident={incident} profile={profile} actions={actions} onSaveProfile={saveProfile} />
      {incident.services.map((record) => (
        <ServiceSection key={record.service} incident={incident} record={record} actions={actions} profile={profile} />
      ))}
      <ReferencesSection onSave={saveProfile} />
      <DiagnosisSection incident={incident} />
      <NotesSection incident={incident} actions={actions} />
      <IncidentActions incident={incident} profile={profile} actions={actions} />
      <p className="source">{INCIDENT_SOURCE}</p>
    </article>
  );
}
