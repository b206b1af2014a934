import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, testBrowserPath } from './scripts/chromium-path.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  timeout: 45_000,
  expect: { timeout: 7_000 },
  // The tests are independent (each has its own browser context and storage): two at a time on two cores.
  // Three workers were measured too, in two series alternating with two: 155 s against 183 s and 197 s,
  // then 179 s and 208 s against 164 s and 170 s. No steady gain, so the simpler default stays.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    headless: true,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    launchOptions: {
      executablePath: testBrowserPath(),
      args: ['--headless', ...CHROMIUM_FLAGS],
    },
    // Recording a trace costs about a third of the run: on demand (E2E_TRACE=1), kept for failures.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
    // No service worker, but where a test is about it (offline, update): each context would precache the app.
    serviceWorkers: 'block',
  },
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
