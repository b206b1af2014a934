/**
 * The texts that leave the incident page: the DA to file on OLGA, the e-mails to the office and the SAU,
 * and the whole incident as plain text. Worded from the fiche DELTA (steps 3 to 6) and flows.md.
 */
import { answerLabel, contentOf } from '../content/fr';
import { lowerFirst } from '../content/fr/plural';
import { contacts } from '../content/contacts';
import { replay } from '../flows/replay';
import { formatDateTime, formatLocalValue } from '../lib/time';
import type { Profile } from './profile';
import { currentTime, daNumberOf, latest, type Conflict, type Incident, type ServiceRecord } from './schema';
import { incidentStatus } from './status';
import { daRegisteredAt } from './steps';
import {
  HEADER_TEXT,
  CONSULT_FICHE_ALERTE,
  MAIL_TEXT,
  RECORD_TEXT,
  alsoForText,
  incidentStatusText,
  journalLines,
  modeLabel,
  officeOpenWord,
  revisedText,
  serviceLabel,
  serviceReasons,
  stampText,
  SELF_TRIGGER_MENTION,
  stepLabelOf,
  setAsideDaText,
  setAsideStepText,
  setAsideClosureText,
  withdrawnText,
} from './texts';

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

const signature = (p: Profile) => `${p.companyName}\nEORI ${p.eori}\n${p.address}\nTél. ${p.phone}`;
const daRef = (record: ServiceRecord) => {
  const number = daNumberOf(record);
  return number ? ` n° ${number}` : '';
};

/**
 * The text of the assistance request to file on OLGA for one online service, written from the references
 * given; null until its reasons are known. Once filed, the DA's text is the one filed (`filedDaText`).
 */
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

/** The DA as filed: its text, kept with it; for a DA kept by an earlier build, written again from its references. */
export function filedDaText(record: ServiceRecord): { body: string; rewritten: boolean } | null {
  if (!record.da) return null;
  if (record.da.text) return { body: record.da.text, rewritten: false };
  const again = record.da.references ? daText(record.da.references, record) : null;
  return again ? { body: again.body, rewritten: true } : null;
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
      'Nous vous transférons ci-dessous le courriel automatique accusant réception de cette demande d’assistance.',
      '',
      'Cordialement,',
      signature(profile),
    ].join('\n'),
  };
}

/** « , enregistrée le … »: the DA identified by its registration, whether or not its number was given. */
const registeredOn = (record: ServiceRecord) => {
  const at = daRegisteredAt(record);
  return at ? `, enregistrée le ${formatLocalValue(at)}` : '';
};

/** To the SAU: asking it to close the DA once the private system works again. */
export function closureMail(profile: Profile, record: ServiceRecord): Mail {
  const service = serviceLabel(record.service);
  return {
    to: contacts.sau.email,
    subject: `Clôture de la demande d’assistance${daRef(record)} – ${service}`,
    body: [
      'Madame, Monsieur,',
      '',
      `Le dysfonctionnement de notre système privatif pour le service en ligne ${service} est résolu.`,
      `Nous vous remercions de bien vouloir clore la demande d’assistance${daRef(record)} déposée pour l’${SELF_TRIGGER_MENTION}${registeredOn(record)}.`,
      '',
      'Cordialement,',
      signature(profile),
    ].join('\n'),
  };
}

