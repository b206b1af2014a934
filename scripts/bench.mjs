// `npm run bench [-- --base <git revision>] [-- --runs N]`: this build against another, in one series.
//
// This shared 2-core machine swings from run to run, so no figure is read alone: each is a pair measured in
// the same series, the runs alternating (this build, the base build, the control, again…), with the median
// and the worst of each side.
// - The base: the build of another revision (default: HEAD when the working tree has changes, else HEAD~1),
//   built in a git worktree under bench-results/.
// - The control: this build's `/` with its scripts taken out (the prerendered HTML and the stylesheet, no
//   JavaScript at all), which tells what Lighthouse gives this machine for the page alone.
// Figures: first-load JavaScript (what Chromium fetched), mobile Lighthouse (performance, LCP, TBT) given as
// the difference from the control, and the time until the page is live (the app has taken it over) with the
// network and the CPU slowed down for real. A run that fails, or lacks a figure, is reported with its error
// and the series goes on. Everything is written to bench-results/latest.json, and docs/performance.md is
// generated from it (again by `npm run bench:doc`). Not a test: nothing is held to a budget but the first load.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium-path.mjs';
import { render } from './performance-doc.mjs';
import { ensureNodeModules } from './setup.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const RUNS = Number(option('runs', process.env.BENCH_RUNS ?? 5));
/** What the first load of `/` may weigh (JavaScript, gzip). */
const FIRST_LOAD_BUDGET_KIB = 105;
/** The throttling of the time-to-live runs: Lighthouse's mobile settings (slow 4G, a mid-range phone). */
const LIVE = { rttMs: 150, downMbps: 1.6, upMbps: 0.75, cpu: 4 };
const PAGES = ['/', '/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate'];
const PORTS = { current: 4175, base: 4176, control: 4177 };
const OUT = resolve('bench-results');
const git = (...a) => execFileSync('git', a, { encoding: 'utf8' }).trim();

ensureNodeModules();
// Lighthouse and its launcher are the bench's alone: a package of their own, so that tests do not install them.
const TOOLS = 'scripts/bench-tools';
ensureNodeModules(TOOLS);
const tool = (name) => import(pathToFileURL(createRequire(resolve(TOOLS, 'package.json')).resolve(name)).href);
spawnSync('node', ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });
const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
const baseRev = option('base', dirty ? 'HEAD' : 'HEAD~1');
const base = { rev: baseRev, sha: git('rev-parse', baseRev) };
const current = { rev: dirty ? 'working tree' : 'HEAD', sha: git('rev-parse', 'HEAD'), dirty };
console.log(
  `Bench: this build (${current.rev}, on ${current.sha.slice(0, 7)}) against ${base.rev} (${base.sha.slice(0, 7)}), ${RUNS} runs each.`,
);

// ---- The three builds.
const builds = {
  current: `${OUT}/builds/current`,
  base: `${OUT}/builds/base-${base.sha.slice(0, 12)}`,
  control: `${OUT}/builds/control`,
};
mkdirSync(`${OUT}/builds`, { recursive: true });
run('node_modules/.bin/vite', ['build', '--logLevel', 'warn', '--outDir', builds.current, '--emptyOutDir']);
if (!existsSync(`${builds.base}/index.html`)) buildBase();
rmSync(builds.control, { recursive: true, force: true });
cpSync(builds.current, builds.control, { recursive: true });
const index = readFileSync(`${builds.control}/index.html`, 'utf8');
const withoutScripts = index.replace(/<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>/g, '');
if (withoutScripts === index) throw new Error('control: no script tag found in index.html');
writeFileSync(`${builds.control}/index.html`, withoutScripts);

function run(cmd, a, cwd = process.cwd()) {
  const r = spawnSync(cmd, a, { stdio: 'inherit', cwd });
  if (r.status !== 0) throw new Error(`${cmd} ${a.join(' ')} failed in ${cwd}`);
}

/** The base revision, checked out in a worktree, built with its own configuration. */
function buildBase() {
  const tree = `${OUT}/tree-${base.sha.slice(0, 12)}`;
  if (!existsSync(tree)) run('git', ['worktree', 'add', '--detach', tree, base.sha]);
  if (!existsSync(`${tree}/node_modules`)) {
    const same = readFileSync(`${tree}/package-lock.json`, 'utf8') === readFileSync('package-lock.json', 'utf8');
    if (same) symlinkSync(resolve('node_modules'), `${tree}/node_modules`, 'dir');
    else run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], tree);
  }
  run('node_modules/.bin/vite', ['build', '--logLevel', 'warn', '--outDir', builds.base, '--emptyOutDir'], tree);
  return tree;
}

