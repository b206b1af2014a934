/**
 * The tests' `test` and `expect`: Playwright's own. A test acts as a person does, as soon as a page shows,
 * without waiting for the app to have taken it over (a prerendered page works before, as plain HTML).
 */
export { expect, test } from '@playwright/test';
export type { Page } from '@playwright/test';
