/**
 * Incidents: a self-triggered DELTA backup procedure, with one DA and one journal per online service
 * (flows.md, « Decisions, second round »). Pure rules and the store; the screens only call these.
 *
 * Times: every time the user gives is a Paris wall-clock value with the instant it was entered (a
 * `Stamp`); a correction appends a stamp and never rewrites the earlier one, so the record shows both the
 * time given and when it was entered.
 */
import * as z from 'zod/mini';
import { replay } from '../flows/replay';
import { answerAt, type AnsweredNode } from '../flows/rules';
import { createStore } from '../lib/createStore';
import { localDateTimeValue, timeProblem, type TimeProblem } from '../lib/time';
import {
  JOURNAL_STEPS,
  replayJournal,
  type JournalInput,
  type JournalSnapshot,
  type JournalStep,
} from './journal.machine';
import { profileSchema, type Profile } from './profile';

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

const journalEntrySchema = z.object({ step: z.enum(JOURNAL_STEPS), times: stampsSchema });
export type JournalEntry = z.infer<typeof journalEntrySchema>;

const answersSchema = z.array(z.string().check(z.regex(/^[a-zA-Z0-9]{1,20}$/))).check(z.maxLength(40));

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
  daNumber: z.optional(z.string().check(z.maxLength(40))),
  journal: z.array(journalEntrySchema),
});
export type ServiceRecord = z.infer<typeof serviceRecordSchema>;

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
  notes: z.optional(z.string().check(z.maxLength(5000))),
  /** « Procédure terminée »: when the user closed the incident. */
  closedAt: z.optional(stampSchema),
});
export type Incident = z.infer<typeof incidentSchema>;

const incidentsSchema = z
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
    const merged: string[] = [];
    const services: ServiceRecord[] = [];
    for (const s of (old.services as Record<string, unknown>[] | undefined) ?? []) {
      const service = daServiceOf(String(s.service));
      if (!service) continue;
      const journal = ((s.journal as { step: JournalStep; at: string }[] | undefined) ?? []).map((e) => ({
        step: e.step,
        times: [stamp(e.at)],
      }));
      if (services.some((r) => r.service === service)) {
        // Delta G in one and in two steps were two records: one DA covers both now. Nothing is dropped:
        // the second record is kept in the notes, word for word.
        merged.push(
          `Reprise de l’ancienne fiche « ${String(s.service)} » regroupée sous Delta G : DA n° ${String(s.daNumber ?? '—')}, passage en alerte ${String(s.alertAt)}, étapes : ${journal.map((e) => `${e.step} ${e.times[0]!.at}`).join(', ') || 'aucune'}.`,
        );
        continue;
      }
      const alertAt = typeof s.alertAt === 'string' ? s.alertAt : localDateTimeValue(new Date(createdAt));
      services.push({
        service,
        mode,
        ...(service === diagnosed ? { answers } : {}),
        alertAt: [{ at: alertAt, recordedAt: createdAt }],
        ...(typeof s.daNumber === 'string' ? { daNumber: s.daNumber } : {}),
        journal,
      });
    }
    const notes = [typeof old.notes === 'string' ? old.notes : '', ...merged].filter(Boolean).join('\n');
    return {
      id: old.id,
      createdAt,
      answers,
      ...(old.profile ? { profile: old.profile } : {}),
      services,
      ...(notes ? { notes } : {}),
    };
  });
}

export const incidentsStore = createStore<Incident[]>({
  name: 'incidents',
  version: 2,
  schema: incidentsSchema,
  empty: [],
  migrations: { 1: migrateIncidentsV1 },
  evidence: true,
});

