/**
 * Incidents as earlier builds kept them (one value, rewritten in place: versions 1 and 2 of the `incidents`
 * store), read once and made into the events of the incident log (./log.ts), with nothing dropped.
 */
import * as z from 'zod/mini';
import { replay } from '../flows/replay';
import { answerAt } from '../flows/rules';
import { localDateTimeValue } from '../lib/time';
import { profileSchema } from './profile';
import { JOURNAL_STEPS } from './journal';
import { DA_SERVICES, daServiceOf, modeOf, type Stamp } from './schema';
import type { IncidentEventData } from './log';
import { officeLikelyOpen } from './journal';

const OLD_STEPS = [...JOURNAL_STEPS, 'sau.skip'] as const;
type OldStep = (typeof OLD_STEPS)[number];
const localTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/));
const stampSchema = z.object({ at: localTime, recordedAt: z.string().check(z.maxLength(40)) });
const stampsSchema = z.array(stampSchema).check(z.minLength(1));
const journalEntrySchema = z.object({ step: z.enum(OLD_STEPS), times: stampsSchema });

const answersSchema = z.array(z.string().check(z.regex(/^[a-zA-Z0-9]{1,20}$/))).check(z.maxLength(40));
const daNumberSchema = z.string().check(z.maxLength(40));

const serviceRecordSchema = z.object({
  service: z.enum(DA_SERVICES),
  /** The transmission mode: a field of the DA. */
  mode: z.enum(['dti', 'edi']),
  /** The diagnosis made for this service (its answers), when there was one… */
  answers: z.optional(answersSchema),
  /** …or the reasons the user confirmed for it, when it was added without its own diagnosis. */
  reasons: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(500))).check(z.maxLength(20))),
  /** « Date et heure de passage en alerte », as written in the DA. */
  alertAt: stampsSchema,
  daNumber: z.optional(daNumberSchema),
  journal: z.array(journalEntrySchema),
});
type ServiceRecord = z.infer<typeof serviceRecordSchema>;

/**
 * A record of the first version merged into another: Delta G in one and in two steps were two records, one
 * DA covers both now. Kept as it was, so that nothing is dropped (the texts word it).
 */
const absorbedSchema = z.object({
  /** Its `delta.service` answer (g1 or g2). */
  service: z.string().check(z.maxLength(20)),
  daNumber: z.optional(daNumberSchema),
  alertAt: z.optional(localTime),
  journal: z.array(journalEntrySchema),
});
type AbsorbedRecord = z.infer<typeof absorbedSchema>;

const incidentSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{4,40}$/)),
  createdAt: z.string().check(z.maxLength(40)),
  /** The diagnosis that opened the incident. */
  answers: answersSchema,
  /** The operator's references as they were when the DA texts were written. */
  profile: z.optional(profileSchema),
  services: z.array(serviceRecordSchema).check(
    z.minLength(1),
    z.refine((list) => new Set(list.map((s) => s.service)).size === list.length, 'one DA per online service'),
  ),
  absorbed: z.optional(z.array(absorbedSchema)),
  notes: z.optional(z.string().check(z.maxLength(5000))),
  /** « Procédure terminée »: when the user closed the incident. */
  closedAt: z.optional(stampSchema),
});

const incidentsSchema = z
  .array(incidentSchema)
  .check(z.refine((list) => new Set(list.map((i) => i.id)).size === list.length, 'unique ids'));

/** Version 1 kept one record per `delta.service` answer (Delta G twice) and bare ISO journal times. */
function migrateIncidentsV1(data: unknown): unknown {
  if (!Array.isArray(data)) return data;
  return data.map((old: Record<string, unknown>) => {
    const createdAt = String(old.createdAt ?? '');
    const answers = Array.isArray(old.answers) ? (old.answers as string[]) : [];
    const mode = modeOf(answers) ?? 'dti';
    const stamp = (iso: unknown): Stamp => {
      const date = new Date(typeof iso === 'string' ? iso : createdAt);
      const valid = !Number.isNaN(date.getTime()) ? date : new Date(createdAt);
      return { at: localDateTimeValue(valid), recordedAt: typeof iso === 'string' ? iso : createdAt };
    };
    const diagnosed = daServiceOf(answerAt(replay(answers).path, 'delta.service'));
    const absorbed: AbsorbedRecord[] = [];
    const services: ServiceRecord[] = [];
    for (const s of (old.services as Record<string, unknown>[] | undefined) ?? []) {
      const service = daServiceOf(String(s.service));
      if (!service) continue;
      const journal = ((s.journal as { step: OldStep; at: string }[] | undefined) ?? []).map((e) => ({
        step: e.step,
        times: [stamp(e.at)],
      }));
      const alertAt = typeof s.alertAt === 'string' ? s.alertAt : undefined;
      const daNumber = typeof s.daNumber === 'string' ? s.daNumber : undefined;
      if (services.some((r) => r.service === service)) {
        absorbed.push({
          service: String(s.service),
          ...(daNumber ? { daNumber } : {}),
          ...(alertAt ? { alertAt } : {}),
          journal,
        });
        continue;
      }
      services.push({
        service,
        mode,
        ...(service === diagnosed ? { answers } : {}),
        alertAt: [{ at: alertAt ?? localDateTimeValue(new Date(createdAt)), recordedAt: createdAt }],
        ...(daNumber ? { daNumber } : {}),
        journal,
      });
    }
    return {
      id: old.id,
      createdAt,
      answers,
      ...(old.profile ? { profile: old.profile } : {}),
      services,
      ...(absorbed.length ? { absorbed } : {}),
      ...(typeof old.notes === 'string' && old.notes ? { notes: old.notes } : {}),
    };
  });
}

