/**
 * « The URL asks, the flow decides »: from a requested node and the raw answers of a URL, decide which
 * screen to show, or where to redirect and what to tell the user. Pure, so it is tested on its own.
 */
import { changeAnswer, replay, type Replay } from '../flows/replay';
import { contentOf } from '../content/fr';
import type { AnswerValue, NodeId } from '../flows/ids';
import type { AnsweredNode } from '../flows/rules';
import { nodeHref, nodeOfPath, parseSessionSearch } from './codec';

export type Resolution =
  | {
      readonly kind: 'show';
      readonly node: NodeId;
      /** Position of the node in the replayed path. */
      readonly index: number;
      /** All the answers that fit the flow, including those after this node (kept for « Continuer »). */
      readonly replay: Replay;
      /** The answers given before this node. */
      readonly before: readonly AnsweredNode[];
      /** The answer given earlier at this node, if the user came back to it. */
      readonly previous: AnsweredNode | undefined;
    }
  | { readonly kind: 'redirect'; readonly to: string; readonly notice: string };

/**
 * @param remembered the answers saved in this browser: when the URL's answers are the start of them (as
 * after the browser's Back button), the later ones are kept too, so that going back loses nothing.
 */
export function resolveLocation(pathname: string, search: string, remembered: readonly string[] = []): Resolution {
  const parsed = parseSessionSearch(search);
  if (!parsed.ok) {
    return {
      kind: 'redirect',
      to: '/',
      notice:
        parsed.problem === 'version'
          ? 'Ce lien provient d’une autre version de l’application : ses réponses n’ont pas été reprises. Recommencez le diagnostic ci-dessous.'
          : 'Ce lien est illisible ou incomplet : ses réponses n’ont pas été reprises. Recommencez le diagnostic ci-dessous.',
    };
  }
  const resumes =
    remembered.length > parsed.values.length && parsed.values.every((value, i) => remembered[i] === value);
  const result = replay(resumes ? remembered : parsed.values);
  const values = result.path.map((a) => a.value);
  if (result.rejected) {
    return {
      kind: 'redirect',
      to: nodeHref(result.current, values),
      notice: `Une réponse du lien (« ${result.rejected.value.slice(0, 20)} ») ne correspond pas au parcours : reprise à la question « ${contentOf(result.current).title} ».`,
    };
  }
  const requested = nodeOfPath(pathname);
  const index = requested === null ? -1 : result.nodes.indexOf(requested);
  if (requested === null || index === -1) {
    return {
      kind: 'redirect',
      to: nodeHref(result.current, values),
      notice:
        requested === null
          ? 'Cette adresse ne correspond à aucune étape : voici où en est votre diagnostic.'
          : 'Cette étape ne découle pas de vos réponses : voici l’étape à laquelle elles mènent.',
    };
  }
  return {
    kind: 'show',
    node: requested,
    index,
    replay: result,
    before: result.path.slice(0, index),
    previous: result.path[index],
  };
}

type Shown = Extract<Resolution, { kind: 'show' }>;

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
