/**
 * The session in the URL: `/{flow}/{step}?v=1&r=delta-g1-dti-no`. `r` lists the answers from the entry
 * question on (values only: each answers the node the previous ones lead to); `v` is the format version.
 * Only answer ids travel in a URL, never free text such as an EORI or a company name.
 */
import { ok, refuse, type Result } from '../lib/result';
import * as z from 'zod/mini';
import { isNodeId, type NodeId } from '../flows/ids';

export const SESSION_VERSION = 1;
export const MAX_ANSWERS = 40;

/**
 * The query parameter of the answer chosen at a question: the name of its radio buttons. A question's form
 * also carries the URL's answers (v, r), so that, submitted before the app has taken over the prerendered
 * page (the browser then loads `?v=1&r=…&answer=…`), the answer is followed and nothing is lost.
 */
export const ANSWER_PARAM = 'answer';

/**
 * Sent with an answer by a question's own form (before the app has taken over the page). Its answers (v, r)
 * are then those the page was prerendered with, which a static host that ignores the query (« pretty URLs »)
 * may have served for another diagnosis: they are not trusted (session/resolve.ts).
 */
export const FORM_PARAM = 'f';
const SEPARATOR = '-';

const answersParam = z
  .string()
  .check(z.maxLength(MAX_ANSWERS * 21), z.regex(/^[a-zA-Z0-9]{1,20}(-[a-zA-Z0-9]{1,20})*$/));

export type ParsedSearch = Result<readonly string[], 'version' | 'format'>;

/** Reads the answers of a URL's query string. No `r` means no answers yet. */
export function parseSessionSearch(search: string): ParsedSearch {
  const params = new URLSearchParams(search);
  const r = params.get('r');
  if (r === null || r === '') return ok([]);
  if (params.get('v') !== String(SESSION_VERSION)) return refuse('version');
  const parsed = answersParam.safeParse(r);
  if (!parsed.success) return refuse('format');
  const values = parsed.data.split(SEPARATOR);
  if (values.length > MAX_ANSWERS) return refuse('format');
  return ok(values);
}

/** The query's fields for these answers (none without answers), as a form sends them. */
export function sessionFields(values: readonly string[]): readonly (readonly [name: string, value: string])[] {
  if (values.length === 0) return [];
  return [
    ['v', String(SESSION_VERSION)],
    ['r', values.join(SEPARATOR)],
  ];
}

export function sessionSearch(values: readonly string[]): string {
  if (values.length === 0) return '';
  return `?v=${SESSION_VERSION}&r=${values.join(SEPARATOR)}`;
}

/** `start` is `/`; `delta.alert` is `/delta/alert`. */
export function nodePath(node: NodeId): string {
  return node === 'start' ? '/' : `/${node.replace('.', '/')}`;
}

/**
 * The first question of each flow, reached by the entry answer that names the flow. The flows share no
 * node, so that the entry page routes without the statechart (tested equal to what the machine gives).
 */
export const FLOW_START = { delta: 'delta.service', gamma: 'gamma.access' } as const satisfies Record<string, NodeId>;
export type EntryAnswer = keyof typeof FLOW_START;
export const isEntryAnswer = (value: string | undefined): value is EntryAnswer =>
  value !== undefined && Object.hasOwn(FLOW_START, value);

/** The answers a flow's first question implies: /delta/service is reached by answering « DELTA ». */
export function impliedAnswers(node: NodeId): readonly string[] {
  const flow = Object.entries(FLOW_START).find(([, first]) => first === node)?.[0];
  return flow ? [flow] : [];
}

/**
 * The answers of a URL, extended by those saved in this browser when the URL's are the start of them (as
 * after the browser's Back button), so that going back loses nothing.
 */
export function withRemembered(given: readonly string[], remembered: readonly string[]): readonly string[] {
  const resumes = remembered.length > given.length && given.every((value, i) => remembered[i] === value);
  return resumes ? remembered : given;
}

/**
 * The next URL once `choice` is chosen at the entry question: the flow's first question, with the later
 * answers kept when the same flow is chosen again (those of another flow cannot apply).
 */
export function hrefAfterEntryAnswer(values: readonly string[], choice: EntryAnswer): string {
  return nodeHref(FLOW_START[choice], values[0] === choice ? values : [choice]);
}

/**
 * The URL of a step with the answers given so far. A flow's first question, reached by its entry answer
 * alone, has a URL without answers (/delta/service): the same page, prerendered.
 */
export function nodeHref(node: NodeId, values: readonly string[]): string {
  const implied = impliedAnswers(node);
  const plain = values.length === implied.length && implied.every((v, i) => values[i] === v);
  return nodePath(node) + (plain ? '' : sessionSearch(values));
}

/** The node a pathname names, or null for a path that names none. */
export function nodeOfPath(pathname: string): NodeId | null {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return 'start';
  const parts = trimmed.split('/');
  if (parts.length !== 2) return null;
  const id = `${parts[0]}.${parts[1]}`;
  return isNodeId(id) && id !== 'start' ? id : null;
}