// ---- Each build served by `vite preview` with its own configuration (its server rules).
const servers = [];
const serve = (name, cwd) => {
  const server = spawn(
    resolve('node_modules/.bin/vite'),
    ['preview', '--outDir', builds[name], '--port', String(PORTS[name]), '--strictPort'],
    { stdio: 'ignore', cwd },
  );
  servers.push(server);
};
serve('current', process.cwd());
serve(
  'base',
  existsSync(`${OUT}/tree-${base.sha.slice(0, 12)}`) ? `${OUT}/tree-${base.sha.slice(0, 12)}` : process.cwd(),
);
serve('control', process.cwd());
const stop = () => servers.forEach((s) => s.kill('SIGTERM'));
process.on('exit', stop);
for (const port of Object.values(PORTS)) await waitFor(`http://localhost:${port}/`);

// ---- Mobile Lighthouse, alternating: for each run, every page of each build, then the control.
const { default: lighthouse } = await tool('lighthouse');
const chromeLauncher = await tool('chrome-launcher');
const lighthouseRuns = [];
const firstLoad = {};
for (let i = 0; i < RUNS; i++) {
  for (const page of PAGES)
    for (const build of ['current', 'base', ...(page === '/' ? ['control'] : [])]) {
      const result = await lighthouseRun(`http://localhost:${PORTS[build]}${page}`, build);
      lighthouseRuns.push({ build, page, run: i, ...result });
      if (result.files && !firstLoad[`${build} ${page}`]) firstLoad[`${build} ${page}`] = sizes(build, result.files);
      console.log(
        `  lighthouse ${build.padEnd(7)} ${page.slice(0, 30).padEnd(30)} run ${i + 1}: ${result.error ?? `perf ${result.performance}, LCP ${result.lcpMs} ms, TBT ${result.tbtMs} ms`}`,
      );
    }
}

