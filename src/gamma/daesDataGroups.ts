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
    boxes: [
      'Numéro d’accise (SEED) du destinataire',
      'Nom',
      'Rue et numéro',
      'Code postal et ville',
      'Numéro EORI (export)',
    ],
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
