import { answerLabel, contentOf } from '../../content/fr';
import { replay } from '../../flows/replay';
import { selfTriggerCase } from '../../flows/rules';

const CASE_TEXT = {
  cannotValidate: 'Cas 1 : déclarations impossibles à valider.',
  noBae: 'Cas 2 : déclarations validées sans BAE, dans aucun des trois états.',
  noBaeUnverified: 'Cas 2 : déclarations validées sans BAE ; bureau fermé, leur état n’a pas pu être vérifié.',
} as const;

/** The answers of the diagnosis that opened the incident, question by question. */
export function DiagnosisSection({ answers }: { answers: readonly string[] }) {
  const { path } = replay(answers);
  const kind = selfTriggerCase(path);
  return (
    <section className="panel" aria-labelledby="diagnosis-title">
      <h2 id="diagnosis-title">Diagnostic (fiche DELTA)</h2>
      {kind && <p>{CASE_TEXT[kind]}</p>}
      <dl className="qa-list">
        {path.map((a) => (
          <div key={a.node} className="qa-row">
            <dt>{contentOf(a.node).title}</dt>
            <dd>{answerLabel(a.node, a.value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
