/**
 * The tests' `test`: every page of every context waits, after a load, until the app has taken over the
 * prerendered HTML (it marks <html data-app="ready">), so that a test acts on a live page, as a user
 * does a moment after the page shows. Contexts a test opens itself go through `appContext`.
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';

export { expect } from '@playwright/test';
export type { Page } from '@playwright/test';

const ready = (page: Page) => page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });

function waitsForApp(page: Page) {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = (async (...args: Parameters<Page['goto']>) => {
    const response = await goto(...args);
    await ready(page);
    return response;
  }) as Page['goto'];
  page.reload = (async (...args: Parameters<Page['reload']>) => {
    const response = await reload(...args);
    await ready(page);
    return response;
  }) as Page['reload'];
}

export function appContext<C extends BrowserContext>(context: C): C {
  for (const page of context.pages()) waitsForApp(page);
  context.on('page', waitsForApp);
  return context;
}

export const test = base.extend({
  context: async ({ context }, provide) => {
    await provide(appContext(context));
  },
});
