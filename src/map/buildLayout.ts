/**
 * The flow map's layout, computed at build time (scripts/flow-map-plugin.ts) so that no layout code ships
 * to the browser. ELK's layered algorithm (elkjs) places the boxes and routes the arrows orthogonally,
 * with the answer labels between the layers; text is wrapped here with the font's metrics, so that every
 * box and every label is sized for its whole text.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { answerLabel, contentOf } from '../content/fr';
import { flowGraph } from '../flows/graph';
import { isOutcomeId, type AnswerValue, type FlowId, type NodeId } from '../flows/ids';
import { FONT_SIZE, LINE_HEIGHT } from './constants';
import type { FlowLayout, MapEdge, MapNode } from './types';
import { conditionText, guardedAnswers } from './labels';

const NODE_WIDTH = 230;
const NODE_PADDING = 10;
const LABEL_MAX_WIDTH = 176;
const LABEL_PADDING = 4;

/**
 * Advance widths of Liberation Sans / Arial (thousandths of an em), the map's font. Accented letters take
 * their base letter's width; anything unknown counts as a wide letter, and a margin covers fonts that run
 * a little wider (Roboto, Helvetica).
 */
const WIDTHS: Record<string, number> = {
  ' ': 278,
  '\u00A0': 278,
  '\u202F': 200,
  a: 556,
  b: 556,
  c: 500,
  d: 556,
  e: 556,
  f: 278,
  g: 556,
  h: 556,
  i: 222,
  j: 222,
  k: 500,
  l: 222,
  m: 833,
  n: 556,
  o: 556,
  p: 556,
  q: 556,
  r: 333,
  s: 500,
  t: 278,
  u: 556,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 500,
  A: 667,
  B: 667,
  C: 722,
  D: 722,
  E: 667,
  F: 611,
  G: 778,
  H: 722,
  I: 278,
  J: 500,
  K: 667,
  L: 556,
  M: 833,
  N: 722,
  O: 778,
  P: 667,
  Q: 778,
  R: 722,
  S: 667,
  T: 611,
  U: 722,
  V: 667,
  W: 944,
  X: 667,
  Y: 667,
  Z: 611,
  '0': 556,
  '1': 556,
  '2': 556,
  '3': 556,
  '4': 556,
  '5': 556,
  '6': 556,
  '7': 556,
  '8': 556,
  '9': 556,
  '.': 278,
  ',': 278,
  ':': 278,
  ';': 278,
  '?': 556,
  '!': 278,
  "'": 191,
  '’': 222,
  '(': 333,
  ')': 333,
  '-': 333,
  '–': 556,
  '—': 1000,
  '/': 278,
  '«': 556,
  '»': 556,
  '…': 1000,
  '"': 355,
  '+': 584,
  '=': 584,
  '&': 667,
  '%': 889,
};
const MARGIN = 1.08;

export function textWidth(text: string, size = FONT_SIZE): number {
  let units = 0;
  for (const ch of text) {
    const base = ch.normalize('NFD')[0] ?? ch;
    units += WIDTHS[ch] ?? WIDTHS[base] ?? (ch === 'œ' ? 944 : ch === 'Œ' ? 1000 : 722);
  }
  return (units / 1000) * size * MARGIN;
}

/** Words cut into lines no wider than `max`; a no-break space joins the words it separates. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && textWidth(candidate) > max) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

/** The label of an arrow: each answer that leads along it, with its condition. */
function edgeText(
  from: NodeId,
  answers: readonly { answer: AnswerValue; guard: string | null }[],
  guarded: Set<string>,
): string[] {
  return answers.flatMap(({ answer, guard }) => {
    const text = `${answerLabel(from, answer)}${conditionText(from, answer, guard, guarded)}`;
    return wrapText(text, LABEL_MAX_WIDTH - 2 * LABEL_PADDING);
  });
}

