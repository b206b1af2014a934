/**
 * What help-desk mode keeps in this browser: whether it is on, the call in progress and the calls before it.
 * The shareable link carries the answers only, never these.
 */
import * as z from 'zod/mini';
import { createStore } from '../lib/createStore';
import { FACT_MAX, FACTS } from './facts';

const text = (max: number) => z.string().check(z.maxLength(max));

/**
 * Version 1 kept no diagnosis, facts, e-mail nor changes: they start empty (the diagnosis is read from the
 * log when shown: call.ts, callAnswers). Light on purpose: this file is part of every page's first load.
 */
function migrateCallV1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const old = data as { caller?: Record<string, unknown> };
  return { ...old, caller: { email: '', ...old.caller }, answers: [], facts: {} };
}

const logEntrySchema = z.object({
  node: text(40),
  value: text(20),
  at: text(40),
  /** For a changed answer: the answer it replaces. */
  previous: z.optional(text(20)),
});
export type CallLogEntry = z.infer<typeof logEntrySchema>;

export const callSchema = z.object({
  /** Tells the call's pages in the browser's history from another call's (usePageCall); absent before version 3. */
  id: z.optional(text(40)),
  startedAt: text(40),
  /** When the call was archived (« Nouvel appel »). */
  endedAt: z.optional(text(40)),
  caller: z.object({ name: text(120), company: text(120), eori: text(20), phone: text(30), email: text(120) }),
  /** The answers of the call's diagnosis, as they stand. */
  answers: z.array(text(20)).check(z.maxLength(40)),
  facts: z.partialRecord(z.enum(FACTS), z.object({ value: text(FACT_MAX), at: text(40) })),
  notes: text(5000),
  log: z.array(logEntrySchema),
});
export type Call = z.infer<typeof callSchema>;

export const NO_CALL: Call = {
  startedAt: '',
  caller: { name: '', company: '', eori: '', phone: '', email: '' },
  answers: [],
  facts: {},
  notes: '',
  log: [],
};

/** A new call, with an id unique in this browser (crypto.randomUUID is missing outside secure contexts). */
export const createCall = (): Call => ({
  ...NO_CALL,
  id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`,
});

/** Help-desk mode on or off. */
export const helpDeskModeStore = createStore({
  name: 'help-desk-mode',
  formerNames: ['agent-mode'],
  version: 1,
  schema: z.object({ enabled: z.boolean() }),
  empty: { enabled: false },
});

/** The call in progress. */
export const callStore = createStore({
  name: 'help-desk-call',
  formerNames: ['agent-call'],
  version: 2,
  schema: callSchema,
  empty: NO_CALL,
  migrations: { 1: migrateCallV1 },
});

/** The calls before it, kept when « Nouvel appel » starts another (never capped): the call history. */
export const callArchiveStore = createStore<Call[]>({
  name: 'help-desk-calls',
  formerNames: ['agent-calls'],
  version: 2,
  schema: z.array(callSchema),
  empty: [],
  migrations: { 1: (data) => (Array.isArray(data) ? data.map(migrateCallV1) : data) },
});
