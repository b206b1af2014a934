/**
 * The French words of the GAMMA 2 register: milestones, authorisations in the chart's words (S2; flows.md,
 * third round), confirmations kept, and why something was refused. The rules give codes; this file words them.
 */
import { count, lowerFirst } from '../content/fr/plural';
import { timeProblemText } from '../content/fr/timeMessages';
import { formatDateTime, formatLocalValue } from '../lib/time';
import type { DocumentProblems, DocumentState, MilestoneProblems, VoidProblem } from './documents';
import type { EpisodeProblems } from './episodes';
import type { OperatorField, OperatorProblems } from './operator';
import {
  LRN_MAX,
  PREFIX_MAX,
  type Authorisation,
  type Authoriser,
  type BackupDocument,
  type Deviation,
  type Episode,
  type MilestoneName,
  type Operator,
  type PrefixChange,
} from './schema';
import { lrnOf, type LrnProblem, type PrefixProblem, type SeriesDeviation } from './series';

export const SOURCE_LINE =
  'Source : logigramme GAMMA 2 ; règlement délégué (UE) 2022/1636, art. 9 (annexe I modifiée par le règlement délégué (UE) 2026/50)';

export const STATE_LABELS: Record<DocumentState, string> = {
  established: 'Établi',
  copySent: 'Copie transmise au bureau gestionnaire',
  archived: 'Archivé',
  entered: 'Saisi dans GAMMA 2',
  voided: 'Annulé',
};

/**
 * Once GAMMA 2 works again (flows.md, fourth round; Delegated Regulation 2022/1636, annex I, table 1, as
 * amended by 2026/50): how the DAES is then submitted. Outside facts, marked so.
 */
export const AFTER_OUTAGE =
  'Information complémentaire (hors fiche) : une fois GAMMA 2 rétabli, le DAES est soumis dans GAMMA 2 avec les mêmes données que le document papier, l’indicateur de soumission différée et la date d’expédition, qui peut être passée (annexe I, tableau 1 : attribut b et case 9e).';

/** What a milestone is, as a column of the register and a line of a document. */
export const MILESTONE_LABELS: Record<MilestoneName, string> = {
  copySent: 'Copie transmise au bureau gestionnaire',
  archived: 'Archivé',
  entered: 'Saisi dans GAMMA 2',
};

/** The button that records a milestone, and the label of its time field. */
export const MILESTONE_ACTIONS: Record<MilestoneName, { button: string; time: string; hint: string }> = {
  copySent: {
    button: 'Copie transmise au bureau gestionnaire…',
    time: 'Date et heure de l’envoi de la copie au bureau gestionnaire',
    hint: 'Logigramme GAMMA 2 : « Je transmets une copie du document de secours à mon bureau gestionnaire avant le mouvement ». Heure de Paris.',
  },
  archived: {
    button: 'Document archivé…',
    time: 'Date et heure de l’archivage',
    hint: 'Après l’envoi de la copie. Heure de Paris.',
  },
  entered: {
    button: 'Données saisies dans GAMMA 2…',
    time: 'Date et heure de la saisie dans GAMMA 2',
    hint: `Logigramme GAMMA 2 : « Dès la fin de la période d’indisponibilité du système informatisé, les données du document papier doivent être immédiatement intégrées dans GAMMA2 pour créer un DAES (voir Guide d’utilisation GAMMA 2) ». ${AFTER_OUTAGE} Heure de Paris.`,
  },
};

/** A milestone's date as the register shows and prints it. */
export function milestoneDate(m: { at: string | null } | undefined): string {
  if (!m) return '';
  return m.at === null ? 'date non enregistrée (registre antérieur)' : formatLocalValue(m.at);
}

/** The choices of the authorisation, in the chart's words. */
export const AUTHORISER_LABELS: Record<Authoriser, string> = {
  meteo: 'Dysfonctionnement signalé sur la météo des services en ligne (pas besoin d’avertir le SAU au préalable)',
  sau: 'Autorisée par le SAU du CID',
  serviceGestionnaire: 'Autorisée par le service gestionnaire',
};

/** The authorisation as one sentence, in S2's words (flows.md, third round), with its time. */
export function authorisationText(a: Authorisation | null): string {
  if (!a) return 'Autorisation non renseignée (registre antérieur).';
  if (a.by === 'meteo')
    return `Dysfonctionnement signalé sur la météo des services en ligne, constaté le ${formatLocalValue(a.at)} : pas besoin d’avertir le SAU au préalable, procédure de secours autorisée.`;
  const by = a.by === 'sau' ? 'le SAU du CID' : 'le service gestionnaire';
  return `Procédure de secours autorisée par ${by}, le ${formatLocalValue(a.at)}${a.daReference ? ` (demande d’assistance ${a.daReference})` : ''}.`;
}

