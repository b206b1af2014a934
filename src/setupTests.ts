import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { forgetThisTab } from './lib/storage';

// Each test file has a context of its own (vite.config.ts: the VM pool, two workers or more): should files
// share one, their stores and pages would too, and tests could pass or fail for another file's data.
const marks = globalThis as { testFileContext?: true };
if (marks.testFileContext) throw new Error('Two test files share one context: run Vitest with two workers or more.');
marks.testFileContext = true;

afterEach(async () => {
  // (Pure tests run in Node, with no DOM: `// @vitest-environment node` at their top.)
  if (typeof window === 'undefined') return forgetThisTab();
  // The test's page is gone first (what its fields had to record, recorded), whatever the order of the hooks.
  (await import('@testing-library/react')).cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
  // Each test a page of its own: no log writes back what an earlier test's page appended.
  forgetThisTab();
});
