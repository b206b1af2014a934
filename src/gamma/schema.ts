/**
 * The register of GAMMA 2 paper backup documents (S2; flows.md `gamma.backup`, « Decisions », second and
 * third rounds): its stored shape, and how the shapes of earlier versions migrate to it.
 *
 * - The operator: raison sociale, excise number and address, printed on the register and in the sender
 *   block of each paper document.
 * - An outage episode holds when the outage started, who authorised the backup procedure (the météo, the
 *   SAU of the CID or the managing service), when, the DA reference if any, and when it ended.
 * - A document belongs to one episode. Its LRN is its number; its milestones are dated: established (its
 *   date), copy sent to the managing office, archived, entered in GAMMA 2 (with its ARC), or voided.
 * - Prefix changes that started another series in a year already begun are kept with their confirmation.
 */
import * as z from 'zod/mini';
import { LOCAL_DATE, LOCAL_DATE_TIME } from '../lib/time';

export const LRN_MAX = 22;
/** Digits of the sequence number in the series: PREFIX + YEAR + 00001. */
export const SEQUENCE_DIGITS = 5;
export const PREFIX_MAX = LRN_MAX - 4 - SEQUENCE_DIGITS;

/** Who authorised the backup procedure (S2): the alert on the météo, the SAU, or the managing service. */
export const AUTHORISERS = ['meteo', 'sau', 'serviceGestionnaire'] as const;
export type Authoriser = (typeof AUTHORISERS)[number];

const text = (max: number) => z.string().check(z.maxLength(max));
const localTime = z.string().check(z.regex(LOCAL_DATE_TIME));
const instant = text(40);

export const OPERATOR_MAX = { name: 120, exciseNumber: 13, street: 200, city: 120 } as const;

/** The operator, the sender of the documents: every field may still be empty. */
export const operatorSchema = z.object({
  name: text(OPERATOR_MAX.name),
  /** SEED excise number, an13. */
  exciseNumber: text(OPERATOR_MAX.exciseNumber),
  street: text(OPERATOR_MAX.street),
  city: text(OPERATOR_MAX.city),
});
export type Operator = z.infer<typeof operatorSchema>;
export const emptyOperator: Operator = { name: '', exciseNumber: '', street: '', city: '' };

export const authorisationSchema = z.object({
  by: z.enum(AUTHORISERS),
  /** When it was authorised, or when the malfunction was seen on the météo (Paris wall-clock). */
  at: localTime,
  daReference: z.optional(text(60)),
});
export type Authorisation = z.infer<typeof authorisationSchema>;

export const episodeSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  /** When the outage started, as the user gave it (Paris wall-clock). */
  startedAt: localTime,
  /** Null only for an episode taken over from the first register, which did not always record it. */
  authorisation: z.nullable(authorisationSchema),
  endedAt: z.optional(localTime),
  recordedAt: instant,
});
export type Episode = z.infer<typeof episodeSchema>;

/** An LRN taken although it leaves a gap in the year's series or does not follow it: seen and confirmed. */
export const deviationSchema = z.object({
  kind: z.enum(['gap', 'outOfSeries']),
  /** The series (PREFIX + YEAR) and the numbers left unused, for a gap. */
  series: z.optional(text(LRN_MAX)),
  skippedFrom: z.optional(z.number().check(z.int(), z.positive())),
  skippedTo: z.optional(z.number().check(z.int(), z.positive())),
  /** The LRN the series expected. */
  expected: text(LRN_MAX),
  confirmedAt: instant,
});
export type Deviation = z.infer<typeof deviationSchema>;

/**
 * A dated milestone. `at` is when it happened, Paris wall-clock, as the user gave it; null for a milestone
 * taken over from a register that kept only a status, without its date. `recordedAt` is when it was entered.
 */
export const milestoneSchema = z.object({ at: z.nullable(localTime), recordedAt: instant });
export type Milestone = z.infer<typeof milestoneSchema>;

export const MILESTONES = ['copySent', 'archived', 'entered'] as const;
export type MilestoneName = (typeof MILESTONES)[number];

export const CONSIGNEE_MAX = { name: 200, identification: 16 } as const;

export const backupDocumentSchema = z.object({
  lrn: z.string().check(z.minLength(1), z.maxLength(LRN_MAX), z.regex(/^[A-Z0-9]+$/)),
  /** The document's date, when it was established (Paris). Its year is the year of the series. */
  date: z.string().check(z.regex(LOCAL_DATE)),
  consignee: z.object({
    name: text(CONSIGNEE_MAX.name),
    /** Excise or VAT number (box 5, « Identification »). */
    identification: text(CONSIGNEE_MAX.identification),
  }),
  episodeId: z.string().check(z.maxLength(40)),
  createdAt: instant,
  deviation: z.optional(deviationSchema),
  /** S2: « Je transmets une copie du document de secours à mon bureau gestionnaire avant le mouvement ». */
  copySent: z.optional(milestoneSchema),
  /** « … puis je l'archive ». */
  archived: z.optional(milestoneSchema),
  /** The data entered in GAMMA 2 once it works again; the ARC it gave; when no copy had been recorded as
   * sent, the moment the user confirmed it anyway. */
  entered: z.optional(
    z.object({
      ...milestoneSchema.shape,
      arc: z.optional(text(21)),
      withoutCopyConfirmedAt: z.optional(instant),
    }),
  ),
  voided: z.optional(z.object({ reason: z.string().check(z.minLength(1), z.maxLength(300)), at: instant })),
});
export type BackupDocument = z.infer<typeof backupDocumentSchema>;

