/**
 * The register of GAMMA 2 paper backup documents (S2; flows.md `gamma.backup`), as pure rules.
 * The LRN is the document's number: assigned freely by the operator, in a continuous series per year,
 * alphanumeric, at most 22 characters (Reg. (EU) 2022/1636, Annex I, box 9a: an..22).
 */
import * as z from 'zod/mini';
import { LOCAL_DATE, LOCAL_DATE_TIME } from '../lib/time';

export const LRN_MAX = 22;
const ALNUM = /^[A-Za-z0-9]+$/;
/** Digits of the sequence number in suggested LRNs: PREFIX + YEAR + 00001. */
export const SEQUENCE_DIGITS = 5;
export const PREFIX_MAX = LRN_MAX - 4 - SEQUENCE_DIGITS;

export const DOCUMENT_STATUSES = ['established', 'copySent', 'archived', 'entered'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const STATUS_LABELS: Record<DocumentStatus, string> = {
  established: 'Établi (copie à envoyer)',
  copySent: 'Copie envoyée au bureau gestionnaire',
  archived: 'Archivé',
  entered: 'Saisi dans GAMMA 2',
};

export const AUTHORISERS = ['sau', 'serviceGestionnaire'] as const;
export type Authoriser = (typeof AUTHORISERS)[number];
export const AUTHORISER_LABELS: Record<Authoriser, string> = {
  sau: 'Le SAU du CID',
  serviceGestionnaire: 'Le service gestionnaire',
};

const text = (max: number) => z.string().check(z.maxLength(max));

export const backupDocumentSchema = z.object({
  lrn: z.string().check(z.minLength(1), z.maxLength(LRN_MAX), z.regex(ALNUM)),
  date: z.string().check(z.regex(LOCAL_DATE)),
  consignee: text(200),
  status: z.enum(DOCUMENT_STATUSES),
  arc: z.optional(text(21)),
  createdAt: text(40),
});
export type BackupDocument = z.infer<typeof backupDocumentSchema>;

export const authorisationSchema = z.object({
  by: z.enum(AUTHORISERS),
  at: z.string().check(z.regex(LOCAL_DATE_TIME)),
  daReference: z.optional(text(60)),
});
export type Authorisation = z.infer<typeof authorisationSchema>;

export const registerSchema = z.object({
  prefix: text(PREFIX_MAX),
  documents: z.array(backupDocumentSchema),
  authorisation: z.optional(authorisationSchema),
});
export type Register = z.infer<typeof registerSchema>;

export const emptyRegister: Register = { prefix: '', documents: [] };

/** Why an LRN is refused, in French; null when it is fine. */
export function lrnProblem(raw: string, documents: readonly BackupDocument[]): string | null {
  const lrn = raw.trim();
  if (lrn === '') return 'Saisissez le LRN du document de secours.';
  if (lrn.length > LRN_MAX)
    return `Le LRN ne doit pas dépasser ${LRN_MAX} caractères (celui-ci en compte ${lrn.length}).`;
  if (!ALNUM.test(lrn))
    return 'Le LRN ne peut contenir que des lettres (sans accent) et des chiffres : pas d’espace, de tiret ni de signe.';
  const used = documents.some((d) => d.lrn.toUpperCase() === lrn.toUpperCase());
  if (used) return `Le LRN « ${lrn} » est déjà utilisé dans le registre : chaque document doit avoir son propre LRN.`;
  return null;
}

/** Why a series prefix is refused, in French; null when it is fine (an empty prefix is allowed). */
export function prefixProblem(raw: string): string | null {
  const prefix = raw.trim();
  if (prefix === '') return null;
  if (!ALNUM.test(prefix)) return 'Le préfixe ne peut contenir que des lettres (sans accent) et des chiffres.';
  if (prefix.length > PREFIX_MAX)
    return `Le préfixe ne doit pas dépasser ${PREFIX_MAX} caractères, pour que le LRN tienne en ${LRN_MAX} caractères.`;
  return null;
}

/**
 * The next LRN of the year's continuous series: PREFIX + YEAR + a 5-digit sequence, one more than the
 * highest already registered in that series (00001 for the first of the year).
 */
export function nextLrn(prefix: string, year: number, documents: readonly BackupDocument[]): string {
  const head = `${prefix.trim().toUpperCase()}${year}`;
  const pattern = new RegExp(`^${head}(\\d{${SEQUENCE_DIGITS}})$`, 'i');
  const highest = documents.reduce((max, d) => {
    const m = pattern.exec(d.lrn);
    return m ? Math.max(max, Number(m[1])) : max;
  }, 0);
  return `${head}${String(highest + 1).padStart(SEQUENCE_DIGITS, '0')}`;
}

/**
 * ARC (administrative reference code, an21): 2 digits of the year, the Member State's code, 15
 * alphanumerics, a type-of-movement character and a check digit.
 */
export function arcProblem(raw: string): string | null {
  const arc = raw.trim().toUpperCase();
  if (arc === '') return null;
  if (!/^\d{2}[A-Z]{2}[A-Z0-9]{16}\d$/.test(arc))
    return 'L’ARC compte 21 caractères : 2 chiffres pour l’année, le code pays (FR), 16 lettres ou chiffres, puis un chiffre de contrôle.';
  return null;
}

export interface NewDocument {
  readonly lrn: string;
  readonly date: string;
  readonly consignee: string;
}

export type AddResult =
  | { readonly ok: true; readonly register: Register }
  | { readonly ok: false; readonly errors: Partial<Record<keyof NewDocument, string>> };

/** Adds a document to the register, or says what to fix. */
export function addDocument(register: Register, input: NewDocument, now: Date): AddResult {
  const errors: Partial<Record<keyof NewDocument, string>> = {};
  const lrn = lrnProblem(input.lrn, register.documents);
  if (lrn) errors.lrn = lrn;
  if (!LOCAL_DATE.test(input.date)) errors.date = 'Indiquez la date du document, par exemple 23/11/2026.';
  const consignee = input.consignee.trim();
  if (consignee === '') errors.consignee = 'Indiquez le destinataire (nom ou numéro d’accise).';
  else if (consignee.length > 200) errors.consignee = 'Le destinataire ne doit pas dépasser 200 caractères.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const document: BackupDocument = {
    lrn: input.lrn.trim(),
    date: input.date,
    consignee,
    status: 'established',
    createdAt: now.toISOString(),
  };
  return { ok: true, register: { ...register, documents: [...register.documents, document] } };
}

export function updateDocument(
  register: Register,
  lrn: string,
  change: Partial<Pick<BackupDocument, 'status' | 'arc'>>,
): Register {
  return {
    ...register,
    documents: register.documents.map((d) => (d.lrn === lrn ? { ...d, ...change } : d)),
  };
}
