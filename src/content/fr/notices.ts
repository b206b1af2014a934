/**
 * The French wording of why a URL was not shown as it was (the session layer only gives a code). Loaded
 * with its own module, only once a page was redirected (../../screens/useRedirectNotice.ts).
 */
import { isOutcomeId } from '../../flows/ids';
import type { RedirectReason } from '../../session/resolve';
import { fullStop } from './punctuation';

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
        return 'Le lien contient une ou plusieurs réponses de trop : elles n’ont pas été reprises.';
      return `Une réponse du lien ne correspond pas au parcours : reprise à la question « ${question} »${fullStop(question)}`;
    case 'unknownStep':
      return 'Cette adresse ne correspond à aucune étape : voici où en est votre diagnostic.';
    case 'callChanged':
      return 'L’appel en cours a changé dans un autre onglet depuis l’affichage de cette page : votre réponse n’a pas été notée. La page montre maintenant l’appel tel qu’il est ; répondez de nouveau.';
    case 'notReady':
      return 'Votre réponse a été envoyée avant que la page soit prête, et ce navigateur ne garde pas vos réponses précédentes : elle n’a pas été prise en compte. Reprenez le diagnostic ci-dessous.';
    case 'noAnswers':
      return 'Ce lien ne contient pas les réponses qui mènent à cette étape : voici la première question.';
    case 'notOnPath':
      return 'Cette étape ne découle pas de vos réponses : voici l’étape à laquelle elles mènent.';
  }
}
