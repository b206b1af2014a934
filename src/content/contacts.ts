/**
 * Contacts and links, in one place. Taken from the fiche DELTA (S1) and the logigramme GAMMA 2 (S2);
 * check them again when the sources change and update `readFromFicheOn`.
 */
export const contacts = {
  readFromFicheOn: '2026-11-23',
  verifiedAgainst: 'fiche DELTA « Déclenchement d’une alerte » et logigramme GAMMA 2 (version janvier 2023)',
  sau: {
    name: 'SAU du CID (Service d’assistance aux utilisateurs du Centre informatique douanier)',
    /** No-break spaces: the number never wraps across two lines. */
    phoneDisplay: '09 70 28 01 00',
    phoneHref: 'tel:+33970280100',
    alertsOption: 'touche 1 pour consulter les alertes',
    email: 'cid-sau@douane.finances.gouv.fr',
  },
  links: {
    meteo: {
      label: 'Météo des services en ligne',
      href: 'https://www.douane.gouv.fr/meteo/prodouane/pages/meteo',
    },
    olga: {
      label: 'OLGA : déposer une demande d’assistance',
      href: 'https://www.douane.gouv.fr/service-en-ligne/outil-en-ligne-de-gestion-de-lassistance-olga',
    },
    aubette: {
      label: 'Aubette : consultation d’une déclaration à l’export',
      href: 'https://www.douane.gouv.fr/service-en-ligne/consultation-dune-declaration-lexport-aubette',
    },
    portal: {
      label: 'Portail douane.gouv.fr',
      href: 'https://www.douane.gouv.fr/',
    },
  },
} as const;

export type LinkKey = keyof typeof contacts.links;
