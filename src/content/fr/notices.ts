/** The French wording of why a URL was not shown as it was (the session layer only gives a code). */
import type { RedirectReason } from '../../session/resolve';
import { contentOf } from './index';

export function redirectNotice(reason: RedirectReason): string {
  switch (reason.kind) {
    case 'version':
      return 'Ce lien provient d’une autre version de l’application : ses réponses n’ont pas été reprises. Recommencez le diagnostic ci-dessous.';
    case 'format':
      return 'Ce lien est illisible ou incomplet : ses réponses n’ont pas été reprises. Recommencez le diagnostic ci-dessous.';
    case 'rejected':
      return `Une réponse du lien (« ${reason.value} ») ne correspond pas au parcours : reprise à la question « ${contentOf(reason.at).title} ».`;
    case 'unknownStep':
      return 'Cette adresse ne correspond à aucune étape : voici où en est votre diagnostic.';
    case 'notOnPath':
      return 'Cette étape ne découle pas de vos réponses : voici l’étape à laquelle elles mènent.';
  }
}

/** On the entry question, while « Continuer » waits for the rest of the diagnosis to load. */
export const FLOW_LOADING = 'Chargement de la suite du diagnostic…';

/** On a question, when the rest of the diagnosis could not be loaded (offline before the app was stored). */
export const FLOW_LOAD_FAILED =
  'La suite du diagnostic n’a pas pu être chargée : vérifiez la connexion à internet, puis cliquez de nouveau sur « Continuer ». Votre réponse est conservée.';
