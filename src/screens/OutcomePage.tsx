import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ANSWER_PROBLEM_TEXT } from '../content/fr/answerProblems';
import { useHelpDeskMode } from '../helpDesk/HelpDeskMode';
import { actionOf, ASKED_BY_USER } from './outcomeActions';
import { contentOf, FLOW_NAMES } from '../content/fr';
import { verdictText } from '../content/verdicts';
import { answersOf, flowOf, type OutcomeId } from '../flows/ids';
import { nodeHref } from '../session/codec';
import { hrefAfterAnswer, type Shown } from '../session/resolve';
import { AgentRecordsNotice } from '../helpDesk/AgentRecordsNotice';
import { Notice } from '../ui/Notice';
import { usePageHeading } from '../ui/usePageHeading';
import { AnswersSummary } from './AnswersSummary';
import { giveStepAnswer } from './giveStepAnswer';
import { PageFooterActions } from './PageFooterActions';
import { SCREEN_TEXT as T } from './texts';

export function OutcomePage({
  resolution,
  node,
  notice,
}: {
  resolution: Shown;
  node: OutcomeId;
  notice?: string | undefined;
}) {
  const content = contentOf(node);
  const headingRef = usePageHeading(content.title);
  const allValues = resolution.replay.path.map((a) => a.value);
  const previousNode = resolution.replay.nodes[resolution.index - 1];
  const flow = flowOf(node);
  const ways = answersOf(node);
  const labels = content.answers as Record<string, string>;
  const Body = content.Body;
  const action = actionOf(node);
  const helpDesk = useHelpDeskMode().enabled;
  const navigate = useNavigate();
  const [shownAt] = useState(() => new Date().toISOString());
  const [refused, setRefused] = useState<string | null>(null);
  return (
    <>
      {previousNode && (
        <Link className="back-link no-print" to={nodeHref(previousNode, allValues)}>
          {T.back}
        </Link>
      )}
      {notice && <Notice tone="warning">{notice}</Notice>}
      <article className="outcome" aria-labelledby="outcome-title">
        {flow && <p className="eyebrow">{T.eyebrow(FLOW_NAMES[flow])}</p>}
        <h1 id="outcome-title" ref={headingRef} tabIndex={-1}>
          {content.title}
        </h1>
        <p className={`verdict verdict-${content.verdict}`}>{verdictText(content.verdict, resolution.replay.path)}</p>
        {action && content.action && (
          <p className="outcome-action no-print">
            <Link className="button" to={action(allValues)} state={ASKED_BY_USER}>
              {content.action}
            </Link>
          </p>
        )}
        {action && <AgentRecordsNotice stepHref={nodeHref(node, allValues)} />}
        <Body path={resolution.before} />
        {ways.length > 0 && (
          <p className="ways no-print">
            {ways.map((value) => (
              <Link
                key={value}
                className="button button-secondary"
                to={hrefAfterAnswer(resolution, value)}
                onClick={(event) => {
                  // A way on is an answer: given as the question's form gives one (recorded in a call).
                  event.preventDefault();
                  void Promise.resolve(giveStepAnswer(helpDesk, resolution, value, shownAt)).then((step) => {
                    if ('problem' in step) setRefused(ANSWER_PROBLEM_TEXT[step.problem]);
                    else void navigate(step.to, { state: step.state, replace: step.replace });
                  });
                }}
              >
                {labels[value]}
              </Link>
            ))}
          </p>
        )}
        {refused && (
          <p className="notice notice-warning" role="alert">
            {refused}
          </p>
        )}
        <p className="source">
          {T.source}
          {content.source}
        </p>
      </article>
      <AnswersSummary answers={resolution.before} allValues={allValues} />
      <PageFooterActions before={allValues} showRestart showPrint />
    </>
  );
}
