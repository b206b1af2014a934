/**
 * What is next on the incident page: the references the DA needs, the reasons to confirm, then for each
 * service the journal's next step (./journal.ts), the steps of several services that can be done at once
 * grouped (one call to the SAU for two DAs); once nothing is left, closing the incident.
 */
import { JOURNAL_STEPS, nextJournalStep, type JournalStep } from './journal';
import { journalFacts } from './reduce';
import type { DaService, Incident } from './schema';

export type NextStep =
  | { readonly kind: 'references' }
  | { readonly kind: 'reasons'; readonly service: DaService }
  | { readonly kind: 'step'; readonly step: JournalStep; readonly services: readonly DaService[] }
  | { readonly kind: 'close' }
  | { readonly kind: 'closed' };

/** The next steps, in the fiche's order of their steps; the DA of each service apart (each has its own text). */
export function nextSteps(incident: Incident, referencesComplete: boolean): NextStep[] {
  if (incident.closedAt) return [{ kind: 'closed' }];
  if (!referencesComplete) return [{ kind: 'references' }];
  const out: NextStep[] = [];
  for (const record of incident.services) {
    if (!record.answers && !record.reasons) {
      out.push({ kind: 'reasons', service: record.service });
      continue;
    }
    const step = nextJournalStep(journalFacts(incident, record));
    if (step === null) continue;
    const shared = step !== 'da.file' && out.find((n) => n.kind === 'step' && n.step === step);
    if (shared && shared.kind === 'step')
      out[out.indexOf(shared)] = { ...shared, services: [...shared.services, record.service] };
    else out.push({ kind: 'step', step, services: [record.service] });
  }
  if (out.length === 0) return [{ kind: 'close' }];
  // First things first: the reasons, then the steps in the fiche's order (a second DA before the office).
  const rank = (n: NextStep) => (n.kind === 'step' ? 1 + JOURNAL_STEPS.indexOf(n.step) : 0);
  return out.toSorted((a, b) => rank(a) - rank(b));
}

/** A stable key of a next step (what the focus follows). */
export const nextKey = (n: NextStep) =>
  n.kind === 'step' ? `${n.step}:${n.services.join('+')}` : n.kind === 'reasons' ? `reasons:${n.service}` : n.kind;
