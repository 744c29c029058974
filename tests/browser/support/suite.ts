/**
 * One browser and one server over a built app for a test file: started before its tests and
 * closed after them. Read `suite.browser` and `suite.server` inside the tests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

export interface Suite {
  readonly browser: Browser;
  readonly server: StaticServer;
}

export function browserAndServer(rootDir: string): Suite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startStaticServer(rootDir);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
    get server() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server;
    },
  };
}