export async function buildLayout(flow: FlowId): Promise<FlowLayout> {
  const graph = flowGraph(flow);
  const nodes = graph.nodes.map((id) => {
    const lines = wrapText(contentOf(id).title, NODE_WIDTH - 2 * NODE_PADDING);
    return { id, lines, width: NODE_WIDTH, height: lines.length * LINE_HEIGHT + 2 * NODE_PADDING };
  });
  // One arrow per pair of boxes, whatever the number of answers that lead along it.
  const groups = new Map<
    string,
    { from: NodeId; to: NodeId; answers: { answer: AnswerValue; guard: string | null }[] }
  >();
  for (const e of graph.edges) {
    const key = `${e.from}>${e.to}`;
    const group = groups.get(key) ?? { from: e.from, to: e.to, answers: [] };
    group.answers.push({ answer: e.answer, guard: e.guard });
    groups.set(key, group);
  }
  const guarded = guardedAnswers(graph.edges);
  const edges = [...groups.values()].map((g, i) => {
    const lines = edgeText(g.from, g.answers, guarded);
    const width = Math.max(...lines.map((l) => textWidth(l))) + 2 * LABEL_PADDING;
    return {
      ...g,
      id: `e${i}`,
      lines,
      width: Math.ceil(width),
      height: lines.length * LINE_HEIGHT + 2 * LABEL_PADDING,
    };
  });

  const elk = new ELK();
  const input: ElkNode = {
    id: flow,
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.spacing.nodeNode': '36',
      'elk.layered.spacing.nodeNodeBetweenLayers': '36',
      'elk.spacing.edgeNode': '18',
      'elk.spacing.edgeEdge': '14',
      'elk.layered.spacing.edgeNodeBetweenLayers': '18',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.inline': 'false',
      'elk.padding': '[top=12,left=12,bottom=12,right=12]',
    },
    children: nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: edges.map((e) => ({
      id: e.id,
      sources: [e.from],
      targets: [e.to],
      labels: [{ id: `${e.id}-label`, text: e.lines.join(' '), width: e.width, height: e.height }],
      layoutOptions: { 'elk.edgeLabels.placement': 'CENTER' },
    })),
  };
  const result = await elk.layout(input);

  const placed: MapNode[] = nodes.map((n) => {
    const child = result.children!.find((c) => c.id === n.id)!;
    return {
      id: n.id,
      x: child.x!,
      y: child.y!,
      width: n.width,
      height: n.height,
      lines: n.lines,
      outcome: isOutcomeId(n.id),
    };
  });
  const routed: MapEdge[] = edges.map((e) => {
    const out = result.edges!.find((x) => x.id === e.id)!;
    const section = out.sections![0]!;
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(
      (p) => [p.x, p.y] as [number, number],
    );
    const label = out.labels![0]!;
    return {
      from: e.from,
      to: e.to,
      answers: e.answers.map((a) => a.answer),
      guards: e.answers.map((a) => a.guard),
      points,
      label: { x: label.x!, y: label.y!, width: e.width, height: e.height, lines: e.lines },
    };
  });
  const width = Math.ceil(result.width!);
  const height = Math.ceil(result.height!);
  return {
    flow,
    width,
    height,
    nodes: placed,
    edges: routed,
    printBands: printBands(width, height, [...placed, ...routed.map((e) => e.label)]),
  };
}

/** The printable area of an A4 landscape page with 10 mm margins, less room for the title: 277 × 175 mm. */
const PAGE = { width: 277, height: 175 };

/**
 * Cuts the map into bands that each fill an A4 landscape page at the width of the page, so that its text
 * prints at about 8 pt instead of shrinking the whole map onto one page. A cut only falls where no box
 * and no label is: every box and label prints whole on one page.
 */
export function printBands(
  width: number,
  height: number,
  boxes: readonly { y: number; height: number }[],
): [number, number][] {
  const maxBand = (width * PAGE.height) / PAGE.width;
  const free = (y: number) => boxes.every((b) => y <= b.y || y >= b.y + b.height);
  const bands: [number, number][] = [];
  let top = 0;
  while (height - top > maxBand) {
    let cut = Math.floor(top + maxBand);
    while (cut > top && !free(cut)) cut--;
    if (cut <= top) cut = Math.floor(top + maxBand); // No free line: cut anyway rather than loop.
    bands.push([top, cut]);
    top = cut;
  }
  bands.push([top, height]);
  return bands;
}
