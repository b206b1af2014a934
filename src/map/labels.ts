/**
 * How the flow map words the condition of an answer that leads two ways (the DELTA alert question: the
 * provider first for EDI, the symptom otherwise): once, for the drawn map and its text version.
 */
const GUARD_TEXT: Record<string, string> = { checksProviderFirst: 'si EDI' };

/** The answers (`node|answer`) that lead one way under a condition, and another way otherwise. */
export function guardedAnswers(edges: Iterable<{ from: string; answer: string; guard: string | null }>): Set<string> {
  const guarded = new Set<string>();
  for (const e of edges) if (e.guard) guarded.add(`${e.from}|${e.answer}`);
  return guarded;
}

/** An answer's condition on its arrow: « (si EDI) », « (sinon) » for the other way, or nothing. */
export function conditionText(from: string, answer: string, guard: string | null, guarded: Set<string>): string {
  if (guard) return ` (${GUARD_TEXT[guard] ?? guard})`;
  return guarded.has(`${from}|${answer}`) ? ' (sinon)' : '';
}