/** The label of the time of the authorisation, which for the météo is when the malfunction was seen. */
export const authorisationTimeLabel = (by: Authoriser | '') =>
  by === 'meteo'
    ? 'Date et heure où le dysfonctionnement a été constaté sur la météo'
    : 'Date et heure de l’autorisation';

/** An episode's title; `endUnknown`: its end, recorded differently in two copies, left to fill in. */
export function episodeTitle(e: Pick<Episode, 'startedAt' | 'endedAt'>, endUnknown = false): string {
  const end = e.endedAt ? ` au ${formatLocalValue(e.endedAt)}` : endUnknown ? ' au ……/……/………… à ……:……' : ' (en cours)';
  return `Épisode de panne du ${formatLocalValue(e.startedAt)}${end}`;
}

export const consigneeText = (d: BackupDocument) =>
  [d.consignee.name, d.consignee.identification].filter(Boolean).join(', ');

export const operatorText = (o: Operator) =>
  o.name || o.exciseNumber ? `${o.name}${o.exciseNumber ? `, numéro d’accise ${o.exciseNumber}` : ''}` : '';

/** The sender with its address: how two senders set in two copies are told apart (they may differ by it alone). */
export const operatorFullText = (o: Operator) => [operatorText(o), o.street, o.city].filter(Boolean).join(', ');

// ---- Refusals.

export function lrnProblemText(problem: LrnProblem, lrn: string): string {
  switch (problem) {
    case 'missing':
      return 'Saisissez le LRN du document de secours.';
    case 'tooLong':
      return `Le LRN ne doit pas dépasser ${LRN_MAX} caractères (celui-ci en compte ${lrn.trim().length}).`;
    case 'characters':
      return 'Ce LRN contient un espace, un tiret, une lettre accentuée ou un signe : l’outil ne le prend pas. Conseil de l’outil : le logigramme dit seulement que le LRN « peut être alphanumérique » ; l’outil n’accepte que des lettres (sans accent) et des chiffres, sans espace, tiret ni signe.';
    case 'used':
      return `Le LRN « ${lrn.trim().toUpperCase()} » est déjà utilisé dans le registre : chaque document doit avoir son propre LRN.`;
  }
}

export function prefixProblemText(problem: PrefixProblem, prefix: string): string {
  if (problem === 'characters')
    return 'Conseil de l’outil : le préfixe ne contient que des lettres (sans accent) et des chiffres, comme le LRN.';
  if (problem === 'tooLong')
    return `Le préfixe ne doit pas dépasser ${PREFIX_MAX} caractères, pour que le LRN tienne en ${LRN_MAX} caractères.`;
  const { years, last } = problem.newSeries;
  const to = prefix.trim().toUpperCase();
  return `La série ${years.join(', ')} a déjà commencé (dernier LRN : ${last}). Avec le préfixe « ${to || 'aucun'} », les documents suivants commenceront une autre série la même année : la série ne sera plus continue sur l’année. Confirmez seulement si vous devez changer de préfixe ; le registre gardera cette confirmation, avec sa date.`;
}

/** A prefix change kept in the register, as it shows and prints. */
export const prefixChangeNote = (c: PrefixChange) =>
  `Changement de préfixe confirmé le ${formatDateTime(new Date(c.confirmedAt))} : « ${c.from || 'aucun'} » remplacé par « ${c.to || 'aucun'} » ; une autre série commence en ${c.years.join(', ')}.`;

export function documentProblemText(
  field: Exclude<keyof DocumentProblems, 'deviation' | 'unsettled'>,
  problems: DocumentProblems,
  lrn: string,
): string | undefined {
  switch (field) {
    case 'lrn':
      return problems.lrn && lrnProblemText(problems.lrn, lrn);
    case 'date':
      if (!problems.date) return undefined;
      if (problems.date === 'future')
        return 'La date du document ne peut pas être dans le futur : c’est la date à laquelle vous l’établissez.';
      if (problems.date === 'beforeEpisode')
        return 'La date du document ne peut pas précéder le début de l’épisode de panne.';
      if (problems.date === 'invalid')
        return 'Cette date n’existe pas : vérifiez le jour et le mois (il n’y a pas de 31 février, par exemple).';
      return 'Indiquez la date du document, par exemple 23/11/2026.';
    case 'consigneeName':
      return problems.consigneeName === 'missing'
        ? 'Indiquez le nom du destinataire.'
        : problems.consigneeName && 'Le nom du destinataire ne doit pas dépasser 200 caractères.';
    case 'consigneeIdentification':
      return (
        problems.consigneeIdentification &&
        'Ce numéro d’accise n’a pas la forme attendue. Information complémentaire (hors fiche) : un numéro d’accise (SEED) de l’Union compte 13 caractères, le code du pays du destinataire (par exemple DE, BE ou IT) puis 11 lettres ou chiffres.'
      );
    case 'episode':
      if (problems.unsettled)
        return `Choisissez d’abord, en haut de la page, ${{ operator: 'l’expéditeur', prefix: 'le préfixe des LRN', both: 'l’expéditeur et le préfixe des LRN' }[problems.unsettled]} à garder : deux copies du registre ${problems.unsettled === 'both' ? 'les ont enregistrés' : 'l’ont enregistré'} différemment.`;
      return problems.episode && 'Ouvrez d’abord l’épisode de panne : chaque document appartient à un épisode.';
  }
}

