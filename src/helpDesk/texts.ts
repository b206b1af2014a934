/** Help-desk mode: the texts the agent copies, downloads or sends (call summary, handover e-mail). */
import { answerLabel, contentOf, FLOW_NAMES } from '../content/fr';
import { nextStepsAt } from '../content/fr/callTexts';
import { VERDICT_TEXT } from '../content/verdicts';
import { flowOfReplay, isOutcomeId, type NodeId } from '../flows/ids';
import type { ReplayPath } from '../flows/replay';
import { formatDateTime, formatLocalValue, formatTime } from '../lib/time';
import { answeredAt, changesOf } from './call';
import { FACT_KIND, FACTS, type Fact } from './facts';
import type { Shortcut } from './shortcuts';
import type { Call } from './store';

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

/** What each help-desk shortcut does (the keys: helpDesk/shortcuts.ts). */
export const SHORTCUT_TEXT: Record<Shortcut, string> = {
  answer: 'choisit la réponse de ce numéro',
  back: 'revient à la question précédente',
  newCall: 'commence un nouvel appel, après confirmation (l’appel en cours est archivé)',
  panel: 'ouvre ou ferme le panneau, sur un écran étroit ou agrandi',
  close: 'ferme le panneau ouvert, ou la question « Nouvel appel ? » sans rien changer',
};

/** A fact as the summary says it: a choice by its words, a time as « 23/11/2026 à 09:15 ». */
function factValueText(fact: Fact, value: string): string {
  if (FACT_KIND[fact] === 'time') return formatLocalValue(value);
  return FACT_TEXT[fact].choices?.[value] ?? value;
}

/** The facts noted, one line each. */
const factLines = (call: Call) =>
  FACTS.filter((f) => call.facts[f]).map((f) => `${FACT_TEXT[f].label} : ${factValueText(f, call.facts[f]!.value)}`);

/** A changed answer, as the log and the summary say it. */
export function changeText(node: NodeId, previous: string, value: string): string {
  return `« ${answerLabel(node, previous)} » remplacé par « ${answerLabel(node, value)} », à la question « ${contentOf(node).title} »`;
}

/** The caller, on one line. */
export function callerText(c: Call['caller']): string {
  return [c.name, c.company, c.eori && `EORI ${c.eori}`, c.phone && `tél. ${c.phone}`, c.email]
    .filter(Boolean)
    .join(' – ');
}

/** The call summary, as plain text to paste into a ticket. */
export function callSummary(call: Call, replay: ReplayPath, shareUrl: string, now: Date): string {
  const end = call.endedAt ? new Date(call.endedAt) : now;
  const lines: string[] = [
    'RÉSUMÉ D’APPEL – Secours douane',
    `Appel du ${formatDateTime(new Date(call.startedAt || end))} au ${formatDateTime(end)} (heure de Paris)`,
  ];
  const caller = callerText(call.caller);
  if (caller) lines.push(`Appelant : ${caller}`);
  const flow = flowOfReplay(replay);
  if (flow) {
    const service = replay.path.find((a) => a.node === 'delta.service');
    lines.push(`Service : ${FLOW_NAMES[flow]}${service ? ` – ${answerLabel(service.node, service.value)}` : ''}`);
  }
  lines.push('', 'Réponses :');
  if (replay.path.length === 0) lines.push('- (aucune)');
  for (const a of replay.path) {
    const at = answeredAt(call, a.node, a.value);
    lines.push(
      `- ${at ? `${formatTime(new Date(at))} ` : ''}${contentOf(a.node).title} → ${answerLabel(a.node, a.value)}`,
    );
  }
  const changes = changesOf(call);
  if (changes.length > 0) {
    lines.push('', 'Réponses modifiées pendant l’appel :');
    for (const e of changes)
      lines.push(`- ${formatTime(new Date(e.at))} ${changeText(e.node as NodeId, e.previous!, e.value)}`);
  }
  const facts = factLines(call);
  if (facts.length > 0) lines.push('', 'Faits relevés :', ...facts.map((f) => `- ${f}`));
  lines.push('');
  const current = replay.current;
  if (isOutcomeId(current)) {
    const outcome = contentOf(current);
    lines.push(`Résultat : ${outcome.title} (${VERDICT_TEXT[outcome.verdict]})`, '', 'Prochaines étapes :');
    for (const step of nextStepsAt(current, replay.path)) lines.push(`- ${step}`);
  } else {
    lines.push(`Diagnostic en cours, à la question : ${contentOf(current).title}`);
  }
  if (call.notes.trim()) lines.push('', 'Notes :', call.notes.trim());
  lines.push('', `Lien vers cette étape (réponses seulement) : ${shareUrl}`);
  return lines.join('\n');
}

/** The handover e-mail to the caller: the link to their step, and what to do next. */
export function handoverMail(replay: ReplayPath, shareUrl: string): { subject: string; body: string } {
  const current = replay.current;
  const steps = isOutcomeId(current)
    ? ['Ce qu’il vous reste à faire :', ...nextStepsAt(current, replay.path).map((s) => `- ${s}`)]
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
