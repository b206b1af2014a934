// Installs a package's npm dependencies when they are missing or older than its package-lock.json: the
// project's (by default), or the bench's own tools (scripts/bench-tools).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function ensureNodeModules(dir = '.') {
  const marker = join(dir, 'node_modules/.package-lock.json');
  const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync(join(dir, 'package-lock.json')).mtimeMs;
  if (!stale) return;
  console.log(`Installing npm dependencies${dir === '.' ? '' : ` in ${dir}`} (npm ci)…`);
  // --prefer-offline: what npm's cache already holds is used without asking the registry again (a third of
  // the install's time on a machine that installed before); what it lacks is still downloaded.
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  if (r.status !== 0) {
    console.error('npm ci failed: check the network access to the npm registry, then run again.');
    process.exit(r.status ?? 1);
  }
}
