/** Help-desk mode: the texts the agent copies or downloads. */
import { answerLabel, contentOf, FLOW_NAMES } from '../content/fr';
import { NEXT_STEPS } from '../content/fr/callTexts';
import { VERDICT_TEXT } from '../content/verdicts';
import { flowOf, isOutcomeId } from '../flows/ids';
import type { ReplayPath } from '../flows/replay';
import { formatDateTime, formatTime } from '../lib/time';
import { answeredAt } from './call';
import type { Call } from './store';

/** The call summary, as plain text to paste into a ticket. */
export function callSummary(call: Call, replay: ReplayPath, shareUrl: string, now: Date): string {
  const lines: string[] = [
    'RÉSUMÉ D’APPEL – Secours douane',
    `Appel du ${formatDateTime(new Date(call.startedAt || now))} au ${formatDateTime(now)} (heure de Paris)`,
  ];
  const c = call.caller;
  const caller = [c.name, c.company, c.eori && `EORI ${c.eori}`, c.phone && `tél. ${c.phone}`]
    .filter(Boolean)
    .join(' – ');
  if (caller) lines.push(`Appelant : ${caller}`);
  const flow = flowOf(replay.current) ?? flowOf(replay.nodes[1] ?? 'start');
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
  lines.push('');
  const current = replay.current;
  if (isOutcomeId(current)) {
    const outcome = contentOf(current);
    lines.push(`Résultat : ${outcome.title} (${VERDICT_TEXT[outcome.verdict]})`, '', 'Prochaines étapes :');
    for (const step of NEXT_STEPS[current]) lines.push(`- ${step}`);
  } else {
    lines.push(`Diagnostic en cours, à la question : ${contentOf(current).title}`);
  }
  if (call.notes.trim()) lines.push('', 'Notes :', call.notes.trim());
  lines.push('', `Lien vers cette étape (réponses seulement) : ${shareUrl}`);
  return lines.join('\n');
}
