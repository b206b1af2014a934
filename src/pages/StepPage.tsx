import { useMemo } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useHelpDeskMode } from '../helpDesk/HelpDeskMode';
import { contentOf } from '../content/fr';
import { ANSWER_PROBLEM_TEXT } from '../content/fr/answerProblems';
import { isOutcomeId } from '../flows/ids';
import { useStore } from '../lib/useStore';
import { nodeHref } from '../session/codec';
import { resolveLocation, type NoticeState, type Shown } from '../session/resolve';
import { sessionStore } from '../session/store';
import { AnswersSummary } from '../screens/AnswersSummary';
import { OutcomePage } from '../screens/OutcomePage';
import { PageFooterActions } from '../screens/PageFooterActions';
import { giveStepAnswer } from '../screens/giveStepAnswer';
import { QuestionPage, type AnswerTarget } from '../screens/QuestionPage';
import { useRedirectNotice } from '../screens/useRedirectNotice';

/**
 * A step of a flow (`/delta/alert?v=1&r=delta-g1-dti`): « the URL asks, the flow decides ». The answers are
 * replayed in the statechart; the step is shown if they lead there, else the page redirects to where they
 * lead, with a notice saying why.
 */
export default function StepPage() {
  const location = useLocation();
  // The answers saved in this browser extend a shorter URL (browser Back).
  const remembered = useStore(sessionStore).value?.answers;
  const resolution = useMemo(
    () => resolveLocation(location.pathname, location.search, remembered ?? []),
    [location.pathname, location.search, remembered],
  );
  const reason = (location.state as NoticeState | null)?.reason;
  const notice = useRedirectNotice(reason, reason?.kind === 'rejected' ? contentOf(reason.at).title : '');

  // Showing a step writes nothing: the diagnosis is saved, and in help-desk mode the call recorded, when an
  // answer is given (helpDesk/answering.ts).
  // A page shown again after a refusal (the call changed in another tab) is a new page, even at the same address.
  const url = `${location.pathname}${location.search}${reason?.kind === 'callChanged' ? location.key : ''}`;

  if (resolution.kind === 'redirect') {
    const state: NoticeState | null = resolution.reason ? { reason: resolution.reason } : null;
    return <Navigate replace to={resolution.to} state={state} />;
  }
  if (isOutcomeId(resolution.node))
    return <OutcomePage key={url} resolution={resolution} node={resolution.node} notice={notice} />;
  return <Question key={url} resolution={resolution} notice={notice} />;
}

function Question({ resolution, notice }: { resolution: Shown; notice: string | undefined }) {
  const helpDesk = useHelpDeskMode().enabled;
  const node = resolution.node;
  const values = resolution.replay.path.map((a) => a.value);
  const previousNode = resolution.replay.nodes[resolution.index - 1];
  if (isOutcomeId(node)) return null;
  return (
    <QuestionPage
      node={node}
      content={contentOf(node)}
      values={values}
      before={resolution.before}
      previous={resolution.previous?.value}
      backHref={previousNode && nodeHref(previousNode, values)}
      notice={notice}
      next={(choice, shownAt) => {
        const step = giveStepAnswer(helpDesk, resolution, choice, shownAt);
        const target = (s: Awaited<typeof step>): AnswerTarget =>
          'problem' in s ? { refused: ANSWER_PROBLEM_TEXT[s.problem] } : s;
        return 'then' in step ? step.then(target) : target(step);
      }}
    >
      <AnswersSummary answers={resolution.before} allValues={values} />
      <PageFooterActions before={resolution.before.map((a) => a.value)} showRestart={values.length > 0} />
    </QuestionPage>
  );
}