const range = (series: string, from: number, to: number) =>
  from === to ? lrnOf(series, from) : `${lrnOf(series, from)} à ${lrnOf(series, to)}`;

/** What confirming an LRN outside the series means, said before the user confirms. */
export function deviationText(d: SeriesDeviation, lrn: string): string {
  const typed = lrn.trim().toUpperCase();
  const skipped =
    d.series !== undefined && d.skippedFrom !== undefined && d.skippedTo !== undefined
      ? d.skippedFrom === d.skippedTo
        ? `le numéro ${lrnOf(d.series, d.skippedFrom)} ne sera attribué à aucun document`
        : `les numéros ${range(d.series, d.skippedFrom, d.skippedTo)} (${d.skippedTo - d.skippedFrom + 1}) ne seront attribués à aucun document`
      : null;
  if (d.kind === 'gap')
    return `Le LRN ${typed} rompt la série continue de l’année : ${skipped}. Le prochain LRN de la série est ${d.expected}.`;
  return `Le LRN ${typed} ne suit pas la série continue de l’année de ce document, dont le prochain LRN est ${d.expected}${skipped ? ` ; de plus, ${skipped}` : ''}.`;
}

/** The confirmation kept with a document, as the register and its print show it. */
export function deviationNote(d: Deviation): string {
  const when = formatDateTime(new Date(d.confirmedAt));
  if (d.kind === 'gap' && d.series && d.skippedFrom && d.skippedTo) {
    const n = d.skippedTo - d.skippedFrom + 1;
    return `Rupture de série confirmée le ${when} : ${range(d.series, d.skippedFrom, d.skippedTo)} ${n === 1 ? 'non attribué' : `non attribués (${count(n, { one: 'numéro', other: 'numéros' })})`}.`;
  }
  return `LRN hors série confirmé le ${when} (la série attendait ${d.expected}).`;
}

/** An entry into GAMMA 2 with no copy recorded as sent, confirmed: said on the register. */
export const withoutCopyNote = (at: string) =>
  `Saisi sans envoi de copie enregistré : confirmé le ${formatDateTime(new Date(at))}.`;

export function milestoneProblemText(field: keyof MilestoneProblems, problems: MilestoneProblems): string | undefined {
  switch (field) {
    case 'at':
      switch (problems.at) {
        case undefined:
          return undefined;
        case 'beforeDocument':
          return 'Cette heure précède la date du document.';
        case 'beforeCopy':
          return 'Cette heure précède l’envoi de la copie au bureau gestionnaire, qui vient avant.';
        case 'afterArchive':
          return 'La copie est transmise avant l’archivage : cette heure est postérieure à l’archivage enregistré.';
        case 'afterEntry':
          return 'Conseil de l’outil : la copie est transmise avant le mouvement, qui précède normalement la saisie dans GAMMA 2 ; cette heure est postérieure à la saisie enregistrée.';
        case 'beforeEnd':
          return 'Les données sont saisies dans GAMMA 2 une fois la panne terminée : cette heure précède la fin de l’épisode.';
        default:
          return timeProblemText(problems.at);
      }
    case 'arc':
      return problems.arc && ARC_PROBLEM;
    case 'copy':
      return problems.copy === 'needed'
        ? 'Enregistrez d’abord l’envoi de la copie au bureau gestionnaire : le document est archivé ensuite.'
        : problems.copy &&
            'Aucun envoi de copie au bureau gestionnaire n’est enregistré pour ce document. Confirmez la saisie sans cet envoi : le registre le signalera.';
    case 'document':
      return problems.document === 'voided'
        ? 'Ce document est annulé : il ne change plus.'
        : problems.document && 'Ce document n’est plus dans le registre.';
    case 'episode':
      return (
        problems.episode &&
        'Terminez d’abord l’épisode de panne : les données sont saisies dans GAMMA 2 quand il fonctionne de nouveau.'
      );
  }
}

export function voidProblemText(problem: VoidProblem): string {
  switch (problem) {
    case 'missingReason':
      return 'Indiquez pourquoi le document est annulé (par exemple : erreur de destinataire, mouvement abandonné).';
    case 'tooLong':
      return 'Le motif ne doit pas dépasser 300 caractères.';
    case 'alreadyVoided':
      return 'Ce document est déjà annulé.';
    case 'unknown':
      return 'Ce document n’est plus dans le registre.';
  }
}

