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

/** Every data group but box 17 (the product lines), in the order of the regulation. */
export const DAES_DATA_GROUPS: readonly DataGroup[] = [
  {
    number: '1',
    title: 'Mouvement soumis à accise',
    boxes: ['Code du type de destination', 'Durée du transport', 'Organisation du transport'],
  },
  {
    number: '2',
    title: 'Expéditeur',
    boxes: ['Numéro d’accise (SEED)', 'Nom', 'Rue et numéro', 'Code postal et ville', 'Code langue'],
  },
  { number: '3', title: 'Lieu d’expédition', boxes: ['Référence de l’entrepôt fiscal ou nom et adresse'] },
  {
    number: '4',
    title: 'Bureau d’expédition – importation',
    boxes: ['Numéro de référence du bureau'],
    when: 'marchandises importées seulement',
  },
  {
    number: '5',
    title: 'Destinataire',
    boxes: ['Identification (numéro d’accise)', 'Nom', 'Rue et numéro', 'Code postal et ville', 'Numéro EORI (export)'],
  },
  {
    number: '6',
    title: 'Complément destinataire',
    boxes: ['État membre', 'Numéro de série du certificat d’exonération'],
    when: 'destinataire exonéré',
  },
  { number: '7', title: 'Lieu de livraison', boxes: ['Identification', 'Nom', 'Adresse'] },
  {
    number: '8',
    title: 'Bureau du lieu de livraison – douane',
    boxes: ['Numéro de référence du bureau'],
    when: 'exportation',
  },
  {
    number: '9',
    title: 'DAES',
    boxes: [
      'LRN (numéro de référence local)',
      'Numéro de facture (ou de bon de livraison)',
      'Date de facture',
      'Code du type d’origine',
      'Date d’expédition',
      'Heure d’expédition',
      '9.1 Numéro du DAU d’importation (importation)',
    ],
  },
  {
    number: '10',
    title: 'Bureau de l’autorité compétente du lieu d’expédition',
    boxes: ['Numéro de référence du bureau'],
  },
  { number: '11', title: 'Garantie du mouvement', boxes: ['Code du type de garant'] },
  {
    number: '12',
    title: 'Garant',
    boxes: ['Numéro d’accise ou de TVA', 'Nom', 'Adresse'],
    when: 'selon le type de garant',
  },
  { number: '13', title: 'Transport', boxes: ['Code du mode de transport', 'Informations complémentaires'] },
  {
    number: '14',
    title: 'Organisateur du transport',
    boxes: ['Numéro de TVA', 'Nom', 'Adresse'],
    when: 'transport organisé par le propriétaire ou un tiers',
  },
  { number: '15', title: 'Premier transporteur', boxes: ['Numéro de TVA', 'Nom', 'Adresse'] },
  {
    number: '16',
    title: 'Détails du transport',
    boxes: [
      'Code de l’unité de transport',
      'Identité des unités de transport',
      'Scellés commerciaux',
      'Informations complémentaires',
    ],
  },
  { number: '18', title: 'Certificat de document', boxes: ['Description', 'Référence', 'Type'] },
];

/** Box 17, the body of the DAES: one block per product line. */
export const PRODUCT_GROUP: DataGroup = {
  number: '17',
  title: 'Corps du DAES (une ligne par produit)',
  boxes: [
    'Numéro de ligne',
    'Code produit d’accise',
    'Code NC',
    'Quantité',
    'Masse brute et masse nette',
    'Titre alcoométrique, degré Plato ou densité',
    'Marques fiscales',
    'Appellation d’origine',
    'Description commerciale et marque',
    '17.1 Emballage : type, nombre, scellés',
    '17.2 Produit vitivinicole : catégorie, zone viticole, opérations',
  ],
};
