/**
 * Quick exit: the button and the keyboard shortcuts leave at once for the neutral exit address,
 * replace the app's history entry (Back goes to where she came from, not to the app), send no
 * referrer, and nothing typed ends up in the address or the history.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { watchBackForwardCache } from './support/bfcache';
import {
  POLL,
  START_PAGE_URL,
  newContext,
  openApp,
  searchField,
  waitForController,
  waitForDirectory,
  type OffOriginRequest,
} from './support/browser';
import { waitForStoredDirectory } from './support/indexeddb';
import './support/provided';
import { backForwardCacheBrowser, browserAndServer } from './support/suite';

const appDir = inject('waypointAppDir');
const exitUrl = inject('waypointExitUrl');

const suite = browserAndServer(appDir);

interface Visit {
  context: BrowserContext;
  page: Page;
  offOrigin: OffOriginRequest[];
  /** history.length on the app, before leaving. */
  historyLength: number;
}

/** A fresh context: the neutral start page, then the app (two history entries). */
async function visitFromStartPage(): Promise<Visit> {
  const { context, offOrigin } = await newContext(suite.browser, { exitUrl });
  const page = await openApp(context, suite.server.url('/'), { fromStartPage: true });
  // 2, or 3 when Chromium kept the new tab's initial about:blank entry.
  const historyLength = await page.evaluate(() => history.length);
  expect(historyLength).toBeGreaterThanOrEqual(2);
  return { context, page, offOrigin, historyLength };
}

/** The checks every way out must pass, once the exit was triggered. */
async function expectLeftForExitUrl({ page, offOrigin, historyLength }: Visit): Promise<void> {
  await page.waitForURL(exitUrl);
  expect(await page.title()).toBe('Weather');
  const exitRequests = offOrigin.filter((request) => request.isNavigation && request.url.startsWith(exitUrl));
  expect(exitRequests).toHaveLength(1);
  expect(Object.keys(exitRequests[0]!.headers)).not.toContain('referer');
  // location.replace(): no entry added (the app's was swapped), and Back goes to the start page.
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await page.goBack();
  expect(page.url()).toBe(START_PAGE_URL);
  expect(await page.title()).toBe('Start page');
  // The only off-origin requests were the start page and the exit page.
  expect(offOrigin.every((request) => request.handled === 'fulfilled')).toBe(true);
}

