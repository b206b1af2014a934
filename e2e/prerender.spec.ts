import { expect, test } from './fixtures';
import { expectHeading, expectNoAxeViolations } from './helpers';

/** The steps reached without answers, and the self-trigger outcome at the URL of its shortest path. */
const PRERENDERED = [
  ['/', 'Quel service en ligne ne fonctionne pas ?'],
  ['/delta/service', 'Quel service DELTA utilisez-vous ?'],
  ['/gamma/access', 'Avez-vous un problème de matériel ou d’accès à internet ?'],
  ['/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate', 'Vous pouvez auto-déclencher la procédure de secours.'],
] as const;

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
    // Hydrated: the buttons work (here, the first answer's radio), and the prerendered nodes are still there.
    await expect(page.getByRole('button', { name: /Continuer|Imprimer/ }).first()).toBeEnabled();
    await page.waitForLoadState('networkidle');
    expect(await removed(), url).toBe(0);
  }
  expect(problems).toEqual([]);

  // Once hydrated, the page is the app: answering moves on.
  await page.goto('/delta/service');
  await page.getByLabel('Delta X Import').check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expectHeading(page, 'Quel mode de transmission utilisez-vous ?');

  // Another URL of a prerendered step: rendered by the client, over the page of the same step.
  await page.goto('/delta/alert?v=1&r=delta-h7-edi');
  await expectHeading(page, 'Une alerte est-elle publiée sur la météo des services en ligne ?');
  await expect(page.getByRole('region', { name: 'Vos réponses' })).toContainText('Delta H7');
  // A route with no page of its own: the shell, then the app.
  const shell = await page.request.get('/incidents', { headers: { Accept: 'text/html' } });
  expect(await shell.text()).toMatch(/<div id="root"><\/div>/);
  await page.goto('/incidents');
  await expectHeading(page, 'Incidents');
  expect(problems).toEqual([]);
});

test('the first paint waits for no JavaScript: the app is fetched after it', async ({ page }) => {
  for (const url of ['/', '/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate']) {
    await page.goto(url);
    const [paint, scripts] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('.js'))
        .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime })),
    ]);
    // The entry script (named in the HTML) is the only one fetched before the page has painted.
    const before = scripts.filter((s) => s.start < paint).map((s) => s.name);
    expect(before, url).toHaveLength(1);
    expect(
      scripts.some((s) => s.name.includes('/react-')),
      url,
    ).toBe(true);
  }
});

test('a link to a step or a page: every file it needs is asked for at once, none waits for another to arrive', async ({
  page,
}) => {
  // Every script takes a second to arrive: a file found only in another file (a chain of round trips, long on
  // a degraded connection) would be asked for after the first one arrived.
  await page.route('**/assets/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  /** The app's scripts this page asked for (the entry script is in the HTML; the service worker's
   * registration and the storage check wait until the page is idle, on purpose), and those asked for late. */
  const scriptsOf = async (url: string) => {
    const scripts = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.name.endsWith('.js'))
        .map((r) => ({ name: new URL(r.name).pathname, start: r.startTime, end: r.responseEnd })),
    );
    const app = scripts.filter((s) => !/\/assets\/(index|UpdateBanner|workbox-window|persist)[-.]/.test(s.name));
    expect(app.length, url).toBeGreaterThan(5);
    const firstArrived = Math.min(...app.map((s) => s.end));
    return { app, late: app.filter((s) => s.start >= firstArrived).map((s) => s.name) };
  };
  for (const [url, heading] of [
    ['/', 'Quel service en ligne ne fonctionne pas ?'],
    ['/delta/selfTrigger?v=1&r=delta-g1-dti-no-cannotValidate', 'Vous pouvez auto-déclencher la procédure de secours.'],
    ['/gamma/backup?v=1&r=gamma-no-yes', 'La procédure de secours est autorisée : établissez un document papier.'],
    ['/registre-lrn', 'Registre LRN des documents de secours GAMMA 2'],
  ] as const) {
    await page.goto(url);
    await expectHeading(page, heading);
    const { app, late } = await scriptsOf(url);
    expect(late, url).toEqual([]);
    // A page outside the diagnosis does not wait for the flows' engine, which it does not use.
    if (url === '/registre-lrn') expect(app.filter((s) => /\/assets\/(xstate|flow)-/.test(s.name))).toEqual([]);
  }

  // Help-desk mode, kept in this browser: its panel, beside every page, is asked for with the page's files.
  const panel = page.getByRole('complementary', { name: 'Mode assistance' });
  await page.getByRole('button', { name: 'Mode assistance' }).click();
  await expect(panel).toBeVisible();
  await page.goto('/delta/service');
  await expect(panel).toBeVisible();
  expect((await scriptsOf('/delta/service (help-desk mode)')).late).toEqual([]);
});