/** To the office: the end of the backup procedure; the DA's closure is said requested only once it is. */
export function officeEndMail(profile: Profile, record: ServiceRecord): Mail {
  const service = serviceLabel(record.service);
  const number = daNumberOf(record);
  const da = number ? ` (demande d’assistance n° ${number})` : '';
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

/**
 * Two DAs of a service whose office answers differ (« ouvert », « fermé »): each one's, to tell them apart (the
 * retained one's, the other's); none when they are the same.
 */
export function officesApart(record: ServiceRecord, c: Extract<Conflict, { kind: 'twoDas' }>): string[] {
  const kept = latest(record.da?.officeOpen ?? []);
  return kept === undefined || kept === c.officeOpen
    ? []
    : [RECORD_TEXT.officeApart(kept), RECORD_TEXT.officeApart(c.officeOpen)];
}

/** What the union of two copies made inconsistent, worded once: the page, its print and the export say the same. */
export function conflictText(incident: Incident, c: Conflict): string {
  const record = incident.services.find((s) => s.service === c.service)!;
  switch (c.kind) {
    case 'twoDas':
      return RECORD_TEXT.twoDas(
        serviceLabel(c.service),
        latest(record.da?.numbers ?? []) ?? '',
        formatLocalValue(daRegisteredAt(record) ?? c.time),
        c.number,
        formatLocalValue(c.time),
        officesApart(record, c),
      );
    case 'serviceTwice':
      return RECORD_TEXT.serviceTwice(
        serviceLabel(c.service),
        formatLocalValue(currentTime(record.alertAt)),
        formatLocalValue(c.time),
      );
    case 'twice':
      return RECORD_TEXT.stepTwice(
        stepLabelOf(c.step),
        serviceLabel(c.service),
        formatLocalValue(keptStepTime(record, c.step)),
        formatLocalValue(c.time),
      );
    case 'closedTwice':
      return RECORD_TEXT.closedTwice(formatLocalValue(incident.closedAt!.at), formatLocalValue(c.time));
  }
}

/** The time the journal retains for a step of a service. */
export const keptStepTime = (record: ServiceRecord, step: string) =>
  currentTime(record.journal.find((e) => e.step === step)!.times);

/** The whole incident as plain text, to paste in a ticket or a mail, or keep. */
export function incidentText(incident: Incident, profile: Profile | null, now: Date): string {
  const { path } = replay(incident.answers);
  const lines = [
    'PROCÉDURE DE SECOURS DELTA – AUTO-DÉCLENCHEMENT',
    `Début de la procédure de secours, pour chaque service (enregistrement de sa DA) : ${incident.services
      .map((s) => {
        const at = daRegisteredAt(s);
        return `${serviceLabel(s.service)} ${at ? `le ${formatLocalValue(at)}` : '(DA pas encore enregistrée)'}`;
      })
      .join(' ; ')}`,
    `État : ${lowerFirst(incidentStatusText(incidentStatus(incident)))}${incident.closedAt ? ` (le ${stampText([incident.closedAt])})` : ''}`,
    ...incident.setAsideClosures.map(setAsideClosureText),
    ...incident.reopenings.map((r) =>
      HEADER_TEXT.reopened(stampText([r.closedAt]), formatDateTime(new Date(r.reopenedAt))),
    ),
    `Incident ouvert dans l’outil le ${formatDateTime(new Date(incident.createdAt))} ; export du ${formatDateTime(now)} (heure de Paris)`,
    'Source : fiche DELTA « Déclenchement d’une alerte lors d’un dysfonctionnement des services en ligne DELTA », étapes 5 et 6',
    CONSULT_FICHE_ALERTE,
    '',
  ];
  // What the page reports to settle, the export says too (each sentence once).
  const conflicts = [...new Set(incident.conflicts.map((c) => conflictText(incident, c)))];
  if (conflicts.length) lines.push(RECORD_TEXT.conflictsTitle, ...conflicts, '');
  if (profile) {
    const p = profile;
    lines.push('OPÉRATEUR (références actuelles)', `${p.companyName} – EORI ${p.eori}`, p.address, `Tél. ${p.phone}`);
    if (p.officeName || p.officeEmail)
      lines.push(`Bureau : ${[p.officeName, p.officeEmail && `<${p.officeEmail}>`].filter(Boolean).join(' ')}`);
    lines.push('');
  }
  for (const record of incident.services) {
    const registered = daRegisteredAt(record);
    lines.push(`SERVICE : ${serviceLabel(record.service)}`);
    lines.push(`Enregistrement de la DA (début de la procédure) : ${registered ? formatLocalValue(registered) : '—'}`);
    lines.push(
      `Numéro de la DA : ${record.da && record.da.numbers.length ? revisedText(record.da.numbers, (n) => n || '(effacé)') : '(non renseigné)'}`,
    );
    if (record.da)
      lines.push(`Bureau de douane à l’heure de la DA : ${revisedText(record.da.officeOpen, officeOpenWord)}`);
    lines.push(`Mode de transmission : ${modeLabel(record.mode)}`);
    lines.push(`Passage en alerte : ${stampText(record.alertAt)}`);
    lines.push(`Diagnostic de ce service : ${serviceDiagnosisText(incident, record)}`);
    for (const l of journalLines(incident, record))
      lines.push(
        `[${l.time ? 'x' : ' '}] ${l.label}${l.ours ? ' (conseil de l’outil, hors fiche)' : ''}${l.time ? ` – ${l.time}${alsoForText(l.alsoFor)}` : ''}`,
      );
    for (const w of record.withdrawn) lines.push(`[retirée] ${withdrawnText(w)}`);
    for (const d of record.setAsideDas) lines.push(`[non retenue] ${setAsideDaText(d)}`);
    for (const d of record.setAsideSteps) lines.push(`[heure non retenue] ${setAsideStepText(d)}`);
    const filed = filedDaText(record);
    const draft = !filed && profile ? daText(profile, record) : null;
    lines.push(
      '',
      filed
        ? filed.rewritten
          ? 'Texte de la DA (non conservé par une version antérieure de l’outil ; réécrit à partir des références enregistrées avec l’incident) :'
          : 'Texte de la DA, tel que déposé :'
        : 'Texte de la DA à déposer :',
      filed ? filed.body : draft ? draft.body : '(références ou raisons à compléter)',
      '',
    );
    // The e-mails of its steps, as they were when each step was recorded.
    for (const e of record.journal) if (e.text) lines.push(MAIL_TEXT.sentTitle(stepLabelOf(e.step)), e.text, '');
  }
  lines.push('DIAGNOSTIC DE L’INCIDENT (fiche DELTA)');
  for (const a of path) lines.push(`- ${contentOf(a.node).title} → ${answerLabel(a.node, a.value)}`);
  lines.push('');
  for (const a of incident.absorbed) {
    const service = answerLabel('delta.service', a.service);
    const steps = a.steps.map((e) => `${stepLabelOf(e.step)} (${formatLocalValue(e.time)})`);
    lines.push(
      `REPRISE D’UN ANCIEN INCIDENT (diagnostic « ${service} ») : regroupé sous la DA Delta G, une seule DA couvrant Delta G en un ou deux temps (conseil de l’outil, hors fiche)`,
      `Numéro de la DA : ${a.number ?? '(non renseigné)'} ; passage en alerte : ${a.time ? formatLocalValue(a.time) : '(non renseigné)'}`,
      `Étapes : ${steps.length ? steps.join(' ; ') : 'aucune'}`,
      '',
    );
  }
  if (incident.notes.trim()) lines.push('NOTES', incident.notes.trim(), '');
  for (const other of incident.otherNotes)
    lines.push(RECORD_TEXT.otherNotesExport(formatDateTime(new Date(other.at))), other.text.trim(), '');
  return lines.join('\n');
}

/** What a service's DA rests on: its own diagnosis, or the reasons confirmed for it. */
export function serviceDiagnosisText(incident: Incident, record: ServiceRecord): string {
  if (record.answers) {
    const same = record.answers.join('-') === incident.answers.join('-');
    return same
      ? 'celui de l’incident (ci-dessous)'
      : replay(record.answers)
          .path.map((a) => answerLabel(a.node, a.value))
          .join(' ; ');
  }
  return record.reasons ? `raisons confirmées : ${record.reasons.join(' ; ')}` : 'raisons à confirmer';
}