export function newIncidentId(now: Date, random: () => number = Math.random): string {
  return `${now.toISOString().slice(0, 10)}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

export function modeOf(answers: readonly string[]): Mode | null {
  return answerAt(replay(answers).path, 'delta.mode') ?? null;
}

/** The time that holds: the last of a stamp list. */
export const currentTime = (stamps: readonly Stamp[]): string => stamps[stamps.length - 1]!.at;

// ---- Opening an incident, or finding the one to reopen.

export interface Diagnosis {
  /** The answers that led to `delta.selfTrigger`. */
  readonly path: readonly AnsweredNode[];
  /** When the diagnosis ended (default of « date et heure de passage en alerte »). */
  readonly endedAt: Date;
}

function diagnosedRecord({ path, endedAt }: Diagnosis, now: Date): ServiceRecord | null {
  const service = daServiceOf(answerAt(path, 'delta.service'));
  const mode = answerAt(path, 'delta.mode');
  if (!service || !mode) return null;
  return {
    service,
    mode,
    answers: path.map((a) => a.value),
    alertAt: [{ at: localDateTimeValue(endedAt), recordedAt: now.toISOString() }],
    journal: [],
  };
}

/** Opens an incident for a diagnosis; null if the diagnosis names no DELTA service of the fiche. */
export function newIncident(
  diagnosis: Diagnosis,
  profile: Profile | null,
  now: Date,
  id = newIncidentId(now),
): Incident | null {
  const record = diagnosedRecord(diagnosis, now);
  if (!record) return null;
  return {
    id,
    createdAt: now.toISOString(),
    answers: diagnosis.path.map((a) => a.value),
    ...(profile ? { profile } : {}),
    services: [record],
  };
}

export const isOpen = (incident: Incident) => incident.closedAt === undefined;
export const covers = (incident: Incident, service: DaService) => incident.services.some((s) => s.service === service);

/**
 * What « Préparer la demande d'assistance » does for a diagnosis: reopen the open incident that already
 * covers its service, or offer to add the service to an open incident, or open a new one.
 */
export type StartChoice =
  | { readonly kind: 'reopen'; readonly incident: Incident }
  | { readonly kind: 'addOrNew'; readonly open: readonly Incident[] }
  | { readonly kind: 'new' };

export function startChoice(incidents: readonly Incident[], path: readonly AnsweredNode[]): StartChoice {
  const service = daServiceOf(answerAt(path, 'delta.service'));
  const open = incidents.filter(isOpen);
  const covering = service ? open.find((i) => covers(i, service)) : undefined;
  if (covering) return { kind: 'reopen', incident: covering };
  return open.length > 0 ? { kind: 'addOrNew', open } : { kind: 'new' };
}

export type ServiceProblem = 'covered' | 'noReasons' | 'notDelta';

/** Adds the service of a new diagnosis to an incident, with that diagnosis' reasons. */
export function addDiagnosedService(
  incident: Incident,
  diagnosis: Diagnosis,
  now: Date,
): { ok: true; incident: Incident } | { ok: false; problem: ServiceProblem } {
  const record = diagnosedRecord(diagnosis, now);
  if (!record) return { ok: false, problem: 'notDelta' };
  if (covers(incident, record.service)) return { ok: false, problem: 'covered' };
  return { ok: true, incident: { ...incident, services: [...incident.services, record] } };
}

/**
 * Adds a service without its own diagnosis: the reasons are those the user confirmed (proposed from the
 * incident's diagnosis, editable).
 */
export function addConfirmedService(
  incident: Incident,
  input: { service: DaService; mode: Mode; reasons: readonly string[] },
  now: Date,
): { ok: true; incident: Incident } | { ok: false; problem: ServiceProblem } {
  if (covers(incident, input.service)) return { ok: false, problem: 'covered' };
  const reasons = input.reasons.map((r) => r.trim()).filter(Boolean);
  if (reasons.length === 0) return { ok: false, problem: 'noReasons' };
  const record: ServiceRecord = {
    service: input.service,
    mode: input.mode,
    reasons,
    alertAt: [{ at: localDateTimeValue(now), recordedAt: now.toISOString() }],
    journal: [],
  };
  return { ok: true, incident: { ...incident, services: [...incident.services, record] } };
}

/** Confirms (or edits) the reasons of a service that has no diagnosis of its own. */
export function confirmReasons(record: ServiceRecord, reasons: readonly string[]): ServiceRecord {
  return { ...record, reasons: reasons.map((r) => r.trim()).filter(Boolean) };
}

// ---- The journal of one service.

/** The journal's input for a service: its own diagnosis, or the incident's when it has none. */
export function journalInput(incident: Incident, record: ServiceRecord): JournalInput {
  const answers = record.answers ?? incident.answers;
  return { officeClosed: answerAt(replay(answers).path, 'delta.office') === 'closed' };
}

export function journalOf(incident: Incident, record: ServiceRecord) {
  const input = journalInput(incident, record);
  return { input, ...replayJournal(record.journal, input) };
}

/**
 * The order the fiche implies between steps: a step cannot be dated before the steps it needs (the backup
 * procedure starts once the DA is registered and the office informed; the SAU is called after the DA; the
 * end steps follow the system's return).
 */
export const STEP_NEEDS: Partial<Record<JournalStep, readonly JournalStep[]>> = {
  'backup.activate': ['da.file', 'office.inform'],
  'sau.call': ['da.file'],
  'system.restore': ['da.file'],
  'closure.request': ['system.restore'],
  'office.informEnd': ['system.restore'],
};

export type StepProblem =
  | { readonly kind: TimeProblem | 'notAllowed' }
  | { readonly kind: 'before' | 'after'; readonly step: JournalStep; readonly at: string };

/** Whether `at` fits between the times of the steps `step` needs and of the steps that need it. */
function orderProblem(record: ServiceRecord, step: JournalStep, at: string): StepProblem | null {
  const timeOf = (s: JournalStep) => {
    const entry = record.journal.find((e) => e.step === s);
    return entry ? currentTime(entry.times) : null;
  };
  for (const needed of STEP_NEEDS[step] ?? []) {
    const t = timeOf(needed);
    if (t !== null && at < t) return { kind: 'before', step: needed, at: t };
  }
  for (const [later, needs] of Object.entries(STEP_NEEDS) as [JournalStep, readonly JournalStep[]][]) {
    const t = needs.includes(step) ? timeOf(later) : null;
    if (t !== null && at > t) return { kind: 'after', step: later, at: t };
  }
  return null;
}

/** What every time given for a step must be: a valid time, not in the future, in order with the steps around it. */
function stampProblem(record: ServiceRecord, step: JournalStep, at: string, now: Date): StepProblem | null {
  const time = timeProblem(at, now);
  return time ? { kind: time } : orderProblem(record, step, at);
}

type StepResult = { ok: true; record: ServiceRecord } | { ok: false; problem: StepProblem };

/** Records a step done at the time given (Paris): refused if not allowed yet, in the future or out of order. */
export function recordStep(
  incident: Incident,
  record: ServiceRecord,
  step: JournalStep,
  at: string,
  now: Date,
): StepResult {
  const { snapshot, accepted } = journalOf(incident, record);
  if (accepted.some((e) => e.step === step) || !snapshot.can({ type: step }))
    return { ok: false, problem: { kind: 'notAllowed' } };
  const problem = stampProblem(record, step, at, now);
  if (problem) return { ok: false, problem };
  return {
    ok: true,
    record: { ...record, journal: [...record.journal, { step, times: [{ at, recordedAt: now.toISOString() }] }] },
  };
}

/** Corrects the time of a recorded step: a new stamp, the earlier ones kept. */
export function correctStep(record: ServiceRecord, step: JournalStep, at: string, now: Date): StepResult {
  const problem = stampProblem(record, step, at, now);
  if (problem) return { ok: false, problem };
  return {
    ok: true,
    record: {
      ...record,
      journal: record.journal.map((e) =>
        e.step === step ? { ...e, times: [...e.times, { at, recordedAt: now.toISOString() }] } : e,
      ),
    },
  };
}

/** Takes back the last step recorded (a mistaken click), only while nothing was recorded after it. */
export function undoLastStep(record: ServiceRecord): ServiceRecord {
  return { ...record, journal: record.journal.slice(0, -1) };
}

/** Sets « date et heure de passage en alerte »: a new stamp, the earlier ones kept. */
export function correctAlertAt(
  record: ServiceRecord,
  at: string,
  now: Date,
): { ok: true; record: ServiceRecord } | { ok: false; problem: TimeProblem } {
  const problem = timeProblem(at, now);
  if (problem) return { ok: false, problem };
  if (currentTime(record.alertAt) === at) return { ok: true, record };
  return { ok: true, record: { ...record, alertAt: [...record.alertAt, { at, recordedAt: now.toISOString() }] } };
}

/** The registration time of the service's DA (from the OLGA acknowledgement), if recorded. */
export function daRegisteredAt(record: ServiceRecord): string | null {
  const entry = record.journal.find((e) => e.step === 'da.file');
  return entry ? currentTime(entry.times) : null;
}

/** The start of the backup procedure: the earliest DA registration time of the incident. */
export function incidentStart(incident: Incident): string | null {
  const times = incident.services.map(daRegisteredAt).filter((t): t is string => t !== null);
  return times.length ? times.toSorted()[0]! : null;
}

// ---- The incident as a whole.

export type IncidentStatus = 'preparing' | 'daFiled' | 'active' | 'closed';

/** The incident's state, from its journals: the most advanced of its services, or « terminée » once closed. */
export function incidentStatus(incident: Incident): IncidentStatus {
  if (incident.closedAt) return 'closed';
  const snapshots: JournalSnapshot[] = incident.services.map((s) => journalOf(incident, s).snapshot);
  if (snapshots.some((s) => s.matches({ backup: 'active' }))) return 'active';
  if (snapshots.some((s) => s.matches({ da: 'filed' }))) return 'daFiled';
  return 'preparing';
}

export function closeIncident(
  incident: Incident,
  at: string,
  now: Date,
): { ok: true; incident: Incident } | { ok: false; problem: TimeProblem } {
  const problem = timeProblem(at, now);
  if (problem) return { ok: false, problem };
  return { ok: true, incident: { ...incident, closedAt: { at, recordedAt: now.toISOString() } } };
}

export function reopenIncident(incident: Incident): Incident {
  const { closedAt: _closed, ...rest } = incident;
  void _closed;
  return rest;
}

export function updateIncident(all: readonly Incident[], id: string, change: (i: Incident) => Incident): Incident[] {
  return all.map((i) => (i.id === id ? change(i) : i));
}

export function updateService(
  incident: Incident,
  service: DaService,
  change: (r: ServiceRecord) => ServiceRecord,
): Incident {
  return { ...incident, services: incident.services.map((s) => (s.service === service ? change(s) : s)) };
}
