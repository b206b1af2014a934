import { Link } from 'react-router';
import { answerLabel, contentOf } from '../content/fr';
import type { AnsweredNode } from '../flows/rules';
import { nodeHref } from '../session/codec';
import { SCREEN_TEXT as T } from './texts';

/** « Vos réponses »: each answer with a « Modifier » link to its question (GOV.UK check-answers pattern). */
export function AnswersSummary({
  answers,
  allValues,
}: {
  /** The answers to list. */
  answers: readonly AnsweredNode[];
  /** Every answer of the session, carried by the « Modifier » links so that none is lost. */
  allValues: readonly string[];
}) {
  if (answers.length === 0) return null;
  return (
    <section className="answers" aria-labelledby="answers-heading">
      <h2 id="answers-heading">{T.answers}</h2>
      <dl className="summary-list">
        {answers.map((a) => {
          const question = contentOf(a.node).title;
          return (
            <div className="summary-row" key={a.node}>
              <dt>{question}</dt>
              <dd>{answerLabel(a.node, a.value)}</dd>
              <dd className="summary-action">
                <Link to={nodeHref(a.node, allValues)}>
                  {T.change} <span className="visually-hidden">{T.changeWhat(question)}</span>
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
