/**
 * The GAMMA 2 register as an append-only event log (../shared/docs/records.md): what the user did — the
 * operator given, the prefix set, an episode opened, corrected or ended, a document drawn up, one of its
 * milestones recorded (or corrected), a document voided — each event with its own id and time. The register
 * shown is derived by ./reduce.ts; two copies merge as the union of their events. An LRN drawn up twice, or
 * a value set in two copies each over what it had (`replaces`), is reported, never silently kept once.
 */
import * as z from 'zod/mini';
import { createLog, EVENT_BASE, newId } from '../records/log';
import { eventsOfOldRegister } from './reduce';
import {
  authorisationSchema,
  backupDocumentSchema,
  episodeSchema,
  LRN_MAX,
  MILESTONES,
  milestoneSchema,
  operatorSchema,
  PREFIX_MAX,
  prefixChangeSchema,
} from './schema';

const text = (max: number) => z.string().check(z.maxLength(max));
const localTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/));
const lrn = z.string().check(z.minLength(1), z.maxLength(LRN_MAX), z.regex(/^[A-Z0-9]+$/));
const episodeId = episodeSchema.shape.id;

const kind = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.object({ ...EVENT_BASE, type: z.literal(type), ...shape });

/**
 * The events a value set replaces: those it was set over (the value shown, and any other it was in conflict
 * with). Absent in the events of before, which replace every one before them.
 */
const replaces = z.optional(z.array(EVENT_BASE.id).check(z.maxLength(200)));
/** The document an event is about: its `document.added` event (absent in events of before: its LRN then). */
const documentId = z.optional(EVENT_BASE.id);

export const registerEventSchema = z.discriminatedUnion('type', [
  kind('operator.set', { operator: operatorSchema, replaces }),
  /** The prefix of the LRNs; with the series it breaks, confirmed, when it changes one already begun. */
  kind('prefix.set', {
    prefix: z.string().check(z.maxLength(PREFIX_MAX), z.regex(/^[A-Z0-9]*$/)),
    change: z.optional(prefixChangeSchema),
    replaces,
  }),
  kind('episode.opened', { episode: episodeSchema }),
  kind('episode.corrected', {
    episode: episodeId,
    startedAt: localTime,
    authorisation: z.nullable(authorisationSchema),
    replaces,
  }),
  kind('episode.ended', { episode: episodeId, endedAt: localTime, replaces }),
  /** A document drawn up, as it stood then (a document of an earlier build comes with its milestones). */
  kind('document.added', { document: backupDocumentSchema }),
  kind('milestone.recorded', {
    lrn,
    document: documentId,
    milestone: z.enum(MILESTONES),
    value: z.object({
      ...milestoneSchema.shape,
      arc: z.optional(text(21)),
      withoutCopyConfirmedAt: z.optional(text(40)),
    }),
    replaces,
  }),
  kind('document.voided', { lrn, document: documentId, reason: z.string().check(z.minLength(1), z.maxLength(300)) }),
]);
export type RegisterEvent = z.infer<typeof registerEventSchema>;
type Distribute<E> = E extends RegisterEvent ? Omit<E, 'id' | 'at'> : never;
export type RegisterEventData = Distribute<RegisterEvent>;

/** An event of the register, recorded now. */
export const registerEvent = (data: RegisterEventData, now: Date): RegisterEvent =>
  ({ ...data, id: newId(), at: now.toISOString() }) as RegisterEvent;

/** The register of this browser; the register an earlier build kept as one value is read into it. */
export const registerLog = createLog({
  name: 'register-log',
  event: registerEventSchema,
  migrate: { from: ['gamma-register'], events: ([raw]) => eventsOfOldRegister(raw ?? null) },
});
