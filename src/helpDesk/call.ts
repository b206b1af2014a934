/** Help-desk mode: the rules of a call record (which answers the caller gave, when, and what changed). */
import type { NodeId } from '../flows/ids';
import { replay, type Replay } from '../flows/replay';
import { equal } from '../lib/equal';
import { ok, refuse, type Result } from '../lib/result';
import { factProblem, type Fact } from './facts';
import type { Call, CallLogEntry } from './store';

/** The latest answer the log holds for each question. */
function latestAnswers(log: readonly CallLogEntry[]): Map<string, string> {
  const latest = new Map<string, string>();
  for (const e of log) latest.set(e.node, e.value);
  return latest;
}

/** A call is empty while nothing was answered, typed or noted. */
export const isEmptyCall = (c: Call) =>
  c.log.length === 0 &&
  c.notes.trim() === '' &&
  Object.keys(c.facts).length === 0 &&
  Object.values(c.caller).every((v) => v.trim() === '');

/**
 * Adds to the log the answers of the path it does not hold yet: a new answer, or a changed one, kept as a
 * change (the answer it replaces, and when). The call's diagnosis becomes `answers` (by default, the path).
 */
export function logPath(
  call: Call,
  path: Replay['path'],
  now: Date,
  answers: readonly string[] = path.map((a) => a.value),
): Call {
  const latest = latestAnswers(call.log);
  const added: CallLogEntry[] = path
    .filter((a) => latest.get(a.node) !== a.value)
    .map((a) => {
      const previous = latest.get(a.node);
      return { node: a.node, value: a.value, at: now.toISOString(), ...(previous ? { previous } : {}) };
    });
  if (added.length === 0 && equal(answers, call.answers)) return call;
  return {
    ...call,
    startedAt: call.startedAt || now.toISOString(),
    answers: [...answers],
    log: [...call.log, ...added],
  };
}

/** When the answer now on the path was given, if the log knows. */
export function answeredAt(call: Call, node: NodeId, value: string): string | null {
  for (let i = call.log.length - 1; i >= 0; i--) {
    const e = call.log[i]!;
    if (e.node === node) return e.value === value ? e.at : null;
  }
  return null;
}

/** The answers the caller changed during the call, in order. */
export const changesOf = (call: Call) => call.log.filter((e) => e.previous !== undefined);

/** Notes a fact the caller gives (an empty value forgets it), or says why it is refused. */
export function noteFact(
  call: Call,
  fact: Fact,
  raw: string,
  now: Date,
): Result<Call, NonNullable<ReturnType<typeof factProblem>>> {
  const value = raw.trim();
  const problem = factProblem(fact, value, now);
  if (problem) return refuse(problem);
  const facts = { ...call.facts };
  if (value === '') delete facts[fact];
  else facts[fact] = { value, at: now.toISOString() };
  return ok({ ...call, startedAt: call.startedAt || now.toISOString(), facts });
}

/** The call archived by « Nouvel appel », with its end. */
export const endCall = (call: Call, now: Date): Call => ({ ...call, endedAt: now.toISOString() });

/**
 * The call's diagnosis: its answers; for a call saved by version 1, which kept none, rebuilt from its log
 * (the latest answer to each question, followed from the start).
 */
export function callAnswers(call: Call): readonly string[] {
  if (call.answers.length > 0 || call.log.length === 0) return call.answers;
  const latest = latestAnswers(call.log);
  const answers: string[] = [];
  let node: NodeId = 'start';
  while (latest.has(node) && answers.length < 40) {
    answers.push(latest.get(node)!);
    const next = replay(answers);
    if (next.path.length < answers.length) {
      answers.pop();
      break;
    }
    node = next.current;
  }
  return answers;
}

/**
 * Takes an archived call back as the call in progress (« Reprendre »); the call in progress, unless it is
 * empty, is archived in its place, so that nothing is lost either way.
 */
export function resumeCall(
  current: Call,
  archive: readonly Call[],
  chosen: Call,
  now: Date,
): { call: Call; archive: Call[] } {
  const rest = archive.filter((c) => !equal(c, chosen));
  const { endedAt: _ended, ...call } = chosen;
  return { call, archive: isEmptyCall(current) ? rest : [...rest, endCall(current, now)] };
}
