import { useEffect, useRef, useState } from 'react';
import { generatePath, Link, Navigate, useLocation, useNavigate } from 'react-router';
import { replay } from '../flows/replay';
import { answerAt, type AnsweredNode } from '../flows/rules';
import { formatDateTime } from '../lib/time';
import { nodeHref, nodePath, parseSessionSearch } from '../session/codec';
import { sessionStore } from '../session/store';
import { addDiagnosedService, newIncident, startChoice, type Diagnosis } from '../incident/opening';
import { incidentLog } from '../incident/log';
import { daServiceOf, type DaService, type Incident } from '../incident/schema';
import { act, currentIncidents, useIncidents } from '../incident/useIncident';
import { serviceLabel, START_TEXT as S } from '../incident/texts';
import { AgentRecordsNotice } from '../helpDesk/AgentRecordsNotice';
import { usePageHeading } from '../ui/usePageHeading';
import { PAGE_PATHS } from '../routes';
import { askedByUser } from '../screens/outcomeActions';

/** When the diagnosis ended: the time `delta.selfTrigger` was reached with these answers, or now. */
function diagnosisOf(path: readonly AnsweredNode[]): Diagnosis {
  const saved = sessionStore.getSnapshot().value;
  const values = path.map((a) => a.value).join('-');
  const endedAt =
    saved && saved.node === 'delta.selfTrigger' && saved.answers.join('-') === values
      ? new Date(saved.savedAt)
      : new Date();
  return { path, endedAt: Number.isNaN(endedAt.getTime()) ? new Date() : endedAt };
}

/** Carried to the incident reopened, for its notice. */
export interface ReopenedState {
  /** The service of the diagnosis, which the incident already covers. */
  readonly reopened?: DaService;
}

const when = (i: Incident) => formatDateTime(new Date(i.createdAt));
const incidentHref = (id: string) => generatePath(PAGE_PATHS.incident, { id });

/**
 * The way from the `delta.selfTrigger` outcome to its incident (`/incidents/nouveau?v=1&r=…`, the
 * diagnosis' answers): reopens the open incident that already covers this service (one DA per service),
 * offers to add the service to an open incident, or opens a new one.
 */
export default function IncidentStartPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const incidents = useIncidents().visible;
  const [failed, setFailed] = useState(false);
  const parsed = parseSessionSearch(location.search);
  const diagnosis = replay(parsed.ok ? parsed.value : []);
  const path = diagnosis.path;
  // An answer past the outcome is left out, as on the outcome's page.
  const valid = diagnosis.current === 'delta.selfTrigger';
  const values = path.map((a) => a.value);
  // Decided when the page opens: the incident this page opens is not, a moment later, one « already open ».
  const [choice] = useState(() =>
    valid
      ? startChoice(
          currentIncidents().filter((i) => !i.deleted),
          path,
        )
      : null,
  );
  const open = choice?.kind === 'addOrNew' ? incidents.filter((i) => choice.open.some((o) => o.id === i.id)) : [];
  const ref = usePageHeading(valid ? S.title : S.invalidTitle);

  // A full or blocked storage keeps the events in memory (the storage banner says so): go on to the incident.
  // Refused (a newer build's log): nothing was opened.
  const go = (id: string, written: { ok: boolean; problem?: unknown }) => {
    if (written.ok || (written.problem !== 'invalid' && written.problem !== 'newer'))
      navigate(incidentHref(id), { replace: true });
    else setFailed(true);
  };
  const create = () => {
    const events = newIncident(diagnosisOf(path), new Date());
    if (!events) return setFailed(true);
    go(events[0]!.incident, incidentLog.append(...events));
  };
  const addTo = (target: Incident) => {
    const result = act(target.id, (i) => addDiagnosedService(i, diagnosisOf(path)));
    if (result.ok || (typeof result.problem === 'object' && result.problem !== null)) go(target.id, { ok: true });
    else setFailed(true);
  };

  // No open incident, and the user asked for it (the outcome's action): one is opened at once (a reload of
  // this address finds it, and reopens it). Loaded otherwise, the page asks first: showing writes nothing.
  const asked = askedByUser(location.state, nodePath('delta.selfTrigger'));
  const opened = useRef(false);
  useEffect(() => {
    if (choice?.kind !== 'new' || !asked || opened.current) return;
    opened.current = true;
    create();
  });

  if (choice?.kind === 'reopen') {
    const service = daServiceOf(answerAt(path, 'delta.service'));
    const state: ReopenedState = service ? { reopened: service } : {};
    return <Navigate replace to={incidentHref(choice.incident.id)} state={state} />;
  }
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        {valid ? S.title : S.invalidTitle}
      </h1>
      {valid && (
        <AgentRecordsNotice
          stepHref={nodeHref(
            'delta.selfTrigger',
            path.map((a) => a.value),
          )}
        />
      )}
      {!valid ? (
        values.length === 0 ? (
          <p>
            {S.noDiagnosis}
            <Link to="/">{S.invalidLink}</Link>.
          </p>
        ) : (
          <p>
            {S.invalid}
            <Link to={nodeHref(diagnosis.current, values)}>{S.whereTheyLead}</Link>.
          </p>
        )
      ) : choice?.kind === 'addOrNew' ? (
        <>
          <p>{S.open(open.length)}</p>
          <p className="page-actions">
            {open.map((i) => (
              <button key={i.id} type="button" className="button" onClick={() => addTo(i)}>
                {S.addTo(when(i), i.services.map((s) => serviceLabel(s.service)).join(', '))}
              </button>
            ))}
            <button type="button" className="button button-secondary" onClick={create}>
              {S.create}
            </button>
          </p>
        </>
      ) : !asked ? (
        <>
          <p>{S.none}</p>
          <p className="page-actions">
            <button type="button" className="button" onClick={create}>
              {S.create}
            </button>
          </p>
        </>
      ) : (
        !failed && <output>{S.opening}</output>
      )}
      {failed && (
        <p className="error-message" role="alert">
          {S.failed}
        </p>
      )}
    </>
  );
}
