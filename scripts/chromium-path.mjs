// Where Debian's Chromium is (browsers cannot be downloaded on these machines).
import { existsSync } from 'node:fs';

/** The headless-only build (Debian's chromium-headless-shell, what Playwright itself runs headless): lighter and
 * faster for the end-to-end tests. */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const FULL = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The full browser (Lighthouse measures what a user's Chrome does). @returns {string} */
export function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return FULL.find((p) => existsSync(p)) ?? '/usr/bin/chromium';
}

/** The browser for the end-to-end tests: the headless shell when installed, else the full browser. */
export function testBrowserPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : chromiumPath();
}

/** Flags for headless Chromium on these machines (closed network: no background connections). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
