/**
 * The operator's references, as the DA needs them (fiche DELTA, étape 5): EORI number, raison sociale,
 * address, phone; and the customs office to inform, when known. Kept in this browser only, validated on
 * input and on reading back. Rules give codes; ./texts.ts words them.
 */
import * as z from 'zod/mini';
import { ok, refuse, type Result } from '../lib/result';

/** Luhn check on a string of digits. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** SIRET: Luhn over 14 digits, except La Poste (SIREN 356000000) whose digits sum to a multiple of 5. */
export function siretValid(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith('356000000')) return [...siret].reduce((s, c) => s + Number(c), 0) % 5 === 0;
  return luhnValid(siret);
}

/** The countries of the Union (Greece as EL and GR): an operator established there has its own country's EORI. */
const EU = new Set('AT BE BG CY CZ DE DK EE EL ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '));

export const normaliseEori = (raw: string) => raw.replace(/[\s.-]/g, '').toUpperCase();

/**
 * Why an EORI number is refused (the texts word it); null when it is fine. `siren` and `siret` are a
 * checksum that fails on a well-formed number, `legacy` the older FR + SIRET, no longer valid since 2026
 * (domain-research §2.8): a warning the user may confirm (flows.md, fourth round). A French number is
 * FR + SIREN, or for an operator established outside the Union, FR + its country's code + the number given:
 * rare, and a typo looks the same (FRXX…), so `abroad` is a warning the user may confirm too.
 */
export type EoriProblem = 'missing' | 'shape' | 'siren' | 'siret' | 'legacy' | 'abroad' | 'frLength';

/** A well-formed number whose check digit fails, of the older format, or of an operator abroad: the user may confirm it. */
export const isEoriWarning = (p: EoriProblem | FieldProblem | undefined | null) =>
  p === 'siren' || p === 'siret' || p === 'legacy' || p === 'abroad';

export function eoriProblem(raw: string): EoriProblem | null {
  const eori = normaliseEori(raw);
  if (eori === '') return 'missing';
  if (!/^[A-Z]{2}[A-Z0-9]{1,15}$/.test(eori)) return 'shape';
  if (!eori.startsWith('FR')) return null;
  const digits = eori.slice(2);
  if (/^\d{9}$/.test(digits)) return luhnValid(digits) ? null : 'siren';
  if (/^\d{14}$/.test(digits)) return siretValid(digits) ? 'legacy' : 'siret';
  const country = /^([A-Z]{2})[A-Z0-9]+$/.exec(digits)?.[1];
  return country && !EU.has(country) ? 'abroad' : 'frLength';
}

/**
 * Phone numbers: French ones (0X XX XX XX XX or +33 X XX XX XX XX), shown in pairs; and international ones,
 * + (or 00) and the country code, 7 to 15 digits in all (E.164), kept as + and digits. Spaces, dots,
 * dashes and brackets are allowed.
 */
export function normalisePhone(raw: string): string | null {
  // « +33 (0)6 … »: the (0) is not dialled after a country code.
  const compact = raw.replace(/\(0\)/g, '').replace(/[\s.\-()]/g, '');
  const m = /^(?:\+33|0033|0)([1-9]\d{8})$/.exec(compact);
  if (m) return `0${m[1]}`.replace(/(\d{2})(?=\d)/g, '$1 ');
  // After 00, at least 9 digits: « 00 12 34 56 78 » is a French number mistyped, not a foreign one.
  const intl = /^(?:\+([1-9]\d{6,14})|00([1-9]\d{8,14}))$/.exec(compact);
  return intl ? `+${intl[1] ?? intl[2]}` : null;
}

export type PhoneProblem = 'missing' | 'shape';

export function phoneProblem(raw: string): PhoneProblem | null {
  if (raw.trim() === '') return 'missing';
  return normalisePhone(raw) ? null : 'shape';
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[A-Za-z]{2,}$/;

/** An e-mail address of the usual shape (name@domain.tld). */
export const isEmail = (raw: string) => EMAIL.test(raw.trim());

export interface ProfileInput {
  eori: string;
  companyName: string;
  address: string;
  phone: string;
  officeName: string;
  officeEmail: string;
}

export type ProfileField = keyof ProfileInput;

/** What the DA needs (S1, step 5); the office's name and e-mail are asked where they are used. */
export const DA_FIELDS = ['eori', 'companyName', 'address', 'phone'] as const satisfies readonly ProfileField[];

/** The longest value of each field. */
export const PROFILE_MAX: Record<ProfileField, number> = {
  eori: 17,
  companyName: 120,
  address: 300,
  phone: 25,
  officeName: 120,
  officeEmail: 120,
};

export const emptyProfile: ProfileInput = {
  eori: '',
  companyName: '',
  address: '',
  phone: '',
  officeName: '',
  officeEmail: '',
};

const text = (max: number) => z.string().check(z.maxLength(max));

export const profileSchema = z.object({
  eori: text(PROFILE_MAX.eori),
  companyName: text(PROFILE_MAX.companyName),
  address: text(PROFILE_MAX.address),
  phone: text(PROFILE_MAX.phone),
  officeName: text(PROFILE_MAX.officeName),
  officeEmail: text(PROFILE_MAX.officeEmail),
});
export type Profile = z.infer<typeof profileSchema>;

/** Why a field is refused: a code per field (the texts word them). */
export type FieldProblem = EoriProblem | PhoneProblem | 'tooLong' | 'email';
export type ProfileProblems = Partial<Record<ProfileField, FieldProblem>>;

/**
 * Checks the fields the DA needs, and the office's when given (its e-mail must then be an address), and
 * gives the cleaned profile, or a code per field to fix.
 */
export function validateProfile(
  input: ProfileInput,
  { eoriConfirmed = false }: { eoriConfirmed?: boolean } = {},
): Result<Profile, ProfileProblems> {
  const problems: ProfileProblems = {};
  const length = (field: ProfileField, required: boolean) => {
    const v = input[field].trim();
    if (v === '' && required) problems[field] = 'missing';
    else if (v.length > PROFILE_MAX[field]) problems[field] = 'tooLong';
  };
  const eori = eoriProblem(input.eori);
  if (eori && !(eoriConfirmed && isEoriWarning(eori))) problems.eori = eori;
  length('companyName', true);
  length('address', true);
  const phone = phoneProblem(input.phone);
  if (phone) problems.phone = phone;
  length('officeName', false);
  const email = input.officeEmail.trim();
  if (email.length > PROFILE_MAX.officeEmail) problems.officeEmail = 'tooLong';
  else if (email !== '' && !EMAIL.test(email)) problems.officeEmail = 'email';
  if (Object.keys(problems).length > 0) return refuse(problems);
  return ok({
    eori: normaliseEori(input.eori),
    companyName: input.companyName.trim(),
    address: input.address.trim().replace(/\s*\n\s*/g, ', '),
    phone: normalisePhone(input.phone)!,
    officeName: input.officeName.trim(),
    officeEmail: email,
  });
}
