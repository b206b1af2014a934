import { lazy, Suspense, useMemo, useSyncExternalStore } from 'react';
import { Navigate, useLocation } from 'react-router';
import { startContent } from '../content/fr/start';
import { ANSWER_PROBLEM_TEXT } from '../content/fr/answerProblems';
import { useRedirectNotice } from '../screens/useRedirectNotice';
import { useStore } from '../lib/useStore';
import { hasStoredValue } from '../lib/storage';
import {
  ANSWER_PARAM,
  hrefAfterEntryAnswer,
  isEntryAnswer,
  type EntryAnswer,
  parseSessionSearch,
  withRemembered,
} from '../session/codec';
import type { NoticeState, RedirectReason } from '../session/resolve';
import { saveAnswers, sessionStore } from '../session/store';
import { useHelpDeskMode } from '../helpDesk/HelpDeskMode';
import { FLOW_START } from '../session/codec';
import { QuestionPage } from '../screens/QuestionPage';

const EntryOffers = lazy(() => import('../screens/EntryOffers'));

/**
 * The entry page, `/`: which online service does not work. It routes without the flows' statechart (the
 * flows' first questions are known: FLOW_START), so that its first load carries only this question.
 */
export default function EntryPage() {
  const location = useLocation();
  const session = useStore(sessionStore);
  const helpDesk = useHelpDeskMode().enabled;
  const saved = session.value?.answers ?? [];
  const parsed = useMemo(() => parseSessionSearch(location.search), [location.search]);
  const reason = (location.state as NoticeState | null)?.reason;
  const notice = useRedirectNotice(reason, startContent.start.title);
  // Whether incidents are kept: read once in the browser (not while hydrating), without their schemas,
  // which come with the offers.
  const incidentsKept = useSyncExternalStore(
    noChange,
    () => hasStoredValue('incident-log') || hasStoredValue('incidents'),
    () => false,
  );

  if (!parsed.ok) return <Restart reason={{ kind: parsed.problem }} />;
  const values = withRemembered(parsed.value, saved);
  if (values.length > 0 && !isEntryAnswer(values[0]))
    return <Restart reason={{ kind: 'rejected', value: values[0]!.slice(0, 20), at: 'start' }} />;
  // An answer sent with the form before the app had taken over the page: followed.
  const chosen = new URLSearchParams(location.search).get(ANSWER_PARAM);
  if (chosen !== null) {
    if (isEntryAnswer(chosen)) return <Navigate replace to={hrefAfterEntryAnswer(values, chosen)} />;
    return <Restart reason={{ kind: 'rejected', value: chosen.slice(0, 20), at: 'start' }} />;
  }

  return (
    <QuestionPage
      key={location.pathname + location.search + (reason?.kind === 'callChanged' ? location.key : '')}
      node="start"
      content={startContent.start}
      values={values}
      before={[]}
      previous={isEntryAnswer(values[0]) ? values[0] : undefined}
      notice={notice}
      next={async (choice, shownAt) => {
        const entry = choice as EntryAnswer;
        if (!helpDesk) {
          saveAnswers(values[0] === entry ? values : [entry], FLOW_START[entry]);
          return { to: hrefAfterEntryAnswer(values, entry) };
        }
        // Help-desk mode: the answer is recorded in the call (its code comes with the panel, not the first load).
        const { giveAnswer } = await import('../helpDesk/answering');
        const given = giveAnswer(
          helpDesk,
          { node: 'start', index: 0, values },
          choice,
          shownAt,
          (answers, _, value) => (answers[0] === value ? answers : [value]),
          (answers) => FLOW_START[answers[0] as EntryAnswer],
        );
        if (given.ok) return { to: hrefAfterEntryAnswer(given.value, choice as EntryAnswer) };
        if (given.problem !== 'callChanged') return { refused: ANSWER_PROBLEM_TEXT[given.problem] };
        const state: NoticeState = { reason: { kind: 'callChanged' } };
        return { to: '/', state, replace: true };
      }}
    >
      {/* What this browser keeps, offered below the question so that nothing moves under the user's finger. */}
      {(saved.length > 0 || (session.problem !== null && session.problem !== 'unavailable') || incidentsKept) && (
        <Suspense fallback={null}>
          <EntryOffers />
        </Suspense>
      )}
    </QuestionPage>
  );
}

const noChange = () => () => {};

function Restart({ reason }: { reason: RedirectReason }) {
  const state: NoticeState = { reason };
  return <Navigate replace to="/" state={state} />;
}
