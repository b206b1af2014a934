/**
 * The rules of the flows, as small pure functions. The machine only routes; it asks these.
 * Each rule cites the source step it comes from.
 */
import type { AnswerOf, AnswerValue, NodeId } from './ids';

/** One answered node of a session, in order. */
export interface AnsweredNode {
  readonly node: NodeId;
  readonly value: AnswerValue;
}

export type TransmissionMode = 'dti' | 'edi';

/** S1 step 2: only EDI users first check with their connection provider. */
export function checksProviderFirst(mode: TransmissionMode | null): boolean {
  return mode === 'edi';
}

/**
 * S1 step 3: the two cases in which the backup procedure may be self-triggered.
 * - `cannotValidate`: declarations cannot be validated (case 1);
 * - `noBae`: validated declarations without BAE and in none of the three blocking states (case 2);
 * - `noBaeUnverified`: case 2, but the office could not be reached to check those states
 *   (flows.md decision: self-triggering stays possible 24/7; the SAU's on-call team checks remotely).
 * Null when the answers do not lead to a self-trigger.
 */
export type SelfTriggerCase = 'cannotValidate' | 'noBae' | 'noBaeUnverified';

export function selfTriggerCase(path: readonly AnsweredNode[]): SelfTriggerCase | null {
  const symptom = answerAt(path, 'delta.symptom');
  const office = answerAt(path, 'delta.office');
  if (symptom === 'cannotValidate') return 'cannotValidate';
  if (symptom === 'noBae') {
    if (office === 'no') return 'noBae';
    if (office === 'closed') return 'noBaeUnverified';
  }
  return null;
}

/** The answer given at a node of the path, if any. */
export function answerAt<N extends NodeId>(path: readonly AnsweredNode[], node: N): AnswerOf<N> | undefined {
  return path.find((a) => a.node === node)?.value as AnswerOf<N> | undefined;
}
