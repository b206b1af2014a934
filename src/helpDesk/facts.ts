/**
 * The facts a help-desk agent notes during a call, where the flow asks the caller for them (flows.md; S1,
 * S2): who authorised the GAMMA 2 backup procedure and when, whether the customs office was reached and
 * which, the number of the DA the caller filed. As codes; the content layer words them
 * (content/fr/callTexts.ts, FACT_TEXT).
 */
import type { NodeId } from '../flows/ids';
import { timeProblem, type TimeProblem } from '../lib/time';

export const FACTS = ['authorisedBy', 'authorisedAt', 'officeReached', 'officeName', 'daNumber'] as const;
export type Fact = (typeof FACTS)[number];

/** How each fact is given: one of its choices, a Paris date and time, or a short text. */
export const FACT_KIND: Record<Fact, 'choice' | 'time' | 'text'> = {
  authorisedBy: 'choice',
  authorisedAt: 'time',
  officeReached: 'choice',
  officeName: 'text',
  daNumber: 'text',
};

export const FACT_CHOICES = {
  authorisedBy: ['sau', 'serviceGestionnaire'],
  officeReached: ['yes', 'no'],
} as const satisfies Partial<Record<Fact, readonly string[]>>;

/** The facts asked at each step (and kept for the rest of the call). */
const FACTS_AT: Partial<Record<NodeId, readonly Fact[]>> = {
  'delta.office': ['officeReached', 'officeName'],
  'delta.selfTrigger': ['daNumber'],
  'gamma.office': ['officeReached', 'officeName'],
  'gamma.authorisation': ['authorisedBy', 'authorisedAt'],
};

/**
 * The facts to show at a step: those it asks for; at an outcome, also those asked on the way to it, so
 * that what the caller said at the question can still be noted once the outcome is read out.
 */
export function factsAt(node: NodeId, path: readonly { readonly node: NodeId }[], outcome: boolean): Fact[] {
  const nodes = outcome ? [...path.map((a) => a.node), node] : [node];
  return FACTS.filter((f) => nodes.some((n) => FACTS_AT[n]?.includes(f)));
}

export const FACT_MAX = 120;

/** Why a fact's value is refused; null when it is fine (an empty value forgets the fact). */
export function factProblem(fact: Fact, value: string, now: Date): TimeProblem | 'tooLong' | 'choice' | null {
  if (value === '') return null;
  if (value.length > FACT_MAX) return 'tooLong';
  switch (FACT_KIND[fact]) {
    case 'time':
      return timeProblem(value, now);
    case 'choice':
      return (FACT_CHOICES[fact as keyof typeof FACT_CHOICES] as readonly string[]).includes(value) ? null : 'choice';
    case 'text':
      return null;
  }
}
