/** Test data: help-desk calls as the log keeps them. */
import { replay } from '../flows/replay';
import { callEvent, callLog, type CallEvent, type CallEventData } from '../helpDesk/callLog';
import { reduceCalls, type Call } from '../helpDesk/calls';

/** The events of a call that answered `answers` one by one, then did `more`, one minute apart from `start`. */
export function callEvents(id: string, start: Date, answers: readonly string[], more: readonly CallEventData[] = []) {
  const path = replay(answers).path;
  const data: CallEventData[] = [
    { type: 'call.started' },
    ...path.map((a, i) => ({
      type: 'answer.given' as const,
      node: a.node,
      value: a.value,
      path: answers.slice(0, i + 1),
    })),
    ...more,
  ];
  return data.map((d, i) => callEvent(id, d, new Date(start.getTime() + i * 60_000)));
}

/** The call these events make. */
export const callOf = (events: readonly CallEvent[]): Call => reduceCalls(events).all[0]!;

/** Records a call in this browser's log. */
export function recordCall(...args: Parameters<typeof callEvents>) {
  callLog.append(...callEvents(...args));
}
