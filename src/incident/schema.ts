/**
 * What an incident is, as it is stored: a self-triggered DELTA backup procedure, with one DA and one
 * journal per online service (flows.md, « Decisions, second round »), validated on read and on write, and
 * the migration of the first version's records.
 *
 * Times: every time the user gives is a Paris wall-clock value with the instant it was entered (a
 * `Stamp`); a correction appends a stamp and never rewrites the earlier one, so the record shows both the
 * time given and when it was entered.
 */
import * as z from 'zod/mini';
import { replay } from '../flows/replay';
import { answerAt } from '../flows/rules';
import { localDateTimeValue } from '../lib/time';
import { JOURNAL_STEPS, type JournalStep } from './journal';
import { profileSchema } from './profile';

/**
 * The online services for which a DA is filed. « Delta G » is one service, cleared in one or two steps
 * (S1: « Delta G (un temps ou deux temps) »); Delta X Import, Delta X Export and Delta H7 are each their own.
 */
export const DA_SERVICES = ['g', 'xi', 'xe', 'h7'] as const;
export type DaService = (typeof DA_SERVICES)[number];

/** The DA service of a `delta.service` answer; null for « un autre service ». */
export function daServiceOf(answer: string | undefined): DaService | null {
  switch (answer) {
    case 'g1':
    case 'g2':
      return 'g';
    case 'xi':
    case 'xe':
    case 'h7':
      return answer;
    default:
      return null;
  }
}

export type Mode = 'dti' | 'edi';

export function modeOf(answers: readonly string[]): Mode | null {
  return answerAt(replay(answers).path, 'delta.mode') ?? null;
}

const localTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/));
const stampSchema = z.object({
  /** The time given by the user, Paris wall-clock. */
  at: localTime,
  /** When it was entered (ISO instant). */
  recordedAt: z.string().check(z.maxLength(40)),
});
export type Stamp = z.infer<typeof stampSchema>;
/** A time and its corrections, oldest first: the last one is the time that holds. */
const stampsSchema = z.array(stampSchema).check(z.minLength(1));

/** The time that holds: the last of a stamp list. */
export const currentTime = (stamps: readonly Stamp[]): string => stamps[stamps.length - 1]!.at;

const journalEntrySchema = z.object({ step: z.enum(JOURNAL_STEPS), times: stampsSchema });
export type JournalEntry = z.infer<typeof journalEntrySchema>;

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
export type ServiceRecord = z.infer<typeof serviceRecordSchema>;

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
export type AbsorbedRecord = z.infer<typeof absorbedSchema>;

export const incidentSchema = z.object({
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
export type Incident = z.infer<typeof incidentSchema>;

export const incidentsSchema = z
  .array(incidentSchema)
  .check(z.refine((list) => new Set(list.map((i) => i.id)).size === list.length, 'unique ids'));

/** Version 1 kept one record per `delta.service` answer (Delta G twice) and bare ISO journal times. */
export function migrateIncidentsV1(data: unknown): unknown {
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
      const journal = ((s.journal as { step: JournalStep; at: string }[] | undefined) ?? []).map((e) => ({
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
