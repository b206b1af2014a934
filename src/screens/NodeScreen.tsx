import { use, useEffect, useMemo, useRef } from 'react';
import { Navigate, useLocation } from 'react-router';
import { isOutcomeId } from '../flows/ids';
import type { RedirectReason, Resolution } from '../session/resolve';
import { ENTRY_RESOLUTION, isPlainEntry } from '../session/entry';
import { redirectNotice } from '../content/fr/notices';
import { sessionStore } from '../session/storage';
import { QuestionPage } from './QuestionPage';
import { useStore } from '../lib/useStore';
import { pageOf } from '../lib/pages';
import { loadFlow, type Flow } from './loadFlow';

export interface NoticeState {
  readonly reason?: RedirectReason;
}

let lastShown: { url: string; answers: string; resolution: Resolution } | undefined;

/**
 * resolveLocation, keeping the last result when the saved answers become the very answers it showed (the
 * page saves them once shown): the result would be the same, and the page is not rendered again for nothing.
 */
function resolveShown(
  resolveLocation: Flow['resolveLocation'],
  pathname: string,
  search: string,
  remembered: string,
): Resolution {
  const url = pathname + search;
  if (lastShown?.url === url && lastShown.answers === remembered) return lastShown.resolution;
  const resolution = resolveLocation(pathname, search, remembered ? remembered.split('-') : []);
  const answers = resolution.kind === 'show' ? resolution.replay.path.map((a) => a.value).join('-') : '';
  lastShown = { url, answers, resolution };
  return resolution;
}

/**
 * Before the first render of a URL (src/start.tsx): the flow, so that a step renders at once rather than
 * suspending; not for the plain entry page, nor for a page outside the diagnosis (the register, an
 * incident…), which would wait for it for nothing.
 */
export function preloadFlow(pathname: string, search: string): Promise<unknown> {
  const saved = sessionStore.getSnapshot().value?.answers ?? [];
  return pageOf(pathname) !== 'step' || isPlainEntry(pathname, search, saved.length > 0)
    ? Promise.resolve()
    : loadFlow();
}

/** Renders the node the URL names, once the flow has confirmed the answers lead there. */
export function NodeScreen() {
  const location = useLocation();
  // The answers saved in this browser extend a shorter URL (browser Back): compared by value, since the
  // session is saved again on every step.
  const remembered = useStore(sessionStore).value?.answers.join('-') ?? '';
  // The entry page with nothing to replay is shown without the flows' engine; any other step waits for it.
  const flow = isPlainEntry(location.pathname, location.search, remembered !== '') ? null : use(loadFlow());
  const resolution = useMemo(
    () =>
      flow ? resolveShown(flow.resolveLocation, location.pathname, location.search, remembered) : ENTRY_RESOLUTION,
    [flow, location.pathname, location.search, remembered],
  );
  const reason = (location.state as NoticeState | null)?.reason;
  const notice = useMemo(() => (reason ? redirectNotice(reason) : undefined), [reason]);

  // Each step reached is saved once, so that the diagnosis can be resumed; a later change of the saved
  // session (« Recommencer », another tab) does not make this page save itself again. The entry page does
  // not overwrite the saved diagnosis: it offers to resume it.
  const url = `${location.pathname}${location.search}`;
  const savedFor = useRef<string | null>(null);
  useEffect(() => {
    if (savedFor.current === url) return;
    savedFor.current = url;
    if (resolution.kind !== 'show' || resolution.index === 0) return;
    const answers = resolution.replay.path.map((a) => a.value);
    sessionStore.write({ answers, node: resolution.node, savedAt: new Date().toISOString() });
  }, [url, resolution]);

  if (resolution.kind === 'redirect') {
    const state: NoticeState | null = resolution.reason ? { reason: resolution.reason } : null;
    return <Navigate replace to={resolution.to} state={state} />;
  }
  if (isOutcomeId(resolution.node))
    // Never the plain entry page: the flow is there.
    return flow && <flow.OutcomePage key={url} resolution={resolution} node={resolution.node} notice={notice} />;
  return <QuestionPage key={url} resolution={resolution} node={resolution.node} notice={notice} />;
}
