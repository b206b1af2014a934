// `npm test`: everything, on a fresh machine too. Installs what is missing (npm packages; Debian's
// Chromium and poppler-utils), then the unit and component tests (Vitest) with typecheck, lint, format and
// the build beside them, then the end-to-end tests (Playwright in Chromium, with axe). Every failing step is
// named. Ends with one line: "N passed, N failed".
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureNodeModules } from './setup.mjs';

const started = Date.now();
ensureNodeModules();
mkdirSync('reports', { recursive: true });

const bin = (name) => `node_modules/.bin/${name}`;
/**
 * Beside the unit tests: the checks that only read the sources, and the one production build every
 * end-to-end test shares. The unit step keeps both cores busy but not always (its start, its last file):
 * these fill the gaps. Their output is printed whole once they end.
 */
const beside = [
  { name: 'typecheck', cmd: bin('tsc'), args: ['--noEmit', '-p', '.'] },
  { name: 'lint', cmd: bin('oxlint'), args: ['--deny-warnings', 'src', 'e2e', 'scripts'] },
  { name: 'format', cmd: bin('prettier'), args: ['--check', '.'] },
  { name: 'build', cmd: bin('vite'), args: ['build', '--logLevel', 'warn'] },
];
const unit = {
  name: 'unit',
  cmd: bin('vitest'),
  args: ['run', '--reporter=default', '--reporter=json', '--outputFile=reports/vitest.json'],
  report: 'reports/vitest.json',
};
const after = [
  { name: 'chromium', cmd: 'node', args: ['scripts/ensure-chromium.mjs'] },
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
const broken = [];
const unreadable = [];
const timings = [];

/** Runs a step: its output kept, to print it whole once it ends, or shown as it goes (`shown`). */
function run(step, { shown = false } = {}) {
  // A report left by an earlier run must not count for this one.
  if (step.report) rmSync(step.report, { force: true });
  return new Promise((resolve) => {
    const t0 = Date.now();
    let output = '';
    const child = spawn(step.cmd, step.args, {
      env: { ...process.env, ...step.env },
      stdio: shown ? 'inherit' : 'pipe',
    });
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('error', (error) => (output += `${error}\n`));
    child.on('close', (status) => {
      timings.push(`${step.name} ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      resolve({ step, status, output });
    });
  });
}

/** Counts a step's report, and names the step if it failed or its report cannot be read. */
function account({ step, status, output }) {
  if (output) console.log(`\n=== ${step.name} ===\n${output.trimEnd()}`);
  if (step.report) {
    const counts = readReport(step);
    if (counts === null) {
      // A report that cannot be read says nothing of the tests it should count: the run fails, by its name.
      console.error(`${step.name}: its report ${step.report} could not be read; the run fails.`);
      unreadable.push(step.report);
    } else {
      passed += counts.passed;
      failed += counts.failed;
      console.log(`${step.name}: ${counts.passed} passed, ${counts.failed} failed`);
    }
  }
  if (status !== 0 || unreadable.includes(step.report)) broken.push(step.name);
}

const besideRuns = beside.map((step) => run(step));
console.log('\n=== unit ===');
account(await run(unit, { shown: true }));
for (const result of await Promise.all(besideRuns)) account(result);
for (const step of after) {
  if (broken.length) break;
  console.log(`\n=== ${step.name} ===`);
  account(await run(step, { shown: true }));
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

if (broken.length) {
  console.error(
    `\n${broken.length > 1 ? 'Steps' : 'Step'} "${broken.join(', ')}" failed${unreadable.length ? ` (unreadable report: ${unreadable.join(', ')})` : ''}.`,
  );
  if (failed === 0) failed = 1;
}
console.log(`\nTimes: ${timings.join(', ')}; total ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken.length ? 1 : 0);