const EPISODE_TEXT: Record<NonNullable<EpisodeProblems['episode']>, string> = {
  alreadyOpen: 'Un épisode de panne est déjà en cours : terminez-le avant d’en ouvrir un autre.',
  hasDocuments: 'L’épisode ne peut plus être modifié : des documents de cet épisode reprennent déjà son autorisation.',
  ended: 'Cet épisode est déjà terminé.',
  unknown: 'Cet épisode n’est plus dans le registre.',
};

export function episodeProblemText(field: keyof EpisodeProblems, problems: EpisodeProblems): string | undefined {
  switch (field) {
    case 'by':
      return problems.by && 'Indiquez comment la procédure de secours a été autorisée.';
    case 'daReference':
      return problems.daReference && 'La référence ne doit pas dépasser 60 caractères.';
    case 'episode':
      return problems.episode && EPISODE_TEXT[problems.episode];
    case 'startedAt':
      return problems.startedAt && timeProblemText(problems.startedAt);
    case 'at':
      return problems.at === 'beforeStart'
        ? 'L’autorisation ne peut pas précéder le début de la panne.'
        : problems.at && timeProblemText(problems.at);
    case 'endedAt':
      switch (problems.endedAt) {
        case undefined:
          return undefined;
        case 'beforeStart':
          return 'La fin de l’épisode ne peut pas précéder son début.';
        case 'beforeAuthorisation':
          return 'La fin de l’épisode ne peut pas précéder l’autorisation de la procédure de secours.';
        case 'beforeDocuments':
          return 'La fin de l’épisode ne peut pas précéder la date d’un de ses documents.';
        case 'afterEntry':
          return 'La fin de l’épisode ne peut pas suivre la saisie dans GAMMA 2 d’un de ses documents.';
        default:
          return timeProblemText(problems.endedAt);
      }
  }
}

export const OPERATOR_LABELS: Record<OperatorField, string> = {
  name: 'Raison sociale',
  exciseNumber: 'Numéro d’accise (SEED)',
  street: 'Rue et numéro',
  city: 'Code postal et ville',
};

export function operatorProblemText(field: OperatorField, problems: OperatorProblems): string | undefined {
  const p = problems[field];
  if (!p) return undefined;
  if (p === 'tooLong') return 'Ce texte est trop long.';
  if (field === 'exciseNumber')
    return p === 'missing'
      ? 'Indiquez votre numéro d’accise : il figure sur le registre imprimé.'
      : 'Ce numéro d’accise n’a pas la forme attendue. Information complémentaire (hors fiche) : le numéro d’accise compte 13 caractères, le code du pays (FR) puis 11 lettres ou chiffres.';
  return 'Indiquez la raison sociale : elle figure sur le registre imprimé.';
}

export const ARC_PROBLEM =
  'Information complémentaire (hors fiche) : l’ARC compte 21 caractères, 2 chiffres pour l’année, le code pays (FR), 16 lettres ou chiffres, puis un chiffre de contrôle.';

/**
 * Sending the copy to the managing office (S2: « Je transmets une copie du document de secours à mon bureau
 * gestionnaire avant le mouvement »): the chart does not say how; an e-mail with the printed form attached
 * is our advice, marked so.
 */
export const COPY_TEXT = {
  advice:
    'Logigramme GAMMA 2 : « Je transmets une copie du document de secours à mon bureau gestionnaire avant le mouvement puis je l’archive. » Conseil de l’outil : imprimez le document ou enregistrez-le en PDF, envoyez-en une copie à votre bureau gestionnaire, par exemple par courriel en joignant le PDF, et archivez l’original.',
  write: 'Écrire au bureau gestionnaire (PDF à joindre)',
  subject: (lrn: string) => `Copie du document de secours GAMMA 2 – LRN ${lrn}`,
  body: (lrn: string, date: string, consignee: string, operator: string) =>
    [
      'Madame, Monsieur,',
      '',
      `Vous trouverez ci-joint la copie du document de secours LRN ${lrn}, établi le ${date} (destinataire : ${consignee}), transmise avant le mouvement, GAMMA 2 étant indisponible.`,
      '',
      'Cordialement,',
      operator,
    ].join('\n'),
} as const;

