/** The words of the pages that have no feature of their own: the flow map and the page not found. */
export const PAGE_TEXT = {
  notFound: {
    title: 'Page introuvable',
    text: 'Cette adresse ne correspond à aucune page de l’application.',
    start: 'Commencer un diagnostic',
  },
  map: {
    title: (flow: string) => `Carte du parcours ${flow}`,
    intro:
      'Cette carte est dessinée à partir du diagramme d’états qui conduit le diagnostic : elle ne peut pas s’en écarter.',
    onPath: ' Le parcours en cours est surligné.',
    tabs: 'Choix du parcours',
    back: 'Revenir au diagnostic',
    caption: (steps: number) =>
      `${steps} étapes. La version texte donne les mêmes étapes et les mêmes réponses, pour la lecture d’écran et les petits écrans.`,
    scroll: 'Sur un petit écran, faites glisser la carte pour la parcourir.',
    /** The map's scrolling area, reached with Tab and scrolled with the arrow keys. */
    region: 'Carte, à faire défiler',
    part: (title: string, n: number, of: number) => `${title}, partie ${n} sur ${of}`,
    text: 'Version texte',
    outcome: ' (issue)',
    current: ' – étape en cours',
    source: (flow: 'delta' | 'gamma') => `Source : ${flow === 'delta' ? 'fiche DELTA' : 'logigramme GAMMA 2'}`,
  },
} as const;
