/** Help-desk mode: its words, and the texts the agent copies, downloads or sends (call summary, handover e-mail). */
import { answerLabel, contentOf, FLOW_NAMES } from '../content/fr';
import { nextStepsAt, writtenAt } from '../content/fr/callTexts';
import { count } from '../content/fr/plural';
import { verdictText } from '../content/verdicts';
import { flowOfReplay, isOutcomeId, type NodeId } from '../flows/ids';
import { replay, type ReplayPath } from '../flows/replay';
import { formatDateTime, formatLocalValue, formatTime } from '../lib/time';
import type { CallerField, CallEvent } from './callLog';
import { answeredAt, callMinutes, callReference, type Call, type CourseEvent } from './calls';
import { FACT_KIND, FACTS, type Fact } from './facts';
import type { Shortcut } from './shortcuts';
export { CONFIRM_TEXT } from '../content/fr/confirm';

/** The facts the agent notes during the call: their labels, and the words of their choices. */
export const FACT_TEXT: Record<Fact, { readonly label: string; readonly choices?: Readonly<Record<string, string>> }> =
  {
    authorisedBy: {
      label: 'Qui a autorisé la procédure de secours',
      choices: { sau: 'Le SAU du CID', serviceGestionnaire: 'Le service gestionnaire' },
    },
    authorisedAt: { label: 'Date et heure de l’autorisation' },
    officeReached: {
      label: 'Bureau de douane',
      choices: { yes: 'Joint par l’appelant', no: 'Injoignable' },
    },
    officeName: { label: 'Bureau de douane (nom)' },
    daNumber: { label: 'Numéro de la DA donné par l’appelant' },
  };

/** The help-desk mode page's words. */
export const MODE_TEXT = {
  title: 'Mode assistance',
  intro:
    'Pour l’agent d’assistance qui guide un appelant au téléphone : à côté de chaque page, la phrase à lui dire, les faits à noter, les réponses de l’appelant avec leur heure, les issues encore possibles, des notes, le résumé de l’appel et un lien à lui transmettre. Ce que vous notez reste dans ce navigateur. Le mode reste activé dans ce navigateur jusqu’à ce que vous le désactiviez.',
  on: 'Le mode assistance est activé.',
  off: 'Le mode assistance est désactivé.',
  turnOff: 'Désactiver le mode assistance',
  turnOn: 'Activer le mode assistance',
  /** A call in progress when the mode is turned off: it stays open. */
  callOpen: (ref: string, enabled: boolean) =>
    enabled
      ? `Un appel est en cours (réf. ${ref}) : désactiver le mode ne le termine pas, il reprendra quand vous le réactiverez. S’il est fini, terminez-le d’abord dans le panneau (« Fin d’appel »).`
      : `Un appel est resté en cours (réf. ${ref}) : il reprendra quand vous réactiverez le mode.`,
  calls: 'Historique des appels',
  notice:
    'Mode assistance : ce que vous enregistrez ici reste dans votre navigateur, pas dans celui de l’appelant. Pour qu’il l’enregistre de son côté, transmettez-lui le lien de son étape',
  noticeWithLink: ' :',
  noticeWithoutLink: ' (panneau « Résumé et lien »).',
  copyLink: 'Copier le lien pour l’appelant',
  agent: 'Votre nom (facultatif, pour les résumés d’appel)',
  agentHint: 'Gardé dans ce navigateur ; il figure en tête de chaque résumé d’appel.',
  keys: 'Raccourcis clavier du panneau (1 à 9, R, N et A)',
  keysHint:
    'Décochez cette case pour qu’aucune touche seule n’agisse : une touche pressée par erreur, ou une commande vocale, ne répond alors plus à une question.',
} as const;

export const CALLER_TEXT: Record<CallerField, string> = {
  name: 'Nom',
  company: 'Entreprise',
  eori: 'Numéro EORI',
  phone: 'Téléphone',
  email: 'Courriel (pour lui envoyer le lien)',
};

