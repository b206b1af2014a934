/**
 * The words of the DELTA incident: the services, modes and states, the journal's steps and why one waits,
 * the reasons of a self-trigger, the times as the record shows them. What leaves the page (the DA, the
 * e-mails, the export) is in ./outgoing.ts; the refusals of the rules, which give codes, in ./refusals.ts.
 */
import { deltaContent } from '../content/fr/delta';
import { count, form, lowerFirst } from '../content/fr/plural';
import { replay } from '../flows/replay';
import { answerAt, selfTriggerCase } from '../flows/rules';
import { formatDateTime, formatLocalValue } from '../lib/time';
import { journalSteps, isOurs, type JournalStep } from './journal';
import { journalFacts } from './reduce';
import { type DaService, type Incident, type Mode, type Revised, type ServiceRecord, type Stamp } from './schema';
import type { IncidentStatus, ServiceStatus } from './status';

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

export const STATUS_LABELS: Record<ServiceStatus | 'closed' | 'closedEarly', string> = {
  preparing: 'DA à déposer',
  daFiled: 'DA déposée, bureau à informer',
  allowed: 'Procédure de secours possible',
  active: 'Procédure de secours en cours',
  restored: 'Système rétabli : étapes de fin à faire',
  ended: 'Toutes les étapes de la fiche faites',
  closed: 'Clos',
  closedEarly: 'Clos avant la fin des étapes de la fiche',
};

/** The incident's state as its badge and the list say it: « 1 DA sur 2 déposée » until every DA is. */
export function incidentStatusText({ status, filed, total }: IncidentStatus): string {
  if (status !== 'closed' && status !== 'closedEarly' && total > 1 && filed < total)
    return `${filed} DA sur ${total} ${filed > 1 ? 'déposées' : 'déposée'}`;
  return STATUS_LABELS[status];
}

// ---- The journal's steps.

export interface StepText {
  /** The next-step card's heading: what to do. */
  readonly title: string;
  /** What was done, as the journal, the print and the export say it. */
  readonly label: string;
  /** When to do it or why, in the words of the fiche (or marked as ours). */
  readonly note?: string;
}

/** The words of each step of the journal (./journal.ts says which are our advice). */
export const JOURNAL_STEP_TEXT: Record<JournalStep, StepText> = {
  'da.file': {
    title: 'Déposer la demande d’assistance (DA) sur OLGA',
    label: 'Demande d’assistance (DA) déposée sur OLGA',
    note: 'L’heure d’enregistrement de la DA sur douane.gouv.fr est celle retenue pour le début de la procédure de secours.',
  },
  'office.inform': {
    title: 'Informer le bureau de douane',
    label: 'Bureau de douane informé (accusé de réception de la DA transféré)',
    note: 'Informez le bureau de douane du déclenchement de la procédure de secours en lui transférant le courriel automatique accusant réception de la DA.',
  },
  'sau.call': {
    title: 'Appeler le SAU du CID',
    label: 'SAU du CID appelé (hors heures d’ouverture du bureau)',
    note: 'En dehors des heures d’ouverture du bureau, après avoir déposé la demande d’assistance, appelez le SAU du CID, afin que l’équipe technique d’astreinte puisse effectuer à distance les vérifications nécessaires pour identifier l’origine du dysfonctionnement et permettre sa résolution dans les meilleurs délais.',
  },
  'backup.activate': {
    title: 'Recourir à la procédure de secours',
    label: 'Procédure de secours en cours',
    note: 'Notez ici, pour votre dossier, l’heure à laquelle vous commencez à recourir à la procédure de secours. La fiche ne demande pas de déclarer ce moment ; cette étape n’ajoute aucune obligation.',
  },
  'office.verify': {
    title: 'Vérifier l’état de la déclaration auprès du bureau',
    label: 'État de la déclaration vérifié auprès du bureau dès son ouverture',
    note: 'Pour ne pas traiter en procédure de secours une déclaration qui serait en fait « sous contrôle », « crédit en attente » ou « paiement comptant ». Conseil de l’outil : si elle l’est, elle n’entre dans aucun des deux cas de la fiche ; ne la traitez pas en procédure de secours et voyez avec votre bureau.',
  },
  'system.restore': {
    title: 'Quand votre système fonctionne de nouveau',
    label: 'Système de nouveau en état de marche',
  },
  'closure.request': { title: 'Demander au SAU de clore la DA', label: 'Clôture de la DA demandée au SAU' },
  'office.informEnd': {
    title: 'Informer le bureau de la fin de la procédure',
    label: 'Bureau de douane informé de la fin',
  },
};

/** A step's label, for a step name kept by an earlier build too (« sau.skip »). */
export const stepLabelOf = (step: string) =>
  step === 'sau.skip'
    ? 'Appel au SAU non nécessaire (bureau ouvert)'
    : ((JOURNAL_STEP_TEXT as Record<string, StepText | undefined>)[step]?.label ?? step);

