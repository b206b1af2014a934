import { lazy, Suspense, useEffect, useMemo } from 'react';
import { Navigate, useLocation } from 'react-router';
import { isOutcomeId } from '../flows/ids';
import { resolveLocation } from '../session/resolve';
import { sessionStore } from '../session/storage';
import { OutcomePage } from './OutcomePage';
import { QuestionPage } from './QuestionPage';
import { useAgentMode } from '../agent/AgentMode';

const AgentPanel = lazy(() => import('../agent/AgentPanel'));

export interface NoticeState {
  readonly notice?: string;
}

/** Renders the node the URL names, once the flow has confirmed the answers lead there. */
export function NodeScreen() {
  const location = useLocation();
  const resolution = useMemo(
    () => resolveLocation(location.pathname, location.search, sessionStore.read().value?.answers),
    [location.pathname, location.search],
  );
  const notice = (location.state as NoticeState | null)?.notice;
  const agent = useAgentMode();

  useEffect(() => {
    if (resolution.kind !== 'show') return;
    const answers = resolution.replay.path.map((a) => a.value);
    if (answers.length === 0) return;
    sessionStore.write({ answers, node: resolution.node, savedAt: new Date().toISOString() });
  }, [resolution]);

  if (resolution.kind === 'redirect') {
    return <Navigate replace to={resolution.to} state={{ notice: resolution.notice } satisfies NoticeState} />;
  }
  const key = `${location.pathname}${location.search}`;
  const page = isOutcomeId(resolution.node) ? (
    <OutcomePage key={key} resolution={resolution} node={resolution.node} notice={notice} />
  ) : (
    <QuestionPage key={key} resolution={resolution} node={resolution.node} notice={notice} />
  );
  if (!agent.enabled) return page;
  return (
    <div className="agent-layout">
      <div className="agent-main">{page}</div>
      <Suspense fallback={<p>Chargement du mode assistance…</p>}>
        <AgentPanel resolution={resolution} />
      </Suspense>
    </div>
  );
}