/** What each help-desk shortcut does (the keys: helpDesk/shortcuts.ts). */
export const SHORTCUT_TEXT: Record<Shortcut, string> = {
  answer:
    'choisit la réponse de ce numéro (rangée des chiffres, sans Maj, ou pavé numérique), quand le curseur est sur la page, sur le texte du panneau (sauf la ligne de l’appel en cours) ou sur le bouton « Mode assistance », et non dans un champ, sur un autre bouton ou sur un lien',
  back: 'revient à la question précédente (rien n’est modifié tant qu’une autre réponse n’est pas donnée)',
  newCall: 'commence un nouvel appel, après confirmation (l’appel en cours est terminé et archivé)',
  panel: 'ouvre ou ferme le panneau, sur un écran étroit ou agrandi',
  close: 'ferme le panneau ouvert, ou une question posée, sans rien changer',
};

/** The panel's words. */
export const PANEL_TEXT = {
  title: 'Mode assistance',
  close: 'Fermer',
  say: 'À dire :',
  notes: 'Notes d’appel',
  /** Notes recorded at the same time in another copy, replaced by those in the field: kept, said. */
  otherNotesAt: (when: string) =>
    `Notes modifiées au même moment dans deux copies (deux onglets, ou une sauvegarde restaurée) ; version remplacée, saisie le ${when} :`,
  otherNotesHint:
    'Copiez-collez en une fois dans les notes ce qui doit être conservé de cette version : elle disparaît d’ici dès que les notes modifiées sont enregistrées (une courte pause dans la frappe suffit), et reste dans le résumé de l’appel.',
  facts: 'À noter',
  now: 'Maintenant',
  keys: 'Raccourcis clavier',
  keysOff: 'Raccourcis clavier désactivés (page « Mode assistance »).',
  newCallKey: 'nouvel appel',
  or: 'ou',
  closeKeys: 'ferme le panneau',
  answers: 'Réponses de l’appelant',
  noAnswer: 'Aucune pour l’instant.',
  course: 'Modifications pendant l’appel',
  possible: (n: number) => `Issues encore possibles (${n})`,
  map: 'Voir le parcours sur la carte',
  offStep: 'Hors du diagnostic.',
  backToStep: (title: string) => `Revenir à l’étape « ${title} »`,
  noCall: 'Aucun appel en cours : un appel commence à la première réponse ou à la première saisie dans ce panneau.',
  callOf: (time: string, ref: string) => `Appel en cours depuis ${time} (réf. ${ref})`,
  /** A call taken back: when, and when it began (its day too, when it began another day). */
  callResumed: (time: string, startTime: string, startDay: string | null, ref: string) =>
    `Appel repris à ${time}, commencé ${startDay ? `le ${startDay} à ${startTime}` : `à ${startTime}`} (réf. ${ref})`,
  newCall: 'Nouvel appel',
  endCall: 'Fin d’appel',
  history: 'Historique des appels',
  notThisCall:
    'Cette page n’est pas une étape de l’appel en cours : ses réponses ne sont pas celles de l’appel, et rien n’y est noté.',
  /** A page further on than the first question, with no call in progress (a call ended, a caller's link). */
  noCallHere: 'Aucun appel n’est en cours : les réponses données sur cette page ne sont pas notées.',
  backToCall: 'Revenir à l’étape de l’appel en cours',
  resumeThis: 'Reprendre l’appel de cette page',
  takeLink: 'Noter les réponses de ce lien dans l’appel en cours',
  takeLinkNew: 'Noter les réponses de ce lien dans un nouvel appel',
  takeLinkHint: 'Pour un lien que l’appelant vous a transmis : ses réponses deviennent celles de l’appel.',
  ended: (time: string) => `Appel terminé à ${time}, archivé dans l’historique des appels.`,
  resumeEnded: 'Reprendre cet appel',
  share: 'Résumé et lien',
  copySummary: 'Copier le résumé d’appel',
  downloadSummary: 'Télécharger le résumé',
  /** What the link leads to: the step shown, the call's step (another page is shown), or the first question. */
  linkHint: (to: 'page' | 'call' | 'start') =>
    `${{ page: 'Lien vers cette étape', call: 'Lien vers l’étape où en est l’appel', start: 'Lien vers le début du diagnostic' }[to]}, pour l’appelant (il ne contient que les réponses) :`,
  copyLink: 'Copier le lien',
  mailLink: 'Envoyer le lien par courriel',
  mailTo: (to: string) => `Le courriel s’ouvre dans votre messagerie, adressé à ${to}.`,
  mailNoTo: 'Le courriel s’ouvre dans votre messagerie ; indiquez le courriel de l’appelant pour l’y adresser.',
  callerNamed: (given: string) => `Appelant : ${given}`,
  callerOptional: 'Appelant (facultatif)',
  emailProblem: 'Saisissez une adresse électronique valide, par exemple nom@example.com.',
  tooLong: (n: number) => `${n} caractères au plus.`,
  storage:
    'Ce navigateur n’a pas pu enregistrer la dernière action de l’appel (stockage plein ou bloqué) : elle est gardée dans cet onglet tant qu’il reste ouvert. Sauvegardez vos données (« Mes données »).',
  rejected: (n: number) =>
    `${count(n, { one: 'élément du journal des appels est illisible', other: 'éléments du journal des appels sont illisibles' })} : mis de côté, ils figurent dans la sauvegarde de « Mes données ».`,
} as const;

