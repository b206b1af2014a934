import * as z from 'zod/mini';
import { createStore } from '../lib/storage';

/** Help-desk mode on or off, remembered in this browser (apart from the call, loaded with the panel). */
export const agentModeStore = createStore({
  name: 'agent-mode',
  version: 1,
  schema: z.object({ enabled: z.boolean() }),
  empty: { enabled: false },
});
