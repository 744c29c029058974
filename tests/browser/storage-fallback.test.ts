/**
 * Private modes and old browsers may have no usable IndexedDB. The app must still work, from
 * memory, and say plainly that it cannot keep the directory offline.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, newContext, searchField, waitForDirectory } from './support/browser';
import './support/provided';
import { startStaticServer, type StaticServer } from './support/static-server';

const appDir = inject('waypointAppDir');
const exitUrl = inject('waypointExitUrl');

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startStaticServer(appDir);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('without IndexedDB', () => {
  test.each([
    ['missing', () => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })],
    [
      'broken (open() throws)',
      () => {
        IDBFactory.prototype.open = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
      },
    ],
  ])('IndexedDB %s: the directory still loads and searches, and the app says it cannot keep it', async (_name, breakIndexedDB) => {
    const { context } = await newContext(browser, { exitUrl });
    try {
      await context.addInitScript(breakIndexedDB);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(server.url('/'));
      await waitForDirectory(page);
      expect(await page.getByText('This browser will not keep the directory offline').count()).toBe(1);
      await searchField(page).fill('helpine');
      await page.getByRole('heading', { name: /\d+ results?/ }).waitFor();
      // Nothing alarming: no alert, no uncaught error.
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
