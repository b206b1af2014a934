/**
 * The texts the broker sends: the OLGA assistance request (DA) per online service, the e-mails, the
 * plain-text export. Pure functions of the profile, the diagnosis answers and the journal.
 */
import { answerLabel, contentOf } from '../content/fr';
import { contacts } from '../content/contacts';
import { replay } from '../flows/replay';
import { answerAt, selfTriggerCase } from '../flows/rules';
import { formatDateTime, formatLocalValue } from '../lib/time';
import type { Incident, ServiceRecord } from './incident';
import { replayJournal, type JournalStep } from './journal.machine';
import type { Profile } from './profile';

export const SELF_TRIGGER_MENTION = 'auto-déclenchement de la procédure de secours';

export function serviceLabel(service: ServiceRecord['service']): string {
  return answerLabel('delta.service', service);
}

/** The reasons of the self-trigger, in plain French, from the diagnosis answers. */
export function reasonsFromAnswers(answers: readonly string[]): string[] {
  const { path } = replay(answers);
  const reasons: string[] = [];
  const mode = answerAt(path, 'delta.mode');
  const kind = selfTriggerCase(path);
  if (kind === 'cannotValidate') reasons.push('impossibilité de valider nos déclarations (anticipées ou non)');
  if (kind === 'noBae' || kind === 'noBaeUnverified') {
    const aubette = answerAt(path, 'delta.aubette');
    reasons.push(
      `déclarations validées n'ayant pas obtenu le BAE (${aubette === 'unreachable' ? 'Aubette inaccessible' : 'constaté dans Aubette'})`,
    );
    reasons.push(
      kind === 'noBae'
        ? "le service des douanes indique qu'elles ne sont ni « sous contrôle », ni « crédit en attente », ni « paiement comptant »"
        : "service des douanes injoignable (bureau fermé) : l'absence des états « sous contrôle », « crédit en attente » et « paiement comptant » n'a pas pu être vérifiée",
    );
  }
  const alert = answerAt(path, 'delta.alert');
  if (alert === 'no') reasons.push('aucune alerte publiée sur la météo des services en ligne');
  if (alert === 'yes')
    reasons.push("l'alerte publiée sur la météo des services en ligne ne correspond pas à notre situation");
  if (mode === 'edi' && answerAt(path, 'delta.provider') === 'no')
    reasons.push('notre prestataire de connexion EDI confirme que sa plateforme fonctionne');
  if (mode) reasons.push(`mode de transmission : ${mode === 'edi' ? 'EDI' : 'DTI'}`);
  return reasons;
}

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

const signature = (p: Profile) => `${p.companyName}\nEORI ${p.eori}\n${p.address}\nTél. ${p.phone}`;

/** The text of the assistance request to file on OLGA, for one online service. */
export function daText(profile: Profile, incident: Incident, record: ServiceRecord): { subject: string; body: string } {
  const service = serviceLabel(record.service);
  const subject = `Auto-déclenchement de la procédure de secours – ${service}`;
  const reasons = reasonsFromAnswers(incident.answers);
  const body = [
    `Objet : ${subject}`,
    '',
    `Nous vous informons de l'${SELF_TRIGGER_MENTION} pour le service en ligne ${service}.`,
    '',
    `Numéro EORI : ${profile.eori}`,
    `Raison sociale : ${profile.companyName}`,
    `Adresse : ${profile.address}`,
    `Téléphone : ${profile.phone}`,
    `Service en ligne : ${service}`,
    `Date et heure de passage en alerte : ${formatLocalValue(record.alertAt)}`,
    '',
    "Raisons de l'auto-déclenchement :",
    ...reasons.map((r) => `- ${r}`),
    '',
    `Le bureau de douane (${profile.officeName}) est informé par le transfert de l'accusé de réception de la présente demande.`,
  ].join('\n');
  return { subject, body };
}

/** To the office: forwarding the DA's acknowledgement (the second of the two cumulative conditions). */
export function officeStartMail(profile: Profile, record: ServiceRecord): Mail {
  const service = serviceLabel(record.service);
  const da = record.daNumber ? ` n° ${record.daNumber}` : '';
  return {
    to: profile.officeEmail,
    subject: `Procédure de secours ${service} – accusé de réception de la DA${da}`,
    body: [
      'Madame, Monsieur,',
      '',
      `Nous vous informons de l'${SELF_TRIGGER_MENTION} pour le service en ligne ${service}, à compter de l'enregistrement de la demande d'assistance${da} sur douane.gouv.fr.`,
      "Vous trouverez ci-dessous le courriel automatique accusant réception de cette demande d'assistance.",
      '',
      '[Collez ou transférez ici le courriel d’accusé de réception de la DA]',
      '',
      'Cordialement,',
      signature(profile),
    ].join('\n'),
  };
}

