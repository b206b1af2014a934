import { createStore } from '../lib/createStore';
import { emptyRegister, REGISTER_VERSION, registerMigrations, registerSchema, type Register } from './schema';

/** The LRN register, its operator and its outage episodes, kept in this browser only. */
export const registerStore = createStore<Register>({
  name: 'gamma-register',
  version: REGISTER_VERSION,
  schema: registerSchema,
  empty: emptyRegister,
  migrations: registerMigrations,
  evidence: true,
});
