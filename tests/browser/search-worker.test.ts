/**
 * The search runs in a module worker: typing never waits for the engine on the page's thread.
 * The worker's script comes from our own origin under the Content-Security-Policy, is precached,
 * and answers offline; the page never loads the engine's own chunk (its fallback for browsers
 * without workers).
 */
import { describe, expect, inject, test } from 'vitest';
import { POLL, newContext, openApp, searchField, waitForDirectory } from './support/browser';
import { pageCspViolations, recordCspViolations } from './support/page-checks';
import './support/provided';
import { browserAndServer } from './support/suite';

const appDir = inject('waypointAppDir');
const exitUrl = inject('waypointExitUrl');
const suite = browserAndServer(appDir);

describe('search in a worker', () => {
  test('answers typing from a module worker, online and offline, without the engine on the page', async () => {
    const { context, offOrigin } = await newContext(suite.browser, { exitUrl });
    const csp = await recordCspViolations(context);
    try {
      const page = await openApp(context, suite.server.url('/'), { controlled: true });
      csp.watch(page);
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      const search = searchField(page);
      const heading = page.locator('#results-heading');
      await search.fill('trafficing');
      await expect.poll(() => heading.textContent(), POLL).toMatch(/^\d+ results?$/);
      expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([
        expect.stringMatching(/\/assets\/search-worker-[\w-]+\.js$/),
      ]);

      await context.setOffline(true);
      await page.reload();
      await waitForDirectory(page);
      for (const query of ['1343', 'naptip', 'la strada']) {
        await search.fill(query);
        await expect.poll(() => heading.textContent(), POLL).toMatch(/^\d+ results?$/);
        expect(await page.locator('#results ol.entry-list > li').count()).toBeGreaterThan(0);
      }
      expect(page.workers()).toHaveLength(1);
      // The engine's in-page chunk is only for browsers without workers.
      expect(scripts.filter((script) => script.includes('directory-search'))).toEqual([]);
      expect([...csp.violations, ...(await pageCspViolations(page))]).toEqual([]);
      expect(offOrigin).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
