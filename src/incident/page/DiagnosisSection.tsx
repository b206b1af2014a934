import { answerLabel, contentOf } from '../../content/fr';
import { replay } from '../../flows/replay';
import { selfTriggerCase } from '../../flows/rules';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/time';
import { nodeHref } from '../../session/codec';
import type { Incident } from '../schema';
import { DIAGNOSIS_TEXT as T, serviceLabel } from '../texts';

/**
 * The diagnoses of the incident, folded (the page is about what to do next): the one that opened it, and
 * each service's own when it differs, or the reasons confirmed for a service added without one. Printed.
 */
export function DiagnosisSection({ incident }: { incident: Incident }) {
  const opening = incident.answers.join('-');
  const others = incident.services.filter((s) => (s.answers ? s.answers.join('-') !== opening : true));
  const kind = selfTriggerCase(replay(incident.answers).path);
  return (
    <section className="panel" aria-labelledby="diagnosis-title">
      <details className="record-details diagnosis-details">
        <summary>
          <h2 id="diagnosis-title">{T.title}</h2>
          {kind && <span className="summary-line">{T.cases[kind]}</span>}
        </summary>
        <p>
          {T.opened(formatDateTime(new Date(incident.createdAt)))}{' '}
          <Link className="no-print tap-link" to={nodeHref('delta.selfTrigger', incident.answers)}>
            {T.see}
          </Link>
        </p>
        <Answers answers={incident.answers} />
        {others.map((s) => (
          <div key={s.service}>
            <h3>{T.serviceTitle(serviceLabel(s.service))}</h3>
            {s.answers ? (
              <Answers answers={s.answers} />
            ) : s.reasons ? (
              <>
                <p>{T.reasonsConfirmed}</p>
                <ul>
                  {s.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{T.reasonsPending}</p>
            )}
          </div>
        ))}
      </details>
    </section>
  );
}

function Answers({ answers }: { answers: readonly string[] }) {
  return (
    <dl className="qa-list">
      {replay(answers).path.map((a) => (
        <div key={a.node} className="qa-row">
          <dt>{contentOf(a.node).title}</dt>
          <dd>{answerLabel(a.node, a.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
