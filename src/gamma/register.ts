/**
 * The register of GAMMA 2 paper backup documents (S2; flows.md `gamma.backup` and « Decisions, second
 * round »), as pure rules.
 *
 * - An outage episode holds when the outage started, who authorised the backup procedure (the météo alert,
 *   the SAU or the managing service), when, the DA reference if any, and when it ended. Each document
 *   belongs to one episode and prints that episode's authorisation.
 * - The LRN is the document's number: assigned freely, in a continuous series per year (the year of the
 *   document's date), alphanumeric, at most 22 characters (Reg. (EU) 2022/1636, Annex I, box 9a: an..22),
 *   stored upper-case. An LRN that leaves a gap or does not follow the series is taken only once the user
 *   has seen it and confirmed, and the register keeps that confirmation.
 * - A document is never deleted: a mistaken one is voided (« annulé ») with a reason and keeps its number.
 */
import * as z from 'zod/mini';
import { dayProblem, isoDay, LOCAL_DATE, LOCAL_DATE_TIME, timeProblem, type TimeProblem } from '../lib/time';

export const LRN_MAX = 22;
const ALNUM = /^[A-Za-z0-9]+$/;
/** Digits of the sequence number in the series: PREFIX + YEAR + 00001. */
export const SEQUENCE_DIGITS = 5;
export const PREFIX_MAX = LRN_MAX - 4 - SEQUENCE_DIGITS;

export const DOCUMENT_STATUSES = ['established', 'copySent', 'archived', 'entered'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Who authorised the backup procedure (S2): the alert on the météo, the SAU, or the managing service. */
export const AUTHORISERS = ['meteo', 'sau', 'serviceGestionnaire'] as const;
export type Authoriser = (typeof AUTHORISERS)[number];

const text = (max: number) => z.string().check(z.maxLength(max));
const localTime = z.string().check(z.regex(LOCAL_DATE_TIME));

const authorisationSchema = z.object({
  by: z.enum(AUTHORISERS),
  /** When it was authorised (Paris wall-clock). */
  at: localTime,
  daReference: z.optional(text(60)),
});
export type Authorisation = z.infer<typeof authorisationSchema>;

const episodeSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  /** When the outage started (Paris wall-clock). */
  startedAt: localTime,
  /** Null only for an episode taken over from the first register, which did not always record it. */
  authorisation: z.nullable(authorisationSchema),
  endedAt: z.optional(localTime),
  recordedAt: text(40),
});
export type Episode = z.infer<typeof episodeSchema>;

/** An LRN taken although it leaves a gap in the year's series or does not follow it: seen and confirmed. */
const deviationSchema = z.object({
  kind: z.enum(['gap', 'outOfSeries']),
  /** The series (PREFIX + YEAR) and the numbers left unused, for a gap. */
  series: z.optional(text(LRN_MAX)),
  skippedFrom: z.optional(z.number().check(z.int(), z.positive())),
  skippedTo: z.optional(z.number().check(z.int(), z.positive())),
  /** The LRN the series expected. */
  expected: text(LRN_MAX),
  confirmedAt: text(40),
});
export type Deviation = z.infer<typeof deviationSchema>;

export const backupDocumentSchema = z.object({
  lrn: z.string().check(z.minLength(1), z.maxLength(LRN_MAX), z.regex(/^[A-Z0-9]+$/)),
  /** The document's date (Paris). Its year is the year of the series. */
  date: z.string().check(z.regex(LOCAL_DATE)),
  consignee: text(200),
  episodeId: z.string().check(z.maxLength(40)),
  status: z.enum(DOCUMENT_STATUSES),
  arc: z.optional(text(21)),
  createdAt: text(40),
  deviation: z.optional(deviationSchema),
  voided: z.optional(z.object({ reason: z.string().check(z.minLength(1), z.maxLength(300)), at: text(40) })),
});
export type BackupDocument = z.infer<typeof backupDocumentSchema>;

export const registerSchema = z
  .object({
    prefix: z.string().check(z.maxLength(PREFIX_MAX), z.regex(/^[A-Z0-9]*$/)),
    episodes: z.array(episodeSchema),
    documents: z.array(backupDocumentSchema),
  })
  .check(
    z.refine((r) => new Set(r.documents.map((d) => d.lrn)).size === r.documents.length, 'unique LRNs'),
    z.refine((r) => new Set(r.episodes.map((e) => e.id)).size === r.episodes.length, 'unique episodes'),
    z.refine((r) => r.documents.every((d) => r.episodes.some((e) => e.id === d.episodeId)), 'known episodes'),
  );