/** To the SAU: asking it to close the DA once the private system works again. */
export function closureMail(profile: Profile, record: ServiceRecord): Mail {
  const service = serviceLabel(record.service);
  const da = record.daNumber ? ` n° ${record.daNumber}` : '';
  return {
    to: contacts.sau.email,
    subject: `Demande de clôture de la demande d'assistance${da} – ${service}`,
    body: [
      'Madame, Monsieur,',
      '',
      `Le dysfonctionnement de notre système privatif pour le service en ligne ${service} est résolu.`,
      `Nous vous remercions de bien vouloir clore la demande d'assistance${da} déposée pour l'${SELF_TRIGGER_MENTION}.`,
      '',
      'Cordialement,',
      signature(profile),
    ].join('\n'),
  };
}

/** To the office: the end of the backup procedure. */
export function officeEndMail(profile: Profile, record: ServiceRecord): Mail {
  const service = serviceLabel(record.service);
  const da = record.daNumber ? ` (demande d'assistance n° ${record.daNumber})` : '';
  return {
    to: profile.officeEmail,
    subject: `Fin de la procédure de secours – ${service}`,
    body: [
      'Madame, Monsieur,',
      '',
      `Le dysfonctionnement de notre système privatif pour le service en ligne ${service} est résolu : nous mettons fin à la procédure de secours${da}. Nous avons demandé au SAU du CID de clore la demande d'assistance.`,
      '',
      'Cordialement,',
      signature(profile),
    ].join('\n'),
  };
}

export const STEP_LABELS: Record<JournalStep, string> = {
  'da.file': "Demande d'assistance (DA) déposée sur OLGA",
  'office.inform': 'Bureau de douane informé (accusé de réception de la DA transféré)',
  'sau.call': 'SAU du CID appelé (hors heures d’ouverture du bureau)',
  'sau.skip': 'Appel au SAU non nécessaire (bureau ouvert)',
  'backup.activate': 'Procédure de secours en cours',
  'system.restore': 'Système de nouveau en état de marche',
  'closure.request': 'Clôture de la DA demandée au SAU',
  'office.informEnd': 'Bureau de douane informé de la fin',
};

/** The journal's rows in order, each with its time or as still to do. */
export function journalLines(record: ServiceRecord): { step: JournalStep; label: string; at: string | null }[] {
  const { accepted } = replayJournal(record.journal);
  const done = new Map(accepted.map((e) => [e.step, e.at]));
  const steps: JournalStep[] = [
    'da.file',
    'office.inform',
    done.has('sau.skip') ? 'sau.skip' : 'sau.call',
    'backup.activate',
    'system.restore',
    'closure.request',
    'office.informEnd',
  ];
  return steps.map((step) => {
    const at = done.get(step);
    return { step, label: STEP_LABELS[step], at: at ? formatDateTime(new Date(at)) : null };
  });
}

/** The whole incident as plain text, to paste in a ticket or a mail. */
export function incidentText(incident: Incident, now: Date): string {
  const { path } = replay(incident.answers);
  const lines = [
    'PROCÉDURE DE SECOURS DELTA – AUTO-DÉCLENCHEMENT',
    `Incident ${incident.id}, ouvert le ${formatDateTime(new Date(incident.createdAt))}, export du ${formatDateTime(now)} (heure de Paris)`,
    '',
  ];
  if (incident.profile) {
    const p = incident.profile;
    lines.push(
      'OPÉRATEUR',
      `${p.companyName} – EORI ${p.eori}`,
      p.address,
      `Tél. ${p.phone}`,
      `Bureau : ${p.officeName} <${p.officeEmail}>`,
      '',
    );
  }
  lines.push('DIAGNOSTIC (fiche DELTA)');
  for (const a of path) lines.push(`- ${contentOf(a.node).title} → ${answerLabel(a.node, a.value)}`);
  lines.push('');
  for (const record of incident.services) {
    lines.push(`SERVICE : ${serviceLabel(record.service)}`);
    lines.push(`Passage en alerte : ${formatLocalValue(record.alertAt)}`);
    lines.push(`DA n° : ${record.daNumber ?? '(non renseigné)'}`);
    for (const l of journalLines(record)) lines.push(`[${l.at ? 'x' : ' '}] ${l.label}${l.at ? ` – ${l.at}` : ''}`);
    if (incident.profile) {
      lines.push('', 'Texte de la DA :', daText(incident.profile, incident, record).body);
    }
    lines.push('');
  }
  if (incident.notes?.trim()) lines.push('NOTES', incident.notes.trim(), '');
  return lines.join('\n');
}