/** A fact as the summary says it: a choice by its words, a time as « 23/11/2026 à 09:15 ». */
function factValueText(fact: Fact, value: string): string {
  if (FACT_KIND[fact] === 'time') return formatLocalValue(value);
  return FACT_TEXT[fact].choices?.[value] ?? value;
}

const factLine = (fact: Fact, value: string) =>
  value === '' ? `${FACT_TEXT[fact].label} : effacé` : `${FACT_TEXT[fact].label} : ${factValueText(fact, value)}`;

/** An answer, as the log says it. */
const answerText = (node: NodeId, value: string) => `${contentOf(node).title} → ${answerLabel(node, value)}`;

/** A changed answer, as the log and the summary say it. */
export function changeText(node: NodeId, previous: string, value: string): string {
  return `« ${answerLabel(node, previous)} » remplacé par « ${answerLabel(node, value)} », à la question « ${contentOf(node).title} »`;
}

/**
 * The answers a change took off the path: those of the path before it that the path after it no longer has.
 */
export function droppedBy(before: readonly string[], after: readonly string[]) {
  const kept = new Set(replay(after).path.map((a) => `${a.node}=${a.value}`));
  return replay(before).path.filter((a) => !kept.has(`${a.node}=${a.value}`));
}

/** The course of the call (answers, changes, restarts), one line each, in time order, with its time. */
export function courseLines(call: Call): { at: string; text: string }[] {
  let path: readonly string[] = [];
  return call.course.map((e: CourseEvent) => {
    const before = path;
    path = e.type === 'path.restarted' ? [] : e.path;
    if (e.type === 'path.restarted') return { at: e.at, text: 'Diagnostic recommencé (« Recommencer »)' };
    const node = e.node as NodeId;
    if (e.type === 'answer.given')
      return {
        at: e.at,
        text: `${answerText(node, e.value)}${e.source === 'link' ? ' (repris du lien de l’appelant)' : ''}`,
      };
    const dropped = droppedBy(before, e.path).filter((a) => a.node !== node);
    const off = dropped.length
      ? ` ; ne s’appliquent plus : ${dropped.map((a) => `« ${answerLabel(a.node, a.value)} » (${contentOf(a.node).title})`).join(', ')}`
      : '';
    return { at: e.at, text: `Réponse modifiée : ${changeText(node, e.previous, e.value)}${off}` };
  });
}

/** Everything the agent did in the call, in time order (the summary's « Déroulé »). */
function eventLines(call: Call): string[] {
  const course = new Map(courseLines(call).map((l, i) => [call.course[i]!.id, l.text]));
  const lines: string[] = [];
  let notes = '';
  for (const e of call.events) {
    const text = lineOf(e, course, notes);
    if (e.type === 'note.edited') notes = e.text;
    if (text) lines.push(`- ${formatTime(new Date(e.at))} ${text}`);
  }
  return lines;
}