export type Register = z.infer<typeof registerSchema>;

export const emptyRegister: Register = { prefix: '', episodes: [], documents: [] };

/**
 * The first register (version 1) had one authorisation for all its documents. It becomes one episode
 * holding them all; its LRNs are stored upper-case.
 */
export function migrateRegisterV1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const old = data as { prefix?: unknown; documents?: unknown; authorisation?: Partial<Authorisation> };
  const documents = Array.isArray(old.documents) ? (old.documents as Record<string, unknown>[]) : [];
  const auth = old.authorisation;
  const dates = documents.map((d) => String(d.date ?? '')).filter((d) => LOCAL_DATE.test(d));
  const firstDay = dates.toSorted()[0];
  const startedAt = auth?.at ?? (firstDay ? `${firstDay}T00:00` : `${isoDay(new Date())}T00:00`);
  const episode: Episode = {
    id: 'episode-1',
    startedAt,
    authorisation:
      auth?.by && auth.at
        ? { by: auth.by, at: auth.at, ...(auth.daReference ? { daReference: auth.daReference } : {}) }
        : null,
    recordedAt: new Date().toISOString(),
  };
  return {
    prefix: typeof old.prefix === 'string' ? old.prefix.toUpperCase() : '',
    episodes: documents.length > 0 || auth ? [episode] : [],
    documents: documents.map((d) => ({
      ...d,
      lrn: typeof d.lrn === 'string' ? d.lrn.toUpperCase() : d.lrn,
      episodeId: episode.id,
    })),
  };
}

// ---- LRNs and the series.

export type LrnProblem = 'missing' | 'tooLong' | 'characters' | 'used';

/** Why an LRN is refused; null when it is fine. */
export function lrnProblem(raw: string, documents: readonly BackupDocument[]): LrnProblem | null {
  const lrn = raw.trim();
  if (lrn === '') return 'missing';
  if (lrn.length > LRN_MAX) return 'tooLong';
  if (!ALNUM.test(lrn)) return 'characters';
  if (documents.some((d) => d.lrn === lrn.toUpperCase())) return 'used';
  return null;
}

export type PrefixProblem = 'characters' | 'tooLong';

/** Why a series prefix is refused; null when it is fine (an empty prefix is allowed). */
export function prefixProblem(raw: string): PrefixProblem | null {
  const prefix = raw.trim();
  if (prefix === '') return null;
  if (!ALNUM.test(prefix)) return 'characters';
  if (prefix.length > PREFIX_MAX) return 'tooLong';
  return null;
}

/** The head of a year's series: PREFIX + YEAR. */
export const seriesHead = (prefix: string, year: number) => `${prefix.trim().toUpperCase()}${year}`;

/**
 * The series an LRN belongs to, whatever its prefix: an LRN ending with a year and a 5-digit number
 * (SEC + 2026 + 00005) is number 5 of the series « SEC2026 ». Null for an LRN of another shape.
 */
export function seriesOf(lrn: string): { head: string; n: number } | null {
  const m = /^([A-Z0-9]*\d{4})(\d{5})$/.exec(lrn.toUpperCase());
  return m && Number(m[2]) > 0 ? { head: m[1]!, n: Number(m[2]) } : null;
}

/** The sequence number of an LRN in a series, or null when it is not of that series. */
export function sequenceIn(head: string, lrn: string): number | null {
  const s = seriesOf(lrn);
  return s && s.head === head ? s.n : null;
}

/** The highest number used in a series (voided documents keep theirs). */
function highestIn(head: string, documents: readonly BackupDocument[]): number {
  return documents.reduce((max, d) => Math.max(max, sequenceIn(head, d.lrn) ?? 0), 0);
}

/** The series year of a document's date (its Paris date, YYYY-MM-DD). */
export const yearOf = (date: string) => Number(date.slice(0, 4));

/** The next LRN of the year's continuous series: one more than the highest registered (00001 to start). */
export function nextLrn(prefix: string, year: number, documents: readonly BackupDocument[]): string {
  const head = seriesHead(prefix, year);
  return `${head}${String(highestIn(head, documents) + 1).padStart(SEQUENCE_DIGITS, '0')}`;
}