test('a diagnosis to resume, or help-desk mode: the page does not jump when the app renders it', async ({ page }) => {
  await page.goto('/delta/service');
  await page.getByLabel('Delta X Import').check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expectHeading(page, 'Quel mode de transmission utilisez-vous ?');

  const shifts = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) =>
            resolve(list.getEntries().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0)),
          ).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(0), 500);
        }),
    );
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Diagnostic en cours' })).toBeVisible();
  expect(await shifts()).toBe(0);

  await page.getByRole('button', { name: 'Mode assistance' }).click();
  await expect(page.getByRole('complementary', { name: 'Mode assistance' })).toBeVisible();
  // The panel loads its own code: a slight shift beside the page (layout-shift score under 0.01, where 0.1
  // is the « good » threshold); none of the page itself.
  await page.goto('/delta/service');
  await expect(page.getByRole('complementary', { name: 'Mode assistance' })).toBeVisible();
  expect(await shifts()).toBeLessThan(0.01);
});

test('before the app has taken over the page, an answer is followed, and a page for other answers is inert', async ({
  browser,
}) => {
  // A context of its own: its pages do not wait for the app (fixtures.ts), whose code is held back here.
  const context = await browser.newContext();
  const page = await context.newPage();
  const gate: { open?: () => void } = {};
  const held = new Promise<void>((resolve) => (gate.open = resolve));
  await page.route(/\/assets\/start-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue().catch(() => {});
  });

  await page.goto('/delta/service');
  await page.getByLabel('Delta X Import').check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.waitForURL(/\/delta\/service\?v=1&r=delta&answer=xi$/);
  // A step prerendered for other answers: nothing in it can be used yet.
  await page.goto('/delta/alert?v=1&r=delta-xi-edi');
  await expect(page.locator('#root')).toHaveAttribute('inert', '');

  await page.goBack();
  gate.open?.();
  await expectHeading(page, 'Quel mode de transmission utilisez-vous ?');
  await expect(page).toHaveURL(/\/delta\/mode\?v=1&r=delta-xi$/);
  await page.goto('/delta/alert?v=1&r=delta-xi-edi');
  await expect(page.getByRole('region', { name: 'Vos réponses' })).toContainText('Delta X Import');
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  await context.close();
});

test('the entry page is live without the flows’ engine; « Continuer » says when it waits for it or could not load it', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
  });
  const engine = /\/assets\/(flow|xstate)-[\w-]+\.js$/;
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => engine.test(s))).toEqual([]);

  // Starting to answer loads it; here the connection fails.
  await page.route(engine, (route) => route.abort('internetdisconnected'));
  await page.getByLabel('GAMMA 2').check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByText('La suite du diagnostic n’a pas pu être chargée')).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByLabel('GAMMA 2')).toBeChecked();
  await expectNoAxeViolations(page);

  // The connection is back, slow: « Continuer » says that it is loading, then moves on.
  await page.unroute(engine);
  await page.route(engine, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('status')).toHaveText('Chargement de la suite du diagnostic…');
  await expectHeading(page, 'Avez-vous un problème de matériel ou d’accès à internet ?');
  await expect(page.getByText('La suite du diagnostic n’a pas pu être chargée')).toBeHidden();
});
