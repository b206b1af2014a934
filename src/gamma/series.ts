/**
 * LRNs and the series of the year (S2: « le numéro LRN que j'attribue librement en respectant une série
 * continue par année », at most 22 alphanumerics, Reg. (EU) 2022/1636, Annex I, box 9a: an..22), as pure
 * rules that give codes.
 *
 * An LRN of the register's shape is PREFIX + YEAR + a 5-digit number (SEC + 2026 + 00005). An LRN that
 * leaves a gap or does not follow the series, and a prefix changed while the year's series has begun, are
 * taken only once the user has seen what they break and confirmed it; the register keeps the confirmation.
 */
import { ok, refuse, type Result } from '../lib/result';
import { parisYear } from '../lib/time';
import {
  LRN_MAX,
  PREFIX_MAX,
  SEQUENCE_DIGITS,
  type BackupDocument,
  type Deviation,
  type PrefixChange,
  type Register,
} from './schema';

const ALNUM = /^[A-Za-z0-9]+$/;

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

/** The head of a year's series: PREFIX + YEAR. */
export const seriesHead = (prefix: string, year: number) => `${prefix.trim().toUpperCase()}${year}`;

/** The LRN of a number in a series. */
export const lrnOf = (head: string, n: number) => `${head}${String(n).padStart(SEQUENCE_DIGITS, '0')}`;

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
  return lrnOf(head, highestIn(head, documents) + 1);
}

export type SeriesDeviation = Omit<Deviation, 'confirmedAt'>;

/**
 * How an LRN stands against the series of its document's year: it follows it (null), or it leaves a gap
 * (the numbers skipped), or it is not the next one of the series (another format, another year, or an
 * earlier number). Both need the user's confirmation.
 */
export function seriesDeviation(
  register: Pick<Register, 'prefix' | 'documents'>,
  rawLrn: string,
  date: string,
): SeriesDeviation | null {
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

export const sameDeviation = (a: SeriesDeviation, b: SeriesDeviation | null) =>
  b !== null &&
  a.kind === b.kind &&
  a.expected === b.expected &&
  a.series === b.series &&
  a.skippedFrom === b.skippedFrom &&
  a.skippedTo === b.skippedTo;

/**
 * Every number missing from a year's series that no confirmed gap accounts for: empty when the series is
 * continuous, as it must be.
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

/**
 * ARC (administrative reference code, an21): 2 digits of the year, the Member State's code, 16
 * alphanumerics and a check digit.
 */
export function arcProblem(raw: string): 'shape' | null {
  const arc = raw.trim().toUpperCase();
  if (arc === '') return null;
  return /^\d{2}[A-Z]{2}[A-Z0-9]{16}\d$/.test(arc) ? null : 'shape';
}

// ---- The prefix.

export type PrefixProblem =
  | 'characters'
  | 'tooLong'
  /** The series of these years, under the former prefix, already have documents: to confirm. */
  | { readonly newSeries: { readonly years: readonly number[]; readonly last: string } };

/** Why a series prefix is refused as typed (an empty prefix is allowed); null when it is fine. */
export function prefixShapeProblem(raw: string): 'characters' | 'tooLong' | null {
  const prefix = raw.trim();
  if (prefix === '') return null;
  if (!ALNUM.test(prefix)) return 'characters';
  if (prefix.length > PREFIX_MAX) return 'tooLong';
  return null;
}

/**
 * Sets the prefix of the LRNs to come. When this year's series (or a later one, for documents dated
 * ahead of a year's end) already has documents under the former prefix, the new prefix starts another
 * series in the same year: « une série continue par année » no longer holds, so the change is refused
 * with what it breaks until `confirmed`, and then kept with its date.
 */
export function setPrefix(
  register: Register,
  raw: string,
  now: Date,
  confirmed = false,
): Result<Register, PrefixProblem> {
  const shape = prefixShapeProblem(raw);
  if (shape) return refuse(shape);
  const to = raw.trim().toUpperCase();
  const from = register.prefix;
  if (to === from) return ok(register);
  const thisYear = parisYear(now);
  const years = [...new Set([thisYear, ...register.documents.map((d) => yearOf(d.date))])]
    .filter((y) => y >= thisYear && highestIn(seriesHead(from, y), register.documents) > 0)
    .toSorted((a, b) => a - b);
  if (years.length > 0 && !confirmed) {
    const head = seriesHead(from, years[0]!);
    return refuse({ newSeries: { years, last: lrnOf(head, highestIn(head, register.documents)) } });
  }
  const change: PrefixChange[] = years.length > 0 ? [{ from, to, years, confirmedAt: now.toISOString() }] : [];
  return ok({ ...register, prefix: to, prefixChanges: [...register.prefixChanges, ...change] });
}
