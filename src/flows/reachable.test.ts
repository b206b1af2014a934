// @vitest-environment node
import { OUTCOME_IDS } from './ids';
import { flowGraph } from './graph';
import { reachableOutcomes } from './reachable';
import { replay } from './replay';
import { SPEC_OUTCOMES, SPEC_TRANSITIONS } from './spec';

const from = (...values: string[]) => reachableOutcomes(replay(values).snapshot).toSorted();

describe('outcomes still reachable', () => {
  test('from the entry question: every outcome', () => {
    expect(from()).toEqual([...SPEC_OUTCOMES.delta, ...SPEC_OUTCOMES.gamma].toSorted());
  });

  test('narrow down with the answers, following the machine', () => {
    expect(from('delta')).toEqual([...SPEC_OUTCOMES.delta].toSorted());
    // DTI users never reach the provider's incident.
    expect(from('delta', 'g1', 'dti')).toEqual(
      ['delta.followAlert', 'delta.noBackupNeeded', 'delta.notTechnical', 'delta.selfTrigger'].toSorted(),
    );
    expect(from('delta', 'g1', 'edi', 'no')).toEqual(
      ['delta.providerIncident', 'delta.noBackupNeeded', 'delta.notTechnical', 'delta.selfTrigger'].toSorted(),
    );
    expect(from('delta', 'g1', 'dti', 'no', 'noBae', 'other')).toEqual(['delta.notTechnical', 'delta.selfTrigger']);
    expect(from('gamma', 'no', 'no', 'dtiPlus', 'yes')).toEqual(
      ['gamma.alternative', 'gamma.backup', 'gamma.resolved', 'gamma.useDti'].toSorted(),
    );
    expect(from('delta', 'other')).toEqual(['delta.notCovered']);
  });
});

describe('flow graph for the map', () => {
  test('has exactly the transitions of flows.md, read off the machine', () => {
    const edges = [...flowGraph('delta').edges, ...flowGraph('gamma').edges];
    const asKeys = new Set(edges.map((e) => `${e.from}:${e.answer}`));
    expect([...asKeys].toSorted()).toEqual(Object.keys(SPEC_TRANSITIONS).toSorted());
    for (const e of edges) {
      const spec = SPEC_TRANSITIONS[`${e.from}:${e.answer}`]!;
      const targets = typeof spec === 'string' ? [spec] : [spec.edi, spec.dti];
      expect(targets).toContain(e.to);
    }
    expect(edges.filter((e) => e.guard === 'checksProviderFirst').map((e) => `${e.from}:${e.answer}>${e.to}`)).toEqual([
      'delta.alert:no>delta.provider',
      'delta.alertMatch:no>delta.provider',
    ]);
  });
});

test('the outcomes still possible come in the order of flows.md, at every step', () => {
  for (const answers of [[], ['gamma'], ['gamma', 'no'], ['delta', 'g1'], ['delta', 'g1', 'edi']]) {
    const possible = reachableOutcomes(replay(answers).snapshot);
    expect(possible.length).toBeGreaterThan(0);
    expect(possible).toEqual(OUTCOME_IDS.filter((o) => possible.includes(o)));
  }
});
