/**
 * The first answer always counts. A person answers as soon as the page shows, whether the app's JavaScript
 * has arrived, is starting or is running. Rather than clicking at a spread of instants and hoping some land
 * in each stage of start-up, each run here is hooked on a stage, and says which one it hit:
 * - before any script: the page is plain HTML, its form sent by the browser;
 * - checked before the app, clicked once it has taken the form over: the choice must survive hydration;
 * - clicked the very instant the app says it is live (`data-app="ready"`), on a CPU six times slower, and a
 *   frame later: inside and just after hydration.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';

const DELTA = 'DELTA (Delta G, Delta X, Delta H7)';
const NEXT_QUESTION = 'Quel service DELTA utilisez-vous ?';

/** A fresh browser context (nothing cached, nothing stored), with its first page. */
async function freshPage(browser: Browser, cpuSlowdown = 1): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  return page;
}

/** Holds every script back until the returned function is called. */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.js$/, async (route) => {
    await released;
    await route.continue().catch(() => {});
  });
  return release;
}

/** The answer led to the next question, with it. */
async function expectNextQuestion(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEXT_QUESTION, { timeout: 20_000 });
  await expect(page).toHaveURL(/\/delta\/service$/);
  await expect(page.getByText('Il y a un problème')).toHaveCount(0);
}

/** Whether React has taken the entry page's form over (hydrated it). */
const formHydrated = (page: Page) =>
  page.evaluate(() => Object.keys(document.querySelector('form') ?? {}).some((k) => k.startsWith('__react')));

test('before any script has arrived, the plain form sends the answer, and the app follows it', async ({ browser }) => {
  const page = await freshPage(browser);
  const release = await holdScripts(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.getByLabel(DELTA).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.waitForURL(/answer=delta/, { waitUntil: 'commit' });
  release();
  await expectNextQuestion(page);
  await page.context().close();
});

test('checked before the app started, clicked once it has taken the form over: the choice is still there', async ({
  browser,
}) => {
  const page = await freshPage(browser);
  const release = await holdScripts(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.getByLabel(DELTA).check();
  release();
  await expect.poll(() => formHydrated(page), { timeout: 20_000 }).toBe(true);
  await expect(page.getByLabel(DELTA)).toBeChecked();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expectNextQuestion(page);
  await page.context().close();
});

test('clicked the instant the app says it is live, and a frame later, on a slow CPU: the answer counts', async ({
  browser,
}) => {
  const stages: string[] = [];
  // Two people at once, each on a CPU six times slower, the choice made while the page was plain HTML.
  await Promise.all(
    (['at once', 'a frame later'] as const).map(async (when) => {
      const page = await freshPage(browser, 6);
      let stage = 'no click: the app never said it was live';
      await page.exposeFunction('reportStage', (seen: string) => (stage = seen));
      await page.addInitScript((later) => {
        // Inside: an init script is sent to the page as its source, without the scope around it.
        // oxlint-disable-next-line unicorn/consistent-function-scoping
        const click = () => {
          const form = document.querySelector('form');
          const hydrated = Object.keys(form ?? {}).some((k) => k.startsWith('__react'));
          void (window as unknown as { reportStage: (s: string) => void }).reportStage(
            hydrated ? 'form hydrated' : 'form not yet hydrated',
          );
          document.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
        };
        new MutationObserver((_, observer) => {
          if (document.documentElement.dataset.app !== 'ready') return;
          observer.disconnect();
          if (later) requestAnimationFrame(click);
          else click();
          // (The script runs before the document has its root element: the whole document is watched.)
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
      }, when === 'a frame later');
      const release = await holdScripts(page);
      await page.goto('/', { waitUntil: 'commit' });
      await page.getByLabel(DELTA).check();
      release();
      await expectNextQuestion(page);
      stages.push(`${when}: ${stage}`);
      await page.context().close();
    }),
  );
  // Each run clicked as the app went live, and says in what state it found the form (in the report).
  test.info().annotations.push({ type: 'stages', description: stages.join('; ') });
  for (const stage of stages) expect(stage).toMatch(/: form (not yet )?hydrated$/);
});
