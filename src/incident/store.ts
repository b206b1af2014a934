/** What the DELTA incidents keep in this browser: the incidents, and the operator's references. */
import * as z from 'zod/mini';
import { createStore } from '../lib/createStore';
import { profileSchema } from './profile';
import { incidentsSchema, migrateIncidentsV1, type Incident } from './schema';

export const incidentsStore = createStore<Incident[]>({
  name: 'incidents',
  version: 2,
  schema: incidentsSchema,
  empty: [],
  migrations: { 1: migrateIncidentsV1 },
  evidence: true,
});

/** The operator's references, kept for next time (« Oublier mes données » clears them). */
export const profileStore = createStore({
  name: 'profile',
  version: 1,
  schema: z.nullable(profileSchema),
  empty: null,
});