/** The words of the paper backup document (src/pages/PaperFormPage.tsx). */
export const PAPER_FORM_TEXT = {
  title: (lrn: string) => `Document de secours ${lrn}`,
  margin: (lrn: string, voided: boolean) => `Document de secours GAMMA 2 – LRN ${lrn}${voided ? ' – annulé' : ''}`,
  notFound: 'Document introuvable',
  badLrn: 'Cette adresse ne contient pas un LRN valide.',
  unknownLrn: (lrn: string) => `Aucun document de LRN « ${lrn} » n’est enregistré dans le registre de ce navigateur.`,
  openRegister: 'Ouvrir le registre LRN',
  backToRegister: 'Retour au registre',
  linesError: (max: number) => `Indiquez un nombre entier de lignes, de 1 à ${max}.`,
  /** Said once « Appliquer » is pressed (the product lines are far below). */
  linesApplied: (lines: string) => `Le formulaire compte ${lines} de produits.`,
  linesLabel: 'Nombre de lignes de produits (case 17)',
  linesHint: (max: number) => `De 1 à ${max} : une ligne par produit du mouvement.`,
  apply: 'Appliquer',
  print: 'Imprimer le formulaire',
  eyebrow: 'Document de secours GAMMA 2',
  voided: (at: string, reason: string) => `Document annulé le ${at} : ${reason}`,
  intro:
    'Document papier établi en raison de l’indisponibilité de GAMMA 2, « conformément aux dispositions de l’article 9 du règlement CE 2022/1636 » (logigramme GAMMA 2). Information complémentaire (hors fiche) : ce texte est le règlement délégué (UE) 2022/1636 de la Commission ; son article 9 renvoie aux données du tableau 1 de son annexe I (modifiée par le règlement délégué (UE) 2026/50), celles du projet de DAES, que reprennent les cases ci-dessous.',
  lrn: 'LRN',
  date: 'Date du document',
  procedure: 'Procédure de secours',
  unknownEpisode: 'Épisode de panne illisible.',
  /** The sender set differently in two copies of the register: its boxes are left blank until chosen. */
  operatorUnsettled:
    'L’expéditeur a été renseigné différemment dans deux copies du registre : ses cases (2a à 2f) restent vides tant qu’il n’est pas choisi sur la page du registre. Vous pouvez aussi les remplir à la main.',
  /** An episode's start or end recorded differently in two copies: its end left out, its start to check. */
  episodeUnsettled: {
    end: 'La fin de l’épisode de panne de ce document a été enregistrée différemment dans deux copies du registre : elle reste vide sur ce document tant que l’une des deux versions n’est pas gardée sur la page du registre. Vous pouvez aussi la remplir à la main.',
    start:
      'Le début de l’épisode de panne de ce document, ou son autorisation, a été corrigé différemment dans deux copies du registre : ce document reprend la version que le registre indique, tant que l’une des deux n’est pas gardée sur la page du registre.',
  },
  /** The copy's time recorded differently in two copies: left blank on the form until one is kept. */
  copyUnsettled:
    'L’envoi de la copie au bureau gestionnaire a été enregistré différemment dans deux copies du registre : sa date et son heure restent vides sur ce document tant que l’une des deux versions n’est pas gardée sur la page du registre. Vous pouvez aussi les remplir à la main.',
  dataTitle: 'Données du projet de DAES',
  fillIn:
    'Conseil de l’outil : remplissez chaque case comme pour le DAES électronique ; les cases qui ne s’appliquent pas à votre mouvement restent vides.',
  lines: { one: 'ligne', other: 'lignes' },
  productLine: (n: number) => `Ligne de produit ${n}`,
  toolBoxesTitle: 'Cases ajoutées par l’outil (facultatives)',
  toolBoxesNote:
    'Conseil de l’outil : ni le logigramme GAMMA 2 ni l’article 9 du règlement délégué (UE) 2022/1636 n’exigent ces cases ; l’outil les propose pour garder trace de l’établissement du document et de l’envoi de sa copie au bureau gestionnaire.',
  placeDate: 'Fait à ……………………………… le ……/……/…………',
  signature: 'Signature de l’expéditeur :',
  /** Blank to fill in by hand; filled in once the register has the copy's time (a form printed again). */
  copySent: (at?: string) =>
    `Copie transmise au bureau gestionnaire le ${at ? formatLocalValue(at) : '……/……/………… à ……:……'} (avant le mouvement)`,
} as const;

/** Said of a value recorded differently in two copies. */
const SHOWN_FIRST = 'Tant que vous n’avez pas gardé l’une des deux versions, le registre indique la première.';

