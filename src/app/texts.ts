/** The words of the application's frame: header, footer, loading, error pages, storage and update banners. */
export const APP_TEXT = {
  loading: 'Chargement…',
  loadingHelpDesk: 'Chargement du mode assistance…',
  skip: 'Aller au contenu',
  printed: (at: string) => `Imprimé le ${at} (heure de Paris) depuis Secours douane.`,
  name: 'Secours douane',
  tagline: 'Pannes DELTA et GAMMA 2 : diagnostic et procédure de secours',
  nav: 'Navigation principale',
  links: {
    diagnosis: 'Diagnostic',
    incidents: 'Incidents',
    register: 'Registre LRN',
    map: 'Carte des parcours',
    data: 'Mes données',
    helpDesk: 'Mode assistance',
    help: 'Aide',
  },
  footer:
    'Outil indépendant d’aide au diagnostic : il n’est pas un service de la douane. Il suit la fiche DELTA « Déclenchement d’une alerte lors d’un dysfonctionnement des services en ligne DELTA » et le logigramme GAMMA 2 (version janvier 2023) ; seuls ces documents font foi. Conseil de l’outil : en cas de doute, contactez le SAU du CID au ',
  privacy: 'Vos réponses et vos données restent dans ce navigateur : rien n’est envoyé. ',
  loadFailed: {
    title: 'Cette page n’a pas pu être chargée',
    text: 'La connexion à internet semble interrompue, et cette partie de l’application n’est pas encore enregistrée dans ce navigateur pour fonctionner hors ligne. Vos données enregistrées dans ce navigateur sont conservées.',
    check: 'Vérifiez la connexion, puis rechargez la page.',
    reload: 'Recharger la page',
  },
  crashed: {
    title: 'Une erreur inattendue est survenue',
    text: 'Vos données enregistrées dans ce navigateur sont conservées.',
    home: 'Revenir à l’accueil',
  },
  update: {
    label: 'Mise à jour de l’application',
    text: 'Une nouvelle version de l’application est disponible. Votre diagnostic en cours sera conservé. ',
    button: 'Mettre à jour',
  },
} as const;
