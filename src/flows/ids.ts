/**
 * Stable node ids and answer values of the flows, as fixed by shared/docs/flows.md.
 * They name the machine's states, the routes, the saved sessions and the tests: never rename one.
 */

/** Each question and the answers it accepts, in the order they are offered. */
export const QUESTIONS = {
  start: ['delta', 'gamma'],
  'delta.service': ['g1', 'g2', 'xi', 'xe', 'h7', 'other'],
  'delta.mode': ['dti', 'edi'],
  'delta.alert': ['yes', 'no'],
  'delta.alertMatch': ['yes', 'no'],
  'delta.provider': ['yes', 'no'],
  'delta.symptom': ['cannotValidate', 'noBae'],
  'delta.aubette': ['bae', 'other', 'unreachable'],
  'delta.office': ['yes', 'no', 'closed'],
  'gamma.access': ['yes', 'no'],
  'gamma.weather': ['yes', 'no'],
  'gamma.mode': ['dtiPlus', 'dti', 'edi'],
  'gamma.editor': ['yes', 'no'],
  'gamma.provider': ['yes', 'no'],
  'gamma.office': ['yes', 'no'],
  'gamma.authorisation': ['yes', 'no'],
} as const;

/**
 * Each outcome and the answers it still accepts (an outcome may offer a way on, as `gamma.useDti`
 * does with « Le mode DTI ne fonctionne pas non plus »).
 */
export const OUTCOMES = {
  'delta.followAlert': [],
  'delta.providerIncident': [],
  'delta.noBackupNeeded': [],
  'delta.notTechnical': [],
  'delta.notCovered': [],
  'delta.selfTrigger': [],
  'gamma.useDti': ['dtiFails'],
  'gamma.resolved': [],
  'gamma.alternative': [],
  'gamma.backup': [],
} as const;

export type QuestionId = keyof typeof QUESTIONS;
export type OutcomeId = keyof typeof OUTCOMES;
export type NodeId = QuestionId | OutcomeId;
export type FlowId = 'delta' | 'gamma';

/** The answers a node accepts. */
export type AnswerOf<N extends NodeId> = N extends QuestionId
  ? (typeof QUESTIONS)[N][number]
  : N extends OutcomeId
    ? (typeof OUTCOMES)[N][number]
    : never;

export type AnswerValue = { [N in NodeId]: AnswerOf<N> }[NodeId];

export const QUESTION_IDS = Object.keys(QUESTIONS) as QuestionId[];
export const OUTCOME_IDS = Object.keys(OUTCOMES) as OutcomeId[];
export const NODE_IDS: readonly NodeId[] = [...QUESTION_IDS, ...OUTCOME_IDS];

const NODE_SET = new Set<string>(NODE_IDS);
/** Every answer value of every node, once. */
export const ANSWER_VALUES: readonly AnswerValue[] = [
  ...new Set<AnswerValue>([...Object.values(QUESTIONS), ...Object.values(OUTCOMES)].flat()),
];
const ANSWER_SET = new Set<string>(ANSWER_VALUES);

export function isNodeId(value: string): value is NodeId {
  return NODE_SET.has(value);
}

export function isAnswerValue(value: string): value is AnswerValue {
  return ANSWER_SET.has(value);
}

export function isOutcomeId(id: NodeId): id is OutcomeId {
  return id in OUTCOMES;
}

export function answersOf(id: NodeId): readonly AnswerValue[] {
  return isOutcomeId(id) ? OUTCOMES[id] : QUESTIONS[id];
}

export function flowOf(id: NodeId): FlowId | null {
  if (id.startsWith('delta.')) return 'delta';
  if (id.startsWith('gamma.')) return 'gamma';
  return null;
}

/** The flow a diagnosis is in: its current node's, or on the entry question, the flow its first answer chose. */
export const flowOfReplay = (r: { readonly current: NodeId; readonly nodes: readonly NodeId[] }): FlowId | null =>
  flowOf(r.current) ?? flowOf(r.nodes[1] ?? 'start');
