/**
 * Each flow's graph, read off the machine itself with `xstate/graph` (never hand-written): the flow map is
 * laid out from it at build time.
 */
import type { AnyStateNode } from 'xstate';
import { toDirectedGraph, type DirectedGraphNode } from 'xstate/graph';
import { diagnosticMachine } from './diagnostic.machine';
import { isNodeId, type AnswerValue, type FlowId, type NodeId } from './ids';

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

const idOf = (node: AnyStateNode): NodeId | null => {
  const id = node.path.join('.');
  return isNodeId(id) ? id : null;
};

const guardName = (guard: unknown): string | null => {
  if (!guard) return null;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && 'type' in guard) return String((guard as { type: unknown }).type);
  return 'condition';
};

/** Every node of a directed graph, depth first. */
const flatten = (node: DirectedGraphNode): DirectedGraphNode[] => [node, ...node.children.flatMap(flatten)];

/**
 * The nodes and transitions of one flow (plus the entry question), read off the machine with
 * `xstate/graph`'s `toDirectedGraph`, in the order of the machine's definition.
 */
export function flowGraph(flow: FlowId): FlowGraph {
  const graphNodes = flatten(toDirectedGraph(diagnosticMachine));
  const nodes: NodeId[] = [];
  const edges: FlowEdge[] = [];
  for (const g of graphNodes) {
    const from = idOf(g.stateNode);
    if (!from || (from !== 'start' && !from.startsWith(`${flow}.`))) continue;
    nodes.push(from);
    for (const e of g.edges) {
      const to = idOf(e.target);
      if (!to || !e.label.text.startsWith('answer.') || !to.startsWith(`${flow}.`)) continue;
      edges.push({
        from,
        to,
        answer: e.label.text.slice('answer.'.length) as AnswerValue,
        guard: guardName(e.transition.guard),
      });
    }
  }
  return { nodes, edges };
}
