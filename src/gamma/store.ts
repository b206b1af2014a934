import { createStore } from '../lib/createStore';
import { emptyRegister, migrateRegisterV1, registerSchema, type Register } from './register';

/** The LRN register and its outage episodes, kept in this browser only. */
export const registerStore = createStore<Register>({
  name: 'gamma-register',
  version: 2,
  schema: registerSchema,
  empty: emptyRegister,
  migrations: { 1: migrateRegisterV1 },
  evidence: true,
});
