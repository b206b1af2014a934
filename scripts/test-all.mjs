// `npm test`: everything, on a fresh machine too. Installs what is missing (npm packages; Debian's
// Chromium and poppler-utils), then typecheck, lint, unit and component tests (Vitest), end-to-end tests
// (Playwright in Chromium, with axe). Ends with one line: "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureNodeModules } from './setup.mjs';

const started = Date.now();
ensureNodeModules();
mkdirSync('reports', { recursive: true });

const bin = (name) => `node_modules/.bin/${name}`;
/** The checks that only read the sources: run side by side (each uses about one core, briefly). */
const checks = [
  { name: 'typecheck', cmd: bin('tsc'), args: ['--noEmit', '-p', '.'] },
  { name: 'lint', cmd: bin('oxlint'), args: ['--deny-warnings', 'src', 'e2e', 'scripts'] },
  { name: 'format', cmd: bin('prettier'), args: ['--check', '.'] },
];
const steps = [
  {
    name: 'unit',
    cmd: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', '--outputFile=reports/vitest.json'],
    report: 'reports/vitest.json',
  },
  { name: 'chromium', cmd: 'node', args: ['scripts/ensure-chromium.mjs'] },
  // One production build, shared by every end-to-end test.
  { name: 'build', cmd: bin('vite'), args: ['build', '--logLevel', 'warn'] },
  {
    name: 'e2e',
    cmd: bin('playwright'),
    args: ['test', '--reporter=dot,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/e2e.json', E2E_BUILT: '1' },
    report: 'reports/e2e.json',
  },
];

let passed = 0;
let failed = 0;
let broken = null;
const unreadable = [];
const timings = [];

/** Runs a check with its output kept, to print it whole once it ends. */
function runKept(step) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    let output = '';
    const child = spawn(step.cmd, step.args, { env: process.env });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => (output += `${error}\n`));
    child.on('close', (status) => resolve({ step, status, output, seconds: (Date.now() - t0) / 1000 }));
  });
}
for (const { step, status, output, seconds } of await Promise.all(checks.map(runKept))) {
  console.log(`\n=== ${step.name} ===\n${output.trimEnd()}`);
  timings.push(`${step.name} ${seconds.toFixed(0)} s`);
  if (status !== 0) broken = broken ? `${broken}, ${step.name}` : step.name;
}

for (const step of broken ? [] : steps) {
  console.log(`\n=== ${step.name} ===`);
  const t0 = Date.now();
  // A report left by an earlier run must not count for this one.
  if (step.report) rmSync(step.report, { force: true });
  const r = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  timings.push(`${step.name} ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  if (step.report) {
    const counts = readReport(step);
    if (counts === null) {
      // A report that cannot be read says nothing of the tests it should count: the run fails, by its name.
      console.error(`${step.name}: its report ${step.report} could not be read; the run fails.`);
      unreadable.push(step.report);
      broken = step.name;
      break;
    }
    passed += counts.passed;
    failed += counts.failed;
    console.log(`${step.name}: ${counts.passed} passed, ${counts.failed} failed`);
  }
  if (r.status !== 0) {
    broken = step.name;
    break;
  }
}

/** The counts of a step's report, or null when it is missing or unreadable. */
function readReport(step) {
  try {
    if (!existsSync(step.report)) return null;
    const counts = countReport(step.name, JSON.parse(readFileSync(step.report, 'utf8')));
    return Number.isFinite(counts.passed) && Number.isFinite(counts.failed) ? counts : null;
  } catch {
    return null;
  }
}

function countReport(name, json) {
  if (name === 'unit') return { passed: json.numPassedTests ?? 0, failed: json.numFailedTests ?? 0 };
  const s = json.stats ?? {};
  return { passed: s.expected ?? 0, failed: (s.unexpected ?? 0) + (s.flaky ?? 0) };
}

if (broken) {
  console.error(
    `\n${broken.includes(',') ? 'Steps' : 'Step'} "${broken}" failed${unreadable.length ? ` (unreadable report: ${unreadable.join(', ')})` : ''}.`,
  );
  if (failed === 0) failed = 1;
}
console.log(`\nTimes: ${timings.join(', ')}; total ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken ? 1 : 0);