/** A prefix set while a year's series under the former prefix already had documents: confirmed. */
export const prefixChangeSchema = z.object({
  from: text(PREFIX_MAX),
  to: text(PREFIX_MAX),
  /** The years whose series under the former prefix stop here. */
  years: z.array(z.number().check(z.int())),
  confirmedAt: instant,
});
export type PrefixChange = z.infer<typeof prefixChangeSchema>;

export const registerSchema = z
  .object({
    operator: operatorSchema,
    prefix: z.string().check(z.maxLength(PREFIX_MAX), z.regex(/^[A-Z0-9]*$/)),
    prefixChanges: z.array(prefixChangeSchema),
    episodes: z.array(episodeSchema),
    documents: z.array(backupDocumentSchema),
  })
  .check(
    z.refine((r) => new Set(r.documents.map((d) => d.lrn)).size === r.documents.length, 'unique LRNs'),
    z.refine((r) => new Set(r.episodes.map((e) => e.id)).size === r.episodes.length, 'unique episodes'),
    z.refine((r) => r.documents.every((d) => r.episodes.some((e) => e.id === d.episodeId)), 'known episodes'),
  );
export type Register = z.infer<typeof registerSchema>;

export const emptyRegister: Register = {
  operator: emptyOperator,
  prefix: '',
  prefixChanges: [],
  episodes: [],
  documents: [],
};

export const REGISTER_VERSION = 3;

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The first register (version 1) had one authorisation for all its documents. It becomes one episode
 * holding them all; its LRNs are stored upper-case. The episode starts at the authorisation, or at the
 * first document's day when none was recorded.
 */
export function migrateRegisterV1(data: unknown): unknown {
  if (!isObject(data)) return data;
  const auth = isObject(data.authorisation) ? (data.authorisation as Partial<Authorisation>) : undefined;
  const documents = Array.isArray(data.documents) ? (data.documents as Loose[]) : [];
  const firstDay = documents
    .map((d) => String(d.date ?? ''))
    .filter((d) => LOCAL_DATE.test(d))
    .toSorted()[0];
  const episode = {
    id: 'episode-1',
    startedAt: auth?.at ?? `${firstDay ?? new Date().toISOString().slice(0, 10)}T00:00`,
    authorisation:
      auth?.by && auth.at
        ? { by: auth.by, at: auth.at, ...(auth.daReference ? { daReference: auth.daReference } : {}) }
        : null,
    recordedAt: new Date().toISOString(),
  };
  return {
    prefix: typeof data.prefix === 'string' ? data.prefix.toUpperCase() : '',
    episodes: documents.length > 0 || auth ? [episode] : [],
    documents: documents.map((d) => ({
      ...d,
      lrn: typeof d.lrn === 'string' ? d.lrn.toUpperCase() : d.lrn,
      episodeId: episode.id,
    })),
  };
}

/** A SEED excise number, an13: the Member State's code and 11 characters. */
export const EXCISE_NUMBER = /^[A-Z]{2}[A-Z0-9]{11}$/;

/**
 * Version 2 kept one status per document (established, copy sent, archived, entered), no dates, and the
 * consignee as one text. Each status becomes the milestones it implies, with no date (« date non
 * enregistrée »): a document archived had its copy sent; a document entered says nothing of its copy. A
 * consignee that is an excise number goes to « Identification ». The operator is still to be given.
 */
export function migrateRegisterV2(data: unknown): unknown {
  if (!isObject(data)) return data;
  const documents = Array.isArray(data.documents) ? (data.documents as Loose[]) : [];
  return {
    operator: emptyOperator,
    prefix: data.prefix,
    prefixChanges: [],
    episodes: data.episodes,
    documents: documents.map(({ status, arc, consignee, ...d }) => {
      const at = typeof d.createdAt === 'string' ? d.createdAt : new Date().toISOString();
      const undated = { at: null, recordedAt: at };
      const name = typeof consignee === 'string' ? consignee.trim() : '';
      return {
        ...d,
        consignee: EXCISE_NUMBER.test(name.toUpperCase())
          ? { name: '', identification: name.toUpperCase() }
          : { name, identification: '' },
        ...(status === 'copySent' || status === 'archived' ? { copySent: undated } : {}),
        ...(status === 'archived' ? { archived: undated } : {}),
        ...(status === 'entered'
          ? { entered: { ...undated, ...(typeof arc === 'string' && arc ? { arc } : {}) } }
          : {}),
      };
    }),
  };
}

export const registerMigrations = { 1: migrateRegisterV1, 2: migrateRegisterV2 };
