import type { NodeId } from '../../flows/ids';
import type { ContentOf, NodeContent } from '../types';
import { deltaContent, preloadDeltaParts } from './delta';
import { gammaContent, preloadGammaParts } from './gamma';

const startContent: ContentOf<'start'> = {
  start: {
    title: 'Quel service en ligne ne fonctionne pas ?',
    source: 'fiche DELTA et logigramme GAMMA 2',
    answers: {
      delta: 'DELTA (Delta G, Delta X, Delta H7)',
      gamma: 'GAMMA 2',
    },
  },
};

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

/** Loads a flow's help texts and outcome bodies, before a first render on one of its steps. */
export function preloadFlowParts(flow: 'delta' | 'gamma'): Promise<unknown> {
  return flow === 'delta' ? preloadDeltaParts() : preloadGammaParts();
}