/** One first visit in a new browser (nothing stored); its figures, or what went wrong. */
async function lighthouseRun(url, build) {
  let chrome;
  try {
    chrome = await chromeLauncher.launch({
      chromePath: chromiumPath(),
      chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    });
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const figure = (id) => {
      const v = lhr.audits[id]?.numericValue;
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    };
    const missing = [];
    const value = (id, rounding = Math.round) => {
      const v = figure(id);
      if (v === null) missing.push(id);
      return v === null ? null : rounding(v);
    };
    const out = {
      performance:
        lhr.categories.performance?.score == null ? null : Math.round(lhr.categories.performance.score * 100),
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift', (v) => Number(v.toFixed(3))),
      benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? 0) || null,
      files: (lhr.audits['network-requests']?.details?.items ?? [])
        .filter((r) => (r.sessionTargetType ?? 'page') === 'page')
        .map((r) => new URL(r.url))
        .filter((u) => u.port === String(PORTS[build]) && /\.(js|css)$/.test(u.pathname))
        .map((u) => u.pathname),
    };
    if (lhr.runtimeError) out.error = `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
    else if (missing.length > 0 || out.performance === null)
      out.error = `no figure for ${[...missing, ...(out.performance === null ? ['performance'] : [])].join(', ')}`;
    return out;
  } catch (error) {
    return { error: String(error?.message ?? error).split('\n')[0] };
  } finally {
    try {
      await chrome?.kill();
    } catch {
      /* already gone */
    }
  }
}

/** What a page fetched: its JavaScript (less what waits for the browser to be idle) and CSS, gzip level 9. */
function sizes(build, files) {
  // Loaded once the browser is idle, after the page is live: the service worker's registration, the storage check.
  const idle = /\/assets\/(UpdateBanner|workbox-window|persist)[-.]/;
  const gz = (file) => gzipSync(readFileSync(`${builds[build]}${file}`), { level: 9 }).length / 1024;
  const js = [...new Set(files)].filter((f) => f.endsWith('.js') && !idle.test(f));
  const css = [...new Set(files)].filter((f) => f.endsWith('.css'));
  const sum = (list) => Number(list.reduce((t, f) => t + gz(f), 0).toFixed(1));
  return { jsFiles: js.length, jsGzipKiB: sum(js), cssGzipKiB: sum(css) };
}

// ---- Time until the page is live, with Chromium's own throttling (not simulated), alternating.
const liveRuns = await timesToLive();
stop();

function round(v) {
  return typeof v === 'number' ? Math.round(v) : null;
}

async function timesToLive() {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  const out = [];
  try {
    for (let i = 0; i < RUNS; i++)
      for (const page of PAGES)
        for (const build of ['current', 'base']) {
          const context = await browser.newContext({ serviceWorkers: 'block' });
          try {
            const tab = await context.newPage();
            const cdp = await context.newCDPSession(tab);
            await cdp.send('Network.enable');
            await cdp.send('Network.emulateNetworkConditions', {
              offline: false,
              latency: LIVE.rttMs,
              downloadThroughput: (LIVE.downMbps * 1e6) / 8,
              uploadThroughput: (LIVE.upMbps * 1e6) / 8,
            });
            await cdp.send('Emulation.setCPUThrottlingRate', { rate: LIVE.cpu });
            // The moment the app marks the page live, on the page's own clock (from the navigation's start).
            // And when it painted, for real: the first paint and the largest (what Lighthouse simulates).
            await tab.addInitScript(() => {
              new MutationObserver((_, observer) => {
                if (document.documentElement.dataset.app !== 'ready') return;
                window.benchLiveAt = performance.now();
                observer.disconnect();
              }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app'] });
              new PerformanceObserver((list) => {
                for (const e of list.getEntries()) window.benchLcp = e.startTime;
              }).observe({ type: 'largest-contentful-paint', buffered: true });
            });
            await tab.goto(`http://localhost:${PORTS[build]}${page}`, { waitUntil: 'commit' });
            await tab.waitForFunction(() => window.benchLiveAt !== undefined, null, { timeout: 60_000 });
            const [liveMs, fcpMs, lcpMs] = await tab.evaluate(() => [
              window.benchLiveAt,
              performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
              window.benchLcp ?? null,
            ]);
            out.push({ build, page, run: i, liveMs: round(liveMs), fcpMs: round(fcpMs), lcpMs: round(lcpMs) });
          } catch (error) {
            out.push({ build, page, run: i, liveMs: null, error: String(error?.message ?? error).split('\n')[0] });
          } finally {
            await context.close();
          }
          const last = out.at(-1);
          console.log(
            `  live       ${build.padEnd(7)} ${page.slice(0, 30).padEnd(30)} run ${i + 1}: ${last.error ?? `live ${last.liveMs} ms, FCP ${last.fcpMs} ms, LCP ${last.lcpMs} ms`}`,
          );
        }
  } finally {
    await browser.close();
  }
  return out;
}

// ---- Figures: median and worst of each side, and the pairs.
/** Median and worst of the numbers among `values` (worst: the lowest score, the longest time). */
function spread(values, higherIsBetter = false) {
  const v = values.filter((x) => typeof x === 'number').toSorted((a, b) => a - b);
  if (v.length === 0) return { median: null, worst: null, n: 0 };
  return { median: v[Math.floor((v.length - 1) / 2)], worst: higherIsBetter ? v[0] : v.at(-1), n: v.length };
}
const figures = { performance: true, lcpMs: false, tbtMs: false, fcpMs: false, cls: false };
const lighthouseSummary = {};
for (const page of PAGES)
  for (const build of ['current', 'base', 'control']) {
    const runs = lighthouseRuns.filter((r) => r.build === build && r.page === page);
    if (runs.length === 0) continue;
    lighthouseSummary[`${build} ${page}`] = Object.fromEntries(
      Object.entries(figures).map(([k, hi]) => [
        k,
        spread(
          runs.map((r) => r[k]),
          hi,
        ),
      ]),
    );
  }
/** App − control, run by run (run i of the app against run i of the control, measured one after the other). */
const differences = {};
const control = lighthouseRuns.filter((r) => r.build === 'control');
for (const page of PAGES)
  for (const build of ['current', 'base']) {
    const runs = lighthouseRuns.filter((r) => r.build === build && r.page === page);
    differences[`${build} ${page}`] = Object.fromEntries(
      ['performance', 'tbtMs', 'lcpMs'].map((k) => {
        const d = runs.map((r) => {
          const c = control.find((x) => x.run === r.run)?.[k];
          return typeof r[k] === 'number' && typeof c === 'number' ? r[k] - c : null;
        });
        return [k, spread(d, k === 'performance')];
      }),
    );
  }
const liveSummary = {};
for (const page of PAGES)
  for (const build of ['current', 'base']) {
    const runs = liveRuns.filter((r) => r.build === build && r.page === page);
    liveSummary[`${build} ${page}`] = Object.fromEntries(
      ['liveMs', 'fcpMs', 'lcpMs'].map((k) => [k, spread(runs.map((r) => r[k]))]),
    );
  }
