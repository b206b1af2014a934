import { memo, Suspense } from 'react';
import { Link, useNavigate } from 'react-router';
import { OUTCOME_TOOLS } from './outcomeTools';
import { ClientOnly } from '../ui/ClientOnly';
import { contentOf, FLOW_NAMES } from '../content/fr';
import { VERDICT_TEXT } from '../content/verdicts';
import { answersOf, flowOf, type OutcomeId } from '../flows/ids';
import { nodeHref } from '../session/codec';
import { hrefAfterAnswer, type Shown } from '../session/resolve';
import { Notice } from '../ui/Notice';
import { usePageHeading } from '../ui/usePageHeading';
import { AnswersSummary } from './AnswersSummary';
import { PageFooterActions } from './PageFooterActions';

function OutcomePageScreen({
  resolution,
  node,
  notice,
}: {
  resolution: Shown;
  node: OutcomeId;
  notice?: string | undefined;
}) {
  const content = contentOf(node);
  const navigate = useNavigate();
  const headingRef = usePageHeading(content.title);
  const allValues = resolution.replay.path.map((a) => a.value);
  const previousNode = resolution.replay.nodes[resolution.index - 1];
  const flow = flowOf(node);
  const ways = answersOf(node);
  const labels = content.answers as Record<string, string>;
  const Body = content.Body;
  const Tool = OUTCOME_TOOLS[node];
  return (
    <>
      {previousNode && (
        <Link className="back-link no-print" to={nodeHref(previousNode, allValues)}>
          Retour
        </Link>
      )}
      {notice && <Notice tone="warning">{notice}</Notice>}
      <article className="outcome" aria-labelledby="outcome-title">
        {flow && <p className="eyebrow">Diagnostic {FLOW_NAMES[flow]}</p>}
        <h1 id="outcome-title" ref={headingRef} tabIndex={-1}>
          {content.title}
        </h1>
        <p className={`verdict verdict-${content.verdict}`}>{VERDICT_TEXT[content.verdict]}</p>
        <Suspense fallback={<p className="loading">Chargement…</p>}>
          <Body path={resolution.before} />
        </Suspense>
        {Tool && (
          // The tools read what this browser keeps: rendered once in the browser, never prerendered.
          <ClientOnly>
            <Suspense fallback={<p className="no-print">Chargement des outils…</p>}>
              <Tool path={resolution.before} />
            </Suspense>
          </ClientOnly>
        )}
        {ways.length > 0 && (
          <div className="ways no-print">
            {ways.map((value) => (
              <button
                key={value}
                type="button"
                className="button button-secondary"
                onClick={() => navigate(hrefAfterAnswer(resolution, value))}
              >
                {labels[value]}
              </button>
            ))}
          </div>
        )}
        <p className="source">Source : {content.source}</p>
      </article>
      <AnswersSummary answers={resolution.before} allValues={allValues} />
      <PageFooterActions showRestart showPrint />
    </>
  );
}

/** Rendered again only when its step, answers or notice change. */
export const OutcomePage = memo(OutcomePageScreen);
