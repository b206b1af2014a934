/** The flow map as laid out at build time (see buildLayout.ts), in layout units (CSS pixels at scale 1). */
import type { AnswerValue, FlowId, NodeId } from '../flows/ids';

export interface MapNode {
  readonly id: NodeId;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The question or outcome text, cut into lines that fit the box. */
  readonly lines: readonly string[];
  readonly outcome: boolean;
}

export interface MapEdge {
  readonly from: NodeId;
  readonly to: NodeId;
  /** The answers that lead along this arrow, and their conditions. */
  readonly answers: readonly AnswerValue[];
  readonly guards: readonly (string | null)[];
  /** The orthogonal route: start, bends, end. */
  readonly points: readonly (readonly [number, number])[];
  readonly label: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    readonly lines: readonly string[];
  };
}

export interface FlowLayout {
  readonly flow: FlowId;
  readonly width: number;
  readonly height: number;
  /** Where the printed map is cut into A4 landscape pages: bands [top, bottom] that cut no box nor label. */
  readonly printBands: readonly (readonly [number, number])[];
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
}