/** The words of the register's page and its parts (src/pages/RegisterPage.tsx, ./page/). */
export const REGISTER_TEXT = {
  title: 'Registre LRN des documents de secours GAMMA 2',
  conflictsTitle: 'À vérifier : deux copies du registre ont été réunies',
  lrnTwice: (lrn: string, kept: string, date: string, consignee: string, at: string, state: string) =>
    `Le LRN ${lrn} a été pris deux fois (deux onglets, ou une sauvegarde restaurée). Le premier document enregistré${kept ? ` (destinataire : ${kept})` : ''} reste au registre ; le second, daté du ${date}${consignee ? ` (destinataire : ${consignee})` : ''}, enregistré le ${at} (état noté au registre : ${lowerFirst(state)}), n’y est pas repris. Conseil de l’outil : un numéro ne sert qu’une fois ; si ce second document a été établi, barrez-le et établissez-en un nouveau avec le prochain LRN de la série.`,
  /** Said on screen only, by the buttons that settle an LRN drawn up twice. */
  twiceHint:
    '« Enregistrer de nouveau » reprend ce second document au registre avec le prochain LRN de la série (imprimez-le alors)' +
    ' ; « Non établi » l’annule s’il n’a pas été établi sur papier. Dans les deux cas, ce message disparaît.',
  /** The same, once the outage has ended: the second document can no longer be drawn up anew. */
  twiceHintClosed:
    'L’épisode de panne est clos : ce second document ne peut plus être enregistré de nouveau au registre de secours. « Non établi » l’annule s’il n’a pas été établi sur papier ; ce message disparaît alors.',
  redraw: (lrn: string) => `Enregistrer de nouveau le second document ${lrn}`,
  /** A second document of an LRN drawn up twice, voided since: on record, on screen and in print. */
  settledTwice: (lrn: string, consignee: string, date: string, at: string, reason: string) =>
    `LRN ${lrn} pris aussi pour un second document${consignee ? ` (destinataire : ${consignee})` : ''}, daté du ${date}, annulé le ${at}. ${reason}`,
  settledTitle: 'Seconds documents d’un LRN pris deux fois, annulés',
  /** Drawn up anew: its new LRN, with the link to print its form (./page/RegisterConflicts.tsx). */
  redrawn: (lrn: string) => `Le second document est enregistré de nouveau sous le LRN ${lrn}.`,
  /** « Non établi » done: said where the focus goes. */
  notEstablishedDone: (lrn: string) => `Le second document ${lrn} est annulé, comme non établi.`,
  notEstablished: (lrn: string) => `Non établi : annuler le second document ${lrn}`,
  /** `why`: the refusal's own sentence; `then`: the way round it (none when the form refuses for the same reason). */
  redrawRefused: (why: string, then: boolean) =>
    `Ce second document ne peut pas être enregistré de nouveau tel quel. ${why}${then ? ' Enregistrez-le ensuite avec le formulaire plus bas, puis annulez-le ici (« Non établi »).' : ''}`,
  /** The reason kept with the second document of an LRN drawn up twice, voided (it stays in the record). */
  twiceReason: {
    redrawn: (lrn: string | null) =>
      `LRN déjà pris pour un autre document ; ce document a été enregistré de nouveau sous ${lrn ? `le LRN ${lrn}` : 'un autre LRN de la série'}.`,
    notEstablished: () => 'LRN déjà pris pour un autre document ; ce second document n’a pas été établi.',
  },

  /** The sender (the register's operator) or the prefix set in two copies: the one kept, the other, when it was set. */
  valueTwice: {
    operator: (kept: string, other: string, at: string) =>
      `L’expéditeur a été renseigné différemment dans deux copies du registre (deux onglets, ou une sauvegarde restaurée) : ${kept ? `« ${kept} »` : 'un expéditeur sans raison sociale'} dans l’une, ${other ? `« ${other} »` : 'un expéditeur sans raison sociale'} dans l’autre (enregistré le ${at}). Aucun nouveau document ne peut être enregistré tant que l’un des deux n’est pas choisi.`,
    prefix: (kept: string, other: string, at: string) =>
      `Le préfixe des LRN a été choisi différemment dans deux copies du registre (deux onglets, ou une sauvegarde restaurée) : ${kept ? `le préfixe ${kept}` : 'aucun préfixe'} dans l’une, ${other ? `le préfixe ${other}` : 'aucun préfixe'} dans l’autre (choix enregistré le ${at}). Aucun nouveau document ne peut être enregistré tant que l’un des deux n’est pas choisi. Changer de préfixe en cours d’année commence une autre série : la série ne sera plus continue sur l’année.`,
  },
  /**
   * An episode's start or end, or a document's milestone, recorded differently in two copies: the values as
   * said (`kept` is the one the register shows).
   */
  recordedTwice: {
    /** The two versions, as said: `at`, when the other was recorded. */
    versions: (kept: string, other: string, at: string) =>
      `Dans l’une des copies : ${kept}. Dans l’autre (version enregistrée le ${at}) : ${other}. ${SHOWN_FIRST}`,
    start: `Le début de l’épisode de panne, ou son autorisation, a été corrigé différemment dans deux copies du registre (deux onglets, ou une sauvegarde restaurée).`,
    end: (startedAt: string) =>
      `La fin de l’épisode de panne commencé le ${startedAt} a été enregistrée différemment dans deux copies du registre (deux onglets, ou une sauvegarde restaurée).`,
    milestone: (label: string, lrn: string) =>
      `Pour le document ${lrn}, « ${label} » a été enregistré différemment dans deux copies du registre (deux onglets, ou une sauvegarde restaurée).`,
    /** An episode's start, with its authorisation, as said in the sentence and on its button. */
    startValue: (startedAt: string, authorisation: string) => `début le ${startedAt} – ${authorisation}`,
    endValue: (endedAt: string) => `fin le ${endedAt}`,
    /** What a button is about, for those who hear it alone. */
    aboutMilestone: (label: string, lrn: string) => `${lowerFirst(label)}, document ${lrn}`,
    aboutEpisode: (startedAt: string) => `épisode de panne commencé le ${startedAt}`,
    /** A version refused while other dates are still to check: those may be what stands in the way. */
    othersFirst:
      'D’autres dates sont aussi à vérifier ici : cette version est vérifiée avec celles que le registre indique. Gardez d’abord la bonne version de ces autres dates, puis revenez à celle-ci.',
    hint: 'Gardez l’une des deux versions avec les boutons ci-dessous ; ce message disparaît alors.',
    keep: (value: string) => `Garder : ${value}`,
  },
  /** Said on screen only, by the buttons (a printout has none). */
  chooseHint: {
    operator: 'Choisissez celui à garder avec les boutons ci-dessous, ou corrigez l’expéditeur plus bas.',
    prefix: 'Choisissez celui à garder avec les boutons ci-dessous, ou changez le préfixe plus bas.',
  },
  keepValue: {
    operator: (operator: string) =>
      operator ? `Garder l’expéditeur ${operator}` : 'Garder l’expéditeur sans raison sociale',
    prefix: (prefix: string) => (prefix ? `Garder le préfixe ${prefix}` : 'Garder les LRN sans préfixe'),
  },
  episodesOpen:
    'Deux épisodes de panne sont ouverts à la fois (deux onglets, ou une sauvegarde restaurée) : les nouveaux documents vont au premier. Terminez, plus bas, celui qui ne correspond pas à la panne en cours.',
  diagnoseBefore: 'Pour savoir si la procédure de secours est autorisée, ',
  diagnose: 'faites le diagnostic GAMMA 2',
  obligations: 'Rappel des quatre obligations',
  print: 'Imprimer le registre',
  episode: {
    title: 'Épisode de panne',
    intro:
      'Chaque document de secours appartient à un épisode de panne, qui garde quand la panne a commencé et comment la procédure de secours a été autorisée ; le formulaire imprimé de chaque document le reprend. Conseil de l’outil : le logigramme ne prévoit pas d’épisode ; c’est l’organisation que propose l’outil pour garder trace de l’autorisation.',
    open: 'Ouvrir l’épisode de panne',
    saveCorrection: 'Enregistrer la correction',
    correct: 'Corriger l’épisode',
    authorise: 'Indiquer l’autorisation',
    endLabel: 'Fin de l’épisode : GAMMA 2 fonctionne de nouveau',
    endHint: 'Heure de Paris. Intégrez ensuite immédiatement les données des documents papier dans GAMMA 2.',
    end: 'Terminer l’épisode',
    endAsk: 'GAMMA 2 fonctionne de nouveau : terminer l’épisode…',
    startedAt: 'Début de la panne',
    startedAtHint: 'Date et heure, heure de Paris.',
    by: 'Autorisation de la procédure de secours',
    atHint: 'Heure de Paris ; pas avant le début de la panne.',
    daReference: 'Référence de la demande d’assistance',
  },
  add: {
    title: 'Enregistrer un document de secours',
    added: (lrn: string) => `Document ${lrn} enregistré.`,
    /** The episode ended (here or in another tab) while a document was being typed. */
    episodeEnded:
      'L’épisode de panne a été clos : aucun document ne peut être enregistré tant qu’aucun épisode n’est ouvert. Ce que vous aviez saisi pour un nouveau document est gardé, et revient si un autre épisode est ouvert.',
    /** The LRN was drawn up at the same moment elsewhere, and the register keeps that other document. */
    takenMeanwhile: (lrn: string) =>
      `Le LRN ${lrn} a été pris au même moment pour un autre document, dans un autre onglet ou une autre copie du registre : le registre garde le premier enregistré, et le vôtre n’y est pas repris. Enregistrez-le de nouveau depuis l’avertissement en haut de la page : il prendra le prochain LRN de la série.`,
    print: (lrn: string) => `Imprimer le document de secours ${lrn}`,
    next: (lrn: string) => `Le prochain LRN de la série est ${lrn}.`,
    lrn: 'LRN du document',
    lrnHint: (suggestion: string, max: number) =>
      `Laissé vide, le document prend le prochain LRN de la série : ${suggestion}. ${max} caractères au plus (logigramme GAMMA 2). Conseil de l’outil : lettres et chiffres seulement.`,
    confirm: 'Je confirme ce LRN : le registre gardera cette confirmation, avec sa date.',
    otherwise: (lrn: string) => `Sinon, laissez le LRN vide pour prendre ${lrn}.`,
    date: 'Date du document',
    dateHint: 'Son année est celle de la série.',
    consigneeName: 'Destinataire : nom',
    consigneeIdentification: 'Destinataire : numéro d’accise',
    consigneeIdentificationHint:
      'Information complémentaire (hors fiche) : case 5a du document, le numéro d’accise (SEED) du destinataire, qui commence par le code de son pays (DE, BE, IT…).',
    confirmSave: 'Confirmer et enregistrer le document',
    save: 'Enregistrer le document',
  },
  document: {
    established: 'Établi le',
    consignee: 'Destinataire',
    unknown: 'non renseigné',
    arc: (arc: string) => ` (ARC ${arc})`,
    voided: (at: string, reason: string) => `Annulé le ${at} : ${reason}`,
    print: 'Imprimer le document de secours',
    correctOrVoid: 'Corriger ou annuler',
    theDocument: (lrn: string) => ` le document ${lrn}`,
    ofDocument: (lrn: string) => ` – document ${lrn}`,
    milestoneLabel: (time: string, lrn: string) => `${time} – document ${lrn}`,
    save: 'Enregistrer',
    correctMilestone: (label: string) => `Corriger : ${label}`,
    /** A milestone recorded elsewhere (another tab, a backup restored) while its time was being typed here. */
    recordedMeanwhile: (label: string, time: string) =>
      `« ${label} » vient d’être enregistré ailleurs (un autre onglet, ou une sauvegarde restaurée), à la date du ${time}. Ce que vous avez saisi est gardé ci-dessous : enregistrez-le pour corriger cette date, ou annulez.`,
    saveCorrection: 'Enregistrer la correction',
    arcLabel: 'ARC donné par GAMMA 2',
    arcHint: 'Information complémentaire (hors fiche) : 21 caractères, par exemple 26FRAB1234567890123P5.',
    withoutCopy:
      'Aucun envoi de copie au bureau gestionnaire n’est enregistré : je confirme la saisie sans cet envoi (le registre le signalera).',
    void: 'Annuler ce document',
    voidQuestion: (lrn: string) =>
      `Annuler le document ${lrn} ? Il garde son LRN (la série reste continue) et sera marqué « Annulé ». Il ne peut pas être supprimé.`,
    voidReason: 'Motif de l’annulation',
    voidConfirm: (lrn: string) => `Annuler le document ${lrn}`,
    keep: 'Garder le document',
  },
  documents: {
    title: 'Documents de secours',
    none: 'Aucun document enregistré pour l’instant.',
    /** Documents whose episode could not be read (set aside, reported): they stay in the register. */
    unknownEpisode: 'Épisode de panne illisible',
    unknownEpisodeNote:
      'L’épisode de panne de ces documents n’a pas pu être lu (il est mis de côté dans ce navigateur et gardé dans ses sauvegardes) : les documents restent au registre.',
  },
  operator: {
    title: (known: string | null) => (known ? `Expéditeur : ${known}` : 'Expéditeur (à compléter)'),
    /** Set differently in two copies: to choose at the top of the page. */
    unsettledTitle: 'Expéditeur (à choisir en haut de la page)',
    intro: 'Le registre imprimé et le bloc « Expéditeur » de chaque document de secours reprennent ces informations.',
    saved: 'Expéditeur enregistré.',
    save: 'Enregistrer l’expéditeur',
  },
  prefix: {
    summary: (prefix: string) => (prefix ? `Préfixe des LRN : ${prefix}` : 'Préfixe des LRN (aucun)'),
    unsettledSummary: 'Préfixe des LRN (à choisir en haut de la page)',
    label: 'Préfixe des LRN',
    hint: 'Par exemple SEC : les LRN pris dans la série seront SEC + année + numéro (SEC202600001).',
    confirm: 'Je confirme le changement de préfixe.',
    confirmSave: 'Confirmer le nouveau préfixe',
    save: 'Enregistrer le préfixe',
    saved: (prefix: string) => `Préfixe enregistré : ${prefix || 'aucun'}.`,
  },
  printout: {
    operator: 'Expéditeur :',
    noName: 'raison sociale non renseignée',
    /** Set differently in two copies, not chosen yet: neither is printed as the register's. */
    unsettled: 'à choisir (renseigné différemment dans deux copies du registre, voir ci-dessus)',
    /** A date recorded differently in two copies: the one shown, marked until one is kept. */
    disputed: ' (à vérifier, voir ci-dessus)',
    exciseNumber: 'Numéro d’accise :',
    address: 'Adresse :',
    unknown: 'non renseigné',
    printedAt: 'Imprimé le :',
    empty: 'Aucun épisode de panne ni document enregistré.',
    noDocument: 'Aucun document dans cet épisode.',
    lrn: 'LRN',
    established: 'Établi le',
    consignee: 'Destinataire',
    copySent: 'Copie transmise au bureau gestionnaire le',
    archived: 'Archivé le',
    entered: 'Saisi dans GAMMA 2 le (avec l’ARC)',
    state: 'État et observations',
  },
} as const;
