/**
 * The words of the DELTA incident: what the broker sends or keeps (the OLGA assistance request per online
 * service, the e-mails, the plain-text export), the journal's steps, and every refusal of its rules, which
 * give codes. Pure functions of the profile, the diagnoses and the journals.
 */
import { answerLabel, contentOf } from '../content/fr';
import { contacts } from '../content/contacts';
import { deltaContent } from '../content/fr/delta';
import { count } from '../content/fr/plural';
import { replay } from '../flows/replay';
import { answerAt, selfTriggerCase } from '../flows/rules';
import type { StorageFailure } from '../lib/createStore';
import { changeText } from '../content/fr/storageMessages';
import { formatDateTime, formatLocalValue, type TimeProblem } from '../lib/time';
import type { Result } from '../lib/result';
import { journalSteps, type JournalStep } from './journal';
import type { FieldProblem, Profile, ProfileField } from './profile';
import { currentTime, type DaService, type Incident, type Mode, type ServiceRecord, type Stamp } from './schema';
import type { ServiceProblem } from './opening';
import { incidentStatus, type IncidentStatus } from './status';
import { daRegisteredAt, incidentStart, journalOf, type AlertProblem, type StepProblem } from './steps';

export const SELF_TRIGGER_MENTION = 'auto-déclenchement de la procédure de secours';

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
  allowed: 'procédure de secours possible',
  active: 'procédure de secours en cours',
  restored: 'système rétabli : fin de procédure à faire',
  ended: 'fin de procédure faite',
  closed: 'terminée',
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
    note: 'En dehors des heures d’ouverture du bureau, après avoir déposé la demande d’assistance, appelez le SAU du CID.',
  },
  'sau.skip': { label: 'Appel au SAU non nécessaire (bureau ouvert)' },
  'backup.activate': {
    label: 'Procédure de secours en cours',
    note: 'L’heure à laquelle vous commencez à y recourir, pour votre dossier : la fiche ne demande pas de la déclarer, et la cocher n’engage à rien de plus que ce que prévoit la fiche.',
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
const daRef = (record: ServiceRecord) => (record.daNumber ? ` n° ${record.daNumber}` : '');

/** The text of the assistance request to file on OLGA for one online service; null until its reasons are known. */
export function daText(profile: Profile, record: ServiceRecord): { subject: string; body: string } | null {
  const reasons = serviceReasons(record);
  if (!reasons) return null;
  const service = serviceLabel(record.service);
  const subject = `Auto-déclenchement de la procédure de secours – ${service}`;
  const office = profile.officeName ? `Le bureau de douane (${profile.officeName})` : 'Le bureau de douane';
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
    `Mode de transmission : ${modeLabel(record.mode)}`,
    `Date et heure de passage en alerte : ${formatLocalValue(currentTime(record.alertAt))}`,
    '',
    'Raisons de l’auto-déclenchement :',
    ...reasons.map((r) => `- ${r}`),
    '',
    `${office} sera informé par le transfert de l’accusé de réception de la présente demande.`,
  ].join('\n');
  return { subject, body };
}

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

/** To the office: the end of the backup procedure; the DA's closure is said requested only once it is. */
export function officeEndMail(profile: Profile, record: ServiceRecord): Mail {
  const service = serviceLabel(record.service);
  const da = record.daNumber ? ` (demande d’assistance n° ${record.daNumber})` : '';
  const closure = record.journal.some((e) => e.step === 'closure.request')
    ? ' Nous avons demandé au SAU du CID de clore la demande d’assistance.'
    : '';
  return {
    to: profile.officeEmail,
    subject: `Fin de la procédure de secours – ${service}`,
    body: [
      'Madame, Monsieur,',
      '',
      `Le dysfonctionnement de notre système privatif pour le service en ligne ${service} est résolu : nous mettons fin à la procédure de secours${da}.${closure}`,
      '',
      'Cordialement,',
      signature(profile),
    ].join('\n'),
  };
}

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