/**
 * How an LRN stands against the series of its document's year: it follows it (null), or it leaves a gap
 * (the numbers skipped), or it is not the next one of the series (another format, another year, or an
 * earlier number). Both need the user's confirmation.
 */
export function seriesDeviation(
  register: Pick<Register, 'prefix' | 'documents'>,
  rawLrn: string,
  date: string,
): Omit<Deviation, 'confirmedAt'> | null {
  const lrn = rawLrn.trim().toUpperCase();
  const head = seriesHead(register.prefix, yearOf(date));
  const expected = lrnOf(head, highestIn(head, register.documents) + 1);
  if (lrn === expected) return null;
  // Whatever the series the LRN falls in, the numbers it skips there are part of what is confirmed.
  const own = seriesOf(lrn);
  const ownHighest = own ? highestIn(own.head, register.documents) : 0;
  const skipped =
    own && own.n > ownHighest + 1 ? { series: own.head, skippedFrom: ownHighest + 1, skippedTo: own.n - 1 } : {};
  return { kind: own?.head === head && 'series' in skipped ? 'gap' : 'outOfSeries', expected, ...skipped };
}

/** The LRN of a number in a series. */
export const lrnOf = (head: string, n: number) => `${head}${String(n).padStart(SEQUENCE_DIGITS, '0')}`;

/**
 * ARC (administrative reference code, an21): 2 digits of the year, the Member State's code, 16
 * alphanumerics and a check digit.
 */
export function arcProblem(raw: string): 'shape' | null {
  const arc = raw.trim().toUpperCase();
  if (arc === '') return null;
  return /^\d{2}[A-Z]{2}[A-Z0-9]{16}\d$/.test(arc) ? null : 'shape';
}

// ---- Episodes.

export const openEpisodeOf = (register: Register) => register.episodes.find((e) => e.endedAt === undefined) ?? null;

export type EpisodeProblem =
  | { readonly field: 'by'; readonly kind: 'missing' }
  | { readonly field: 'at' | 'startedAt' | 'endedAt'; readonly kind: TimeProblem | 'beforeStart' }
  | { readonly field: 'daReference'; readonly kind: 'tooLong' }
  | { readonly field: 'episode'; readonly kind: 'alreadyOpen' | 'hasDocuments' | 'unknown' };

export interface EpisodeInput {
  readonly by: Authoriser | '';
  readonly at: string;
  readonly daReference: string;
}

function authorisationOf(input: EpisodeInput, now: Date): Authorisation | EpisodeProblem[] {
  const problems: EpisodeProblem[] = [];
  if (input.by === '') problems.push({ field: 'by', kind: 'missing' });
  const at = timeProblem(input.at, now);
  if (at) problems.push({ field: 'at', kind: at });
  const ref = input.daReference.trim();
  if (ref.length > 60) problems.push({ field: 'daReference', kind: 'tooLong' });
  if (problems.length > 0 || input.by === '') return problems;
  return { by: input.by, at: input.at, ...(ref ? { daReference: ref } : {}) };
}

/** Opens an outage episode, authorised as given; only one episode is open at a time. */
export function openEpisode(
  register: Register,
  input: EpisodeInput,
  now: Date,
  id = `episode-${now.getTime().toString(36)}`,
): { ok: true; register: Register; episode: Episode } | { ok: false; problems: EpisodeProblem[] } {
  if (openEpisodeOf(register)) return { ok: false, problems: [{ field: 'episode', kind: 'alreadyOpen' }] };
  const authorisation = authorisationOf(input, now);
  if (Array.isArray(authorisation)) return { ok: false, problems: authorisation };
  const episode: Episode = { id, startedAt: authorisation.at, authorisation, recordedAt: now.toISOString() };
  return { ok: true, register: { ...register, episodes: [...register.episodes, episode] }, episode };
}

/**
 * Completes or corrects an episode's authorisation, only while no document of the episode was drawn up
 * (their printed forms carry it), or when the first register had not recorded it.
 */
export function setAuthorisation(
  register: Register,
  episodeId: string,
  input: EpisodeInput,
  now: Date,
): { ok: true; register: Register } | { ok: false; problems: EpisodeProblem[] } {
  const episode = register.episodes.find((e) => e.id === episodeId);
  if (!episode) return { ok: false, problems: [{ field: 'episode', kind: 'unknown' }] };
  if (episode.authorisation && register.documents.some((d) => d.episodeId === episodeId))
    return { ok: false, problems: [{ field: 'episode', kind: 'hasDocuments' }] };
  const authorisation = authorisationOf(input, now);
  if (Array.isArray(authorisation)) return { ok: false, problems: authorisation };
  return {
    ok: true,
    register: {
      ...register,
      episodes: register.episodes.map((e) =>
        e.id === episodeId ? { ...e, authorisation, startedAt: e.authorisation ? e.startedAt : authorisation.at } : e,
      ),
    },
  };
}

