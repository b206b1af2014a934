/** Why the incident's rules refused something, in French: the rules return codes (./steps.ts, ./profile.ts…). */
import type { StorageFailure } from '../lib/storage';
import { changeText } from '../content/fr/storageMessages';
import { formatLocalValue } from '../lib/time';
import { timeProblemText } from '../content/fr/timeMessages';
import type { Result } from '../lib/result';
import { type JournalStep } from './journal';
import type { FieldProblem, ProfileField } from './profile';
import { type DaService } from './schema';
import type { ServiceProblem } from './opening';
import { type AlertProblem, type CloseProblem, type StepProblem } from './steps';
import { blockedText, JOURNAL_STEP_TEXT, serviceLabel } from './texts';

// ---- Refusals, in French.

export function stepProblemText(problem: StepProblem, step?: JournalStep): string {
  switch (problem.kind) {
    case 'notAllowed':
      return step ? blockedText(step, problem.after) : 'Cette étape n’est pas encore possible.';
    case 'before':
      return `Cette heure précède celle de l’étape « ${JOURNAL_STEP_TEXT[problem.step].label} » (${formatLocalValue(problem.at)}) : elle ne peut venir qu’après.`;
    case 'after':
      return `Cette heure suit celle de l’étape « ${JOURNAL_STEP_TEXT[problem.step].label} » (${formatLocalValue(problem.at)}), qui ne peut venir qu’après elle.`;
    case 'beforeAlert':
      return `Cette heure précède la date et l’heure de passage en alerte indiquées dans la DA (${formatLocalValue(problem.at)}). Conseil de l’outil : la fiche ne fixe pas cet ordre, mais une DA enregistrée avant le passage en alerte qu’elle déclare serait incohérente ; vérifiez l’accusé de réception d’OLGA, ou corrigez d’abord l’heure de passage en alerte.`;
    case 'closed':
      return 'L’incident est clos : rouvrez-le pour enregistrer une étape.';
    case 'notFound':
      return 'Cet incident n’est plus enregistré dans ce navigateur.';
    default:
      return timeProblemText(problem.kind);
  }
}

export function closeProblemText(problem: CloseProblem): string {
  return problem.kind === 'beforeLast'
    ? `Cette heure précède la dernière heure notée pour cet incident (${formatLocalValue(problem.at)}), passage en alerte compris : la fin de la procédure de secours ne peut pas lui être antérieure.`
    : timeProblemText(problem.kind);
}

export function alertProblemText(problem: AlertProblem): string {
  return problem.kind === 'afterDa'
    ? `Cette heure suit l’enregistrement de la DA (${formatLocalValue(problem.at)}), alors que la DA déclare ce passage en alerte. Conseil de l’outil : la fiche ne fixe pas cet ordre, mais une DA ne peut déclarer qu’un passage en alerte déjà fait.`
    : timeProblemText(problem.kind);
}

export function serviceProblemText(problem: ServiceProblem, service: DaService): string {
  switch (problem) {
    case 'covered':
      return `${serviceLabel(service)} est déjà couvert par une DA de cet incident. Fiche DELTA : « La demande est unique pour l’ensemble des déclarations concernées par la procédure de secours. »`;
    case 'noReasons':
      return 'Indiquez au moins une raison de l’auto-déclenchement.';
    case 'notDelta':
      return 'Ce diagnostic ne concerne pas un service en ligne de la fiche DELTA.';
    default:
      return timeProblemText(problem);
  }
}

/** The confirmation of an EORI number whose check digit fails. */
export const EORI_CONFIRM = 'Je confirme ce numéro';

export const PROFILE_LABELS: Record<ProfileField, string> = {
  eori: 'Numéro EORI',
  companyName: 'Raison sociale',
  address: 'Adresse',
  phone: 'Téléphone',
  officeName: 'Bureau de douane',
  officeEmail: 'Courriel du bureau de douane',
};

const MISSING: Record<ProfileField, string> = {
  eori: 'Saisissez votre numéro EORI.',
  companyName: 'Saisissez la raison sociale de l’entreprise.',
  address: 'Saisissez l’adresse de l’entreprise.',
  phone: 'Saisissez un numéro de téléphone où vous joindre.',
  officeName: 'Saisissez le nom du bureau de douane à informer.',
  officeEmail: 'Saisissez le courriel du bureau de douane à informer.',
};

/** How a number the user may confirm is kept: where the field has its checkbox. */
const CONFIRM = ' Si ce numéro est exact, cochez « Je confirme ce numéro ».';

/**
 * Why a field of the references is refused. `confirmable`: the field has « Je confirme ce numéro » (not the
 * caller's EORI in the help-desk panel, recorded as said).
 */
export function fieldProblemText(field: ProfileField, problem: FieldProblem, max = 0, confirmable = true): string {
  const confirm = confirmable ? CONFIRM : '';
  switch (problem) {
    case 'missing':
      return MISSING[field];
    case 'tooLong':
      return `${PROFILE_LABELS[field]} : ${max} caractères au plus.`;
    case 'email':
      return 'Saisissez une adresse électronique valide, par exemple bureau@example.com.';
    case 'shape':
      return field === 'phone'
        ? 'Saisissez un numéro de téléphone français de 10 chiffres, par exemple 01 23 45 67 89, ou un numéro international commençant par + et l’indicatif du pays, par exemple +32 2 123 45 67.'
        : 'Le numéro EORI commence par les deux lettres du pays, suivies de 15 lettres ou chiffres au plus, par exemple FR123456782.';
    case 'siren':
      return `Le chiffre de contrôle de ce SIREN ne correspond pas : vérifiez les 9 chiffres après FR.${confirm}`;
    case 'siret':
      return `Le chiffre de contrôle de ce SIRET ne correspond pas : vérifiez les 14 chiffres après FR. Information complémentaire (hors fiche) : le format FR suivi du SIRET n’est en principe plus valide depuis 2026.${confirm}`;
    case 'legacy':
      return `Information complémentaire (hors fiche) : ce numéro EORI a l’ancien format, FR suivi du SIRET (14 chiffres), qui n’est en principe plus valide depuis 2026 ; un numéro EORI français est désormais FR suivi du SIREN (9 chiffres). Vérifiez le numéro qui vous a été attribué.${confirmable ? ' Si ce numéro est toujours le vôtre, cochez « Je confirme ce numéro ».' : ''}`;
    case 'abroad':
      return `Information complémentaire (hors fiche) : ce numéro EORI a la forme de celui d’un opérateur établi hors de l’Union européenne (FR, le code du pays où il est établi, puis le numéro attribué par la douane). Vérifiez ce numéro.${confirm}`;
    case 'frLength':
      return 'Après FR, ce numéro EORI n’a pas la forme attendue. Information complémentaire (hors fiche) : un numéro EORI français est FR suivi du SIREN (9 chiffres) ; celui d’un opérateur établi hors de l’Union européenne est FR suivi du code de son pays et du numéro attribué par la douane.';
  }
}

/**
 * The message to show where a change was made: the rule it broke, or a refused write. A full or blocked
 * storage is not repeated here: the change stays on screen and the storage banner says what to do.
 */
export function changeMessage<T, P>(
  result: Result<T, P | StorageFailure | 'notFound'>,
  word: (problem: P) => string,
): string | null {
  return changeText(result, (p) =>
    p === 'notFound' ? 'Cet incident n’est plus enregistré dans ce navigateur.' : word(p as P),
  );
}
