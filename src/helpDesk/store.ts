/**
 * What help-desk mode keeps in this browser besides the calls (callLog.ts): whether it is on, and the
 * agent's name for the call summaries: preferences, small validated values. Light on purpose: this file is
 * part of every page's first load.
 */
import * as z from 'zod/mini';
import { createStore } from '../lib/createStore';

/** Help-desk mode on or off, the agent's name (optional), and whether its single-key shortcuts act (unless `false`). */
export const helpDeskModeStore = createStore({
  name: 'help-desk-mode',
  formerName: 'agent-mode',
  version: 1,
  schema: z.object({
    enabled: z.boolean(),
    agent: z.optional(z.string().check(z.maxLength(80))),
    keys: z.optional(z.boolean()),
  }),
  empty: { enabled: false },
});
