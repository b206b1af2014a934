/**
 * A session is the list of answers given from the entry question on. The current node is derived by
 * replaying them in the machine: the URL and the storage only carry the answers, the flow decides.
 */
import { getInitialSnapshot, getNextSnapshot, type SnapshotFrom } from 'xstate';
import { diagnosticMachine, type AnswerEvent } from './diagnostic.machine';
import { isAnswerValue, isNodeId, type AnswerValue, type NodeId } from './ids';
import type { AnsweredNode } from './rules';

export type DiagnosticSnapshot = SnapshotFrom<typeof diagnosticMachine>;

/** The flows.md id of the node a snapshot is in: `start`, `delta.alert`, `gamma.backup`… */
export function nodeIdOf(snapshot: DiagnosticSnapshot): NodeId {
  const id = toDotted(snapshot.value);
  if (!isNodeId(id)) throw new Error(`State ${id} has no flows.md id`);
  return id;
}

function toDotted(value: unknown): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value as Record<string, unknown>)[0]!;
  return `${key}.${toDotted(child)}`;
}

export function answerEvent(value: AnswerValue): AnswerEvent {
  return { type: `answer.${value}` } as AnswerEvent;
}

export interface Replay {
  /** The answers that fit the flow, each with the node it answers. */
  readonly path: readonly AnsweredNode[];
  /** Every node visited, from `start` to `current`: path.length + 1 entries. */
  readonly nodes: readonly NodeId[];
  readonly current: NodeId;
  readonly snapshot: DiagnosticSnapshot;
  /** Set when an answer did not fit: its index in the input and its raw value. */
  readonly rejected: { readonly index: number; readonly value: string } | null;
}

/** A replay as the screens and the texts read it: the path, not the statechart's snapshot. */
export type ReplayPath = Omit<Replay, 'snapshot'>;

/** Replays raw answers from the start; stops at the first one that does not fit the flow. */
export function replay(values: readonly string[]): Replay {
  // Pure transitions (no actor): the machine has no side effects to run.
  let snapshot = getInitialSnapshot(diagnosticMachine);
  const path: AnsweredNode[] = [];
  const nodes: NodeId[] = [nodeIdOf(snapshot)];
  let rejected: Replay['rejected'] = null;
  for (const [index, value] of values.entries()) {
    if (!isAnswerValue(value) || !snapshot.can(answerEvent(value))) {
      rejected = { index, value };
      break;
    }
    path.push({ node: nodeIdOf(snapshot), value });
    snapshot = getNextSnapshot(diagnosticMachine, snapshot, answerEvent(value));
    nodes.push(nodeIdOf(snapshot));
  }
  return { path, nodes, current: nodes[nodes.length - 1]!, snapshot, rejected };
}

/**
 * Changing the answer at position `index`: the answers before it stay, the new one replaces it, and the
 * later answers are kept only while they still apply (their node is reached again on the new path).
 */
export function changeAnswer(path: readonly AnsweredNode[], index: number, value: AnswerValue): AnswerValue[] {
  if (path[index]?.value === value) return path.map((a) => a.value);
  const values: AnswerValue[] = [...path.slice(0, index).map((a) => a.value), value];
  const earlier = new Map(path.slice(index + 1).map((a) => [a.node, a.value] as const));
  for (;;) {
    const { current } = replay(values);
    const kept = earlier.get(current);
    if (kept === undefined) break;
    earlier.delete(current);
    if (replay([...values, kept]).rejected) break;
    values.push(kept);
  }
  return values;
}