/** The whole incident as plain text, to paste in a ticket or a mail, or keep. */
export function incidentText(incident: Incident, now: Date): string {
  const { path } = replay(incident.answers);
  const start = incidentStart(incident);
  const lines = [
    'PROCÉDURE DE SECOURS DELTA – AUTO-DÉCLENCHEMENT',
    `Début de la procédure de secours (enregistrement de la DA) : ${start ? formatLocalValue(start) : 'DA pas encore enregistrée'}`,
    `État : ${STATUS_LABELS[incidentStatus(incident)]}${incident.closedAt ? ` (le ${stampText([incident.closedAt])})` : ''}`,
    `Incident ouvert dans l’outil le ${formatDateTime(new Date(incident.createdAt))} ; export du ${formatDateTime(now)} (heure de Paris)`,
    'Source : fiche DELTA « Déclenchement d’une alerte lors d’un dysfonctionnement des services en ligne DELTA », étapes 5 et 6',
    '',
  ];
  if (incident.profile) {
    const p = incident.profile;
    lines.push('OPÉRATEUR', `${p.companyName} – EORI ${p.eori}`, p.address, `Tél. ${p.phone}`);
    if (p.officeName || p.officeEmail)
      lines.push(`Bureau : ${[p.officeName, p.officeEmail && `<${p.officeEmail}>`].filter(Boolean).join(' ')}`);
    lines.push('');
  }
  lines.push('DIAGNOSTIC (fiche DELTA)');
  for (const a of path) lines.push(`- ${contentOf(a.node).title} → ${answerLabel(a.node, a.value)}`);
  lines.push('');
  for (const record of incident.services) {
    const registered = daRegisteredAt(record);
    lines.push(`SERVICE : ${serviceLabel(record.service)}`);
    lines.push(`Enregistrement de la DA (début de la procédure) : ${registered ? formatLocalValue(registered) : '—'}`);
    lines.push(`DA n° : ${record.daNumber ?? '(non renseigné)'}`);
    lines.push(`Mode de transmission : ${modeLabel(record.mode)}`);
    lines.push(`Passage en alerte : ${stampText(record.alertAt)}`);
    for (const l of journalLines(incident, record))
      lines.push(
        `[${l.time ? 'x' : ' '}] ${l.label}${l.ours ? ' (conseil de l’outil)' : ''}${l.time ? ` – ${l.time}` : ''}`,
      );
    const da = incident.profile ? daText(incident.profile, record) : null;
    lines.push('', 'Texte de la DA :', da ? da.body : '(références ou raisons à compléter)', '');
  }
  for (const a of incident.absorbed ?? []) {
    const service = answerLabel('delta.service', a.service);
    const steps = a.journal.map(
      (e) => `${JOURNAL_STEP_TEXT[e.step].label} (${formatLocalValue(currentTime(e.times))})`,
    );
    lines.push(
      `REPRISE D’UNE ANCIENNE FICHE (diagnostic « ${service} ») : regroupée sous la DA Delta G (une seule DA couvre Delta G en un ou deux temps)`,
      `DA n° : ${a.daNumber ?? '(non renseigné)'} ; passage en alerte : ${a.alertAt ? formatLocalValue(a.alertAt) : '(non renseigné)'}`,
      `Étapes : ${steps.length ? steps.join(' ; ') : 'aucune'}`,
      '',
    );
  }
  if (incident.notes?.trim()) lines.push('NOTES', incident.notes.trim(), '');
  return lines.join('\n');
}

/** « 3 étapes au journal ». */
export const stepCount = (n: number) => `${count(n, { one: 'étape', other: 'étapes' })} au journal`;

// ---- Refusals, in French.

/** Why a time was refused. */
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

