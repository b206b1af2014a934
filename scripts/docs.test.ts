// @vitest-environment node
/** The documentation tells what the code and the figures are: no figure typed by hand. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
// @ts-expect-error: a plain ES module of the scripts, without types.
import { render } from './performance-doc.mjs';

test('docs/performance.md is what scripts/performance-doc.mjs makes of the committed bench results', () => {
  const results: unknown = JSON.parse(readFileSync('bench-results/latest.json', 'utf8'));
  expect(readFileSync('docs/performance.md', 'utf8')).toBe(render(results));
});

test('the README stays short: at most 150 lines', () => {
  expect(readFileSync('README.md', 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(150);
});

test('every relative link of the README and docs/ points to a file that exists', () => {
  const files = ['README.md', ...markdownIn('docs')];
  const broken: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target!) || target!.startsWith('#')) continue;
      const path = join(dirname(file), target!.split('#')[0]!);
      if (!existsSync(path)) broken.push(`${file} → ${target}`);
    }
  }
  expect(files.length).toBeGreaterThan(10);
  expect(broken).toEqual([]);
});

test('every decision record has its date, status, context, decision and consequences', () => {
  const records = markdownIn('docs/decisions');
  expect(records.length).toBeGreaterThanOrEqual(9);
  for (const file of records) {
    expect(basename(file)).toMatch(/^\d{4}-[a-z0-9-]+\.md$/);
    const text = readFileSync(file, 'utf8');
    for (const part of [
      /^Date: \d{4}-\d{2}-\d{2}$/m,
      /^## Status$/m,
      /^## Context$/m,
      /^## Decision$/m,
      /^## Consequences$/m,
    ])
      expect(text, file).toMatch(part);
  }
});

function markdownIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownIn(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
  );
}
