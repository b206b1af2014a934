/**
 * The words of the DELTA incident: the services, modes and states, the journal's steps and why one waits,
 * the reasons of a self-trigger, the times as the record shows them. What leaves the page (the DA, the
 * e-mails, the export) is in ./outgoing.ts; the refusals of the rules, which give codes, in ./refusals.ts.
 */
import { deltaContent } from '../content/fr/delta';
import { count } from '../content/fr/plural';
import { replay } from '../flows/replay';
import { answerAt, selfTriggerCase } from '../flows/rules';
import { formatDateTime, formatLocalValue } from '../lib/time';
import { journalSteps, type JournalStep } from './journal';
import { type DaService, type Incident, type Mode, type ServiceRecord, type Stamp } from './schema';
import { type IncidentStatus } from './status';
import { journalOf } from './steps';

export const SELF_TRIGGER_MENTION = 'auto-déclenchement de la procédure de secours';

export { CONSULT_FICHE_ALERTE } from '../content/fr/delta';

/**
 * The online services as the DA names them: « Delta G » for Delta G in one or two steps (S1: « Delta G (un
 * temps ou deux temps) », flows.md, second round); the others as the diagnosis' answers name them.
 */
const SERVICE_NAMES: Record<DaService, string> = {
  g: 'Delta G',
  xi: deltaContent['delta.service'].answers.xi,
  xe: deltaContent['delta.service'].answers.xe,
  h7: deltaContent['delta.service'].answers.h7,
};

export const serviceLabel = (service: DaService) => SERVICE_NAMES[service];

/** The transmission mode, as the diagnosis' answer names it. */
export const modeLabel = (mode: Mode) => deltaContent['delta.mode'].answers[mode];

export const STATUS_LABELS: Record<IncidentStatus, string> = {
  preparing: 'DA à déposer',
  daFiled: 'DA déposée, bureau à informer',
  allowed: 'Procédure de secours possible',
  active: 'Procédure de secours en cours',
  restored: 'Système rétabli : fin de procédure à signaler',
  ended: 'Fin de procédure signalée au SAU et au bureau',
  closed: 'Terminée',
};

// ---- The journal's steps.

export interface StepText {
  /** What was done, as the journal, the print and the export say it. */
  readonly label: string;
  /** When to do it or why, in the words of the fiche (or marked as ours). */
  readonly note?: string;
  /** Advice of ours, not an obligation of the fiche: the screen says so. */
  readonly ours?: boolean;
}

export const JOURNAL_STEP_TEXT: Record<JournalStep, StepText> = {
  'da.file': {
    label: 'Demande d’assistance (DA) déposée sur OLGA',
    note: 'L’heure d’enregistrement de la DA sur douane.gouv.fr est celle retenue pour le début de la procédure de secours.',
  },
  'office.inform': {
    label: 'Bureau de douane informé (accusé de réception de la DA transféré)',
    note: 'Informez le bureau de douane du déclenchement de la procédure de secours en lui transférant le courriel automatique accusant réception de la DA.',
  },
  'sau.call': {
    label: 'SAU du CID appelé (hors heures d’ouverture du bureau)',
    note: 'En dehors des heures d’ouverture du bureau, après avoir déposé la demande d’assistance, appelez le SAU du CID, afin que l’équipe technique d’astreinte puisse effectuer à distance les vérifications nécessaires pour identifier l’origine du dysfonctionnement et permettre sa résolution dans les meilleurs délais.',
  },
  'sau.skip': { label: 'Appel au SAU non nécessaire (bureau ouvert)' },
  'backup.activate': {
    label: 'Procédure de secours en cours',
    note: 'L’heure à laquelle vous commencez à y recourir, pour votre dossier : la fiche ne demande pas de la déclarer, et cocher cette étape n’engage à rien de plus que ce que prévoit la fiche.',
    ours: true,
  },
  'office.verify': {
    label: 'État de la déclaration vérifié auprès du bureau dès son ouverture',
    note: 'Pour ne pas traiter en procédure de secours une déclaration qui serait en fait « sous contrôle », « crédit en attente » ou « paiement comptant ».',
    ours: true,
  },
  'system.restore': { label: 'Système de nouveau en état de marche' },
  'closure.request': { label: 'Clôture de la DA demandée au SAU' },
  'office.informEnd': { label: 'Bureau de douane informé de la fin' },
};

/** Why a step cannot be recorded yet, from the step to do first (./journal.ts). */
export function blockedText(step: JournalStep, after: JournalStep | null): string {
  if (step === 'backup.activate')
    return 'Possible seulement une fois la DA enregistrée et le bureau de douane informé : les deux conditions sont cumulatives.';
  switch (after) {
    case 'da.file':
      return 'Enregistrez d’abord la demande d’assistance (DA).';
    case 'system.restore':
      return 'À faire une fois votre système de nouveau en état de marche.';
    case null:
      return 'Cette étape n’est pas possible dans ce journal.';
    default:
      return `À faire après l’étape « ${JOURNAL_STEP_TEXT[after].label} ».`;
  }
}

