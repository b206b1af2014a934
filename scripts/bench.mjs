// `npm run bench`: builds, measures the first-load JavaScript and CSS (raw, gzip, brotli) against the
// budget, and runs Lighthouse (mobile and desktop) on the production build in Debian's Chromium.
// Prints figures; exits non-zero when a budget is missed. Not a test: timings vary with the machine.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium-path.mjs';
import { ensureNodeModules } from './setup.mjs';

const BUDGET = {
  firstLoadJsGzipKiB: 125,
  desktop: { performance: 100, accessibility: 100, 'best-practices': 100 },
  mobile: { performance: 95, accessibility: 100, 'best-practices': 100 },
};
const PORT = Number(process.env.BENCH_PORT ?? 4175);
const PAGES = ['/', '/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate'];

ensureNodeModules();
spawnSync('node', ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });
const build = spawnSync('node_modules/.bin/vite', ['build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(1);

// ---- First-load sizes: what index.html loads before any interaction.
const html = readFileSync('dist/index.html', 'utf8');
const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const kib = (n) => n / 1024;
const sizes = assets.map((file) => {
  const data = readFileSync(`dist${file}`);
  return {
    file,
    kind: file.endsWith('.css') ? 'css' : 'js',
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const total = (kind, key) => sizes.filter((s) => s.kind === kind).reduce((t, s) => t + s[key], 0);
console.log('\nFirst load (KiB)            raw     gzip   brotli');
for (const s of sizes)
  console.log(
    `  ${s.file.padEnd(34).slice(0, 34)} ${kib(s.raw).toFixed(1).padStart(6)} ${kib(s.gzip).toFixed(1).padStart(8)} ${kib(s.brotli).toFixed(1).padStart(8)}`,
  );
const first = {
  js: { raw: kib(total('js', 'raw')), gzip: kib(total('js', 'gzip')), brotli: kib(total('js', 'brotli')) },
  css: { raw: kib(total('css', 'raw')), gzip: kib(total('css', 'gzip')), brotli: kib(total('css', 'brotli')) },
};
for (const kind of ['js', 'css'])
  console.log(
    `  ${kind.toUpperCase()} total${' '.repeat(26)} ${first[kind].raw.toFixed(1).padStart(6)} ${first[kind].gzip.toFixed(1).padStart(8)} ${first[kind].brotli.toFixed(1).padStart(8)}`,
  );
const failures = [];
if (first.js.gzip > BUDGET.firstLoadJsGzipKiB)
  failures.push(`first-load JS ${first.js.gzip.toFixed(1)} KiB gzip > ${BUDGET.firstLoadJsGzipKiB}`);
console.log(
  `  budget: JS ≤ ${BUDGET.firstLoadJsGzipKiB} KiB gzip → ${first.js.gzip <= BUDGET.firstLoadJsGzipKiB ? 'OK' : 'OVER'}`,
);

// ---- Lighthouse on `vite preview`.
const server = spawn('node_modules/.bin/vite', ['preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
});
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);
await waitFor(`http://localhost:${PORT}/`);

const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
const results = [];
try {
  for (const formFactor of ['desktop', 'mobile']) {
    for (const page of PAGES) {
      const config =
        formFactor === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
      const run = await lighthouse(
        `http://localhost:${PORT}${page}`,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        },
        config,
      );
      const lhr = run.lhr;
      const score = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
      const r = {
        formFactor,
        page,
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
        cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
      };
      results.push(r);
      for (const [k, min] of Object.entries(BUDGET[formFactor]))
        if (r[k] < min) failures.push(`${formFactor} ${page}: ${k} ${r[k]} < ${min}`);
    }
  }
} finally {
  await chrome.kill();
  stop();
}
console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}`);
console.log('  form     page                                          perf a11y  bp  seo    LCP    TBT    CLS');
for (const r of results)
  console.log(
    `  ${r.formFactor.padEnd(8)} ${r.page.padEnd(45).slice(0, 45)} ${String(r.performance).padStart(4)} ${String(r.accessibility).padStart(4)} ${String(r['best-practices']).padStart(3)} ${String(r.seo).padStart(4)} ${`${r.lcpMs}ms`.padStart(6)} ${`${r.tbtMs}ms`.padStart(6)} ${String(r.cls).padStart(6)}`,
  );
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/latest.json',
  JSON.stringify(
    { date: new Date().toISOString(), firstLoad: first, files: sizes, lighthouse: results, budget: BUDGET },
    null,
    2,
  ),
);
if (failures.length) {
  console.error(`\nBudget missed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nAll budgets met. Figures in bench-results/latest.json.');
process.exit(0);

async function waitFor(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not start on ${url}`);
}
