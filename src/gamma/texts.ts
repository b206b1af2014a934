/** The French words of the GAMMA 2 register: statuses, authorisers, and why something was refused. */
import { formatLocalValue, type TimeProblem } from '../lib/time';
import {
  LRN_MAX,
  lrnOf,
  PREFIX_MAX,
  type Authorisation,
  type Authoriser,
  type BackupDocument,
  type Deviation,
  type DocumentStatus,
  type EpisodeProblem,
  type LrnProblem,
  type PrefixProblem,
  type VoidProblem,
} from './register';

export const STATUS_LABELS: Record<DocumentStatus, string> = {
  established: 'Établi',
  copySent: 'Copie envoyée au bureau',
  archived: 'Archivé',
  entered: 'Saisi dans GAMMA 2',
};

export const statusText = (d: BackupDocument) => (d.voided ? 'Annulé' : STATUS_LABELS[d.status]);

/** Who authorised the backup procedure, as a noun phrase that starts a line. */
export const AUTHORISER_LABELS: Record<Authoriser, string> = {
  meteo: 'Dysfonctionnement signalé sur la météo des services en ligne',
  sau: 'SAU du CID',
  serviceGestionnaire: 'Service gestionnaire',
};

/** One line: who authorised it, when, and the DA reference if any. */
export function authorisationText(a: Authorisation | null): string {
  if (!a) return 'Autorisation non renseignée';
  const who =
    a.by === 'meteo'
      ? 'Procédure de secours autorisée par le dysfonctionnement signalé sur la météo des services en ligne'
      : `Procédure de secours autorisée par le ${a.by === 'sau' ? 'SAU du CID' : 'service gestionnaire'}`;
  return `${who}, le ${formatLocalValue(a.at)}${a.daReference ? ` (demande d’assistance ${a.daReference})` : ''}`;
}

export function lrnProblemText(problem: LrnProblem, lrn: string): string {
  switch (problem) {
    case 'missing':
      return 'Saisissez le LRN du document de secours.';
    case 'tooLong':
      return `Le LRN ne doit pas dépasser ${LRN_MAX} caractères (celui-ci en compte ${lrn.trim().length}).`;
    case 'characters':
      return 'Le LRN ne peut contenir que des lettres (sans accent) et des chiffres : pas d’espace, de tiret ni de signe.';
    case 'used':
      return `Le LRN « ${lrn.trim().toUpperCase()} » est déjà utilisé dans le registre : chaque document doit avoir son propre LRN.`;
  }
}

export function prefixProblemText(problem: PrefixProblem): string {
  return problem === 'characters'
    ? 'Le préfixe ne peut contenir que des lettres (sans accent) et des chiffres.'
    : `Le préfixe ne doit pas dépasser ${PREFIX_MAX} caractères, pour que le LRN tienne en ${LRN_MAX} caractères.`;
}

export function dateProblemText(problem: TimeProblem): string {
  switch (problem) {
    case 'missing':
    case 'invalid':
      return 'Indiquez la date du document, par exemple 23/11/2026.';
    case 'future':
      return 'La date du document ne peut pas être dans le futur : c’est la date à laquelle vous l’établissez.';
  }
}

/** What confirming an LRN outside the series means, said before the user confirms. */
export function deviationText(d: Omit<Deviation, 'confirmedAt'>, lrn: string): string {
  const typed = lrn.trim().toUpperCase();
  const skipped =
    d.series !== undefined && d.skippedFrom !== undefined && d.skippedTo !== undefined
      ? d.skippedFrom === d.skippedTo
        ? `le numéro ${lrnOf(d.series, d.skippedFrom)} ne sera attribué à aucun document`
        : `les numéros ${lrnOf(d.series, d.skippedFrom)} à ${lrnOf(d.series, d.skippedTo)} (${d.skippedTo - d.skippedFrom + 1}) ne seront attribués à aucun document`
      : null;
  if (d.kind === 'gap')
    return `Le LRN ${typed} laisse un trou dans la série continue de l’année : ${skipped}. Le prochain LRN de la série est ${d.expected}.`;
  return `Le LRN ${typed} ne suit pas la série continue de l’année de ce document, dont le prochain LRN est ${d.expected}${skipped ? ` ; de plus, ${skipped}` : ''}.`;
}

/** The confirmation kept with a document, as the register and its print show it. */
export function deviationNote(d: Deviation): string {
  return d.kind === 'gap' && d.series && d.skippedFrom && d.skippedTo
    ? `Trou dans la série confirmé : ${d.skippedFrom === d.skippedTo ? lrnOf(d.series, d.skippedFrom) : `${lrnOf(d.series, d.skippedFrom)} à ${lrnOf(d.series, d.skippedTo)}`} non attribués.`
    : `LRN hors série confirmé (la série attendait ${d.expected}).`;
}

export function voidProblemText(problem: VoidProblem): string {
  switch (problem) {
    case 'missingReason':
      return 'Indiquez pourquoi le document est annulé (par exemple : erreur de destinataire, mouvement abandonné).';
    case 'tooLong':
      return 'Le motif ne doit pas dépasser 300 caractères.';
    case 'alreadyVoided':
      return 'Ce document est déjà annulé.';
    case 'unknown':
      return 'Ce document n’est plus dans le registre.';
  }
}

export function episodeProblemText(problem: EpisodeProblem): string {
  switch (problem.field) {
    case 'by':
      return 'Indiquez qui a autorisé la procédure de secours.';
    case 'daReference':
      return 'La référence ne doit pas dépasser 60 caractères.';
    case 'episode':
      return problem.kind === 'alreadyOpen'
        ? 'Un épisode de panne est déjà en cours : terminez-le avant d’en ouvrir un autre.'
        : problem.kind === 'hasDocuments'
          ? 'L’autorisation ne peut plus être modifiée : des documents de cet épisode la reprennent déjà.'
          : 'Cet épisode n’est plus dans le registre.';
    default:
      if (problem.kind === 'beforeStart') return 'La fin de l’épisode ne peut pas précéder son début.';
      if (problem.kind === 'future')
        return 'Cette heure est dans le futur : indiquez l’heure à laquelle c’est arrivé (heure de Paris).';
      return 'Indiquez la date et l’heure (heure de Paris), par exemple le 23/11/2026 à 09:15.';
  }
}

export const ARC_PROBLEM =
  'L’ARC compte 21 caractères : 2 chiffres pour l’année, le code pays (FR), 16 lettres ou chiffres, puis un chiffre de contrôle.';
