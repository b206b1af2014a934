/**
 * The first answer always counts. A person answers as soon as the page shows, whether the app's
 * JavaScript has arrived, is starting or is running: these tests do not wait for the app, and act at a
 * spread of instants during start-up.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';

const ENTRY_QUESTION = 'Quel service en ligne ne fonctionne pas ?';
const DELTA = 'DELTA (Delta G, Delta X, Delta H7)';
const NEXT_QUESTION = 'Quel service DELTA utilisez-vous ?';
const RUNS = 20;
const SLOW_RUNS = 10;

/** A fresh browser context (nothing cached, nothing stored), with its first page. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  return context.newPage();
}

/** Checks DELTA and clicks « Continuer » at once; the answer must lead to the next question, with it. */
async function answerAtOnce(page: Page) {
  await page.getByLabel(DELTA).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  // Whether the answer counts, not how fast (speed is the bench's): twenty pages share two cores here.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEXT_QUESTION, { timeout: 45_000 });
  await expect(page).toHaveURL(/\/delta\/service$/);
  await expect(page.getByText('Il y a un problème')).toHaveCount(0);
}

/** Waits `ms`, answers at once, and notes the run as lost if the answer did not count; then closes the page. */
async function answerAfter(page: Page, ms: number, run: string, lost: string[]) {
  await page.waitForTimeout(ms);
  try {
    await answerAtOnce(page);
  } catch (error) {
    lost.push(`${run} (after ${ms} ms): ${String(error).split('\n')[0]}`);
  }
  await page.context().close();
}

test('every script delayed by 3 s: the answer given at any instant of start-up leads to the next question', async ({
  browser,
}) => {
  test.setTimeout(200_000);
  const lost: string[] = [];
  // Twenty people at once: twenty first visits, each answering at another instant, from the first
  // paint (no script has arrived) to well after the app has started: 0, 350, 700… ms.
  for (let round = 0; round < RUNS / 20; round++) {
    await Promise.all(
      Array.from({ length: 20 }, async (_, j) => {
        const i = round * 20 + j;
        const page = await freshPage(browser);
        await page.route(/\.js$/, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 3000));
          await route.continue().catch(() => {});
        });
        await page.goto('/', { waitUntil: 'commit' });
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(ENTRY_QUESTION);
        await answerAfter(page, i * 350, `run ${i}`, lost);
      }),
    );
  }
  expect(lost).toEqual([]);
});

test('a slow phone (CPU 6× slower): the answer clicked at any instant of start-up counts', async ({ browser }) => {
  // Ten start-ups on a slowed CPU, one after the other, beside the other worker's tests.
  test.setTimeout(240_000);
  const lost: string[] = [];
  // One person at a time: each page has the slowed CPU to itself.
  const visit = async (i: number) => {
    const page = await freshPage(browser);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    // A slow connection too, so that start-up lasts long enough to be clicked at every stage of it.
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 100,
      downloadThroughput: (4 * 1e6) / 8,
      uploadThroughput: (1 * 1e6) / 8,
    });
    await page.goto('/', { waitUntil: 'commit' });
    await page.getByLabel(DELTA).waitFor();
    // From the first paint to well after the app has started: 0, 150, 300… ms.
    await answerAfter(page, i * 150, `run ${i}`, lost);
  };
  // Ten start-ups cover the same span as twenty did, in half the time (the suite's time is the CI's).
  for (let i = 0; i < SLOW_RUNS; i++) await visit(i);
  expect(lost).toEqual([]);
});