const indexes = lighthouseRuns.map((r) => r.benchmarkIndex).filter(Boolean);
const benchmarkIndex = { ...spread(indexes, true), min: Math.min(...indexes), max: Math.max(...indexes) };

// ---- Printed.
const fmt = (s, unit = '') => (s?.median == null ? '—' : `${s.median}${unit} / ${s.worst}${unit}`);
const ratio = (a, b) =>
  a?.median && b?.median ? `${((a.median / b.median - 1) * 100).toFixed(0).padStart(3)} %` : '—';
console.log(`\nFirst load (JavaScript until live, gzip): this build | base`);
for (const page of PAGES) {
  const c = firstLoad[`current ${page}`];
  const b = firstLoad[`base ${page}`];
  console.log(
    `  ${page.slice(0, 40).padEnd(40)} ${c ? `${c.jsGzipKiB} KiB in ${c.jsFiles} files` : '—'} | ${b ? `${b.jsGzipKiB} KiB in ${b.jsFiles} files` : '—'}`,
  );
}
console.log(
  `\nThrottled for real (${LIVE.rttMs} ms RTT, ${LIVE.downMbps} Mbit/s, CPU ${LIVE.cpu}× slower), median / worst: this build | base | change of the median`,
);
for (const page of PAGES)
  for (const [k, label] of [
    ['liveMs', 'live'],
    ['fcpMs', 'FCP'],
    ['lcpMs', 'LCP'],
  ]) {
    const c = liveSummary[`current ${page}`][k];
    const b = liveSummary[`base ${page}`][k];
    console.log(
      `  ${page.slice(0, 40).padEnd(40)} ${label.padEnd(5)} ${fmt(c, ' ms').padStart(17)} | ${fmt(b, ' ms').padStart(17)} | ${ratio(c, b)}`,
    );
  }
console.log(`\nMobile Lighthouse, app − control of the same run (median / worst): this build | base`);
for (const page of PAGES)
  for (const [k, label] of [
    ['performance', 'performance'],
    ['tbtMs', 'TBT (ms)'],
    ['lcpMs', 'LCP (ms)'],
  ])
    console.log(
      `  ${page.slice(0, 40).padEnd(40)} ${label.padEnd(12)} ${fmt(differences[`current ${page}`][k]).padStart(13)} | ${fmt(differences[`base ${page}`][k]).padStart(13)}`,
    );
const cs = lighthouseSummary['control /'];
if (cs)
  console.log(
    `  control (no JavaScript): performance ${fmt(cs.performance)}, TBT ${fmt(cs.tbtMs, ' ms')}, LCP ${fmt(cs.lcpMs, ' ms')}`,
  );
console.log(
  `  Lighthouse's CPU benchmark index of this machine: median ${benchmarkIndex.median}, ${benchmarkIndex.min}–${benchmarkIndex.max}.`,
);
const failed = [...lighthouseRuns, ...liveRuns].filter((r) => r.error);
if (failed.length)
  console.log(
    `\n${failed.length} run(s) reported a problem (their other figures are kept):\n${failed.map((r) => `- ${r.build} ${r.page} run ${r.run + 1}: ${r.error}`).join('\n')}`,
  );

const firstLoadOfEntry = firstLoad['current /']?.jsGzipKiB ?? null;
const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', benchmarkIndex },
  current,
  base,
  runs: RUNS,
  throttling: LIVE,
  pages: PAGES,
  firstLoad,
  firstLoadBudgetKiB: FIRST_LOAD_BUDGET_KIB,
  live: { summary: liveSummary, runs: liveRuns },
  lighthouse: { summary: lighthouseSummary, differences, runs: lighthouseRuns.map(({ files: _files, ...r }) => r) },
};
mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/latest.json`, `${JSON.stringify(result, null, 2)}\n`);
writeFileSync('docs/performance.md', render(result));
console.log('\nFigures in bench-results/latest.json; docs/performance.md written from them.');
if (firstLoadOfEntry !== null && firstLoadOfEntry > FIRST_LOAD_BUDGET_KIB) {
  console.error(`First load of / is ${firstLoadOfEntry} KiB gzip, over ${FIRST_LOAD_BUDGET_KIB}.`);
  process.exit(1);
}
process.exit(0);

async function waitFor(url) {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start on ${url}`);
}
