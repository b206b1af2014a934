import type { ContentOf } from '../types';

/** The entry question, apart from the flows: the entry page needs nothing else. */
export const startContent: ContentOf<'start'> = {
  start: {
    title: 'Quel service en ligne ne fonctionne pas ?',
    source: 'fiche DELTA et logigramme GAMMA 2',
    answers: {
      delta: 'DELTA (Delta G, Delta X, Delta H7)',
      gamma: 'GAMMA 2',
    },
  },
};
