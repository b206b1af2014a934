/**
 * Help-desk mode: the record of a call. Which answers the caller gave and when, the caller's references
 * if given, notes. Kept in this browser; the shareable link carries the answers only, never this.
 */
import * as z from 'zod/mini';
import { answerLabel, contentOf, FLOW_NAMES } from '../content/fr';
import { NEXT_STEPS } from '../content/fr/callTexts';
import { VERDICT_TEXT } from '../content/verdicts';
import { flowOf, isOutcomeId, type NodeId } from '../flows/ids';
import type { Replay, ReplayPath } from '../flows/replay';
import { createStore } from '../lib/storage';
import { formatDateTime, formatTime } from '../lib/time';

const text = (max: number) => z.string().check(z.maxLength(max));

const logEntrySchema = z.object({ node: text(40), value: text(20), at: text(40) });
export type CallLogEntry = z.infer<typeof logEntrySchema>;

export const callSchema = z.object({
  startedAt: text(40),
  caller: z.object({ name: text(120), company: text(120), eori: text(20), phone: text(30) }),
  notes: text(5000),
  log: z.array(logEntrySchema),
});
export type Call = z.infer<typeof callSchema>;

export const NO_CALL: Call = {
  startedAt: '',
  caller: { name: '', company: '', eori: '', phone: '' },
  notes: '',
  log: [],
};
/** The call in progress. */
export const callStore = createStore({ name: 'agent-call', version: 1, schema: callSchema, empty: NO_CALL });
/** The calls before it, kept when « Nouvel appel » starts another (never capped). */
export const callArchiveStore = createStore<Call[]>({
  name: 'agent-calls',
  version: 1,
  schema: z.array(callSchema),
  empty: [],
});

/** A call is empty while nothing was answered, typed or noted. */
export const isEmptyCall = (c: Call) =>
  c.log.length === 0 && c.notes.trim() === '' && Object.values(c.caller).every((v) => v.trim() === '');

export function newCall(now: Date): Call {
  return { startedAt: now.toISOString(), caller: { name: '', company: '', eori: '', phone: '' }, notes: '', log: [] };
}

/** Adds to the log the answers of the path it does not hold yet (new answers, or changed ones). */
export function logPath(call: Call, path: Replay['path'], now: Date): Call {
  const latest = new Map<string, string>();
  for (const e of call.log) latest.set(e.node, e.value);
  const added = path
    .filter((a) => latest.get(a.node) !== a.value)
    .map((a) => ({ node: a.node, value: a.value, at: now.toISOString() }));
  if (added.length === 0) return call;
  return { ...call, startedAt: call.startedAt || now.toISOString(), log: [...call.log, ...added] };
}

/** When the answer now on the path was given, if the log knows. */
export function answeredAt(call: Call, node: NodeId, value: string): string | null {
  for (let i = call.log.length - 1; i >= 0; i--) {
    const e = call.log[i]!;
    if (e.node === node) return e.value === value ? e.at : null;
  }
  return null;
}

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
