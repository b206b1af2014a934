import { createStore } from '../lib/storage';
import { emptyRegister, registerSchema } from './register';

/** The LRN register, kept in this browser only. */
export const registerStore = createStore({
  name: 'gamma-register',
  version: 1,
  schema: registerSchema,
  empty: emptyRegister,
  evidence: true,
});
