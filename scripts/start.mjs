// `npm start`: installs what is missing, builds the production app and serves it on http://localhost:4173.
import { spawnSync } from 'node:child_process';
import { ensureNodeModules } from './setup.mjs';

ensureNodeModules();
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('node_modules/.bin/vite', ['build']);
const port = process.env.PORT ?? '4173';
console.log(`\nSecours douane: http://localhost:${port}/  (Ctrl+C to stop)\n`);
run('node_modules/.bin/vite', ['preview', '--port', port, '--strictPort']);
