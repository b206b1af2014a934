/**
 * The tests' `test` and `expect`: Playwright's own. A test acts as a person does, as soon as a page shows,
 * without waiting for the app to have taken it over (a prerendered page works before, as plain HTML).
 *
 * Every test also checks, at no cost, that no request left the app's origin: operator data never leaves
 * the browser.
 */
import { expect, test as base } from '@playwright/test';

export { expect };
export type { Page } from '@playwright/test';

export const test = base.extend<{ sameOrigin: void }>({
  sameOrigin: [
    async ({ context }, use) => {
      const foreign: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (/^https?:$/.test(url.protocol) && !['localhost', '127.0.0.1'].includes(url.hostname))
          foreign.push(request.url());
      });
      await use();
      expect(foreign, 'requests that left the app’s origin').toEqual([]);
    },
    { auto: true },
  ],
});
