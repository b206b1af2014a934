// The server of the end-to-end tests: the production build, served by `vite preview`. `npm test` builds
// once before (E2E_BUILT=1); `npm run test:e2e` alone builds here first.
import { spawn, spawnSync } from 'node:child_process';

const port = process.env.E2E_PORT ?? '4173';
if (process.env.E2E_BUILT !== '1') {
  const build = spawnSync('node_modules/.bin/vite', ['build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn('node_modules/.bin/vite', ['preview', '--port', port, '--strictPort'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
