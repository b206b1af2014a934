/**
 * The entry page, `/` with no answers and none saved in this browser: the entry question, nothing before it.
 * Known without replaying (tested equal to what resolveLocation gives), so that the entry page is shown and
 * answered before the flows' statecharts are loaded (src/screens/loadFlow.ts).
 */
import type { Shown } from './resolve';

export const ENTRY_RESOLUTION: Shown = {
  kind: 'show',
  node: 'start',
  index: 0,
  replay: { path: [], nodes: ['start'], current: 'start', rejected: null },
  before: [],
  previous: undefined,
};

/** Whether a URL is the entry page with nothing to replay: no answers in it, none saved in this browser. */
export function isPlainEntry(pathname: string, search: string, answersSaved: boolean): boolean {
  return pathname === '/' && search === '' && !answersSaved;
}
