import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import { expectHeading, expectNoAxeViolations } from './helpers';

/** The steps reached without answers, and the self-trigger outcome at the URL of its shortest path. */
const PRERENDERED = [
  ['/', 'Quel service en ligne ne fonctionne pas ?'],
  ['/delta/service', 'Quel service DELTA utilisez-vous ?'],
  ['/gamma/access', 'Avez-vous un problème de matériel ou d’accès à internet ?'],
  ['/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate', 'Vous pouvez auto-déclencher la procédure de secours.'],
] as const;

/** Every page the build wrote, as its HTML. */
function builtPages(dir = 'dist', top = dir): { file: string; html: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? builtPages(join(dir, e.name), top)
      : e.name.endsWith('.html')
        ? [{ file: relative(top, join(dir, e.name)), html: readFileSync(join(dir, e.name), 'utf8') }]
        : [],
  );
}

test('the pages show before any JavaScript runs: real HTML, prerendered', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [url, heading] of PRERENDERED) {
    await page.goto(url);
    await expectHeading(page, heading);
  }
  // A step's answers and its body are in the HTML too.
  await expect(page.getByText('Cas 1 de la fiche')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Vos réponses' })).toContainText('Delta G – dédouanement en un temps');
  await context.close();
});

test('the entry page loads without the flows’ engine: none of its files holds XState', () => {
  // The entry question routes without the statechart (FLOW_START): XState comes with the next question.
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:href|src)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(files.length).toBeGreaterThan(3);
  const withEngine = files.filter((f) => readFileSync(join('dist', f), 'utf8').includes('xstate.init'));
  expect(withEngine).toEqual([]);
  // And the engine is in the build: the check reads the right marker.
  const all = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
  expect(all.some((f) => readFileSync(join('dist/assets', f), 'utf8').includes('xstate.init'))).toBe(true);
});

test('the entry page’s first load stays within its budget (105 KiB of JavaScript, gzip), and no test ships', () => {
  // The bench (npm run bench) measures it in a browser; this reads what the page links, so that every run checks it.
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:href|src)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const kib = files.reduce((sum, f) => sum + gzipSync(readFileSync(join('dist', f)), { level: 9 }).length, 0) / 1024;
  expect(kib, files.join(', ')).toBeLessThanOrEqual(105);
  // A test beside a page (src/pages/*.test.tsx) is never built as a page, nor its libraries.
  const built = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
  expect(
    built.filter((f) => /test/i.test(f) || readFileSync(join('dist/assets', f), 'utf8').includes('@testing-library')),
  ).toEqual([]);
});

test('a prerendered page holds no control that needs the app: every button sends its form, every link has its address', () => {
  const pages = builtPages().filter((p) => p.html.includes('data-prerendered='));
  expect(pages.length).toBeGreaterThan(20);
  const needsApp: string[] = [];
  for (const { file, html } of pages) {
    const root = html.slice(html.indexOf('<div id="root"'));
    for (const button of root.match(/<button\b[^>]*>/g) ?? [])
      if (!/type="submit"/.test(button)) needsApp.push(`${file}: ${button}`);
    // A submit button belongs to a form sent by the browser (GET, to this app).
    for (const form of root.match(/<form\b[^>]*>/g) ?? [])
      if (/method="post"|action="http/i.test(form)) needsApp.push(`${file}: ${form}`);
    for (const a of root.match(/<a\b[^>]*>/g) ?? []) if (!/href="[^"]+"/.test(a)) needsApp.push(`${file}: ${a}`);
  }
  expect(needsApp).toEqual([]);
});

test('the client hydrates the prerendered page (no warning, nothing replaced), and renders any other URL', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    // (The tests block service workers: their registration is refused, as expected.)
    if (['error', 'warning'].includes(m.type()) && !/Service ?Worker/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  // Counts the nodes the client takes out of the prerendered root: hydration keeps them all.
  await page.addInitScript(() => {
    (window as unknown as { removed: number }).removed = 0;
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const r of records) (window as unknown as { removed: number }).removed += r.removedNodes.length;
      }).observe(document.getElementById('root')!, { childList: true });
    });
  });
  const removed = () => page.evaluate(() => (window as unknown as { removed: number }).removed);

  for (const [url, heading] of PRERENDERED) {
    await page.goto(url);
    await expectHeading(page, heading);
    await page.waitForLoadState('networkidle');
    expect(await removed(), url).toBe(0);
  }
  expect(problems).toEqual([]);

  // A step with other answers than those it was prerendered with is never served that page (its answers,
  // its links and its form would be another diagnosis'): the app's frame, which the app renders.
  const other = await page.request.get('/delta/alert?v=1&r=delta-h7-edi', { headers: { Accept: 'text/html' } });
  const otherHtml = await other.text();
  expect(otherHtml).not.toContain('data-prerendered');
  expect(otherHtml).toContain('Chargement…');
  await page.goto('/delta/alert?v=1&r=delta-h7-edi');
  await expectHeading(page, 'Une alerte est-elle publiée sur la météo des services en ligne ?');
  await expect(page.getByRole('region', { name: 'Vos réponses' })).toContainText('Delta H7');
  // A page that shows what this browser keeps: the same frame, then the app.
  await page.goto('/incidents');
  await expectHeading(page, 'Incidents');
  expect(problems).toEqual([]);
});

