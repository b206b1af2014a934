/** The four obligations of the GAMMA 2 backup procedure (S2; flows.md `gamma.backup`), for screen and print. */
export const GAMMA_OBLIGATIONS = [
  'Établissez un document papier conformément à l’article 9 du règlement délégué (UE) 2022/1636, avec les mêmes données que le projet de DAES (groupes de données de l’annexe I, tableau 1).',
  'Numérotez-le avec un LRN que vous attribuez librement, dans une série continue par année : alphanumérique, 22 caractères au plus.',
  'Transmettez une copie du document de secours à votre bureau gestionnaire avant le mouvement, puis archivez-le.',
  'Dès la fin de la période d’indisponibilité du système informatisé, intégrez immédiatement les données du document papier dans GAMMA 2 pour créer le DAES (voir le guide d’utilisation GAMMA 2).',
] as const;