function lineOf(e: CallEvent, course: Map<string, string>, notes: string): string | null {
  switch (e.type) {
    case 'call.started':
      return 'Début de l’appel';
    case 'call.ended':
      return 'Fin d’appel';
    case 'call.resumed':
      return 'Appel repris';
    case 'fact.recorded':
      return `Fait relevé : ${factLine(e.fact, e.value)}`;
    case 'note.edited':
      return notes ? 'Notes modifiées' : 'Notes saisies';
    case 'caller.edited':
      return `Appelant : ${CALLER_TEXT[e.field]} ${e.value ? `« ${e.value} »` : 'effacé'}`;
    default:
      return course.get(e.id) ?? null;
  }
}

/** The caller, on one line. */
export function callerText(c: Call['caller']): string {
  return [c.name, c.company, c.eori && `EORI ${c.eori}`, c.phone && `tél. ${c.phone}`, c.email]
    .filter(Boolean)
    .join(' – ');
}

/** The service the call is about: « DELTA – Delta X Import », « GAMMA 2 ». */
export function serviceText(session: ReplayPath): string | null {
  const flow = flowOfReplay(session);
  if (!flow) return null;
  const service = session.path.find((a) => a.node === 'delta.service');
  return `${FLOW_NAMES[flow]}${service ? ` – ${answerLabel(service.node, service.value)}` : ''}`;
}

/** The call's duration, in words. */
export function durationText(call: Call, now: Date): string {
  const minutes = callMinutes(call, now);
  return minutes < 1 ? 'moins d’une minute' : count(minutes, { one: 'minute', other: 'minutes' });
}

/** The call summary, as plain text to paste into a ticket. */
export function callSummary(call: Call, shareUrl: string, now: Date, agent = ''): string {
  const session = replay(call.answers);
  const end = call.endedAt ? new Date(call.endedAt) : now;
  const lines: string[] = [
    'RÉSUMÉ D’APPEL – Secours douane',
    `Référence de l’appel : ${callReference(call)}`,
    ...(agent.trim() ? [`Agent : ${agent.trim()}`] : []),
    call.endedAt
      ? `Appel du ${formatDateTime(new Date(call.startedAt))} au ${formatDateTime(end)} (heure de Paris), ${durationText(call, now)}${call.events.some((e) => e.type === 'call.resumed') ? ' sans compter les interruptions' : ''}`
      : `Appel du ${formatDateTime(new Date(call.startedAt))}, en cours au ${formatDateTime(now)} (heure de Paris)`,
  ];
  const caller = callerText(call.caller);
  if (caller) lines.push(`Appelant : ${caller}`);
  const service = serviceText(session);
  if (service) lines.push(`Service : ${service}`);
  lines.push('', 'Déroulé de l’appel (heure de Paris) :', ...eventLines(call));
  lines.push('', 'Réponses retenues :');
  if (session.path.length === 0) lines.push('- (aucune)');
  session.path.forEach((a, i) => {
    const at = answeredAt(call, i);
    lines.push(`- ${at ? `${formatTime(new Date(at))} ` : ''}${answerText(a.node, a.value)}`);
  });
  const facts = FACTS.filter((f) => call.facts[f]);
  if (facts.length > 0)
    lines.push('', 'Faits relevés :', ...facts.map((f) => `- ${factLine(f, call.facts[f]!.value)}`));
  lines.push('');
  const current = session.current;
  if (isOutcomeId(current)) {
    const outcome = contentOf(current);
    lines.push(
      `Résultat : ${outcome.title}`,
      `${verdictText(outcome.verdict, session.path)}.`,
      '',
      'Prochaines étapes :',
    );
    for (const step of nextStepsAt(current, session.path)) lines.push(`- ${step}`);
  } else {
    lines.push(`Diagnostic en cours, à la question : ${contentOf(current).title}`);
  }
  if (call.notes.trim()) lines.push('', 'Notes :', call.notes.trim());
  // Every text replaced at the same moment in another copy: on record, whatever was typed since.
  for (const other of call.replacedNotes)
    lines.push('', PANEL_TEXT.otherNotesAt(formatDateTime(new Date(other.at))), other.text.trim());
  lines.push('', `Lien vers cette étape (réponses seulement) : ${shareUrl}`);
  return lines.join('\n');
}

