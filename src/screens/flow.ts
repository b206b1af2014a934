/**
 * What a step's pages need beyond the entry page: the flows' engine (the statecharts, the replay of the
 * answers, the resolution of a URL) and the outcome page. One module, loaded by src/screens/loadFlow.ts.
 */
export { replay } from '../flows/replay';
export { hrefAfterAnswer, resolveLocation } from '../session/resolve';
export { OutcomePage } from './OutcomePage';
