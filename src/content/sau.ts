/**
 * The SAU du CID's contacts, as the fiche DELTA gives them (./contacts.ts has every contact and link): apart,
 * because every page's footer gives its number, on the first load, and the links need not come with it.
 */
export const SAU = {
  name: 'SAU du CID (Service d’assistance aux utilisateurs du Centre informatique douanier)',
  /** No-break spaces: the number never wraps across two lines. */
  phoneDisplay: '09 70 28 01 00',
  phoneHref: 'tel:+33970280100',
  alertsOption: 'touche 1 pour consulter les alertes',
  email: 'cid-sau@douane.finances.gouv.fr',
} as const;
