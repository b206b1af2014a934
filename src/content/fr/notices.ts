/** The French wording of why a URL was not shown as it was (the session layer only gives a code). */
import { isOutcomeId } from '../../flows/ids';
import type { RedirectReason } from '../../session/resolve';

/** The full stop after a quotation that ends a sentence, unless it ends with its own (« …la résolution. », « …vous ? »). */
export const fullStop = (quoted: string) => (/[.?!…]$/.test(quoted) ? '' : '.');

/** `question`: the title of the question the replay stopped at (for `rejected`). */
export function redirectNotice(reason: RedirectReason, question: string): string {
  switch (reason.kind) {
    case 'version':
      return 'Ce lien provient d’une autre version de l’application : ses réponses n’ont pas été reprises. Recommencez le diagnostic ci-dessous.';
    case 'format':
      return 'Ce lien est illisible ou incomplet : ses réponses n’ont pas été reprises. Recommencez le diagnostic ci-dessous.';
    case 'rejected':
      // Past an outcome: the answers that fit led to it; the one after it had no question to answer.
      if (isOutcomeId(reason.at))
        return `Le lien contient une réponse de plus que le parcours n’en demande : elle n’a pas été reprise. Voici le résultat auquel mènent les autres.`;
      return `Une réponse du lien ne correspond pas au parcours : reprise à la question « ${question} »${fullStop(question)}`;
    case 'unknownStep':
      return 'Cette adresse ne correspond à aucune étape : voici où en est votre diagnostic.';
    case 'callChanged':
      return 'L’appel en cours a changé dans un autre onglet depuis l’affichage de cette page : votre réponse n’a pas été notée. La page montre maintenant l’appel tel qu’il est ; répondez de nouveau.';
    case 'notReady':
      return 'Votre réponse a été envoyée avant que la page soit prête, et ce navigateur ne garde pas vos réponses précédentes : elle n’a pas été prise en compte. Reprenez le diagnostic ci-dessous.';
    case 'noAnswers':
      return 'Cette étape vient après d’autres questions, auxquelles ce lien ne répond pas : voici la première.';
    case 'notOnPath':
      return 'Cette étape ne découle pas de vos réponses : voici l’étape à laquelle elles mènent.';
  }
}

/** Help-desk mode: why an answer given on a page was not recorded (helpDesk/answering.ts). */
export const ANSWER_PROBLEM_TEXT = {
  notThisCall:
    'Mode assistance : cette page n’est pas une étape de l’appel en cours, votre réponse n’a pas été notée. Revenez à l’étape de l’appel en cours, ou reprenez l’appel de cette page, depuis le panneau « Mode assistance ».',
  noCall:
    'Mode assistance : aucun appel n’est en cours, votre réponse n’a pas été notée. Depuis le panneau « Mode assistance », reprenez l’appel de cette page s’il en a un, ou commencez-en un.',
} as const;