// ---- The DA and the e-mails.

/** The reasons of the self-trigger, in plain French, from a diagnosis' answers (the mode is not a reason). */
export function reasonsFromAnswers(answers: readonly string[]): string[] {
  const { path } = replay(answers);
  const reasons: string[] = [];
  const kind = selfTriggerCase(path);
  if (kind === 'cannotValidate') reasons.push('impossibilité de valider nos déclarations (anticipées ou non)');
  if (kind === 'noBae' || kind === 'noBaeUnverified') {
    const aubette = answerAt(path, 'delta.aubette');
    reasons.push(
      `déclarations validées n’ayant pas obtenu le BAE (${aubette === 'unreachable' ? 'Aubette inaccessible' : 'constaté dans Aubette'})`,
    );
    reasons.push(
      kind === 'noBae'
        ? 'le service des douanes indique qu’elles ne sont ni « sous contrôle », ni « crédit en attente », ni « paiement comptant » : le blocage de nos déclarations est donc technique et, par conséquent, le dysfonctionnement de notre système privatif est confirmé (fiche DELTA, étape 2)'
        : 'service des douanes injoignable (bureau fermé) : l’absence des états « sous contrôle », « crédit en attente » et « paiement comptant » n’a pas pu être vérifiée',
    );
  }
  const alert = answerAt(path, 'delta.alert');
  if (alert === 'no') reasons.push('aucune alerte publiée sur la météo des services en ligne');
  if (alert === 'yes')
    reasons.push('l’alerte publiée sur la météo des services en ligne ne correspond pas à notre situation');
  if (answerAt(path, 'delta.mode') === 'edi' && answerAt(path, 'delta.provider') === 'no')
    reasons.push('notre prestataire de connexion EDI confirme que sa plateforme fonctionne');
  return reasons;
}

/**
 * The reasons of a service's DA: those of its own diagnosis, or those the user confirmed. Null while a
 * service added without its own diagnosis waits for the user to confirm them.
 */
export function serviceReasons(record: ServiceRecord): string[] | null {
  if (record.reasons) return record.reasons;
  if (record.answers) return reasonsFromAnswers(record.answers);
  return null;
}

/** The reasons proposed for a service added without its own diagnosis: those of the incident's diagnosis. */
export const proposedReasons = (incident: Incident) => reasonsFromAnswers(incident.answers);

// ---- The record: times, journal, export.

/**
 * A time given by the user, as the record shows it: the time that holds, when it was entered when that
 * differs, and the earlier times it corrects.
 */
export function stampText(stamps: readonly Stamp[]): string {
  const last = stamps[stamps.length - 1]!;
  const entered = formatDateTime(new Date(last.recordedAt));
  const parts = [formatLocalValue(last.at)];
  const notes: string[] = [];
  if (stamps.length > 1) {
    notes.push(
      `corrigée le ${entered} ; ${stamps
        .slice(0, -1)
        .map((s) => {
          const when = formatDateTime(new Date(s.recordedAt));
          return `indiquée d’abord ${formatLocalValue(s.at)}${when === formatLocalValue(s.at) ? '' : `, saisie le ${when}`}`;
        })
        .join(' ; ')}`,
    );
  } else if (entered !== formatLocalValue(last.at)) {
    notes.push(`saisie le ${entered}`);
  }
  if (notes.length) parts.push(`(${notes.join(' ; ')})`);
  return parts.join(' ');
}

export interface JournalLine {
  readonly step: JournalStep;
  readonly label: string;
  /** The time the step was done, with its history; null while it is still to do. */
  readonly time: string | null;
  readonly stamps: readonly Stamp[] | null;
  readonly ours: boolean;
}

/** The journal's rows in order, each with its time or as still to do. */
export function journalLines(incident: Incident, record: ServiceRecord): JournalLine[] {
  const { input, snapshot, accepted } = journalOf(incident, record);
  const done = new Map(accepted.map((e) => [e.step, e.times]));
  return journalSteps(input, snapshot).map((step) => {
    const stamps = done.get(step) ?? null;
    const text = JOURNAL_STEP_TEXT[step];
    return { step, label: text.label, time: stamps ? stampText(stamps) : null, stamps, ours: text.ours === true };
  });
}

/** « 3 étapes au journal ». */
export const stepCount = (n: number) => `${count(n, { one: 'étape', other: 'étapes' })} au journal`;

/** The source of the incident's pages: the fiche's steps that the incident follows. */
export const INCIDENT_SOURCE =
  'Source : fiche DELTA « Déclenchement d’une alerte lors d’un dysfonctionnement des services en ligne DELTA », étapes 5 et 6';
