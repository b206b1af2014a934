/** A layered layout of a flow graph (top to bottom), for the flow map. Pure. */
import type { FlowEdge, FlowGraph } from '../flows/reachable';
import type { NodeId } from '../flows/ids';

export interface PlacedNode {
  readonly id: NodeId;
  readonly x: number;
  readonly y: number;
  readonly level: number;
}

export const BOX = { width: 210, height: 78, gapX: 30, gapY: 70 } as const;

/** Levels by longest path from `start` (the flows are acyclic), then each level centred. */
export function layoutFlow(graph: FlowGraph): { nodes: PlacedNode[]; width: number; height: number } {
  const level = new Map<NodeId, number>([['start', 0]]);
  // Relax edges until stable: longest-path levels in a DAG.
  for (let pass = 0; pass < graph.nodes.length; pass++) {
    let changed = false;
    for (const e of graph.edges) {
      const from = level.get(e.from);
      if (from === undefined) continue;
      if ((level.get(e.to) ?? -1) < from + 1) {
        level.set(e.to, from + 1);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const rows: NodeId[][] = [];
  for (const id of graph.nodes) {
    const l = level.get(id);
    if (l === undefined) continue;
    (rows[l] ??= []).push(id);
  }
  const widest = Math.max(...rows.map((r) => r.length));
  const width = widest * (BOX.width + BOX.gapX) + BOX.gapX;
  const nodes: PlacedNode[] = [];
  rows.forEach((row, l) => {
    const rowWidth = row.length * (BOX.width + BOX.gapX) - BOX.gapX;
    const x0 = (width - rowWidth) / 2;
    row.forEach((id, i) =>
      nodes.push({ id, level: l, x: x0 + i * (BOX.width + BOX.gapX), y: BOX.gapY / 2 + l * (BOX.height + BOX.gapY) }),
    );
  });
  return { nodes, width, height: rows.length * (BOX.height + BOX.gapY) };
}

/** Words of a title cut into lines of at most `max` characters (at most `lines` lines, with an ellipsis). */
export function wrap(text: string, max = 30, lines = 3): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of text.split(/ +/)) {
    if ((current + ' ' + word).trim().length > max && current) {
      out.push(current);
      current = word;
    } else current = (current + ' ' + word).trim();
  }
  if (current) out.push(current);
  if (out.length > lines) return [...out.slice(0, lines - 1), `${out[lines - 1]}…`];
  return out;
}

export const edgeKey = (e: Pick<FlowEdge, 'from' | 'to' | 'answer'>) => `${e.from}>${e.answer}>${e.to}`;
