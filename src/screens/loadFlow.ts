/**
 * The flows' engine and the outcome page (./flow) are not part of the entry page's first load: the entry
 * question is shown and answered without them (src/session/entry.ts). They are loaded when a page needs them
 * (src/start.tsx loads them before the first render of such a page), and on the entry page as soon as the
 * user starts answering, so that « Continuer » does not wait for them.
 */
import { loader } from '../lib/tracked';

export type Flow = typeof import('./flow');

const flow = loader(() => import('./flow'));

/** The module, loaded once; read with React's use(), which does not suspend once it is there. */
export const loadFlow: () => Promise<Flow> = flow.load;

/** The module if it is already there (then « Continuer » moves on at once), else undefined. */
export const loadedFlow: () => Flow | undefined = flow.loaded;
