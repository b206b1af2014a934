import * as z from 'zod/mini';
import { createStore } from '../lib/createStore';
import { MAX_ANSWERS } from './codec';

const savedSessionSchema = z.object({
  answers: z.array(z.string().check(z.regex(/^[a-zA-Z0-9]{1,20}$/))).check(z.maxLength(MAX_ANSWERS)),
  node: z.string().check(z.maxLength(60)),
  savedAt: z.string().check(z.maxLength(40)),
});
export type SavedSession = z.infer<typeof savedSessionSchema>;

/** The last diagnosis in progress, to offer « Reprendre » when the app is opened again. Saved when an answer is given. */
export const sessionStore = createStore<SavedSession | null>({
  name: 'session',
  version: 1,
  schema: z.nullable(savedSessionSchema),
  empty: null,
});

/** Saves the answers just given, and the node they lead to (an answer given: never a page shown). */
export function saveAnswers(answers: readonly string[], node: string, now = new Date()) {
  sessionStore.write({ answers: [...answers], node, savedAt: now.toISOString() });
}
