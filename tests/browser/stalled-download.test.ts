/**
 * A download that stalls on a poor connection must end: the update index answers nothing at all
 * here (a localhost route that never responds), and within the app's stall timeout the status line
 * says in words that the check stopped, while the directory on the device stays on screen.
 */
import type { Route } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { DEFAULT_STALL_TIMEOUT_MS } from '../../src/data/verified-fetch';
import { en } from '../../src/i18n/messages/en';
import { newContext, searchField, waitForDirectory } from './support/browser';
import './support/provided';
import { browserAndServer } from './support/suite';

const appDir = inject('waypointAppDir');
const exitUrl = inject('waypointExitUrl');
const suite = browserAndServer(appDir);

describe('a stalled download', () => {
  test(
    'ends within the stall timeout, says so on the status line, and keeps the directory',
    async () => {
      // No service worker, so the page's own fetch of the index meets the stalling route.
      const { context } = await newContext(suite.browser, { exitUrl, contextOptions: { serviceWorkers: 'block' } });
      const held: Route[] = [];
      try {
        await context.route('**/data/index.json', (route) => void held.push(route));
        const page = await context.newPage();
        const started = Date.now();
        await page.goto(suite.server.url('/'));
        await waitForDirectory(page);
        await expect.poll(() => held.length, { timeout: 10_000 }).toBe(1);
        const notice = page.locator('.status__notice', { hasText: en['status.updateTimedOut'] });
        await notice.waitFor({ timeout: DEFAULT_STALL_TIMEOUT_MS + 15_000 });
        expect(Date.now() - started).toBeLessThan(DEFAULT_STALL_TIMEOUT_MS + 15_000);
        // Nothing alarming, and the directory is still there and searchable.
        expect(await page.getByRole('alert').count()).toBe(0);
        await searchField(page).fill('helpline');
        await page.getByRole('heading', { name: /\d+ results?/ }).waitFor();
      } finally {
        for (const route of held) await route.abort().catch(() => undefined);
        await context.close();
      }
    },
    DEFAULT_STALL_TIMEOUT_MS + 40_000,
  );
});
