/**
 * Privacy and accessibility of the built app in use: nothing leaves the origin, nothing typed is
 * kept, the Content-Security-Policy is never violated, and axe finds no WCAG 2.2 AA violation.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { POLL, newContext, openApp, searchField, waitForController, waitForDirectory } from './support/browser';
import { readDatabase } from './support/indexeddb';
import { WCAG_22_AA, axeViolations } from './support/page-checks';
import './support/provided';
import { browserAndServer } from './support/suite';

const appDir = inject('waypointAppDir');
const exitUrl = inject('waypointExitUrl');

const suite = browserAndServer(appDir);

/** Typed queries: misspelt or made up, so none of them occurs anywhere in the directory itself. */
const TYPED = ['traficing', 'helpine spian', 'trafficking zqxjv'];
/** Words of TYPED that are not in the directory: finding one anywhere means the query was kept. */
const TELLTALES = ['traficing', 'helpine', 'spian', 'zqxjv'];

/** Normal use: search (with typos and with no match), move through results, switch language and back. */
async function useTheApp(page: Page): Promise<void> {
  const search = searchField(page);
  for (const query of TYPED) {
    await search.click();
    await search.fill('');
    await search.pressSequentially(query);
    await expect.poll(() => page.locator('#results-heading').textContent(), POLL).toMatch(/results?$|^Nothing matches/);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  }
  // Open the results: the skip link, then scroll through them.
  await page.keyboard.press('Home');
  const skipLink = page.getByRole('link', { name: 'Skip to results' });
  await skipLink.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('results');
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await expect.poll(() => page.evaluate(() => document.documentElement.lang), POLL).toBe('es');
  await page.getByRole('combobox').first().selectOption('en');
  await expect.poll(() => page.evaluate(() => document.documentElement.lang), POLL).toBe('en');
}

/** Everything the origin keeps on the device, as text: web storage, IndexedDB, Cache Storage URLs. */
async function dumpClientStorage(page: Page) {
  const { local, session, databases, caches } = await page.evaluate(async () => {
    const caches: Record<string, string[]> = {};
    for (const name of await self.caches.keys()) {
      caches[name] = (await (await self.caches.open(name)).keys()).map((request) => request.url);
    }
    const databases = (await indexedDB.databases()).map((db) => db.name);
    return { local: Object.entries(localStorage), session: Object.entries(sessionStorage), databases, caches };
  });
  const idb: Record<string, unknown> = {};
  for (const name of databases) {
    if (name) idb[name] = await readDatabase(page, { database: name });
  }
  return { local, session, databases, idb, caches };
}

describe('privacy', () => {
  test('nothing leaves the origin, no cookies, and nothing typed is stored anywhere', async () => {
    const { context, offOrigin } = await newContext(suite.browser, { exitUrl });
    try {
      const page = await openApp(context, suite.server.url('/'), { controlled: true });
      await useTheApp(page);
      await page.waitForLoadState('networkidle');

      expect(offOrigin).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      const storage = await dumpClientStorage(page);
      expect(storage.local).toEqual([]);
      expect(storage.session).toEqual([]);
      // The directory itself is stored (IndexedDB, precache), the query is not.
      expect(storage.databases).toContain('waypoint');
      const everything = JSON.stringify(storage).toLowerCase();
      // The dump really holds the stored directory (so the search below looks at real data).
      expect(everything).toContain('human trafficking');
      expect(
        Object.values(storage.caches)
          .flat()
          .some((url) => url.includes('/data/directory-')),
      ).toBe(true);
      for (const word of TELLTALES) expect(everything).not.toContain(word);
      for (const word of TELLTALES) {
        expect(page.url().toLowerCase()).not.toContain(word);
        expect((await page.title()).toLowerCase()).not.toContain(word);
      }
    } finally {
      await context.close();
    }
  });

  test('no Content-Security-Policy violation while the app is used', async () => {
    const { context, offOrigin } = await newContext(suite.browser, { exitUrl });
    try {
      const violations: string[] = [];
      await context.exposeFunction('__reportCspViolation', (report: string) => violations.push(report));
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (report: string) => void }).__reportCspViolation;
          report(
            `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
          );
        });
      });
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text()))
          consoleErrors.push(message.text());
      });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));

      await page.goto(suite.server.url('/'));
      await waitForDirectory(page);
      await waitForController(page);
      await useTheApp(page);
      await page.reload();
      await waitForDirectory(page);
      await page.waitForLoadState('networkidle');

      expect(violations).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(pageErrors).toEqual([]);
      expect(offOrigin).toEqual([]);

      // The policy is in force and the collectors work: an inline script is refused and reported.
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true;';
        document.head.append(script);
      });
      await expect.poll(() => violations.length, POLL).toBeGreaterThan(0);
      expect(violations[0]).toMatch(/^script-src/);
      expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    } finally {
      await context.close();
    }
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  test('no violations on the home view, a results view and the no-match view', async () => {
    const { context, offOrigin } = await newContext(suite.browser, { exitUrl });
    try {
      const page = await openApp(context, suite.server.url('/'));

      const found: Record<string, string[]> = {};
      found.home = await axeViolations(page, WCAG_22_AA);

      const search = searchField(page);
      await search.fill('trafficking');
      await expect.poll(() => page.locator('#results-heading').textContent(), POLL).toMatch(/^\d+ results?$/);
      found.results = await axeViolations(page, WCAG_22_AA);

      await search.fill('trafficking zqxjv');
      await page.getByRole('heading', { name: 'Closest matches' }).waitFor();
      found.noMatch = await axeViolations(page, WCAG_22_AA);

      expect(found).toEqual({ home: [], results: [], noMatch: [] });
      expect(offOrigin).toEqual([]);

      // axe really checks this page: an image with no text alternative is reported.
      await page.evaluate(() => {
        const image = document.createElement('img');
        image.src = 'icons/icon-192.png';
        document.querySelector('main')!.append(image);
      });
      expect((await axeViolations(page, WCAG_22_AA)).some((line) => line.startsWith('image-alt'))).toBe(true);
    } finally {
      await context.close();
    }
  });
});
