// @vitest-environment node
import { readFileSync } from 'node:fs';
import { SECURITY_HEADERS } from '../../scripts/security-headers.mjs';

test('public/_headers, for static hosts, holds exactly the security headers of the app', () => {
  const lines = readFileSync('public/_headers', 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('  '))
    .map((l) => l.trim());
  expect(lines).toEqual(Object.entries(SECURITY_HEADERS).map(([k, v]) => `${k}: ${v}`));
  expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(/script-src 'self';/);
  expect(SECURITY_HEADERS['Content-Security-Policy']).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
});

test('every link that opens a new tab carries noopener: in the one component that makes them', () => {
  const sources = import.meta.glob<string>('../**/*.tsx', { query: '?raw', import: 'default', eager: true });
  const blank = Object.entries(sources).flatMap(([file, text]) =>
    [...text.matchAll(/<a\b[^>]*target="_blank"[^>]*>/g)].map((m) => [file, m[0]] as const),
  );
  expect(blank.map(([file]) => file)).toEqual(['../ui/links.tsx']);
  for (const [, tag] of blank) expect(tag).toMatch(/rel="noopener noreferrer"/);
});
