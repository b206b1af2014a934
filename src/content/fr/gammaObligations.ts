/** The four obligations of the GAMMA 2 backup procedure (S2; flows.md `gamma.backup`), for screen and print. */
export const GAMMA_OBLIGATIONS = [
  'Établissez un document papier, conformément aux dispositions de l’article 9 du règlement CE 2022/1636. Information complémentaire (hors fiche) : ce texte est le règlement délégué (UE) 2022/1636 de la Commission ; son article 9 renvoie aux données du tableau 1 de l’annexe I (modifiée par le règlement délégué (UE) 2026/50), celles du projet de DAES.',
  'Numérotez-le avec un LRN que vous attribuez librement, en respectant une série continue par année ; il peut être alphanumérique et ne doit pas dépasser les 22 caractères.',
  'Transmettez une copie du document de secours à votre bureau gestionnaire avant le mouvement, puis archivez le document de secours.',
  'Dès la fin de la période d’indisponibilité du système informatisé, intégrez immédiatement les données du document papier dans GAMMA 2 pour créer un DAES (voir le guide d’utilisation GAMMA 2).',
] as const;
