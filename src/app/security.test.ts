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
