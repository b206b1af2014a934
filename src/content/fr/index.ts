import type { NodeId } from '../../flows/ids';
import type { ContentOf, NodeContent } from '../types';
import { deltaContent } from './delta';
import { gammaContent } from './gamma';
import { startContent } from './start';

/** Every node's French content; the type makes a node without content a compile error. */
export const content: ContentOf<NodeId> = { ...startContent, ...deltaContent, ...gammaContent };

export function contentOf<N extends NodeId>(id: N): NodeContent<N> {
  return content[id] as NodeContent<N>;
}

/** The label of an answer given at a node, as shown in « Vos réponses ». */
export function answerLabel(node: NodeId, value: string): string {
  const answers = content[node].answers as Record<string, string>;
  return answers[value] ?? value;
}

export const FLOW_NAMES = { delta: 'DELTA', gamma: 'GAMMA 2' } as const;
