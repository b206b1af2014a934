/**
 * What the flow still allows from a given point, computed from the machine itself (never hand-written):
 * the outcomes still reachable, for the help-desk view; and the flow's graph, for the flow map.
 */
import { getNextSnapshot } from 'xstate';
import { diagnosticMachine } from './diagnostic.machine';
import { answersOf, isNodeId, isOutcomeId, type AnswerValue, type FlowId, type NodeId, type OutcomeId } from './ids';
import { answerEvent, nodeIdOf, type DiagnosticSnapshot } from './replay';

/** The outcomes reachable from a snapshot by any further answers (the snapshot's own, if it is one). */
export function reachableOutcomes(from: DiagnosticSnapshot): OutcomeId[] {
  const found = new Set<OutcomeId>();
  const seen = new Set<string>();
  const queue: DiagnosticSnapshot[] = [from];
  while (queue.length > 0) {
    const snapshot = queue.shift()!;
    const node = nodeIdOf(snapshot);
    const key = `${node}|${JSON.stringify(snapshot.context)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (isOutcomeId(node)) found.add(node);
    for (const value of answersOf(node)) {
      const event = answerEvent(value);
      if (snapshot.can(event)) queue.push(getNextSnapshot(diagnosticMachine, snapshot, event));
    }
  }
  return [...found];
}

export interface FlowEdge {
  readonly from: NodeId;
  readonly to: NodeId;
  readonly answer: AnswerValue;
  /** The guard's name when the edge is conditional (e.g. EDI users only). */
  readonly guard: string | null;
}

export interface FlowGraph {
  readonly nodes: readonly NodeId[];
  readonly edges: readonly FlowEdge[];
}

interface StateNodeLike {
  readonly path: readonly string[];
  readonly states: Record<string, StateNodeLike>;
  readonly transitions: Map<
    string,
    readonly { readonly target?: readonly StateNodeLike[] | undefined; readonly guard?: unknown }[]
  >;
}

const idOf = (node: StateNodeLike): NodeId | null => {
  const id = node.path.join('.');
  return isNodeId(id) ? id : null;
};

const guardName = (guard: unknown): string | null => {
  if (!guard) return null;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && guard !== null && 'type' in guard) return String((guard as { type: unknown }).type);
  return 'condition';
};

/** The nodes and transitions of one flow (plus the entry question), read off the machine's definition. */
export function flowGraph(flow: FlowId): FlowGraph {
  const root = diagnosticMachine.root as unknown as StateNodeLike;
  const stateNodes: StateNodeLike[] = [root.states.start!, ...Object.values(root.states[flow]!.states)];
  const nodes: NodeId[] = [];
  const edges: FlowEdge[] = [];
  for (const stateNode of stateNodes) {
    const from = idOf(stateNode);
    if (!from) continue;
    nodes.push(from);
    for (const [eventType, transitions] of stateNode.transitions) {
      if (!eventType.startsWith('answer.')) continue;
      const answer = eventType.slice('answer.'.length) as AnswerValue;
      for (const t of transitions) {
        for (const target of t.target ?? []) {
          const to = idOf(target);
          if (!to) continue;
          if (from === 'start' && !to.startsWith(`${flow}.`)) continue;
          edges.push({ from, to, answer, guard: guardName(t.guard) });
        }
      }
    }
  }
  return { nodes, edges };
}
