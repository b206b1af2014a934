import { expect, test } from './fixtures';
import { answer } from './helpers';

test('the production build sends a strict Content-Security-Policy', async ({ page, request }) => {
  const response = await request.get('/');
  const header = response.headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self'");
  expect(header).toContain("frame-ancestors 'none'");
  const html = await response.text();
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';/);
  // No inline script at all: every script element names its file.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/');
  await answer(page, 'GAMMA 2');
  await page.goto('/carte/delta');
  expect(violations).toEqual([]);
});
