// @vitest-environment node
/** The documentation tells what the code and the figures are: no figure typed by hand. */
import { readFileSync } from 'node:fs';
// @ts-expect-error: a plain ES module of the scripts, without types.
import { render } from './performance-doc.mjs';

test('docs/performance.md is what scripts/performance-doc.mjs makes of the committed bench results', () => {
  const results: unknown = JSON.parse(readFileSync('bench-results/latest.json', 'utf8'));
  expect(readFileSync('docs/performance.md', 'utf8')).toBe(render(results));
});
