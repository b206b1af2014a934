/** Help-desk mode: the rules of a call record (which answers the caller gave, and when). */
import type { NodeId } from '../flows/ids';
import type { Replay } from '../flows/replay';
import type { Call } from './store';

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
