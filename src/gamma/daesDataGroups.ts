/**
 * The data groups of the draft e-SAD (DAES) that the paper backup document carries: Commission Delegated
 * Regulation (EU) 2022/1636, Annex I, table 1 (see shared/docs/domain-research.md §2.6). Which boxes are
 * required depends on the destination type, the products and Member-State options: the form lists them
 * all, to be filled in as for the electronic draft. Boxes that the authorities fill in on validation
 * (ARC, date of validation) and the submission attributes are not on the paper document.
 */
export interface DataGroup {
  readonly number: string;
  readonly title: string;
  readonly boxes: readonly string[];
  /** When the group applies, if not always. */
  readonly when?: string;
}

/**
 * Every data group but box 17 (the product lines), in the order of the regulation; each box with its number
 * and letter (columns A and B of table 1, as Article 9(1) asks). A street and its number, a postcode and its
 * city, share one box to write in, with both letters.
 */
export const DAES_DATA_GROUPS: readonly DataGroup[] = [
  {
    number: '1',
    title: 'Mouvement soumis à accise',
    boxes: ['1a Code du type de destination', '1b Durée du transport', '1c Organisation du transport'],
  },
  {
    number: '2',
    title: 'Expéditeur',
    boxes: [
      '2a Numéro d’accise (SEED)',
      '2b Nom',
      '2c–2d Rue et numéro',
      '2e–2f Code postal et ville',
      '2g Code langue',
    ],
  },
  {
    number: '3',
    title: 'Lieu d’expédition',
    boxes: [
      '3a Référence de l’entrepôt fiscal',
      '3b Nom',
      '3c–3d Rue et numéro',
      '3e–3f Code postal et ville',
      '3g Code langue',
    ],
  },
  {
    number: '4',
    title: 'Bureau d’expédition – importation',
    boxes: ['4a Numéro de référence du bureau'],
    when: 'marchandises importées seulement',
  },
  {
    number: '5',
    title: 'Destinataire',
    boxes: [
      '5a Numéro d’accise (SEED) du destinataire',
      '5b Nom',
      '5c–5d Rue et numéro',
      '5e–5f Code postal et ville',
      '5g Code langue',
      '5h Numéro EORI (export)',
    ],
  },
  {
    number: '6',
    title: 'Complément destinataire',
    boxes: ['6a État membre', '6b Numéro de série du certificat d’exonération'],
    when: 'destinataire exonéré',
  },
  {
    number: '7',
    title: 'Lieu de livraison',
    boxes: ['7a Identification', '7b Nom', '7c–7d Rue et numéro', '7e–7f Code postal et ville', '7g Code langue'],
  },
  {
    number: '8',
    title: 'Bureau du lieu de livraison – douane',
    boxes: ['8a Numéro de référence du bureau'],
    when: 'exportation',
  },
  {
    number: '9',
    title: 'DAES',
    boxes: [
      '9a LRN (numéro de référence local)',
      '9b Numéro de facture (ou de bon de livraison)',
      '9c Date de facture',
      '9d Code du type d’origine',
      '9e Date d’expédition',
      '9f Heure d’expédition',
      '9.1a Numéro de la déclaration en douane d’importation (importation)',
    ],
  },
  {
    number: '10',
    title: 'Bureau de l’autorité compétente du lieu d’expédition',
    boxes: ['10a Numéro de référence du bureau'],
  },
  {
    number: '11',
    title: 'Garantie du mouvement',
    boxes: ['11a Code du type de garant'],
  },
  {
    number: '12',
    title: 'Garant',
    boxes: [
      '12a Numéro d’accise',
      '12b Numéro de TVA',
      '12c Nom',
      '12d–12e Rue et numéro',
      '12f–12g Code postal et ville',
      '12h Code langue',
    ],
    when: 'selon le type de garant',
  },
  {
    number: '13',
    title: 'Transport',
    boxes: ['13a Code du mode de transport', '13b Informations complémentaires', '13c Code langue'],
  },
  {
    number: '14',
    title: 'Organisateur du transport',
    boxes: ['14a Numéro de TVA', '14b Nom', '14c–14d Rue et numéro', '14e–14f Code postal et ville', '14g Code langue'],
    when: 'transport organisé par le propriétaire ou un tiers',
  },
  {
    number: '15',
    title: 'Premier transporteur',
    boxes: ['15a Numéro de TVA', '15b Nom', '15c–15d Rue et numéro', '15e–15f Code postal et ville', '15g Code langue'],
  },
  {
    number: '16',
    title: 'Détails du transport',
    boxes: [
      '16a Code de l’unité de transport',
      '16b Identité des unités de transport',
      '16c Identité du scellé commercial',
      '16d Informations sur le scellé',
      '16e Code langue',
      '16f Informations complémentaires',
      '16g Code langue',
    ],
  },
  {
    number: '18',
    title: 'Certificat de document',
    boxes: [
      '18a Description',
      '18b Description – code langue',
      '18c Référence',
      '18d Référence – code langue',
      '18e Type de document',
      '18f Référence du document',
    ],
  },
];

/** Box 17, the body of the DAES: one block per product line. */
export const PRODUCT_GROUP: DataGroup = {
  number: '17',
  title: 'Corps du DAES (une ligne par produit)',
  boxes: [
    '17a Numéro de ligne (référence unique)',
    '17b Code produit d’accise',
    '17c Code NC',
    '17d Quantité',
    '17e Masse brute',
    '17f Masse nette',
    '17g Titre alcoométrique volumique (%)',
    '17h Degré Plato',
    '17i Marque fiscale',
    '17j Marque fiscale – code langue',
    '17k Indicateur d’utilisation de marques fiscales',
    '17l Appellation d’origine',
    '17m Appellation d’origine – code langue',
    '17n Taille du producteur',
    '17o Densité',
    '17p Description commerciale',
    '17q Description commerciale – code langue',
    '17r Marque commerciale des produits',
    '17s Marque commerciale – code langue',
    '17t Période de maturation ou âge des produits',
    '17u Période de maturation ou âge – code langue',
    '17v Déclaration des petits producteurs indépendants',
    '17w Déclaration des petits producteurs indépendants – code langue',
    '17.1a Emballage : code du type de colis',
    '17.1b Emballage : nombre de colis',
    '17.1c Emballage : identification des scellés commerciaux',
    '17.1d Emballage : informations sur les scellés',
    '17.1e Emballage : informations sur les scellés – code langue',
    '17.1f Emballage : marques d’expédition',
    '17.2a Produit vitivinicole : catégorie',
    '17.2b Produit vitivinicole : code de la zone viticole',
    '17.2c Produit vitivinicole : pays tiers d’origine',
    '17.2d Produit vitivinicole : autres informations',
    '17.2e Produit vitivinicole : autres informations – code langue',
    '17.2.1a Code de l’opération vitivinicole',
  ],
};