export function stepProblemText(problem: StepProblem, step?: JournalStep): string {
  switch (problem.kind) {
    case 'notAllowed':
      return step ? blockedText(step, problem.after) : 'Cette étape n’est pas encore possible.';
    case 'before':
      return `Cette heure précède celle de l’étape « ${JOURNAL_STEP_TEXT[problem.step].label} » (${formatLocalValue(problem.at)}) : elle ne peut venir qu’après.`;
    case 'after':
      return `Cette heure suit celle de l’étape « ${JOURNAL_STEP_TEXT[problem.step].label} » (${formatLocalValue(problem.at)}), qui ne peut venir qu’après elle.`;
    case 'beforeAlert':
      return `Cette heure précède la date et l’heure de passage en alerte indiquées dans la DA (${formatLocalValue(problem.at)}) : la DA ne peut pas avoir été enregistrée avant. Vérifiez l’accusé de réception d’OLGA, ou corrigez d’abord l’heure de passage en alerte.`;
    default:
      return timeProblemText(problem.kind);
  }
}

export function alertProblemText(problem: AlertProblem): string {
  return problem.kind === 'afterDa'
    ? `Le passage en alerte ne peut pas suivre l’enregistrement de la DA (${formatLocalValue(problem.at)}), qui le déclare.`
    : timeProblemText(problem.kind);
}

export function serviceProblemText(problem: ServiceProblem, service: DaService): string {
  switch (problem) {
    case 'covered':
      return `${serviceLabel(service)} est déjà couvert par une DA de cet incident : une seule demande d’assistance par service en ligne.`;
    case 'noReasons':
      return 'Indiquez au moins une raison de l’auto-déclenchement.';
    case 'notDelta':
      return 'Ce diagnostic ne concerne pas un service en ligne de la fiche DELTA.';
  }
}

export const PROFILE_LABELS: Record<ProfileField, string> = {
  eori: 'Numéro EORI',
  companyName: 'Raison sociale',
  address: 'Adresse',
  phone: 'Téléphone',
  officeName: 'Bureau de douane',
  officeEmail: 'Courriel du bureau de douane',
};

const MISSING: Record<ProfileField, string> = {
  eori: 'Saisissez votre numéro EORI.',
  companyName: 'Saisissez la raison sociale de l’entreprise.',
  address: 'Saisissez l’adresse de l’entreprise.',
  phone: 'Saisissez un numéro de téléphone où vous joindre.',
  officeName: 'Saisissez le nom du bureau de douane à informer.',
  officeEmail: 'Saisissez le courriel du bureau de douane à informer.',
};

/** Why a field of the references is refused. */
export function fieldProblemText(field: ProfileField, problem: FieldProblem, max = 0): string {
  switch (problem) {
    case 'missing':
      return MISSING[field];
    case 'tooLong':
      return `${PROFILE_LABELS[field]} : ${max} caractères au plus.`;
    case 'email':
      return 'Saisissez une adresse électronique valide, par exemple pae-roissy@douane.finances.gouv.fr.';
    case 'shape':
      return field === 'phone'
        ? 'Saisissez un numéro de téléphone français de 10 chiffres, par exemple 01 23 45 67 89 ou +33 1 23 45 67 89.'
        : 'Le numéro EORI commence par les deux lettres du pays, suivies de 15 lettres ou chiffres au plus, par exemple FR123456782.';
    case 'siren':
      return 'Ce numéro EORI ne correspond pas à un SIREN valide : vérifiez les 9 chiffres après FR.';
    case 'siret':
      return 'Ce numéro EORI ne correspond pas à un SIRET valide : vérifiez les 14 chiffres après FR.';
    case 'frLength':
      return 'Un numéro EORI français est FR suivi du SIREN (9 chiffres), ou de l’ancien format FR suivi du SIRET (14 chiffres).';
  }
}

/**
 * The message to show where a change was made: the rule it broke, or a refused write. A full or blocked
 * storage is not repeated here: the change stays on screen and the storage banner says what to do.
 */
export function changeMessage<T, P>(
  result: Result<T, P | StorageFailure | 'notFound'>,
  word: (problem: P) => string,
): string | null {
  return changeText(result, (p) =>
    p === 'notFound' ? 'Cet incident n’est plus enregistré dans ce navigateur.' : word(p as P),
  );
}

/** The source of the incident's pages: the fiche's steps that the incident follows. */
export const INCIDENT_SOURCE =
  'Source : fiche DELTA « Déclenchement d’une alerte lors d’un dysfonctionnement des services en ligne DELTA », étapes 5 et 6';
