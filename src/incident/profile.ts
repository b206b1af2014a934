/**
 * The operator's references, as the DA needs them (fiche DELTA, étape 5): EORI number, raison sociale,
 * address, phone; plus the customs office to inform. Kept in this browser only, validated on input and
 * on reading back.
 */
import * as z from 'zod/mini';

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

export const normaliseEori = (raw: string) => raw.replace(/[\s.-]/g, '').toUpperCase();

/** Why an EORI number is refused, in French; null when it is fine. */
export function eoriProblem(raw: string): string | null {
  const eori = normaliseEori(raw);
  if (eori === '') return 'Saisissez votre numéro EORI.';
  if (!/^[A-Z]{2}[A-Z0-9]{1,15}$/.test(eori))
    return 'Le numéro EORI commence par les deux lettres du pays, suivies de 15 lettres ou chiffres au plus, par exemple FR123456782.';
  if (!eori.startsWith('FR')) return null;
  const digits = eori.slice(2);
  if (/^\d{9}$/.test(digits))
    return luhnValid(digits)
      ? null
      : 'Ce numéro EORI ne correspond pas à un SIREN valide : vérifiez les 9 chiffres après FR.';
  if (/^\d{14}$/.test(digits))
    return siretValid(digits)
      ? null
      : 'Ce numéro EORI ne correspond pas à un SIRET valide : vérifiez les 14 chiffres après FR.';
  return 'Un numéro EORI français est FR suivi du SIREN (9 chiffres), ou de l’ancien format FR suivi du SIRET (14 chiffres).';
}

/** French phone numbers: 0X XX XX XX XX or +33 X XX XX XX XX (spaces, dots or dashes allowed). */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.\-()]/g, '');
  const m = /^(?:\+33|0033|0)([1-9]\d{8})$/.exec(compact);
  if (!m) return null;
  const national = `0${m[1]}`;
  return national.replace(/(\d{2})(?=\d)/g, '$1 ');
}

export function phoneProblem(raw: string): string | null {
  if (raw.trim() === '') return 'Saisissez un numéro de téléphone où vous joindre.';
  return normalisePhone(raw)
    ? null
    : 'Saisissez un numéro de téléphone français de 10 chiffres, par exemple 01 23 45 67 89 ou +33 1 23 45 67 89.';
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[A-Za-z]{2,}$/;

export interface ProfileInput {
  eori: string;
  companyName: string;
  address: string;
  phone: string;
  officeName: string;
  officeEmail: string;
}

export type ProfileField = keyof ProfileInput;

export const PROFILE_LABELS: Record<ProfileField, string> = {
  eori: 'Numéro EORI',
  companyName: 'Raison sociale',
  address: 'Adresse',
  phone: 'Téléphone',
  officeName: 'Bureau de douane',
  officeEmail: 'Courriel du bureau de douane',
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
  eori: text(17),
  companyName: text(120),
  address: text(300),
  phone: text(20),
  officeName: text(120),
  officeEmail: text(120),
});
export type Profile = z.infer<typeof profileSchema>;

export type ProfileResult =
  | { readonly ok: true; readonly profile: Profile }
  | { readonly ok: false; readonly errors: Partial<Record<ProfileField, string>> };

/** Checks every field and gives the cleaned profile, or one French message per field to fix. */
export function validateProfile(input: ProfileInput): ProfileResult {
  const errors: Partial<Record<ProfileField, string>> = {};
  const required = (field: ProfileField, max: number, what: string) => {
    const v = input[field].trim();
    if (v === '') errors[field] = `Saisissez ${what}.`;
    else if (v.length > max) errors[field] = `${PROFILE_LABELS[field]} : ${max} caractères au plus.`;
  };
  const eori = eoriProblem(input.eori);
  if (eori) errors.eori = eori;
  required('companyName', 120, 'la raison sociale de l’entreprise');
  required('address', 300, 'l’adresse de l’entreprise');
  const phone = phoneProblem(input.phone);
  if (phone) errors.phone = phone;
  required('officeName', 120, 'le nom du bureau de douane à informer');
  const email = input.officeEmail.trim();
  if (email === '') errors.officeEmail = 'Saisissez le courriel du bureau de douane à informer.';
  else if (email.length > 120 || !EMAIL.test(email))
    errors.officeEmail = 'Saisissez une adresse électronique valide, par exemple pae-roissy@douane.finances.gouv.fr.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    profile: {
      eori: normaliseEori(input.eori),
      companyName: input.companyName.trim(),
      address: input.address.trim().replace(/\s*\n\s*/g, ', '),
      phone: normalisePhone(input.phone)!,
      officeName: input.officeName.trim(),
      officeEmail: email,
    },
  };
}
