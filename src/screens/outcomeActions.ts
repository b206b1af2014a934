/**
 * Where an outcome's main action leads (its label is the outcome's content: `action`): the page of its tool,
 * with the diagnosis' answers. A link, so that it works before the app has taken over the page.
 */
import type { OutcomeId } from '../flows/ids';
import { PAGE_PATHS } from '../routes';
import { sessionSearch } from '../session/codec';

export const OUTCOME_ACTIONS = {
  // The incident of a self-triggered backup procedure: opened, or the open one resumed.
  'delta.selfTrigger': (values: readonly string[]) => PAGE_PATHS.incidentStart + sessionSearch(values),
  // The GAMMA 2 register and its outage episode, authorised as the diagnosis established.
  'gamma.backup': (values: readonly string[]) => PAGE_PATHS.register + sessionSearch(values),
} as const satisfies Partial<Record<OutcomeId, (values: readonly string[]) => string>>;

export const actionOf = (node: OutcomeId) =>
  (OUTCOME_ACTIONS as Partial<Record<OutcomeId, (values: readonly string[]) => string>>)[node];

/**
 * The state an outcome's action is followed with: the user asked for its tool. A page loaded otherwise (a
 * bookmark, a link sent, the address typed) shows what it would do and waits to be asked.
 */
export const ASKED_BY_USER = { asked: true } as const;

/**
 * Whether the user asked: the outcome's action followed in the app (its state), or, before the app had taken
 * over the outcome's page, its link (the page it came from: the referrer, sent within the app's origin only).
 */
export function askedByUser(state: unknown, outcome: string): boolean {
  if ((state as { asked?: unknown } | null)?.asked === true) return true;
  try {
    const from = new URL(document.referrer);
    return from.origin === window.location.origin && from.pathname === outcome;
  } catch {
    return false;
  }
}