/** Ends an episode: GAMMA 2 works again (then the documents are entered into it at once). */
export function endEpisode(
  register: Register,
  episodeId: string,
  at: string,
  now: Date,
): { ok: true; register: Register } | { ok: false; problems: EpisodeProblem[] } {
  const episode = register.episodes.find((e) => e.id === episodeId);
  if (!episode || episode.endedAt) return { ok: false, problems: [{ field: 'episode', kind: 'unknown' }] };
  const problem = timeProblem(at, now);
  if (problem) return { ok: false, problems: [{ field: 'endedAt', kind: problem }] };
  if (at < episode.startedAt) return { ok: false, problems: [{ field: 'endedAt', kind: 'beforeStart' }] };
  return {
    ok: true,
    register: { ...register, episodes: register.episodes.map((e) => (e.id === episodeId ? { ...e, endedAt: at } : e)) },
  };
}

// ---- Documents.

export interface NewDocument {
  readonly lrn: string;
  readonly date: string;
  readonly consignee: string;
}

export type DocumentProblems = Partial<{
  lrn: LrnProblem;
  date: TimeProblem;
  consignee: 'missing' | 'tooLong';
  episode: 'none';
}>;

export type AddResult =
  | { readonly ok: true; readonly register: Register; readonly document: BackupDocument }
  | { readonly ok: false; readonly problems: DocumentProblems }
  /** The LRN leaves a gap or does not follow the series: to show the user, who may confirm it. */
  | { readonly ok: false; readonly deviation: Omit<Deviation, 'confirmedAt'> };

/**
 * Adds a document to the open episode. An empty LRN takes the next one of the series. An LRN that leaves
 * a gap or does not follow the series is refused with the deviation, until `confirmed` repeats it.
 */
export function addDocument(
  register: Register,
  input: NewDocument,
  now: Date,
  confirmed: Omit<Deviation, 'confirmedAt'> | null = null,
): AddResult {
  const problems: DocumentProblems = {};
  const episode = openEpisodeOf(register);
  if (!episode) problems.episode = 'none';
  const date = dayProblem(input.date, now);
  if (date) problems.date = date;
  const typed = input.lrn.trim();
  // An empty LRN takes the next of the series of the document's year, once that date is known.
  const lrn = (
    typed === '' && !date ? nextLrn(register.prefix, yearOf(input.date), register.documents) : typed
  ).toUpperCase();
  const lrnError = typed === '' && date ? null : lrnProblem(lrn, register.documents);
  if (lrnError) problems.lrn = lrnError;
  const consignee = input.consignee.trim();
  if (consignee === '') problems.consignee = 'missing';
  else if (consignee.length > 200) problems.consignee = 'tooLong';
  if (Object.keys(problems).length > 0 || !episode) return { ok: false, problems };
  const deviation = seriesDeviation(register, lrn, input.date);
  if (deviation && !sameDeviation(deviation, confirmed)) return { ok: false, deviation };
  const document: BackupDocument = {
    lrn,
    date: input.date,
    consignee,
    episodeId: episode.id,
    status: 'established',
    createdAt: now.toISOString(),
    ...(deviation ? { deviation: { ...deviation, confirmedAt: now.toISOString() } } : {}),
  };
  return { ok: true, register: { ...register, documents: [...register.documents, document] }, document };
}

function sameDeviation(a: Omit<Deviation, 'confirmedAt'>, b: Omit<Deviation, 'confirmedAt'> | null): boolean {
  return (
    b !== null &&
    a.kind === b.kind &&
    a.expected === b.expected &&
    a.series === b.series &&
    a.skippedFrom === b.skippedFrom &&
    a.skippedTo === b.skippedTo
  );
}

export type VoidProblem = 'missingReason' | 'tooLong' | 'alreadyVoided' | 'unknown';

