import { useEffect, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** Where the call of a page is kept in the browser's history entry, beside React Router's own fields. */
const KEY = 'helpDeskCall';

function readTag(): string | null {
  if (typeof window === 'undefined') return null;
  const state: unknown = window.history.state;
  if (typeof state !== 'object' || state === null) return null;
  const tag = (state as Record<string, unknown>)[KEY];
  return typeof tag === 'string' ? tag : null;
}

/** The state of a link back to the call in progress from another call's page: the page it opens is not that call's. */
export const RETURN_TO_CALL = { helpDeskReturn: true } as const;

interface ShownPage {
  readonly key: string;
  readonly call: string | null;
  readonly before: readonly string[] | null;
}

/**
 * The call a page belongs to, kept in its entry of the browser's history, so that after « Nouvel appel »
 * the Back button shows the previous caller's pages without their answers being logged into the new call.
 *
 * A page is given its call when first shown: the call it continues when reached from another call's page
 * (an answer given there, a redirect), else the call in progress. `before` is the answers given before
 * the step shown (null off the diagnosis).
 */
export function usePageCall(callId: string | undefined, before: readonly string[] | null): string | null {
  const location = useLocation();
  const navigationType = useNavigationType();
  const returning = (location.state as Partial<typeof RETURN_TO_CALL> | null)?.helpDeskReturn === true;
  // The page shown, kept from one render to the next: a new one is given its call from the one before it.
  const [page, setPage] = useState<ShownPage>(() => ({ key: location.key, call: readTag() ?? callId ?? null, before }));
  let shown = page;
  if (page.key !== location.key) {
    const answered =
      before !== null &&
      page.before !== null &&
      before.length === page.before.length + 1 &&
      page.before.every((v, i) => before[i] === v);
    const fromOtherCall = page.call !== null && page.call !== callId && !returning;
    const inherited = fromOtherCall && (navigationType === 'REPLACE' || answered) ? page.call : null;
    shown = { key: location.key, call: readTag() ?? inherited ?? callId ?? null, before };
    setPage(shown);
  } else if (page.call === null && callId !== undefined) {
    // The call in progress was given its id on this page (a call saved before calls had one).
    shown = { ...page, call: readTag() ?? callId };
    setPage(shown);
  }
  // Kept from when the page was first shown: a call started on it (« Nouvel appel ») does not take it.
  const pageCall = shown.call ?? readTag() ?? callId ?? null;

  useEffect(() => {
    // Only the entry shown, and only if the router keeps its entries in the browser's history: React Router
    // writes the index of each there (and its key, but on the first page of a visit).
    const state = window.history.state as { key?: unknown; idx?: unknown } | null;
    const entry = state !== null && typeof state.idx === 'number' && (state.key ?? 'default') === location.key;
    if (pageCall === null || !entry || readTag() === pageCall) return;
    window.history.replaceState({ ...state, [KEY]: pageCall }, '');
  }, [location.key, pageCall]);

  return pageCall;
}
