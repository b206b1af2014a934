/**
 * The texts the broker sends or keeps: the OLGA assistance request (DA) per online service, the e-mails,
 * the plain-text export. Pure functions of the profile, the diagnoses and the journals.
 */
import { answerLabel, contentOf } from '../content/fr';
import { contacts } from '../content/contacts';
import { replay } from '../flows/replay';
import { answerAt, selfTriggerCase } from '../flows/rules';
import { formatDateTime, formatLocalValue } from '../lib/time';
import {
  currentTime,
  daRegisteredAt,
  incidentStart,
  incidentStatus,
  journalOf,
  type DaService,
  type Incident,
  type IncidentStatus,
  type Mode,
  type ServiceRecord,
  type Stamp,
  type StepProblem,
} from './incident';
import { JOURNAL_STEP_TEXT, journalSteps, type JournalStep } from './journal.machine';
import type { Profile } from './profile';
import type { TimeProblem } from '../lib/time';

export const SELF_TRIGGER_MENTION = 'auto-déclenchement de la procédure de secours';

/** The online services as the DA names them (S1: « Delta G (un temps ou deux temps) » is one service). */
export const SERVICE_LABELS: Record<DaService, string> = {
  g: 'Delta G',
  xi: 'Delta X Import',
  xe: 'Delta X Export',
  h7: 'Delta H7',
};

export const serviceLabel = (service: DaService) => SERVICE_LABELS[service];

export const MODE_LABELS: Record<Mode, string> = {
  dti: 'DTI (saisie sur le portail douane.gouv.fr)',
  edi: 'EDI (via un prestataire de connexion)',
};

export const STATUS_LABELS: Record<IncidentStatus, string> = {
  preparing: 'en préparation',
  daFiled: 'DA déposée',
  active: 'procédure de secours en cours',
  closed: 'terminée',
};

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
        ? 'le service des douanes indique qu’elles ne sont ni « sous contrôle », ni « crédit en attente », ni « paiement comptant »'
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

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

const signature = (p: Profile) => `${p.companyName}\nEORI ${p.eori}\n${p.address}\nTél. ${p.phone}`;

/** The text of the assistance request to file on OLGA for one online service; null until its reasons are known. */
export function daText(profile: Profile, record: ServiceRecord): { subject: string; body: string } | null {
  const reasons = serviceReasons(record);
  if (!reasons) return null;
  const service = serviceLabel(record.service);
  const subject = `Auto-déclenchement de la procédure de secours – ${service}`;
  const body = [
    `Objet : ${subject}`,
    '',
    `Nous vous informons de l’${SELF_TRIGGER_MENTION} pour le service en ligne ${service}.`,
    '',
    `Numéro EORI : ${profile.eori}`,
    `Raison sociale : ${profile.companyName}`,
    `Adresse : ${profile.address}`,
    `Téléphone : ${profile.phone}`,
    `Service en ligne : ${service}`,
    `Mode de transmission : ${MODE_LABELS[record.mode]}`,
    `Date et heure de passage en alerte : ${formatLocalValue(currentTime(record.alertAt))}`,
    '',
    'Raisons de l’auto-déclenchement :',
    ...reasons.map((r) => `- ${r}`),
    '',
    `Le bureau de douane (${profile.officeName}) sera informé par le transfert de l’accusé de réception de la présente demande.`,
  ].join('\n');
  return { subject, body };
}

const daRef = (record: ServiceRecord) => (record.daNumber ? ` n° ${record.daNumber}` : '');

/** To the office: forwarding the DA's acknowledgement (the second of the two cumulative conditions). */
export function officeStartMail(profile: Profile, record: ServiceRecord): Mail {
  const service = serviceLabel(record.service);
  const registered = daRegisteredAt(record);
  return {
    to: profile.officeEmail,
    subject: `Procédure de secours ${service} – accusé de réception de la DA${daRef(record)}`,
    body: [
      'Madame, Monsieur,',
      '',
      `Nous vous informons de l’${SELF_TRIGGER_MENTION} pour le service en ligne ${service}, à compter de l’enregistrement de la demande d’assistance${daRef(record)} sur douane.gouv.fr${registered ? `, le ${formatLocalValue(registered)}` : ''}.`,
      'Vous trouverez ci-dessous le courriel automatique accusant réception de cette demande d’assistance.',
      '',
      '[Insérez ici le courriel d’accusé de réception de la DA, ou transférez-le en joignant ce texte.]',
      '',
      'Cordialement,',
      signature(profile),
    ].join('\n'),
  };
}

