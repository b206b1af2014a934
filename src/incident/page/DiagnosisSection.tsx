import { answerLabel, contentOf } from '../../content/fr';
import { replay } from '../../flows/replay';
import { selfTriggerCase } from '../../flows/rules';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/time';
import { nodeHref } from '../../session/codec';
import type { Incident } from '../schema';

const CASE_TEXT = {
  cannotValidate: 'Cas 1 : déclarations impossibles à valider.',
  noBae: 'Cas 2 : déclarations validées sans BAE, dans aucun des trois états.',
  noBaeUnverified: 'Cas 2 : déclarations validées sans BAE ; bureau fermé, leur état n’a pas pu être vérifié.',
} as const;

/** The answers of the diagnosis that opened the incident, folded: the page is about what to do next. */
export function DiagnosisSection({ incident }: { incident: Incident }) {
  const { path } = replay(incident.answers);
  const kind = selfTriggerCase(path);
  return (
    <section className="panel" aria-labelledby="diagnosis-title">
      <details className="record-details diagnosis-details">
        <summary>
          <h2 id="diagnosis-title">Diagnostic (fiche DELTA)</h2>
          {kind && <span className="summary-line">{CASE_TEXT[kind]}</span>}
        </summary>
        <p>
          Incident ouvert dans l’outil le {formatDateTime(new Date(incident.createdAt))} (heure de Paris).{' '}
          <Link className="no-print" to={nodeHref('delta.selfTrigger', incident.answers)}>
            Voir le diagnostic
          </Link>
        </p>
        <dl className="qa-list">
          {path.map((a) => (
            <div key={a.node} className="qa-row">
              <dt>{contentOf(a.node).title}</dt>
              <dd>{answerLabel(a.node, a.value)}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
