// Makes sure a Chromium is there for Playwright: Debian's packages, installed with apt-get when missing. The
// tests prefer the headless shell (faster); the full browser does too, and `npm run bench` needs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { HEADLESS_SHELL, chromiumPath, testBrowserPath } from './chromium-path.mjs';

const wanted = [
  { bin: HEADLESS_SHELL, pkg: 'chromium-headless-shell', why: 'end-to-end tests', optional: true },
  { bin: '/usr/bin/pdftotext', pkg: 'poppler-utils', why: 'reading printed PDFs in tests' },
];
if (!process.env.CHROME_PATH && !existsSync(chromiumPath()) && !existsSync(HEADLESS_SHELL))
  wanted.push({ bin: chromiumPath(), pkg: 'chromium', why: 'end-to-end tests and benchmarks', optional: true });
const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
/** @param {string[]} args */
const run = (args) =>
  spawnSync(args[0], args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
const missing = wanted.filter((n) => !existsSync(n.bin) && !(n.optional && process.env.CHROME_PATH));

if (missing.length > 0) {
  const pkgs = missing.map((m) => m.pkg);
  console.log(`Installing Debian packages: ${pkgs.join(', ')} (${missing.map((m) => m.why).join('; ')})…`);
  if (run([...sudo, 'apt-get', 'update']).status === 0) run([...sudo, 'apt-get', 'install', '-y', ...pkgs]);
}

const browser = testBrowserPath();
const problems = [];
if (!existsSync(browser)) problems.push('no Chromium');
if (!existsSync('/usr/bin/pdftotext')) problems.push('no pdftotext');
if (problems.length > 0) {
  console.error(
    `\nCould not set up the end-to-end tests (${problems.join(', ')}).\n` +
      'Install them by hand (as root: apt-get install -y chromium-headless-shell poppler-utils),\n' +
      'or point CHROME_PATH to a Chromium or Chrome binary, then run the tests again.',
  );
  process.exit(1);
}
try {
  console.log(`${execFileSync(browser, ['--version']).toString().trim()} (${browser})`);
} catch {
  /* version is informative only */
}
