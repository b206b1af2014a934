/**
 * « The URL asks, the flow decides »: from a requested node and the raw answers of a URL, decide which
 * screen to show, or where to redirect and why (a code: the screens word it). Pure, so it is tested on
 * its own.
 */
import { changeAnswer, replay, type ReplayPath } from '../flows/replay';
import { answersOf, type AnswerValue, type NodeId } from '../flows/ids';
import type { AnsweredNode } from '../flows/rules';
import {
  ANSWER_PARAM,
  FORM_PARAM,
  impliedAnswers,
  nodeHref,
  nodeOfPath,
  parseSessionSearch,
  withRemembered,
} from './codec';

/** Why a URL was not shown as it is: a code, that the screens word (content/fr/notices.ts). */
export type RedirectReason =
  /** `noAnswers`: a step after the first question, in a link without the answers that lead to it. */
  | { readonly kind: 'version' | 'format' | 'unknownStep' | 'notOnPath' | 'noAnswers' }
  /** Help-desk mode: the call in progress changed in another tab since the page was shown. */
  | { readonly kind: 'callChanged' }
  /** An answer sent by a prerendered page's form, whose answers this browser could not confirm. */
  | { readonly kind: 'notReady' }
  /** An answer of the link does not fit the flow: the replay stopped at the question `at`. */
  | { readonly kind: 'rejected'; readonly value: string; readonly at: NodeId };

export type Resolution =
  | {
      readonly kind: 'show';
      readonly node: NodeId;
      /** Position of the node in the replayed path. */
      readonly index: number;
      /** All the answers that fit the flow, including those after this node (kept for « Continuer »). */
      readonly replay: ReplayPath;
      /** The answers given before this node. */
      readonly before: readonly AnsweredNode[];
      /** The answer given earlier at this node, if the user came back to it. */
      readonly previous: AnsweredNode | undefined;
    }
  /** No reason: nothing to tell (an answer given before the app took over the page, followed). */
  | { readonly kind: 'redirect'; readonly to: string; readonly reason?: RedirectReason };

/**
 * @param remembered the answers saved in this browser: when the URL's answers are the start of them (as
 * after the browser's Back button), the later ones are kept too, so that going back loses nothing.
 */
export function resolveLocation(pathname: string, search: string, remembered: readonly string[] = []): Resolution {
  const params = new URLSearchParams(search);
  const chosen = params.get(ANSWER_PARAM);
  if (chosen !== null && params.get(FORM_PARAM) === '1')
    return followFormAnswer(nodeOfPath(pathname), chosen, remembered);
  const parsed = parseSessionSearch(search);
  if (!parsed.ok) return { kind: 'redirect', to: '/', reason: { kind: parsed.problem } };
  const requested = nodeOfPath(pathname);
  // The first question of a flow names its answer at the entry question (/delta/service is « DELTA »).
  const given = parsed.value.length === 0 && requested !== null ? impliedAnswers(requested) : parsed.value;
  const result = replay(withRemembered(given, remembered));
  const values = result.path.map((a) => a.value);
  if (result.rejected) {
    return {
      kind: 'redirect',
      to: nodeHref(result.current, values),
      reason: { kind: 'rejected', value: result.rejected.value.slice(0, 20), at: result.current },
    };
  }
  const index = requested === null ? -1 : result.nodes.indexOf(requested);
  if (requested === null || index === -1) {
    return {
      kind: 'redirect',
      to: nodeHref(result.current, values),
      reason: { kind: requested === null ? 'unknownStep' : values.length === 0 ? 'noAnswers' : 'notOnPath' },
    };
  }
  const shown: Shown = {
    kind: 'show',
    node: requested,
    index,
    replay: result,
    before: result.path.slice(0, index),
    previous: result.path[index],
  };
  return chosen === null ? shown : followAnswer(shown, chosen);
}

/**
 * An answer sent by a question's own form before the app took over the page. The form's answers are those
 * the page was prerendered with: a static host that serves one prerendered page whatever the query (pretty
 * URLs) may have given it to another diagnosis, so they are never taken. The answers saved in this browser
 * are, when they reach this question (as after any answer given here); otherwise nothing is assumed: back
 * to the start, saying why, rather than someone else's answers.
 */
function followFormAnswer(requested: NodeId | null, chosen: string, remembered: readonly string[]): Resolution {
  const saved = replay(remembered);
  const index = requested === null ? -1 : saved.nodes.indexOf(requested);
  if (requested === null || index === -1) return { kind: 'redirect', to: '/', reason: { kind: 'notReady' } };
  const shown: Shown = {
    kind: 'show',
    node: requested,
    index,
    replay: saved,
    before: saved.path.slice(0, index),
    previous: saved.path[index],
  };
  return followAnswer(shown, chosen);
}

/** An answer submitted with the form before the app took over the page: followed, or refused with a reason. */
function followAnswer(shown: Shown, value: string): Resolution {
  const values = shown.replay.path.map((a) => a.value);
  const answers: readonly string[] = answersOf(shown.node);
  if (!answers.includes(value))
    return {
      kind: 'redirect',
      to: nodeHref(shown.node, values),
      reason: { kind: 'rejected', value: value.slice(0, 20), at: shown.node },
    };
  return { kind: 'redirect', to: hrefAfterAnswer(shown, value as AnswerValue) };
}

/** A step shown: what the screens of a step render. */
export type Shown = Extract<Resolution, { kind: 'show' }>;

/** The next URL once `value` is chosen at the shown node (later answers kept while they still apply). */
export function hrefAfterAnswer(resolution: Shown, value: AnswerValue): string {
  const values = changeAnswer(resolution.replay.path, resolution.index, value);
  const next = replay(values).nodes[resolution.index + 1];
  if (next === undefined) throw new Error(`Answer ${value} leads nowhere from ${resolution.node}`);
  return nodeHref(next, values);
}

/** resolveLocation for an href of this app ('/delta/mode?v=1&r=…'); null unless it shows a step. */
export function resolveHref(href: string, remembered: readonly string[] = []): Shown | null {
  const url = new URL(href, 'https://app.invalid');
  const resolution = resolveLocation(url.pathname, url.search, remembered);
  return resolution.kind === 'show' ? resolution : null;
}

/** What a redirect carries to the page it leads to (react-router's location state): why, for its notice. */
export interface NoticeState {
  readonly reason?: RedirectReason;
}
