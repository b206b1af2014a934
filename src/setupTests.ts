import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

afterEach(() => {
  // (Pure tests run in Node, with no DOM: `// @vitest-environment node` at their top.)
  if (typeof window !== 'undefined') window.localStorage.clear();
});
