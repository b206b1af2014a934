/** The French wording of storage problems (the storage layer only gives codes). */
import { isStorageFailure, type ReadProblem, type StorageFailure, type WriteProblem } from '../../lib/storage';
import type { Result } from '../../lib/result';

/** What each store holds, as named in messages. */
export const STORE_LABELS: Record<string, string> = {
  session: 'diagnostic en cours',
  profile: 'vos références',
  incidents: 'incidents',
  'incident-log': 'incidents',
  'help-desk-log': 'appels',
  'gamma-register': 'registre LRN',
  'register-log': 'registre LRN',
  'help-desk-call': 'appel en cours',
  'help-desk-calls': 'appels archivés',
  'help-desk-mode': 'mode assistance',
  drafts: 'saisies en cours',
};

export const storeLabel = (name: string) => STORE_LABELS[name] ?? name;

export function readProblemMessage(problem: ReadProblem, name: string): string {
  const what = storeLabel(name);
  switch (problem) {
    case 'corrupt':
      return `Les données « ${what} » enregistrées dans ce navigateur étaient illisibles : elles ont été mises de côté (rien n’est effacé, elles figurent dans la sauvegarde de vos données) et vous repartez de zéro.`;
    case 'version':
      return `Les données « ${what} » de ce navigateur ont été enregistrées par une version plus récente de l’application, sans doute ouverte dans un autre onglet : cette page ne peut ni les lire ni les modifier. Rechargez-la pour passer à la version la plus récente ; rien n’est effacé.`;
    case 'unavailable':
      return `Le stockage de ce navigateur n’est pas disponible (navigation privée ou stockage bloqué) : les données « ${what} » ne seront pas conservées après fermeture de la page.`;
  }
}

export function writeProblemMessage(problem: WriteProblem, name: string): string {
  const what = storeLabel(name);
  switch (problem) {
    case 'invalid':
      return `Une modification des données « ${what} » a été refusée : elle ne respecte pas le format attendu. Les données déjà enregistrées n’ont pas été modifiées.`;
    case 'full':
      return `Le stockage de ce navigateur est plein : la dernière modification des données « ${what} » n’est pas enregistrée.`;
    case 'unavailable':
      return `Le stockage de ce navigateur est bloqué : la dernière modification des données « ${what} » n’est pas enregistrée.`;
    case 'newer':
      return `La dernière modification des données « ${what} » n’est pas enregistrée : ces données ont été enregistrées entre-temps par une version plus récente de l’application, sans doute ouverte dans un autre onglet. Rechargez cette page pour passer à la version la plus récente, puis refaites la modification ; rien d’autre n’est perdu.`;
  }
}

/**
 * What to tell the user after a rule was applied to a store: nothing once done (null), the rule's refusal
 * worded by `word`, that the change broke the stored format, or that a newer build's data refused it. A
 * full or blocked storage keeps the change in memory and is said by the page's storage notice.
 */
export function changeText<P>(
  result: Result<unknown, P | StorageFailure>,
  word: (problem: P) => string,
): string | null {
  if (result.ok) return null;
  const problem = result.problem;
  if (isStorageFailure(problem)) {
    if (problem.storage === 'invalid')
      return 'Cette modification n’a pas été enregistrée : elle ne respecte pas le format attendu. Rien d’autre n’a changé.';
    // Refused, not kept on screen: said where the change was made, for the user not to think it done.
    if (problem.storage === 'newer')
      return 'Cette modification n’a pas été enregistrée : ces données ont été enregistrées par une version plus récente de l’application, sans doute ouverte dans un autre onglet. Rechargez la page, puis refaites-la.';
    return null;
  }
  return word(problem as P);
}

/** The storage banner of every page (src/app/StorageStatus.tsx), loaded with it only when there is a problem. */
export const STORAGE_BANNER = {
  label: 'Problème d’enregistrement',
  unsaved:
    'Vos modifications restent affichées tant que cette page est ouverte. Pour ne rien perdre, sauvegardez vos données dans un fichier ou imprimez cette page, puis libérez de l’espace ou quittez la navigation privée.',
  /** Said with the button, once a write was refused: when what was refused is tried again. */
  retryHint:
    'Elles seront enregistrées si le navigateur les accepte lors d’un nouvel essai : à votre prochaine modification, quand cette page est quittée ou masquée (autre onglet, fenêtre réduite), ou avec « Réessayer d’enregistrer ».',
  retry: 'Réessayer d’enregistrer',
  retryFailed:
    'L’enregistrement est toujours impossible : libérez de l’espace dans ce navigateur ou quittez la navigation privée, puis réessayez.',
  save: 'Sauvegarder mes données',
  print: 'Imprimer cette page',
  data: 'Mes données',
} as const;