test('every page asks for its stylesheets first, then for its scripts at low priority', () => {
  // On a slow link the first paint waits for the stylesheets alone: the scripts must not take their bandwidth.
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(3);
  for (const { file, html } of pages) {
    const head = html.slice(0, html.indexOf('</head>'));
    const sheets = [...head.matchAll(/<link rel="stylesheet"/g)].map((m) => m.index);
    const scripts = [...head.matchAll(/<script type="module"[^>]*>|<link rel="modulepreload"[^>]*>/g)];
    expect(sheets.length, file).toBeGreaterThan(0);
    const sheet = Math.max(...sheets);
    expect(scripts.length, file).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.index, `${file}: ${script[0]}`).toBeGreaterThan(sheet);
      expect(script[0], file).toContain('fetchpriority="low"');
    }
  }
});

test('a prerendered page asks for every file it needs at once, and so does the next page', async ({ page }) => {
  // Every script takes 300 ms to arrive, longer than the HTML takes to name them all: a file found only in
  // another file (a chain of round trips, long on a degraded connection) would be asked for after the first
  // one arrived.
  await page.route('**/assets/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue().catch(() => {});
  });
  /** The app's scripts asked for since `from` (ms on the page's clock), and those asked for late. */
  const scriptsSince = async (from: number) => {
    const scripts = await page.evaluate(
      (since) =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((r) => r.name.endsWith('.js') && r.startTime >= since)
          .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd })),
      from,
    );
    // Once the page is idle, on purpose: the service worker's registration and the storage check.
    const app = scripts.filter((s) => !/\/assets\/(UpdateBanner|workbox-window|persist)[-.]/.test(s.name));
    const firstArrived = Math.min(...app.map((s) => s.end));
    return { app, late: app.filter((s) => s.start >= firstArrived).map((s) => s.name) };
  };
  for (const [url, heading] of [
    ['/', 'Quel service en ligne ne fonctionne pas ?'],
    ['/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate', 'Vous pouvez auto-déclencher la procédure de secours.'],
    ['/gamma/backup?v=1&r=gamma-no-yes', 'La procédure de secours est autorisée : établissez un document papier.'],
  ] as const) {
    await page.goto(url);
    await expectHeading(page, heading);
    const { app, late } = await scriptsSince(0);
    expect(app.length, url).toBeGreaterThan(3);
    expect(late, url).toEqual([]);
  }
  // The entry page does without the flows' engine; the next question's page brings it, all its files at once.
  await page.goto('/');
  const { app: entry } = await scriptsSince(0);
  expect(entry.filter((s) => /\/assets\/(StepPage|replay)-/.test(s.name))).toEqual([]);
  const clicked = await page.evaluate(() => performance.now());
  await page.getByLabel('GAMMA 2').check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expectHeading(page, 'Avez-vous un problème de matériel ou d’accès à internet ?');
  const { app: next, late } = await scriptsSince(clicked);
  expect(next.map((s) => s.name).some((n) => n.includes('/StepPage-'))).toBe(true);
  expect(late).toEqual([]);
});

const STEP_PAGE = /\/assets\/StepPage-[\w-]+\.js$/;

test('the next question that cannot be loaded (offline before the app was stored) keeps the answer', async ({
  page,
}) => {
  await page.route(STEP_PAGE, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await page.getByLabel('GAMMA 2').check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('heading', { name: 'Cette page n’a pas pu être chargée' })).toBeVisible();
  // The answer is in the address: reloading once connected again goes on from it.
  await expect(page).toHaveURL(/\/gamma\/access$/);
  await expectNoAxeViolations(page);
});

test('« Continuer » says when the next question is still loading', async ({ page }) => {
  const gate: { open?: () => void } = {};
  const held = new Promise<void>((resolve) => (gate.open = resolve));
  await page.route(STEP_PAGE, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  // This is the app's own way on (a click before it has taken over the page is the browser's: first-answer.spec.ts).
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await page.getByLabel('GAMMA 2').check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.locator('.question-status')).toHaveText('Chargement de la question suivante…');
  gate.open?.();
  await expectHeading(page, 'Avez-vous un problème de matériel ou d’accès à internet ?');
});

test('what this browser keeps (a diagnosis to resume, help-desk mode) never moves the page under the finger', async ({
  browser,
}) => {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('/delta/service');
  await page.getByLabel('Delta X Import').check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expectHeading(page, 'Quel mode de transmission utilisez-vous ?');
  await page.goto('/assistance');
  await page.getByRole('button', { name: 'Activer le mode assistance' }).click();

  // The app's scripts held back: the prerendered page as the browser first shows it, then as the app renders it.
  const gate: { open?: () => void } = {};
  const held = new Promise<void>((resolve) => (gate.open = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  const boxes = () =>
    Promise.all(
      [
        page.getByRole('heading', { level: 1 }),
        page.getByLabel('DELTA (Delta G, Delta X, Delta H7)'),
        page.getByRole('button', { name: 'Continuer' }),
      ].map((l) => l.boundingBox()),
    );
  await page.goto('/', { waitUntil: 'commit' });
  await expectHeading(page, 'Quel service en ligne ne fonctionne pas ?');
  // As the browser first shows it: once its style sheets apply (they block the first paint, not a script
  // that measures the page).
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].every((l) => l.sheet !== null),
  );
  const before = await boxes();
  gate.open?.();
  await expect(page.getByRole('region', { name: 'Diagnostic en cours' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Mode assistance' })).toBeVisible();
  expect(await boxes()).toEqual(before);
  await context.close();
});
