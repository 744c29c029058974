/**
 * Offline-first: the first visit stores the directory and installs the service worker; after
 * that the app works with no server at all, and a later start reads the device's copy.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { POLL, newContext, openApp, searchField, waitForController, waitForDirectory } from './support/browser';
import { readStoredDirectory, setStoredSummary, waitForStoredDirectory } from './support/indexeddb';
import './support/provided';
import { startStaticServer } from './support/static-server';
import { browserAndServer } from './support/suite';

const appDir = inject('waypointAppDir');
const exitUrl = inject('waypointExitUrl');

interface BuiltIndex {
  version: string;
  generated: string;
  count: number;
  full: { path: string };
}
const builtIndex = JSON.parse(readFileSync(path.join(appDir, 'data/index.json'), 'utf8')) as BuiltIndex;
const builtDataset = JSON.parse(readFileSync(path.join(appDir, 'data', builtIndex.full.path), 'utf8')) as {
  entries: { id: string; summary: { en: string } }[];
};

const isFullDataset = (pathname: string) => /^\/data\/directory-[^/]*\.json$/.test(pathname);

const suite = browserAndServer(appDir);

describe('offline-first', () => {
  test('first visit shows the directory, is controlled by the service worker and stores every entry', async () => {
    const { context, offOrigin } = await newContext(suite.browser, { exitUrl });
    try {
      const page = await openApp(context, suite.server.url('/'));
      expect(await page.getByRole('listitem').count()).toBeGreaterThan(0);

      const reloaded = await waitForController(page);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      // clientsClaim: the first visit is controlled without a reload.
      expect(reloaded, 'the service worker should claim the first visit without a reload').toBe(false);

      const stored = await waitForStoredDirectory(page, (facts) => facts?.meta?.version === builtIndex.version);
      expect(stored?.meta).toMatchObject({
        version: builtIndex.version,
        generated: builtIndex.generated,
        count: builtIndex.count,
      });
      expect(stored?.entryCount).toBe(builtIndex.count);
      expect(builtIndex.count).toBe(builtDataset.entries.length);
      expect(offOrigin).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('works with the server gone and the browser offline: typo-tolerant search and close matches', async () => {
    // Its own server: this test stops it.
    const ownServer = await startStaticServer(appDir);
    const { context, offOrigin } = await newContext(suite.browser, { exitUrl });
    try {
      const page = await openApp(context, ownServer.url('/'), { controlled: true });
      await waitForStoredDirectory(page, (facts) => facts?.meta?.version === builtIndex.version);

      await ownServer.close();
      await context.setOffline(true);
      // Nothing is listening any more: a request that reached the network would fail.
      await expect(
        fetch(ownServer.url('/')).then(
          () => 'answered',
          () => 'refused',
        ),
      ).resolves.toBe('refused');

      await page.reload();
      await waitForDirectory(page);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);

      const search = searchField(page);
      await expect.poll(() => search.getAttribute('type'), POLL).toBe('search');
      for (const misspelt of ['trafficing', 'helpine']) {
        await search.fill(misspelt);
        const heading = page.locator('#results-heading');
        await expect.poll(() => heading.textContent(), POLL).toMatch(/^\d+ results?$/);
        expect(await page.locator('#results ol.entry-list > li').count()).toBeGreaterThan(0);
      }

      await search.fill('trafficking zqxjv');
      await expect.poll(() => page.locator('#results-heading').textContent(), POLL).toBe('Nothing matches “trafficking zqxjv”.');
      await page.getByRole('heading', { name: 'Closest matches' }).waitFor();
      expect(await page.locator('#results ul.entry-list > li').count()).toBeGreaterThan(0);
      expect(offOrigin).toEqual([]);
    } finally {
      await context.close();
      await ownServer.close();
    }
  });

  test('a later start reads IndexedDB, not the network', async () => {
    const { context } = await newContext(suite.browser, { exitUrl });
    try {
      const page = await openApp(context, suite.server.url('/'), { controlled: true });
      await waitForStoredDirectory(page, (facts) => facts?.meta?.version === builtIndex.version);

      // Mark one entry on the device only: if the next start shows it, the text came from IndexedDB.
      const entry = builtDataset.entries[0]!;
      const marker = 'Device copy marker: this summary exists only in IndexedDB.';
      await setStoredSummary(page, entry.id, marker);

      const fullFetchesBefore = suite.server.log.filter((request) => isFullDataset(request.pathname)).length;
      const logLengthBefore = suite.server.log.length;
      const pageRequests: Request[] = [];
      page.on('request', (request) => pageRequests.push(request));
      const updateCheck = page.waitForResponse((response) => new URL(response.url()).pathname === '/data/index.json');

      await page.reload();
      await waitForDirectory(page);
      await page.getByText(marker).waitFor();
      // The update check ran (server up, online) and found nothing newer.
      expect((await updateCheck).status()).toBe(200);

      const fullDatasetRequests = pageRequests.filter((request) => isFullDataset(new URL(request.url()).pathname));
      expect(fullDatasetRequests.map((request) => request.url())).toEqual([]);
      const newServerRequests = suite.server.log.slice(logLengthBefore).map((request) => request.pathname);
      expect(newServerRequests.filter(isFullDataset)).toEqual([]);
      expect(suite.server.log.filter((request) => isFullDataset(request.pathname)).length).toBe(fullFetchesBefore);
      // And the device copy was not overwritten by the (unchanged) published directory.
      const stored = await readStoredDirectory(page);
      expect(stored?.meta?.version).toBe(builtIndex.version);
      expect(stored?.entryCount).toBe(builtIndex.count);
      await expect.poll(() => page.getByText(marker).count(), POLL).toBe(1);
    } finally {
      await context.close();
    }
  });
});