describe('quick exit', () => {
  test('the Quick exit button leaves for the exit address and out of history, with no referrer', async () => {
    const visit = await visitFromStartPage();
    try {
      await visit.page.getByRole('button', { name: 'Quick exit' }).click();
      await expectLeftForExitUrl(visit);
    } finally {
      await visit.context.close();
    }
  });

  test('Escape twice within a second leaves, also while typing in the search field; one Escape does not', async () => {
    const visit = await visitFromStartPage();
    const { page } = visit;
    try {
      const search = searchField(page);
      await search.click();
      await search.pressSequentially('helpline');
      await expect.poll(() => page.locator('#results-heading').textContent(), POLL).toMatch(/results?$/);

      await page.keyboard.press('Escape');
      // An exit hides the page synchronously inside the key handler: checking right after the
      // key event is enough to know no exit started.
      expect(await page.evaluate(() => document.documentElement.hidden)).toBe(false);
      expect(page.url()).toBe(suite.server.url('/'));
      expect(await search.evaluate((input) => input === document.activeElement)).toBe(true);

      await page.keyboard.press('Escape');
      await expectLeftForExitUrl(visit);
    } finally {
      await visit.context.close();
    }
  });

  test('Shift pressed three times leaves; Shift used as a modifier (Shift+A three times) does not', async () => {
    const visit = await visitFromStartPage();
    const { page } = visit;
    try {
      const search = searchField(page);
      await search.click();
      await search.pressSequentially('job');
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+A');
      expect(await page.evaluate(() => document.documentElement.hidden)).toBe(false);
      expect(page.url()).toBe(suite.server.url('/'));
      // The keys reached the field as capitals: Shift really was a modifier.
      expect(await search.inputValue()).toBe('jobAAA');

      // Each counted press is shown and announced (a live region), as GOV.UK's exit does.
      const count = page.locator('.quick-exit__count');
      expect(await count.getAttribute('aria-live')).toBe('polite');
      await page.keyboard.press('Shift');
      await expect.poll(() => count.textContent()).toBe('Quick exit: Shift 1/3');
      await page.keyboard.press('Shift');
      await expect.poll(() => count.textContent()).toBe('Quick exit: Shift 2/3');
      await page.keyboard.press('Shift');
      await expectLeftForExitUrl(visit);
    } finally {
      await visit.context.close();
    }
  });

  test('Quick exit is the first Tab stop; searching adds no history entry and never puts the query in the URL', async () => {
    const { context, offOrigin } = await newContext(suite.browser, { exitUrl });
    try {
      const page = await context.newPage();
      const urls: string[] = [];
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) urls.push(frame.url());
      });
      await page.goto(suite.server.url('/'));
      await waitForDirectory(page);
      const historyLength = await page.evaluate(() => history.length);
      const title = await page.title();

      // From the top of the page, the first Tab reaches the Quick exit button.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('Tab');
      const quickExit = page.getByRole('button', { name: 'Quick exit' });
      expect(await quickExit.evaluate((button) => button === document.activeElement)).toBe(true);
      // The next stop is the skip link; following it moves focus without adding a history entry.
      await page.keyboard.press('Tab');
      const skipLink = page.getByRole('link', { name: 'Skip to results' });
      expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('results');

      const queries = ['helpline mexico', 'fake job offer'];
      const search = searchField(page);
      for (const query of queries) {
        await search.click();
        await search.fill('');
        await search.pressSequentially(query);
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('#results-heading').textContent(), POLL).toMatch(/results?|Nothing matches/);
        // Move around: forward and back through the page, and scroll.
        for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
        for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('PageDown');
        await page.keyboard.press('Home');
        // Still on the app (Tab and Shift+Tab never counted as an exit shortcut).
        expect(await page.evaluate(() => document.documentElement.hidden)).toBe(false);
      }

      expect(await page.evaluate(() => history.length)).toBe(historyLength);
      expect(await page.title()).toBe(title);
      const seen = [...urls, page.url(), await page.evaluate(() => location.href)];
      for (const url of seen) {
        const decoded = decodeURIComponent(url).toLowerCase();
        for (const word of queries.flatMap((query) => query.split(' '))) expect(decoded).not.toContain(word);
      }
      expect(new Set(seen)).toEqual(new Set([suite.server.url('/')]));
      expect(offOrigin).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('back/forward cache', () => {
  const bfcache = backForwardCacheBrowser();

  test('a page restored from the back/forward cache shows nothing of the previous query', async ({ skip }) => {
    const { context } = await newContext(bfcache.browser, { exitUrl });
    try {
      const page = await context.newPage();
      const visit = await watchBackForwardCache(page);
      await page.goto(suite.server.url('/'));
      await waitForDirectory(page);
      // Let the first visit settle (worker installed, directory stored, update check done): work
      // in flight when the page is left can keep it out of the cache.
      await waitForController(page);
      await waitForStoredDirectory(page, (facts) => facts?.meta !== null && facts?.meta !== undefined);
      await page.waitForLoadState('networkidle');
      // Misspelt on purpose: it still finds results, and its text appears nowhere in the directory.
      const query = 'helpline mexcio';
      const search = searchField(page);
      await search.fill(query);
      await expect.poll(() => page.locator('#results-heading').textContent(), POLL).toMatch(/results?$/);

      const notRestored = await visit.leaveAndComeBack(suite.server.url('/'));
      if (notRestored) skip(notRestored);

      await expect.poll(() => search.inputValue(), POLL).toBe('');
      expect(await page.evaluate(() => document.documentElement.hidden)).toBe(false);
      expect(await page.title()).toBe('Waypoint');
      const heading = (await page.locator('#results-heading').textContent()) ?? '';
      expect(heading).toMatch(/^\d+ entries$/);
      const pageText = ((await page.locator('body').textContent()) ?? '').toLowerCase();
      expect(pageText).not.toContain('mexcio');
      expect(await page.locator('#results ol.entry-list').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