/** Voids a mistaken document: « annulé » with a reason; it keeps its number, so the series stays continuous. */
export function voidDocument(
  register: Register,
  lrn: string,
  reason: string,
  now: Date,
): { ok: true; register: Register } | { ok: false; problem: VoidProblem } {
  const document = register.documents.find((d) => d.lrn === lrn);
  if (!document) return { ok: false, problem: 'unknown' };
  if (document.voided) return { ok: false, problem: 'alreadyVoided' };
  const why = reason.trim();
  if (why === '') return { ok: false, problem: 'missingReason' };
  if (why.length > 300) return { ok: false, problem: 'tooLong' };
  return {
    ok: true,
    register: {
      ...register,
      documents: register.documents.map((d) =>
        d.lrn === lrn ? { ...d, voided: { reason: why, at: now.toISOString() } } : d,
      ),
    },
  };
}

/** Status and ARC of one document (a voided document no longer changes). */
export function updateDocument(
  register: Register,
  lrn: string,
  change: Partial<Pick<BackupDocument, 'status' | 'arc'>>,
): Register {
  return {
    ...register,
    documents: register.documents.map((d) => {
      if (d.lrn !== lrn || d.voided) return d;
      const next = { ...d, ...change };
      if (next.arc === undefined || next.arc === '') delete next.arc;
      return next;
    }),
  };
}

/**
 * Every number missing from a year's series that no confirmed gap accounts for: empty when the series is
 * continuous, as it must be. For the tests and for a check on screen.
 */
export function unconfirmedGaps(register: Pick<Register, 'documents'>, head: string): number[] {
  const used = new Set(register.documents.map((d) => sequenceIn(head, d.lrn)).filter((n): n is number => n !== null));
  const highest = Math.max(0, ...used);
  const confirmed = register.documents
    .map((d) => d.deviation)
    .filter((g): g is Deviation => g?.series === head && g.skippedFrom !== undefined);
  const missing: number[] = [];
  for (let n = 1; n < highest; n++) {
    if (used.has(n)) continue;
    if (!confirmed.some((g) => g.skippedFrom! <= n && n <= g.skippedTo!)) missing.push(n);
  }
  return missing;
}

/** The documents of an episode, in the order they were registered. */
export const documentsOf = (register: Register, episodeId: string) =>
  register.documents.filter((d) => d.episodeId === episodeId);

// ---- Merging a register from a backup file.

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface RegisterConflict {
  readonly lrn: string;
  readonly here: BackupDocument;
  readonly incoming: BackupDocument;
}

/**
 * Merges a register read from a backup into this one, without loss: what is only in the backup is added
 * (with its episodes), what is the same on both sides stays once, and a document present on both sides
 * with different contents is left as it is here and reported, for the user to choose.
 */
export function mergeRegister(
  here: Register,
  incoming: Register,
): { register: Register; conflicts: RegisterConflict[] } {
  const episodes = [...here.episodes];
  const episodeIds = new Map<string, string>();
  for (const e of incoming.episodes) {
    const index = episodes.findIndex((x) => x.id === e.id);
    const local = episodes[index];
    if (!local) {
      episodes.push(e);
      episodeIds.set(e.id, e.id);
    } else if (local.recordedAt === e.recordedAt) {
      // The same episode, one copy further on (ended since, or its authorisation completed): keep what
      // this copy has, and an end only the backup knows.
      episodes[index] = local.endedAt || !e.endedAt ? local : { ...local, endedAt: e.endedAt };
      episodeIds.set(e.id, e.id);
    } else {
      // Same id, other contents: kept as a distinct episode so that its documents keep their authorisation.
      let id = `${e.id}-b`;
      while (episodes.some((x) => x.id === id)) id += 'b';
      episodes.push({ ...e, id });
      episodeIds.set(e.id, id);
    }
  }
  const documents = [...here.documents];
  const conflicts: RegisterConflict[] = [];
  for (const d of incoming.documents) {
    const doc = { ...d, episodeId: episodeIds.get(d.episodeId) ?? d.episodeId };
    const local = documents.find((x) => x.lrn === doc.lrn);
    if (!local) documents.push(doc);
    else if (!same(local, doc)) conflicts.push({ lrn: doc.lrn, here: local, incoming: doc });
  }
  return { register: { prefix: here.prefix || incoming.prefix, episodes, documents }, conflicts };
}

/** Takes the backup's version of a conflicting document (its episode was merged with the rest). */
export function takeIncoming(register: Register, conflict: RegisterConflict): Register {
  return { ...register, documents: register.documents.map((d) => (d.lrn === conflict.lrn ? conflict.incoming : d)) };
}