/** The summary's file name: the call's date, its reference and the caller (« appel-2026-12-06-0914-ABCD1234-dupont.txt »). */
export function summaryFileName(call: Call, stamp: string): string {
  const who = (call.caller.company || call.caller.name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `appel-${stamp}-${callReference(call)}${who ? `-${who}` : ''}.txt`;
}

/**
 * The handover e-mail to the caller: the link to their step, and what to do next, in the words the agent
 * read out to them (not the summary's notes, which speak of « l'opérateur »).
 */
export function handoverMail(session: ReplayPath, shareUrl: string): { subject: string; body: string } {
  const current = session.current;
  const steps = isOutcomeId(current)
    ? [
        'Où vous en êtes et ce qu’il vous reste à faire :',
        // One sentence a line, as the steps of a list.
        ...writtenAt(current, session.path)
          .split(/(?<=\.)\s+(?=\p{Lu})/u)
          .map((sentence) => `- ${sentence}`),
      ]
    : [`Reprenez le diagnostic à la question : ${contentOf(current).title}`];
  return {
    subject: 'Secours douane : votre diagnostic',
    body: [
      'Bonjour,',
      '',
      'Voici le lien vers l’étape où nous en sommes (il ne contient que vos réponses) :',
      shareUrl,
      '',
      ...steps,
      '',
      'Ce que vous enregistrez dans l’outil (incident, registre LRN) reste dans votre navigateur.',
    ].join('\n'),
  };
}

/**
 * What the history's search reads of a call: the caller (phone digits also without spaces), the service in
 * full, the outcome, the facts (the DA number) and the notes; folded (no accents, no case, one apostrophe).
 */
export function searchText(call: Call, outcome: string): string {
  const session = replay(call.answers);
  const facts = FACTS.filter((f) => call.facts[f]).map((f) => factValueText(f, call.facts[f]!.value));
  const digits = [call.caller.phone, ...facts].map((v) => v.replace(/[\s.\-/]/g, ''));
  return fold(
    [
      callerText(call.caller),
      serviceText(session) ?? '',
      outcome,
      ...facts,
      ...digits,
      call.notes,
      callReference(call),
    ].join(' '),
  );
}

/**
 * The words of a search, folded. A phone number as typed, with its spaces or its country code (+33,
 * 0033): its digits, as the search keeps a number, in the national form the caller's phone is kept in.
 */
export function searchWords(query: string): string[] {
  const q = query.trim().replace(/\(0\)/g, '');
  if (/^(\+|00)?[\d\s.\-/()]{6,}$/.test(q)) return [q.replace(/\D/g, '').replace(/^(00)?33(?=\d{9}$)/, '0')];
  return fold(q).split(/\s+/).filter(Boolean);
}

/** Letters without accents nor case, and one apostrophe, for the search: « societe » finds « Société ». */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘ʼ\u0060]/g, "'")
    .toLowerCase();

/** The call history's words. */
export const CALLS_TEXT = {
  title: 'Historique des appels',
  found: (found: number, of: number) =>
    `${found === 0 ? 'Aucun appel trouvé' : count(found, { one: 'appel trouvé', other: 'appels trouvés' })} sur ${of}`,
  nouns: { one: 'appel', other: 'appels' },
  intro:
    'Les appels du mode assistance dans ce navigateur seulement, du plus récent au plus ancien. Ils font partie de la sauvegarde de « Mes données ».',
  none: 'Aucun appel pour l’instant.',
  search: 'Rechercher un appel',
  searchHint:
    'Par le nom, l’entreprise, l’EORI, le téléphone (avec ou sans espaces, avec +33 ou 0033) ou le courriel de l’appelant, par le service, l’issue, le numéro de la DA, les notes ou la référence de l’appel.',
  heading: (when: string) => `Appel du ${when}`,
  inProgress: 'en cours',
  /** A call not ended that is not the one in progress (one of another browser's, restored from its backup). */
  notEnded: 'non terminé',
  reference: 'Référence',
  service: 'Service',
  outcome: 'Issue',
  caller: 'Appelant',
  noService: 'Service non indiqué',
  noCaller: 'Appelant non indiqué',
  unfinished: (question: string) => `Diagnostic non terminé (à la question « ${question} »)`,
  showSummary: 'Voir le résumé d’appel',
  copy: 'Copier le résumé d’appel',
  download: 'Télécharger le résumé',
  resume: 'Reprendre cet appel',
  rejected: PANEL_TEXT.rejected,
} as const;
