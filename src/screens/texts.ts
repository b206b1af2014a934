import { fullStop } from '../content/fr/punctuation';

/** The words of the diagnosis screens (questions, outcomes, the answers so far, the resume banner). */
export const SCREEN_TEXT = {
  back: 'Retour',
  eyebrow: (flow: string) => `Diagnostic ${flow}`,
  source: 'Source : ',
  answers: 'Vos réponses',
  change: 'Modifier',
  changeWhat: (question: string) => `la réponse à « ${question} »`,
  print: 'Imprimer',
  restart: 'Recommencer',
  chooseToContinue: 'Sélectionnez une réponse pour continuer.',
  errorPrefix: 'Erreur : ',
  choose: 'Sélectionnez une réponse.',
  continue: 'Continuer',
  loadingNext: 'Chargement de la question suivante…',
  resumeLabel: 'Diagnostic en cours',
  resumeText: (step: string) => `Un diagnostic est en cours dans ce navigateur, à l’étape « ${step} »${fullStop(step)}`,
  resume: 'Reprendre ce diagnostic',
  dismiss: 'Ne pas reprendre',
} as const;
