/** Incidents: a self-triggered DELTA backup procedure, with one DA and one journal per online service. */
import * as z from 'zod/mini';
import { QUESTIONS } from '../flows/ids';
import { createStore } from '../lib/storage';
import { LOCAL_DATE_TIME } from '../lib/time';
import { JOURNAL_STEPS, type JournalEntry } from './journal.machine';
import { profileSchema } from './profile';

/** The DELTA online services of the fiche (the `delta.service` answers, less « autre »). */
export const DELTA_SERVICES = QUESTIONS['delta.service'].filter((s) => s !== 'other');
export type DeltaService = (typeof DELTA_SERVICES)[number];

const journalEntrySchema = z.object({
  step: z.enum(JOURNAL_STEPS),
  at: z.string().check(z.maxLength(40)),
});

const serviceRecordSchema = z.object({
  service: z.enum(DELTA_SERVICES as [DeltaService, ...DeltaService[]]),
  /** Date and time of the switch to alert, Paris wall-clock (2026-11-23T09:15). */
  alertAt: z.string().check(z.regex(LOCAL_DATE_TIME)),
  daNumber: z.optional(z.string().check(z.maxLength(40))),
  journal: z.array(journalEntrySchema).check(z.maxLength(50)),
});
export type ServiceRecord = z.infer<typeof serviceRecordSchema>;

export const incidentSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{4,40}$/)),
  createdAt: z.string().check(z.maxLength(40)),
  /** The diagnosis answers that led to the self-trigger. */
  answers: z.array(z.string().check(z.regex(/^[a-zA-Z0-9]{1,20}$/))).check(z.maxLength(40)),
  /** The operator's references as they were when the DA texts were written. */
  profile: z.optional(profileSchema),
  services: z.array(serviceRecordSchema).check(z.minLength(1), z.maxLength(DELTA_SERVICES.length)),
  notes: z.optional(z.string().check(z.maxLength(5000))),
});
export type Incident = z.infer<typeof incidentSchema>;

export const incidentsStore = createStore<Incident[]>({
  name: 'incidents',
  version: 1,
  schema: z.array(incidentSchema),
  empty: [],
  evidence: true,
});

export function newIncidentId(now: Date, random: () => number = Math.random): string {
  return `${now.toISOString().slice(0, 10)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

export function addJournalEntry(record: ServiceRecord, entry: JournalEntry): ServiceRecord {
  return { ...record, journal: [...record.journal, entry] };
}

export function updateIncident(all: readonly Incident[], id: string, change: (i: Incident) => Incident): Incident[] {
  return all.map((i) => (i.id === id ? change(i) : i));
}

export function updateService(
  incident: Incident,
  service: DeltaService,
  change: (r: ServiceRecord) => ServiceRecord,
): Incident {
  return { ...incident, services: incident.services.map((s) => (s.service === service ? change(s) : s)) };
}
