// @vitest-environment node
import { flowGraph } from '../flows/graph';
import { conditionText, guardedAnswers } from './labels';

test('an answer that leads two ways says which way is its condition, and which is otherwise', () => {
  const edges = flowGraph('delta').edges;
  const guarded = guardedAnswers(edges);
  const alertNo = edges.filter((e) => e.from === 'delta.alert' && e.answer === 'no');
  expect(alertNo.map((e) => conditionText(e.from, e.answer, e.guard, guarded)).toSorted()).toEqual([
    ' (si EDI)',
    ' (sinon)',
  ]);
  // Any other answer leads one way, with no condition said.
  const yes = edges.find((e) => e.from === 'delta.alert' && e.answer === 'yes')!;
  expect(conditionText(yes.from, yes.answer, yes.guard, guarded)).toBe('');
});
