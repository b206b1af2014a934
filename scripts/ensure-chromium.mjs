// Makes sure a Chromium is there for Playwright: Debian's package, installed with apt-get when missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

const needed = [
  { bin: chromiumPath(), pkg: 'chromium', why: 'end-to-end tests' },
  { bin: '/usr/bin/pdftotext', pkg: 'poppler-utils', why: 'reading printed PDFs in tests' },
];
const missing = needed.filter((n) => !existsSync(n.bin));
if (missing.length === 0) process.exit(0);

const pkgs = missing.map((m) => m.pkg);
console.log(`Installing Debian packages: ${pkgs.join(', ')} (${missing.map((m) => m.why).join('; ')})…`);
const isRoot = process.getuid?.() === 0;
const sudo = isRoot ? [] : ['sudo', '-n'];
const run = (args) =>
  spawnSync(args[0], args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
let ok = run([...sudo, 'apt-get', 'update']).status === 0;
ok = ok && run([...sudo, 'apt-get', 'install', '-y', ...pkgs]).status === 0;
const still = needed.filter((n) => !existsSync(n.bin));
if (!ok || still.length > 0) {
  console.error(
    `\nCould not install ${still.map((s) => s.pkg).join(', ')}.\n` +
      'Install it by hand (as root: apt-get install -y chromium poppler-utils),\n' +
      'or point CHROME_PATH to a Chromium or Chrome binary, then run the tests again.',
  );
  process.exit(1);
}
try {
  console.log(execFileSync(chromiumPath(), ['--version']).toString().trim());
} catch {
  /* version is informative only */
}
