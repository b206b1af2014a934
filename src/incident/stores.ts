import * as z from 'zod/mini';
import { createStore } from '../lib/createStore';
import { profileSchema } from './profile';

/** The operator profile, kept in this browser for next time (« Oublier mes données » clears it). */
export const profileStore = createStore({
  name: 'profile',
  version: 1,
  schema: z.nullable(profileSchema),
  empty: null,
});
