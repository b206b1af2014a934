/**
 * DELTA incidents as an append-only event log (../shared/docs/records.md, flows.md fourth round): what the
 * broker did, each event with its incident's id, its own id and its time. A filed DA carries the text filed,
 * its number and its registration time; a correction is an event naming what it corrects (`corrects`).
 * Showing a page writes nothing. The state is derived by ./reduce.ts.
 */
import * as z from 'zod/mini';
import { createLog, EVENT_BASE, newId } from '../records/log';
import { JOURNAL_STEPS, type JournalStep } from './journal';
import { oldIncidents } from './legacy';
import { profileSchema } from './profile';
import { DA_SERVICES } from './schema';

const text = (max: number) => z.string().check(z.maxLength(max));
const localTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/));
const answers = z.array(z.string().check(z.regex(/^[a-zA-Z0-9]{1,20}$/))).check(z.maxLength(40));
const service = z.enum(DA_SERVICES);
const reasons = z.array(z.string().check(z.minLength(1), z.maxLength(500))).check(z.minLength(1), z.maxLength(20));
const eventId = z.string().check(z.minLength(1), z.maxLength(64));

export const NOTES_MAX = 5000;
export const DA_NUMBER_MAX = 40;

const base = { ...EVENT_BASE, incident: z.string().check(z.minLength(1), z.maxLength(64)) };
const kind = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.object({ ...base, type: z.literal(type), ...shape });

/**
 * The conflicts a correction settles: the events the page reported then (another copy's DA, or its alert
 * time), which the user saw and corrected or kept. Absent: it settles none.
 */
const settles = z.optional(z.array(eventId).check(z.maxLength(50)));

export const incidentEventSchema = z.discriminatedUnion('type', [
  /** Opened from a diagnosis that led to the self-trigger. */
  kind('incident.opened', { answers }),
  /** An online service with its own DA: from its diagnosis, or with the reasons the user confirmed. */
  kind('service.added', {
    service,
    mode: z.enum(['dti', 'edi']),
    answers: z.optional(answers),
    reasons: z.optional(reasons),
    /** « Date et heure de passage en alerte ». */
    time: localTime,
  }),
  /** The reasons of a service added without its own diagnosis, confirmed (or edited) by the user. */
  kind('reasons.confirmed', { service, reasons }),
  /** A new « passage en alerte » time for the service its `service.added` event added. */
  kind('alert.corrected', { corrects: eventId, time: localTime, settles }),
  /** The DA filed on OLGA: the text filed, its references, its registration time and number, and office hours. */
  kind('da.filed', {
    service,
    time: localTime,
    number: z.optional(text(DA_NUMBER_MAX)),
    officeOpen: z.boolean(),
    /** The text filed (empty: kept by an earlier build, which did not keep it). */
    text: text(8000),
    references: z.optional(profileSchema),
  }),
  /** A step of the journal done, for one service or several at once; `text`: the e-mail as sent. */
  kind('step.done', {
    services: z.array(service).check(z.minLength(1), z.maxLength(DA_SERVICES.length)),
    // Every step but the DA, which `da.filed` records with what was filed: one that says it is not read.
    step: z.enum(
      JOURNAL_STEPS.filter((s) => s !== 'da.file') as [
        Exclude<JournalStep, 'da.file'>,
        ...Exclude<JournalStep, 'da.file'>[],
      ],
    ),
    time: localTime,
    text: z.optional(text(8000)),
  }),
  /** A new time for a step (or a DA) recorded earlier. */
  kind('time.corrected', { corrects: eventId, time: localTime, settles }),
  /** A DA's number, or the office-hours answer, corrected. */
  kind('da.corrected', {
    corrects: eventId,
    number: z.optional(text(DA_NUMBER_MAX)),
    officeOpen: z.optional(z.boolean()),
    settles,
  }),
  /** A step recorded by mistake, taken back while nothing followed it: kept, shown as taken back. */
  kind('step.withdrawn', { corrects: eventId }),
  /**
   * `over`: the notes event shown when this text was recorded ('' for none): two texts recorded over the same
   * one (two copies) are both kept. Absent from an earlier build's events, which follow each other.
   */
  kind('notes.edited', { text: text(NOTES_MAX), over: z.optional(text(64)) }),
  /** « Procédure terminée ». */
  /**
   * « Procédure terminée »: with the closures it was made over (the one shown, and another copy's kept or
   * not). Absent in events of before, which replace every closure before them.
   */
  kind('incident.closed', { time: localTime, replaces: z.optional(z.array(eventId).check(z.maxLength(50))) }),
  kind('incident.reopened', {}),
  /** Removed from the lists of this browser (« Supprimer »); `incident.restored` takes it back. */
  kind('incident.deleted', {}),
  kind('incident.restored', {}),
  /** A record of the first version merged into another (Delta G in one and in two steps). */
  kind('record.absorbed', {
    service: text(20),
    number: z.optional(text(DA_NUMBER_MAX)),
    time: z.optional(localTime),
    steps: z.array(z.object({ step: text(40), time: localTime })).check(z.maxLength(20)),
  }),
]);
export type IncidentEvent = z.infer<typeof incidentEventSchema>;
type Payload<E> = E extends unknown ? Omit<E, 'id' | 'at' | 'incident'> : never;
/** What an action records: an event without its id, time and incident (given when appended). */
export type IncidentEventData = Payload<IncidentEvent>;

/** An event of `incident`, recorded now. */
export const incidentEvent = (incident: string, data: IncidentEventData, now: Date): IncidentEvent =>
  ({ ...data, id: newId(), at: now.toISOString(), incident }) as IncidentEvent;

/** Every DELTA incident of this browser. */
export const incidentLog = createLog({
  name: 'incident-log',
  event: incidentEventSchema,
  migrate: { from: ['incidents'], events: ([raw]) => oldIncidents(raw ?? null) },
});
