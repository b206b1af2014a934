/** The operator's references, kept for next time (« Oublier mes données » clears them): a preference. */
import * as z from 'zod/mini';
import { createStore } from '../lib/createStore';
import { profileSchema } from './profile';

export const profileStore = createStore({
  name: 'profile',
  version: 1,
  schema: z.nullable(profileSchema),
  empty: null,
});
