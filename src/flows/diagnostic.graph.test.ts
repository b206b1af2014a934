// @vitest-environment node
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { diagnosticMachine, type AnswerEvent } from './diagnostic.machine';
import { ANSWER_VALUES, answersOf, isOutcomeId, NODE_IDS, OUTCOME_IDS, type NodeId } from './ids';
import { answerEvent, nodeIdOf, replay, type DiagnosticSnapshot } from './replay';
import { SPEC_OUTCOMES, SPEC_TRANSITIONS } from './spec';

/** In each state, try exactly the answers flows.md offers there. */
const events = (snapshot: DiagnosticSnapshot): AnswerEvent[] => answersOf(nodeIdOf(snapshot)).map(answerEvent);

const valuesOf = (path: { steps: readonly { event: { type: string } }[] }) =>
  path.steps
    .map((s) => s.event.type)
    .filter((t) => t.startsWith('answer.'))
    .map((t) => t.slice('answer.'.length));

/** Walks a list of answers through the flows.md table and returns the nodes it visits. */
function specWalk(values: readonly string[]): NodeId[] {
  const nodes: NodeId[] = ['start'];
  const mode = () => (values.includes('edi') && nodes.includes('delta.mode') ? 'edi' : 'dti');
  for (const value of values) {
    const target = SPEC_TRANSITIONS[`${nodes[nodes.length - 1]}:${value}`];
    if (target === undefined) throw new Error(`flows.md has no answer ${value} at ${nodes[nodes.length - 1]}`);
    nodes.push(typeof target === 'string' ? target : target[mode()]);
  }
  return nodes;
}

const simplePaths = getSimplePaths(diagnosticMachine, { events });
const outcomePaths = simplePaths.filter((p) => p.state.hasTag('outcome'));

describe('the diagnostic machine against flows.md', () => {
  test('every node of flows.md is a state, tagged question or outcome', () => {
    const shortest = getShortestPaths(diagnosticMachine, { events });
    const reached = new Set(shortest.map((p) => nodeIdOf(p.state)));
    expect([...reached].toSorted()).toEqual([...NODE_IDS].toSorted());
    for (const p of shortest) {
      const id = nodeIdOf(p.state);
      expect(p.state.hasTag(isOutcomeId(id) ? 'outcome' : 'question')).toBe(true);
    }
  });

  test('each state accepts exactly the answers flows.md lists for it', () => {
    const allEvents = ANSWER_VALUES.map(answerEvent);
    for (const p of getShortestPaths(diagnosticMachine, { events })) {
      const id = nodeIdOf(p.state);
      const accepted = allEvents.filter((e) => p.state.can(e)).map((e) => e.type.slice(7));
      expect(accepted.toSorted(), id).toEqual([...answersOf(id)].toSorted());
    }
  });

  describe(`every simple path to an outcome (${outcomePaths.length}) follows flows.md step by step`, () => {
    test.each(outcomePaths.map((p) => [`${valuesOf(p).join(' > ')} ⇒ ${nodeIdOf(p.state)}`, p] as const))(
      '%s',
      (_, path) => {
        const values = valuesOf(path);
        const expected = specWalk(values);
        const actual = replay(values);
        expect(actual.rejected).toBeNull();
        expect(actual.nodes).toEqual(expected);
        expect(nodeIdOf(path.state)).toBe(expected[expected.length - 1]);
      },
    );
  });

  test('every outcome of each flow is reached, and only from its own flow', () => {
    expect(outcomePaths.length).toBe(200);
    for (const [flow, outcomes] of Object.entries(SPEC_OUTCOMES)) {
      const reached = new Set(outcomePaths.filter((p) => valuesOf(p)[0] === flow).map((p) => nodeIdOf(p.state)));
      expect([...reached].toSorted()).toEqual([...outcomes].toSorted());
    }
    expect(OUTCOME_IDS.length).toBe(SPEC_OUTCOMES.delta.length + SPEC_OUTCOMES.gamma.length);
  });

  test('shortest path to each outcome', () => {
    const shortest = getShortestPaths(diagnosticMachine, {
      events,
      toState: (s) => s.hasTag('outcome'),
    });
    const lengths: Record<string, number> = {};
    for (const p of shortest) {
      const id = nodeIdOf(p.state);
      lengths[id] = Math.min(lengths[id] ?? Infinity, valuesOf(p).length);
    }
    // Fewest answers to each outcome, counted on flows.md.
    expect(lengths).toEqual({
      'delta.notCovered': 2,
      'delta.followAlert': 5,
      'delta.selfTrigger': 5,
      'delta.providerIncident': 5,
      'delta.noBackupNeeded': 6,
      'delta.notTechnical': 7,
      'gamma.backup': 3,
      'gamma.resolved': 3,
      'gamma.alternative': 4,
      'gamma.useDti': 5,
    });
  });
});
