/**
 * What the flow still allows from a given point, computed from the machine itself (never hand-written):
 * the outcomes still reachable, for the help-desk view.
 */
import { getNextSnapshot } from 'xstate';
import { diagnosticMachine } from './diagnostic.machine';
import { answersOf, isOutcomeId, OUTCOME_IDS, type OutcomeId } from './ids';
import { answerEvent, nodeIdOf, type DiagnosticSnapshot } from './replay';

/**
 * The outcomes reachable from a snapshot by any further answers (the snapshot's own, if it is one), in the
 * order flows.md lists them, whatever the order they are found in.
 */
export function reachableOutcomes(from: DiagnosticSnapshot): OutcomeId[] {
  const found = new Set<OutcomeId>();
  const seen = new Set<string>();
  const queue: DiagnosticSnapshot[] = [from];
  while (queue.length > 0) {
    const snapshot = queue.shift()!;
    const node = nodeIdOf(snapshot);
    const key = `${node}|${JSON.stringify(snapshot.context)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (isOutcomeId(node)) found.add(node);
    for (const value of answersOf(node)) {
      const event = answerEvent(value);
      if (snapshot.can(event)) queue.push(getNextSnapshot(diagnosticMachine, snapshot, event));
    }
  }
  return OUTCOME_IDS.filter((o) => found.has(o));
}
