import type { ComponentType, ReactNode } from 'react';
import type { AnswerOf, NodeId, OutcomeId, QuestionId } from '../flows/ids';
import type { AnsweredNode } from '../flows/rules';

export interface NodeProps {
  /** The answers given to reach this node. */
  readonly path: readonly AnsweredNode[];
}

export interface QuestionContent<N extends QuestionId> {
  /** The question, verbatim from flows.md. */
  readonly title: string;
  /** The source step, shown as « Source : … ». */
  readonly source: string;
  /** Answer labels, verbatim from flows.md. */
  readonly answers: Record<AnswerOf<N>, string>;
  /** What the sources ask to read before the question itself, shown above it. */
  readonly Lead?: ComponentType;
  /** What to do to answer (links, whom to call). */
  readonly Help?: ComponentType<NodeProps>;
  /** A short note under an answer's label. */
  readonly hints?: Partial<Record<AnswerOf<N>, ReactNode>>;
}

/** Whether the backup procedure may be used, said plainly at the top of an outcome. */
/**
 * Whether the backup procedure may be used: allowed (by the alert, or authorised); to self-trigger (S1:
 * allowed only once the DA is registered and the office informed, two cumulative conditions); not needed;
 * not allowed; wait for the alert; outside the fiche.
 */
export type Verdict =
  'allowed' | 'selfTrigger' | 'notNeeded' | 'notAllowed' | 'wait' | 'notCovered' | 'alternative' | 'useDti';

export interface OutcomeContent<N extends OutcomeId> {
  /** The outcome's title, verbatim from flows.md. */
  readonly title: string;
  readonly source: string;
  readonly verdict: Verdict;
  /** The full guidance. */
  readonly Body: ComponentType<NodeProps>;
  /** The label of the outcome's main action, when it has one (its tool: src/screens/outcomeActions.ts). */
  readonly action?: string;
  /** Ways on from this outcome (labels of its answers). */
  readonly answers: Record<AnswerOf<N>, string>;
}

export type NodeContent<N extends NodeId> = N extends QuestionId
  ? QuestionContent<N>
  : N extends OutcomeId
    ? OutcomeContent<N>
    : never;

/** The content of a set of nodes: a node without its content does not compile. */
export type ContentOf<Ids extends NodeId> = { readonly [N in Ids]: NodeContent<N> };

export type DeltaNodeId = Extract<NodeId, `delta.${string}`>;
export type GammaNodeId = Extract<NodeId, `gamma.${string}`>;