/** To the SAU: asking it to close the DA once the private system works again. */
export function closureMail(profile: Profile, record: ServiceRecord): Mail {
  const service = serviceLabel(record.service);
  return {
    to: contacts.sau.email,
    subject: `Demande de clôture de la demande d’assistance${daRef(record)} – ${service}`,
    body: [
      'Madame, Monsieur,',
      '',
      `Le dysfonctionnement de notre système privatif pour le service en ligne ${service} est résolu.`,
      `Nous vous remercions de bien vouloir clore la demande d’assistance${daRef(record)} déposée pour l’${SELF_TRIGGER_MENTION}.`,
      '',
      'Cordialement,',
      signature(profile),
    ].join('\n'),
  };
}

/** To the office: the end of the backup procedure. */
export function officeEndMail(profile: Profile, record: ServiceRecord): Mail {
  const service = serviceLabel(record.service);
  const da = record.daNumber ? ` (demande d’assistance n° ${record.daNumber})` : '';
  return {
    to: profile.officeEmail,
    subject: `Fin de la procédure de secours – ${service}`,
    body: [
      'Madame, Monsieur,',
      '',
      `Le dysfonctionnement de notre système privatif pour le service en ligne ${service} est résolu : nous mettons fin à la procédure de secours${da}. Nous avons demandé au SAU du CID de clore la demande d’assistance.`,
      '',
      'Cordialement,',
      signature(profile),
    ].join('\n'),
  };
}

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

/** The whole incident as plain text, to paste in a ticket or a mail, or keep. */
export function incidentText(incident: Incident, now: Date): string {
  const { path } = replay(incident.answers);
  const start = incidentStart(incident);
  const lines = [
    'PROCÉDURE DE SECOURS DELTA – AUTO-DÉCLENCHEMENT',
    `Début de la procédure de secours (enregistrement de la DA) : ${start ? formatLocalValue(start) : 'DA pas encore enregistrée'}`,
    `État : ${STATUS_LABELS[incidentStatus(incident)]}${incident.closedAt ? ` (le ${stampText([incident.closedAt])})` : ''}`,
    `Incident ${incident.id}, ouvert le ${formatDateTime(new Date(incident.createdAt))} ; export du ${formatDateTime(now)} (heure de Paris)`,
    '',
  ];
  if (incident.profile) {
    const p = incident.profile;
    lines.push(
      'OPÉRATEUR',
      `${p.companyName} – EORI ${p.eori}`,
      p.address,
      `Tél. ${p.phone}`,
      `Bureau : ${p.officeName} <${p.officeEmail}>`,
      '',
    );
  }
  lines.push('DIAGNOSTIC (fiche DELTA)');
  for (const a of path) lines.push(`- ${contentOf(a.node).title} → ${answerLabel(a.node, a.value)}`);
  lines.push('');
  for (const record of incident.services) {
    const registered = daRegisteredAt(record);
    lines.push(`SERVICE : ${serviceLabel(record.service)}`);
    lines.push(`Enregistrement de la DA (début de la procédure) : ${registered ? formatLocalValue(registered) : '—'}`);
    lines.push(`DA n° : ${record.daNumber ?? '(non renseigné)'}`);
    lines.push(`Mode de transmission : ${MODE_LABELS[record.mode]}`);
    lines.push(`Passage en alerte : ${stampText(record.alertAt)}`);
    for (const l of journalLines(incident, record))
      lines.push(
        `[${l.time ? 'x' : ' '}] ${l.label}${l.ours ? ' (conseil de l’outil)' : ''}${l.time ? ` – ${l.time}` : ''}`,
      );
    const da = incident.profile ? daText(incident.profile, record) : null;
    lines.push('', 'Texte de la DA :', da ? da.body : '(références ou raisons à compléter)', '');
  }
  if (incident.notes?.trim()) lines.push('NOTES', incident.notes.trim(), '');
  return lines.join('\n');
}

/** Why a time was refused, in French. */
export function timeProblemText(problem: TimeProblem): string {
  switch (problem) {
    case 'missing':
      return 'Indiquez la date et l’heure (heure de Paris).';
    case 'invalid':
      return 'Cette date ou cette heure n’existe pas : indiquez-la sous la forme jj/mm/aaaa hh:mm, par exemple le 24/11/2026 à 09:15.';
    case 'future':
      return 'Cette heure est dans le futur : indiquez l’heure à laquelle c’est arrivé (heure de Paris).';
  }
}

export function stepProblemText(problem: StepProblem): string {
  switch (problem.kind) {
    case 'notAllowed':
      return 'Cette étape n’est pas encore possible.';
    case 'before':
      return `Cette heure précède celle de l’étape « ${JOURNAL_STEP_TEXT[problem.step].label} » (${formatLocalValue(problem.at)}) : elle ne peut venir qu’après.`;
    case 'after':
      return `Cette heure suit celle de l’étape « ${JOURNAL_STEP_TEXT[problem.step].label} » (${formatLocalValue(problem.at)}), qui ne peut venir qu’après elle.`;
    default:
      return timeProblemText(problem.kind);
  }
}