/** Why a step cannot be recorded yet, from the step to do first (./journal.ts). */
export function blockedText(step: JournalStep, after: JournalStep | 'notHere' | null): string {
  if (step === 'backup.activate')
    return 'Possible seulement une fois la DA enregistrée et le bureau de douane informé : les deux conditions sont cumulatives.';
  switch (after) {
    case 'da.file':
      return 'Enregistrez d’abord la demande d’assistance (DA).';
    case 'system.restore':
      return 'À faire une fois votre système de nouveau en état de marche.';
    case null:
    case 'notHere':
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
      `déclarations validées n’ayant pas obtenu le BAE (${aubette === 'unreachable' ? 'Aubette inaccessible' : 'constat fait dans Aubette'})`,
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
export function serviceReasons(record: ServiceRecord): readonly string[] | null {
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

/** A value corrected, as the record shows it: the value that holds, and the earlier ones with their times. */
export function revisedText<T>(list: readonly Revised<T>[], word: (value: T) => string): string {
  const last = list[list.length - 1];
  if (!last) return '';
  if (list.length === 1) return word(last.value);
  const earlier = list
    .slice(0, -1)
    .map((r) => `${word(r.value)}, saisi le ${formatDateTime(new Date(r.recordedAt))}`)
    .join(' ; ');
  return `${word(last.value)} (corrigé le ${formatDateTime(new Date(last.recordedAt))} ; d’abord ${earlier})`;
}

export interface JournalLine {
  readonly step: JournalStep;
  readonly label: string;
  /** The time the step was done, with its history; null while it is still to do. */
  readonly time: string | null;
  readonly stamps: readonly Stamp[] | null;
  /** The event that recorded it (what a correction names). */
  readonly event: string | null;
  /** The other services the same record covers (one call to the SAU for two DAs). */
  readonly alsoFor: readonly DaService[];
  readonly ours: boolean;
}

/** The journal's rows in order, each with its time or as still to do. */
export function journalLines(incident: Incident, record: ServiceRecord): JournalLine[] {
  return journalSteps(journalFacts(incident, record)).map((step) => {
    const entry = record.journal.find((e) => e.step === step);
    return {
      step,
      label: JOURNAL_STEP_TEXT[step].label,
      time: entry ? stampText(entry.times) : null,
      stamps: entry?.times ?? null,
      event: entry?.event ?? null,
      alsoFor: entry ? entry.services.filter((s) => s !== record.service) : [],
      ours: isOurs(step),
    };
  });
}

/** « également pour Delta X Export », for a record shared by several services. */
export const alsoForText = (services: readonly DaService[]) =>
  services.length ? ` (enregistré aussi pour ${services.map(serviceLabel).join(', ')})` : '';

/** A step taken back, as the record keeps it. */
export const withdrawnText = (w: ServiceRecord['withdrawn'][number]) =>
  `${JOURNAL_STEP_TEXT[w.step].label}${w.number ? `, n° ${w.number}` : ''} – ${formatLocalValue(w.time)}${formatDateTime(new Date(w.recordedAt)) === formatLocalValue(w.time) ? '' : `, saisie le ${formatDateTime(new Date(w.recordedAt))}`}, retirée le ${formatDateTime(new Date(w.withdrawnAt))}`;

/** Another copy's DA set aside when the user kept the retained one: on record, as the others. */
export const setAsideDaText = (d: ServiceRecord['setAsideDas'][number]) =>
  `DA ${d.number ? `n° ${d.number}` : 'sans numéro'}, déposée le ${formatLocalValue(d.time)}, notée le ${formatDateTime(new Date(d.recordedAt))}, écartée le ${formatDateTime(new Date(d.setAsideAt))}`;

/** The alert time, as a line of what was set aside. */
const ALERT_LABEL = 'Passage en alerte';

/** Another copy's time of a step set aside when the user kept another: on record, as the others. */
export const setAsideStepText = (d: ServiceRecord['setAsideSteps'][number]) =>
  `${d.step === 'alert' ? ALERT_LABEL : JOURNAL_STEP_TEXT[d.step].label} : heure du ${formatLocalValue(d.time)}, notée le ${formatDateTime(new Date(d.recordedAt))}, écartée le ${formatDateTime(new Date(d.setAsideAt))}`;

/** Another copy's end of the procedure, set aside when the user kept another: on record. */
export const setAsideClosureText = (c: Incident['setAsideClosures'][number]) =>
  `Fin de la procédure de secours notée dans une autre copie, non retenue : ${formatLocalValue(c.time)}, notée le ${formatDateTime(new Date(c.recordedAt))}, écartée le ${formatDateTime(new Date(c.setAsideAt))}.`;

/** The answer to « Votre bureau de douane était-il ouvert à cette heure ? », as the record says it. */
export const officeOpenWord = (open: boolean) => (open ? 'ouvert' : 'fermé');

/** « 3 étapes au journal ». */
export const stepCount = (n: number) => `${count(n, { one: 'étape', other: 'étapes' })} au journal`;

/** The source of the incident's pages: the fiche's steps that the incident follows. */
export const INCIDENT_SOURCE =
  'Source : fiche DELTA « Déclenchement d’une alerte lors d’un dysfonctionnement des services en ligne DELTA », étapes 5 et 6';

// ---- The words of the incident page's next steps (./page/NextStepCard.tsx).

export const NEXT_TEXT = {
  eyebrow: (services: string) => `Prochaine étape – ${services}`,
  references: 'Vos références pour la demande d’assistance',
  reasons: 'Confirmer les raisons de la demande d’assistance',
  close: 'Toutes les étapes de la fiche sont faites',
  closed: 'Incident clos',
  closeBody:
    'Votre système fonctionne de nouveau, la clôture de la DA est demandée et le bureau de douane est informé de la fin. Vous pouvez clore l’incident : son journal reste consultable et imprimable.',
  closedBody: 'L’incident est clos. Son journal reste ci-dessous, pour l’imprimer ou l’exporter.',
  closeLabel: 'Fin de la procédure de secours',
  closeSubmit: 'Procédure terminée : clore l’incident',
  parisTime: 'Heure de Paris.',
  /** The services one record covers, when several may take it at once. */
  forServices: 'Cette étape vaut pour :',
  noService: 'Cochez au moins un service.',
  daPreview: 'Le texte de votre demande d’assistance, avec ces références :',
  daTimeLabel: (service: string) => `Heure d’enregistrement de la DA – ${service} (une fois la DA déposée)`,
  daTimeHint:
    'Conseil de l’outil : relevez cette heure dans le courriel automatique accusant réception de la DA, s’il l’indique. Heure de Paris.',
  daNumber: (service: string) => `Numéro de la DA – ${service}`,
  /** After a question of a service's form, for a screen reader (the form is in that service's card). */
  forService: (service: string) => ` – ${service}`,
  daSubmit: (service: string) => `Enregistrer la DA – ${service}`,
  officeOpenLegend: 'Votre bureau de douane était-il ouvert à cette heure ?',
  officeOpenHint:
    'Conseil de l’outil : présélection selon l’heure de Paris (fermé le week-end, les jours fériés nationaux, avant 8 h et dès 18 h, ou si le bureau était injoignable lors du diagnostic) ; votre réponse fait foi. Fermé : la fiche demande d’appeler le SAU du CID après la DA.',
  officeOpenAnswers: { yes: 'Oui, ouvert', no: 'Non, fermé' },
  officeClosedForward:
    'Bureau fermé : la fiche DELTA demande tout de même de l’informer « en lui transférant le courriel automatique accusant réception de la DA » ; la procédure de secours n’est possible qu’ensuite (« les 2 conditions sont cumulatives »).',
  sauPhone: 'Le SAU du CID :',
  sauWhy: (services: string) =>
    `Votre bureau de douane était fermé à l’heure d’enregistrement de la DA (${services}) : cet appel est demandé par la fiche.`,
  sauCallButton: (phone: string) => `Appeler le SAU : ${phone}`,
  allowed:
    'Les deux conditions sont réunies (DA enregistrée et bureau informé) : vous pouvez recourir à la procédure de secours.',
  restore:
    'Lorsque le dysfonctionnement de votre système privatif est résolu, notez-le : vous devez alors contacter le SAU du CID pour qu’il puisse clore la demande d’assistance (DA), et informer votre bureau de douane. Conseil de l’outil : dès lors, n’utilisez plus la procédure de secours.',
  closure: (email: string) => `Contactez le SAU du CID par courriel (${email}) ou par téléphone (`,
  closureEnd: '), pour qu’il puisse clore la demande d’assistance (DA).',
  informEnd: 'Vous devez également informer votre bureau de douane.',
  mailToOffice: 'le courriel au bureau',
  mailToSau: 'le courriel au SAU',
  doneNow: 'Fait maintenant',
  otherTime: 'à une autre heure',
  record: 'Enregistrer',
  stepTimeLabel: (step: string, services: string) => `Heure de l’étape « ${step} » – ${services}`,
  office: (name: string, email: string) => `Bureau : ${[name, email].filter(Boolean).join(', ') || 'non renseigné'}.`,
  officeChange: 'Modifier',
  officeChangeWhat: ' le bureau de douane',
  conditionsIntro: (service?: string) =>
    `${service ? `Pour ${service}, la` : 'La'} procédure de secours ne sera possible qu’une fois ces deux conditions réunies :`,
  conditionDa: 'DA enregistrée sur douane.gouv.fr',
  conditionOffice: 'bureau de douane informé',
  done: ' : fait',
  todo: ' : à faire',
  ours: 'Conseil de l’outil : ',
} as const;

/** The words of the record's sections (./page/ServiceSection.tsx, ./page/JournalSection.tsx). */
export const RECORD_TEXT = {
  daTitle: (service: string) => `Demande d’assistance – ${service}`,
  registered: 'Enregistrement de la DA (début de la procédure)',
  notRegistered: 'pas encore enregistrée',
  number: 'Numéro de la DA',
  noNumber: 'non renseigné',
  officeOpen: 'Bureau de douane à l’heure de la DA',
  correct: 'Corriger',
  correctNumberLabel: (service: string) => `Numéro de la DA – ${service}`,
  saveCorrection: 'Enregistrer la correction',
  cancel: 'Annuler',
  markOpen: 'Corriger : le bureau était ouvert',
  markClosed: 'Corriger : le bureau était fermé',
  mode: 'Mode de transmission',
  alert: 'Date et heure de passage en alerte',
  alertLabel: (service: string) => `Date et heure de passage en alerte – ${service}`,
  alertHint:
    'Fiche DELTA : la DA indique « la date et l’heure de passage en alerte », sans les définir. Conseil de l’outil : indiquez le moment où vous avez décidé d’auto-déclencher la procédure de secours ; par défaut, la fin de votre diagnostic.',
  daTextTitle: 'Texte de la demande d’assistance, tel que déposé',
  daTextRewritten:
    'Une version antérieure de l’outil n’a pas conservé le texte déposé : le voici réécrit à partir des références enregistrées avec l’incident.',
  journalTitle: (service: string) => `Journal – ${service}`,
  ours: ' (conseil de l’outil, hors fiche)',
  sauRequired: ' Demandé par la fiche : le bureau était fermé à l’heure de la DA.',
  nextAbove: 'La prochaine étape : voir en haut de la page.',
  closedNote: 'Incident clos : le journal ne reçoit plus que des corrections.',
  withdrawnTitle: 'Étapes retirées',
  setAsideTitle: 'DA notées dans une autre copie, non retenues',
  setAsideStepsTitle: 'Heures notées dans une autre copie, non retenues',
  notesTitle: 'Notes',
  notesLabel: 'Notes sur l’incident',
  /** Notes recorded at the same time in another copy, replaced by those shown: kept until the next edit. */
  otherNotesTitle: 'Autre version des notes',
  otherNotes:
    'Les notes ont aussi été modifiées au même moment dans une autre copie (un autre onglet ou appareil, une sauvegarde restaurée) : le texte ci-dessous a été remplacé par les notes ci-dessus. Recopiez dans les notes ce qui doit en être conservé ; il ne sera plus affiché après leur prochaine modification.',
  otherNotesAt: (when: string) => `Saisie le ${when} :`,
  otherNotesExport: (when: string) => `AUTRE VERSION DES NOTES (saisie le ${when})`,
  undo: (step: string) => `Retirer la dernière étape saisie (${step})`,
  /** Taking back a step another copy recorded too puts that one in its place: said on the button that does it. */
  undoStepWithOther: (step: string, time: string) =>
    `Retirer la dernière étape saisie, « ${step} » : la même étape notée dans une autre copie, datée du ${time}, la remplacera`,
  /** Asked first, when another copy's record of the step takes its place: only the time goes. */
  undoOtherQuestion: (step: string) => `Retirer l’heure saisie pour l’étape « ${step} » ?`,
  undoOtherDetail: (time: string) =>
    `L’étape reste au journal avec l’heure notée dans l’autre copie (${time}) ; l’heure retirée restera visible sous « Étapes retirées ». Corrigez l’heure au besoin.`,
  /** Asked first: the step taken back stays on record, among the steps cancelled. */
  undoQuestion: (step: string) => `Retirer l’étape « ${step} » du suivi ?`,
  undoDetail:
    'Cela ne change rien sur OLGA ni auprès du bureau : seul le suivi de l’outil est modifié. L’étape restera visible sous « Étapes retirées », avec son heure. Pour la refaire, enregistrez-la de nouveau.',
  undoConfirm: 'Oui, retirer l’étape',
  undoKeep: 'Non, garder l’étape',
  /** A second DA filed for a service (two copies joined): the one kept, the other's number and time. */
  twoDas: (service: string, kept: string, keptTime: string, other: string, time: string, apart: readonly string[]) =>
    `La DA de ${service} a été notée deux fois (deux onglets, ou une sauvegarde restaurée) : ${kept ? `la DA n° ${kept}` : 'la première'}, déposée le ${keptTime}${apart[0] ?? ''}, est retenue au journal ; l’autre, ${other ? `n° ${other}, ` : 'sans numéro, '}déposée le ${time}${apart[1] ?? ''}, n’y est pas reprise. Conseil de l’outil : vérifiez avec le courriel accusant réception de la DA laquelle a été déposée, puis corrigez au besoin le numéro ou l’heure de la DA retenue.`,
  /** A service added in two copies with another alert time: the one kept, the other. */
  serviceTwice: (service: string, kept: string, other: string) =>
    `${service} a été ajouté deux fois à cet incident (deux onglets, ou une sauvegarde restaurée), avec deux dates et heures de passage en alerte différentes : celle du ${kept} est retenue, celle du ${other} n’est pas reprise. Si elle est fausse, corrigez la date et l’heure de passage en alerte.`,
  /** Said on screen only, by the button that keeps what the journal retained (a printout has no button). */
  keepHint: {
    da: (both: boolean) =>
      both
        ? 'Vous pouvez aussi garder l’une des deux avec les boutons ci-dessous ; ce message disparaît alors.'
        : 'Vous pouvez aussi la garder telle quelle avec le bouton ci-dessous ; ce message disparaît alors.',
    alert:
      'Gardez l’une des deux avec les boutons ci-dessous, ou corrigez-la (« Corriger », sous « Date et heure de passage en alerte ») ; ce message disparaît alors.',
    step: 'Gardez l’une des deux avec les boutons ci-dessous, ou corrigez l’heure de l’étape ; ce message disparaît alors.',
    closed: 'Gardez l’une des deux avec les boutons ci-dessous ; ce message disparaît alors.',
  },
  /** What the buttons that keep a closure time are about, for those who hear them alone. */
  closureAbout: 'fin de la procédure de secours',
  /** Neither closure of two copies kept (each before a time recorded since): the way out. */
  closureReopen:
    'Si l’autre heure est refusée elle aussi, rouvrez l’incident (« Rouvrir l’incident »), puis marquez de nouveau la procédure terminée, à une heure qui ne précède pas la dernière heure notée.',
  stepAbout: (step: string, service: string) => `étape « ${step} » de ${service}`,
  alertAbout: (service: string) => `passage en alerte, ${service}`,
  /** The heading, on the page, of what two copies joined made inconsistent. */
  conflictsHeading: 'À vérifier : deux copies de l’incident ont été réunies',
  /** The export's heading of what two copies joined made inconsistent. */
  conflictsTitle: 'À VÉRIFIER',
  /** Taking back the retained DA puts the other copy's in its place: said on the button that does it. */
  undoDaWithOther: (other: string) =>
    `Retirer la dernière étape saisie (DA retenue au journal) : la DA ${other ? `n° ${other}` : 'sans numéro'}, notée dans une autre copie, la remplacera`,
  keepOtherDa: (number: string, apart = '') =>
    number ? `Garder plutôt la DA n° ${number}${apart}` : `Garder plutôt l’autre DA${apart}`,
  keepDa: (number: string, apart = '') =>
    number ? `Garder la DA n° ${number}${apart}` : `Garder la DA retenue${apart}`,
  /** What tells two DAs of a service apart besides their numbers: the office answer, when it differs. */
  officeApart: (open: boolean) => ` (bureau ${officeOpenWord(open)})`,
  keepAlert: (at: string) => `Garder le ${at}`,
  /** A step recorded in two copies at another time: the one kept, the other. */
  stepTwice: (step: string, service: string, kept: string, other: string) =>
    `L’étape « ${step} » de ${service} a été enregistrée deux fois (deux onglets, ou une sauvegarde restaurée), à deux dates et heures différentes : celle du ${kept} est retenue au journal, celle du ${other} n’y est pas reprise. Vérifiez laquelle est juste.`,
  /** The procedure declared ended in two copies at another time: the one kept, the other. */
  closedTwice: (kept: string, other: string) =>
    `La fin de la procédure de secours a été enregistrée deux fois (deux onglets, ou une sauvegarde restaurée), à deux dates et heures différentes : celle du ${kept} est retenue pour la clôture de l’incident, celle du ${other} n’est pas reprise. Vérifiez laquelle est juste.`,
  journalStatus: {
    preparing:
      'Procédure de secours pas encore possible : la DA doit être enregistrée et le bureau de douane informé (les deux conditions sont cumulatives).',
    daFiled:
      'Procédure de secours pas encore possible : la DA est enregistrée, il reste à informer le bureau de douane.',
    allowed:
      'Les deux conditions sont réunies (DA enregistrée et bureau informé) : vous pouvez recourir à la procédure de secours.',
    active: 'Procédure de secours en cours.',
    restored:
      'Votre système fonctionne de nouveau. Fiche DELTA : vous devez contacter le SAU du CID pour qu’il puisse clore la DA, et informer votre bureau de douane. Conseil de l’outil : n’utilisez plus la procédure de secours.',
    ended:
      'Votre système fonctionne de nouveau et toutes les étapes de la fiche sont faites. Conseil de l’outil : n’utilisez plus la procédure de secours.',
  } satisfies Record<ServiceStatus, string>,
} as const;

/** The words around the DA text (./page/DaBlock.tsx). */
export const DA_TEXT = {
  /** An EORI of the older format in the references (saved before it asked for a confirmation): said by the DA. */
  legacyEori:
    'Information complémentaire (hors fiche) : votre numéro EORI, repris dans la DA, a l’ancien format, FR suivi du SIRET (14 chiffres), qui n’est en principe plus valide depuis 2026. Vérifiez le numéro qui vous a été attribué et, au besoin, modifiez-le sous « Vos références ».',
  copy: (service: string) => `Copier le texte de la DA – ${service}`,
  required:
    'Fiche DELTA : « Dans la DA, veillez à mentionner “auto-déclenchement de la procédure de secours” et à indiquer vos références (numéro EORI, raison sociale, adresse, numéro de téléphone), le type de service en ligne, la date et l’heure de passage en alerte, ainsi que les raisons de l’auto-déclenchement de celle-ci. » Le texte de la DA ci-dessous contient tout cela.',
  openOlga: 'Ouvrir OLGA pour déposer la DA',
  show: 'Voir le texte de la DA et ce que la fiche demande d’y indiquer',
  unique:
    'Fiche DELTA : « La demande est unique pour l’ensemble des déclarations concernées par la procédure de secours. » « Si vous dédouanez au moyen de plusieurs services en ligne, vous devez déposer une demande d’assistance pour chacun d’entre eux. »',
  textLabel: (service: string) => `Texte de la demande d’assistance – ${service}`,
  reasonsLabel: (service: string) => `Raisons de l’auto-déclenchement pour ${service}`,
  reasonsHint: (service: string) =>
    `Ce service n’a pas de diagnostic propre : voici les raisons du diagnostic de l’incident. Vérifiez qu’elles valent pour ${service}, corrigez-les au besoin (une par ligne), puis confirmez.`,
  reasonsSubmit: (service: string) => `Confirmer ces raisons pour ${service}`,
} as const;

/** The words of the incident's header (./page/IncidentHeader.tsx). */
export const HEADER_TEXT = {
  all: 'Tous les incidents',
  eyebrow: (services: string) => `Auto-déclenchement de la procédure de secours DELTA – ${services}`,
  title: 'Suivi de la procédure de secours',
  /** After the state of a closed incident: when (its own notes in brackets, so not in brackets itself). */
  closedOn: (when: string) => `, le ${when}`,
  /** A closure taken back, as the record keeps it (on screen, on paper, in the export). */
  reopened: (closed: string, reopened: string) => `Clos le ${closed}, rouvert le ${reopened}.`,
  print: 'Imprimer le suivi',
  started: ' ; début de la procédure de secours retenu à l’enregistrement de la DA, le ',
} as const;

/** The words of the incident's actions (./page/IncidentActions.tsx). */
export const ACTIONS_TEXT = {
  title: 'Garder une trace, terminer',
  print: 'Imprimer le suivi',
  export: 'Exporter en texte',
  copy: 'Copier le texte de l’incident',
  reopen: 'Rouvrir l’incident',
  closeEarly: 'Procédure terminée…',
  pending: 'La fiche DELTA demande encore ces étapes, pas encore cochées :',
  pendingFor: (service: string, steps: readonly string[]) => `${service} : ${steps.map(lowerFirst).join(', ')}.`,
  closeLabel: 'Fin de la procédure de secours',
  parisTime: 'Heure de Paris.',
  closeSubmit: 'Marquer la procédure terminée',
  delete: 'Supprimer l’incident',
  deleteQuestion: 'Supprimer cet incident et son journal de ce navigateur ?',
  deleteConfirm: 'Oui, supprimer l’incident',
  deleteNote:
    'Exportez-le ou imprimez-le d’abord si vous devez en garder une trace. Vous pourrez annuler la suppression.',
} as const;

/** The words of the incident's diagnoses (./page/DiagnosisSection.tsx). */
export const DIAGNOSIS_TEXT = {
  title: 'Diagnostic (fiche DELTA)',
  cases: {
    cannotValidate: 'Cas 1 : impossibilité de valider les déclarations (anticipées ou non).',
    noBae:
      'Cas 2 : déclarations validées n’ayant pas obtenu l’état « BAE », sans être « sous contrôle », « crédit en attente » ou « paiement au comptant » : le blocage est technique et le dysfonctionnement du système privatif est confirmé (fiche DELTA, étape 2).',
    noBaeUnverified:
      'Conseil de l’outil (hors fiche) : déclarations validées sans BAE ; bureau injoignable, l’absence des états « sous contrôle », « crédit en attente » et « paiement comptant » n’a pas pu être vérifiée. L’appel au SAU du CID après la DA est ce que la fiche prévoit « afin que l’équipe technique d’astreinte puisse effectuer à distance les vérifications nécessaires pour identifier l’origine du dysfonctionnement et permettre sa résolution dans les meilleurs délais ».',
  },
  opened: (when: string) => `Incident ouvert dans l’outil le ${when} (heure de Paris).`,
  see: 'Voir le diagnostic',
  serviceTitle: (service: string) => `Diagnostic de ${service}`,
  reasonsConfirmed: 'Service ajouté sans diagnostic propre ; raisons confirmées :',
  reasonsPending: 'Service ajouté sans diagnostic propre ; raisons à confirmer.',
} as const;

/** The words of the incident page (../pages/IncidentPage.tsx) and the list (../pages/IncidentsPage.tsx). */
export const INCIDENT_PAGE_TEXT = {
  title: 'Suivi de la procédure de secours',
  /** In the top margin of every printed page. */
  printMargin: (opened: string, services: string) => `Procédure de secours DELTA – incident du ${opened} – ${services}`,
  notFound: 'Incident introuvable',
  /** The incidents were written by a newer build (another tab): not missing, unreadable here until a reload. */
  newerTitle: 'Incident enregistré par une version plus récente',
  notFoundBody: 'Aucun incident de ce numéro n’est enregistré dans ce navigateur.',
  deletedTitle: 'Incident supprimé',
  deletedBody: 'Cet incident a été supprimé de ce navigateur. Vous pouvez annuler la suppression.',
  changedElsewhere:
    'Cet incident vient d’être modifié dans un autre onglet ou une autre fenêtre : vérifiez la prochaine étape avant d’agir.',
  list: 'Voir la liste des incidents',
  reopened: (service: string, when: string) =>
    `Un incident est déjà ouvert pour ${service} depuis le ${when} : sa demande d’assistance vaut pour « l’ensemble des déclarations concernées par la procédure de secours » (fiche DELTA).`,
  listTitle: 'Incidents',
  listIntro:
    'Les procédures de secours DELTA auto-déclenchées, enregistrées dans ce navigateur. Pour en ouvrir une, faites d’abord le ',
  listIntroLink: 'diagnostic',
  listIntroEnd: ' : il mène à la procédure quand elle s’applique.',
  none: 'Aucun incident enregistré.',
  item: (services: string, when: string) => `${services} – incident ouvert le ${when}`,
  started: (when: string) => ` · début de la procédure : ${when}`,
  deleted: (when: string) => `L’incident du ${when} a été supprimé.`,
  undoDelete: 'Annuler la suppression',
  restored: 'L’incident a été rétabli.',
  /** The incidents deleted in this browser: kept, each can be restored from its page. */
  deletedList: (n: string) => `Incidents supprimés (${n})`,
  deletedListIntro: 'Un incident supprimé reste enregistré dans ce navigateur : ouvrez-le pour annuler sa suppression.',
} as const;

/** The words of adding a service (./page/AddServiceSection.tsx). */
export const ADD_TEXT = {
  title: 'Un autre service en ligne est touché ?',
  intro:
    'Fiche DELTA : « Si vous dédouanez au moyen de plusieurs services en ligne, vous devez déposer une demande d’assistance pour chacun d’entre eux. » Conseil de l’outil : faites de préférence ',
  introLink: 'le diagnostic pour ce service',
  introEnd:
    ' ; les raisons de sa DA seront alors celles de ce diagnostic, et l’outil vous proposera de l’ajouter à cet incident. Sinon, ajoutez-le ici en confirmant ses raisons.',
  service: 'Service en ligne',
  choose: 'Choisissez un service',
  chooseService: 'Choisissez le service en ligne touché.',
  covered: ' (déjà couvert par cet incident)',
  mode: 'Mode de transmission',
  reasons: 'Raisons de l’auto-déclenchement (une par ligne)',
  reasonsHint: 'Celles du diagnostic de cet incident ; corrigez-les si elles diffèrent pour ce service.',
  alertAt: 'Date et heure de passage en alerte',
  alertHint:
    'Heure de Paris. Fiche DELTA : la DA indique « la date et l’heure de passage en alerte », sans les définir. Conseil de l’outil : indiquez le moment où vous avez décidé d’auto-déclencher la procédure de secours pour ce service ; par défaut, maintenant.',
  confirm: 'Je confirme que ces raisons valent pour ce service.',
  confirmMissing: (service: string | null) => `Confirmez que ces raisons valent pour ${service ?? 'ce service'}.`,
  submit: 'Ajouter ce service',
  added: (service: string) =>
    `${service} a été ajouté à l’incident : sa demande d’assistance est à préparer ci-dessous.`,
} as const;

/** The words around the e-mails of the procedure (./page/NextStepParts.tsx, ./page/MailsSection.tsx). */
export const MAIL_TEXT = {
  forwardHow:
    'Dans votre messagerie, ouvrez le courriel automatique d’OLGA accusant réception de la DA, choisissez « Transférer », adressez-le à votre bureau de douane et collez ce texte au début du message transféré.',
  forwardShort:
    'Transférez à votre bureau le courriel automatique d’OLGA accusant réception de la DA, en y ajoutant ce texte.',
  copyForward: (service?: string) => `Copier le texte à ajouter au transfert${service ? ` – ${service}` : ''}`,
  write: (what: string) => `Écrire ${what}`,
  copy: (what: string) => `Copier ${what}`,
  see: (what: string) => `Voir ${what}`,
  to: (to: string) => `À : ${to || '(adresse du bureau à compléter)'}`,
  subject: (subject: string | null) => `Objet : ${subject ?? 'celui du courriel d’OLGA transféré'}`,
  withSubject: (mail: { subject: string; body: string }) => `Objet : ${mail.subject}\n\n${mail.body}`,
  section: 'Les trois courriels de la procédure',
  sectionLabel: 'Courriels de la procédure',
  titles: {
    start: 'Informer le bureau (transfert de l’accusé de réception de la DA)',
    closure: 'Demander au SAU de clore la DA (fin d’alerte)',
    end: 'Informer le bureau de la fin de la procédure',
  },
  open: 'Ouvrir dans ma messagerie',
  copyMail: 'Copier le courriel',
  /** Above the text of an e-mail whose step is recorded: the text as it was then, not rewritten since. */
  sent: 'Texte tel qu’il était quand l’étape a été enregistrée (les références ou les heures changées depuis n’y sont pas reprises) :',
  /** In the text export: the e-mail of a step as it was when the step was recorded. */
  sentTitle: (step: string) => `Courriel de l’étape « ${step} », tel qu’il était à son enregistrement :`,
  sau: 'SAU du CID : ',
} as const;

/** The words of the operator's references (./page/ReferencesForm.tsx, ./page/ReferencesSection.tsx). */
export const REFS_TEXT = {
  title: 'Vos références',
  summary: (companyName: string, eori: string) => `${companyName} – EORI ${eori}`,
  /** Under the title, on screen and on paper: they may differ from those of a DA already filed. */
  current:
    'Ces références seront reprises dans vos prochaines demandes d’assistance (DA). Une DA déjà déposée garde celles de son texte, tel qu’il a été déposé.',
  unknown: 'non renseigné',
  saveOffice: 'Enregistrer le bureau',
  intro: 'Elles figurent dans la demande d’assistance. Elles restent dans ce navigateur.',
  eoriHint:
    'Information complémentaire (hors fiche) : un numéro EORI français est FR suivi du SIREN (9 chiffres), par exemple FR123456782 ; celui d’un opérateur établi hors de l’Union européenne est FR suivi du code de son pays et du numéro attribué par la douane. L’ancien format, FR suivi du SIRET (14 chiffres), n’est en principe plus valide depuis 2026.',
  phoneHint: 'Un numéro où le SAU et le bureau peuvent vous joindre.',
  save: 'Enregistrer mes références',
  modify: 'Modifier mes références',
  undo: 'Annuler : garder mes références',
  forgotten:
    'Vos références ont été effacées de ce navigateur. Les incidents déjà enregistrés gardent celles de leur DA.',
  forget: 'Oublier mes références',
  forgetQuestion: 'Effacer vos références de ce navigateur ?',
  forgetConfirm: 'Oui, effacer mes références',
  forgetNote: 'Elles ne seront plus proposées pour les prochains incidents. Cet incident garde celles de sa DA.',
} as const;

/** The words of opening an incident (../pages/IncidentStartPage.tsx). */
export const START_TEXT = {
  title: 'Ouvrir l’incident',
  invalidTitle: 'Aucun incident à ouvrir',
  invalid: 'Ces réponses ne mènent pas à l’auto-déclenchement de la procédure de secours. ',
  invalidLink: 'Faites le diagnostic',
  noDiagnosis: 'Ce lien ne contient pas de diagnostic. ',
  whereTheyLead: 'Voir où elles mènent',
  open: (n: number) =>
    `${form(n, { one: 'Un incident est ouvert', other: `${n} incidents sont ouverts` })} pour un autre service en ligne. Si le même dysfonctionnement touche ce service, ajoutez-le : il aura sa propre demande d’assistance.`,
  addTo: (when: string, services: string) => `Ajouter ce service à l’incident du ${when} (${services})`,
  create: 'Ouvrir un nouvel incident',
  none: 'Aucun incident n’est ouvert pour ce service : ouvrez-en un pour préparer sa demande d’assistance et tenir son journal.',
  opening: 'Ouverture de l’incident…',
  failed: 'Impossible d’enregistrer l’incident dans ce navigateur : rechargez la page et réessayez.',
} as const;

/** The words of the open incidents offered on the entry page (../screens/EntryOffers.tsx). */
export const OFFER_TEXT = {
  region: 'Incidents en cours',
  title: (services: string) => `Incident en cours – ${services}`,
  state: (state: string, opened: string) => ` : ${lowerFirst(state)} (ouvert le ${opened}).`,
  resume: 'Reprendre l’incident',
} as const;
