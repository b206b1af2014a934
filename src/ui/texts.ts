/** The words of the shared form parts and buttons (./Field.tsx, ./TimeEdit.tsx…). */
export const UI_TEXT = {
  error: 'Erreur : ',
  cancel: 'Annuler',
  newTab: ' (nouvel onglet)',
  problem: 'Il y a un problème',
  correct: 'Corriger',
  correctOf: (label: string) => ` : ${label}`,
  correctionHint: 'Heure de Paris. L’heure précédente reste inscrite au journal.',
  saveCorrection: 'Enregistrer la correction',
} as const;
