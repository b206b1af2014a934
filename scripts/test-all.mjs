// `npm test`: everything, on a fresh machine too. Installs what is missing (npm packages; Debian's
// Chromium and poppler-utils), then typecheck, lint, unit and component tests (Vitest), end-to-end tests
// (Playwright in Chromium, with axe). Ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { ensureNodeModules } from './setup.mjs';

ensureNodeModules();
mkdirSync('reports', { recursive: true });

const bin = (name) => `node_modules/.bin/${name}`;
const steps = [
  { name: 'typecheck', cmd: bin('tsc'), args: ['--noEmit', '-p', '.'] },
  { name: 'lint', cmd: bin('oxlint'), args: ['--deny-warnings', 'src', 'e2e', 'scripts'] },
  { name: 'format', cmd: bin('prettier'), args: ['--check', '.'] },
  {
    name: 'unit',
    cmd: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', '--outputFile=reports/vitest.json'],
    report: 'reports/vitest.json',
  },
  { name: 'chromium', cmd: 'node', args: ['scripts/ensure-chromium.mjs'] },
  {
    name: 'e2e',
    cmd: bin('playwright'),
    args: ['test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/e2e.json' },
    report: 'reports/e2e.json',
  },
];

let passed = 0;
let failed = 0;
let broken = null;
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const r = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  if (step.report && existsSync(step.report)) {
    const counts = countReport(step.name, JSON.parse(readFileSync(step.report, 'utf8')));
    passed += counts.passed;
    failed += counts.failed;
    console.log(`${step.name}: ${counts.passed} passed, ${counts.failed} failed`);
  }
  if (r.status !== 0) {
    broken = step.name;
    break;
  }
}

function countReport(name, json) {
  if (name === 'unit') return { passed: json.numPassedTests ?? 0, failed: json.numFailedTests ?? 0 };
  const s = json.stats ?? {};
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0) };
}

if (broken) {
  console.error(`\nStep "${broken}" failed.`);
  if (failed === 0) failed = 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken ? 1 : 0);
