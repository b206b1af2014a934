/**
 * The one next step of a service's procedure, for the top of the incident page: the references the DA
 * needs, the reasons to confirm, then the journal's first step still to do in the fiche's order (./journal.ts)
 * that is an obligation of this journal; once the end steps are done, closing the incident.
 */
import { isDone, JOURNAL, type JournalStep } from './journal';
import type { Incident, ServiceRecord } from './schema';
import { journalOf } from './steps';

export type NextStep =
  | { readonly kind: 'references' }
  | { readonly kind: 'reasons' }
  | { readonly kind: 'step'; readonly step: JournalStep }
  | { readonly kind: 'close' }
  | { readonly kind: 'closed' };

/** Steps that are never the next step: advice of ours, and « non nécessaire » (recorded from the journal). */
const NOT_NEXT: readonly JournalStep[] = ['office.verify', 'sau.skip'];

export function nextStep(incident: Incident, record: ServiceRecord, referencesComplete: boolean): NextStep {
  if (incident.closedAt) return { kind: 'closed' };
  if (!referencesComplete) return { kind: 'references' };
  if (!record.answers && !record.reasons) return { kind: 'reasons' };
  const { snapshot } = journalOf(incident, record);
  for (const { step } of JOURNAL) {
    if (NOT_NEXT.includes(step) || isDone(snapshot, step)) continue;
    // The call to the SAU is settled by the call, or by « non nécessaire (bureau ouvert) » (office open); once
    // the system works again, it no longer has its purpose (identify the origin of the malfunction).
    if (step === 'sau.call' && (isDone(snapshot, 'sau.skip') || isDone(snapshot, 'system.restore'))) continue;
    return { kind: 'step', step };
  }
  return { kind: 'close' };
}
