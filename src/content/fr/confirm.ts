/** Help desk and diagnosis: the questions asked before an action that cannot be taken back at once. */
export const CONFIRM_TEXT = {
  newCall: {
    title: 'Commencer un nouvel appel ?',
    body: 'L’appel en cours (réponses, appelant, faits relevés, notes) sera terminé et archivé : vous le retrouverez dans l’historique des appels.',
    confirm: 'Oui, nouvel appel',
  },
  restart: {
    title: 'Recommencer le diagnostic ?',
    body: 'Les réponses données jusqu’ici ne seront plus proposées.',
    helpDesk: 'L’appel continue : son résumé garde les réponses données et le moment où le diagnostic a recommencé.',
    confirm: 'Oui, recommencer',
  },
  resume: {
    title: 'Reprendre cet appel ?',
    body: 'L’appel en cours sera terminé et archivé, et cet appel repris là où il en était.',
    /** With no call in progress. */
    bodyNoCall: 'Cet appel sera repris là où il en était.',
    confirm: 'Oui, reprendre cet appel',
  },
  cancel: 'Annuler',
} as const;
