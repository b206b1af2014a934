import { createStore } from '../lib/storage';
import { registerSchema } from './register';

/** The LRN register, kept in this browser only. */
export const registerStore = createStore('gamma-register', 1, registerSchema);