/**
 * The events of the incidents an earlier build kept. Their ids are made from the incident's own data, so
 * that reading them again gives the same events (union by id: nothing twice). Those builds did not keep
 * the DA text filed (`text` is empty): the record says so, and shows it written from the references kept.
 */
export function eventsOfOldIncidents(data: unknown): unknown[] | null {
  const parsed = incidentsSchema.safeParse(data);
  if (!parsed.success) return null;
  const out: unknown[] = [];
  for (const old of parsed.data) {
    let n = 0;
    const ev = (at: string, payload: IncidentEventData) => {
      const id = `${old.id}-m${n++}`;
      out.push({ ...payload, id, at, incident: old.id });
      return id;
    };
    ev(old.createdAt, { type: 'incident.opened', answers: old.answers });
    for (const s of old.services) {
      const added = ev(old.createdAt, {
        type: 'service.added',
        service: s.service,
        mode: s.mode,
        ...(s.answers ? { answers: s.answers } : {}),
        ...(s.reasons ? { reasons: s.reasons } : {}),
        time: s.alertAt[0]!.at,
      });
      for (const t of s.alertAt.slice(1)) ev(t.recordedAt, { type: 'alert.corrected', corrects: added, time: t.at });
      const steps = s.journal.map((e) => e.step);
      for (const entry of s.journal) {
        if (entry.step === 'sau.skip') continue;
        const [first, ...later] = entry.times as [Stamp, ...Stamp[]];
        const id =
          entry.step === 'da.file'
            ? ev(first.recordedAt, {
                type: 'da.filed',
                service: s.service,
                time: first.at,
                ...(s.daNumber ? { number: s.daNumber } : {}),
                officeOpen: steps.includes('sau.skip')
                  ? true
                  : steps.includes('sau.call')
                    ? false
                    : officeLikelyOpen(
                        first.at,
                        answerAt(replay(s.answers ?? old.answers).path, 'delta.office') === 'closed',
                      ),
                text: '',
                ...(old.profile ? { references: old.profile } : {}),
              })
            : ev(first.recordedAt, { type: 'step.done', services: [s.service], step: entry.step, time: first.at });
        for (const t of later) ev(t.recordedAt, { type: 'time.corrected', corrects: id, time: t.at });
      }
    }
    for (const a of old.absorbed ?? [])
      ev(old.createdAt, {
        type: 'record.absorbed',
        service: a.service,
        ...(a.daNumber ? { number: a.daNumber } : {}),
        ...(a.alertAt ? { time: a.alertAt } : {}),
        steps: a.journal.map((e) => ({ step: e.step, time: e.times[e.times.length - 1]!.at })),
      });
    if (old.notes) ev(old.createdAt, { type: 'notes.edited', text: old.notes });
    if (old.closedAt) ev(old.closedAt.recordedAt, { type: 'incident.closed', time: old.closedAt.at });
  }
  return out;
}

/** The incidents an earlier build kept in this browser (`secours-douane.incidents`, versions 1 and 2), as events. */
export function oldIncidents(raw: string | null): unknown[] {
  if (!raw) return [];
  try {
    return eventsOfOldStore(JSON.parse(raw) as unknown) ?? [raw];
  } catch {
    return [raw]; // unreadable: set aside by the log, and left where it is
  }
}

/** A stored (or backed-up) value of the old store, `{ v, data }`, as events; null when it does not read. */
export function eventsOfOldStore(envelope: unknown): unknown[] | null {
  const { v, data } = (envelope ?? {}) as { v?: unknown; data?: unknown };
  if (v === 1) return eventsOfOldIncidents(migrateIncidentsV1(data));
  if (v === 2) return eventsOfOldIncidents(data);
  return null;
}
