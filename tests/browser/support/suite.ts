/**
 * The one way a browser test file starts what it drives: a browser and a server over a built app,
 * started before its tests and closed after them (and, for the back/forward-cache tests, a second
 * browser for one describe block). Read `suite.browser` and `suite.server` inside the tests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type LaunchOptions } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

export interface Suite {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/** Starts `start()` in beforeAll and stops it in afterAll; the getter throws if read too early. */
function forTheBlock<T>(what: string, start: () => Promise<T>, stop: (started: T) => Promise<void>): () => T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(async () => {
    if (started !== undefined) await stop(started);
  });
  return () => {
    if (started === undefined) throw new Error(`the ${what} starts in beforeAll`);
    return started;
  };
}

function browserForTheBlock(options: LaunchOptions = {}): () => Browser {
  return forTheBlock(
    'browser',
    () => launchBrowser(options),
    (browser) => browser.close(),
  );
}

/**
 * A browser and a server for the test file (or describe block) that calls it. `rootDir` is the
 * built app, or a function that makes it (e.g. builds a deployment variant) before the server starts.
 */
export function browserAndServer(rootDir: string | (() => Promise<string>)): Suite {
  const browser = browserForTheBlock();
  const server = forTheBlock(
    'server',
    async () => startStaticServer(typeof rootDir === 'string' ? rootDir : await rootDir()),
    (server) => server.close(),
  );
  return {
    get browser() {
      return browser();
    },
    get server() {
      return server();
    },
  };
}

/**
 * A browser with the back/forward cache on, for the describe block that calls it: Playwright
 * launches Chromium with --disable-back-forward-cache, which this one drops.
 */
export function backForwardCacheBrowser(): { readonly browser: Browser } {
  const browser = browserForTheBlock({ backForwardCache: true });
  return {
    get browser() {
      return browser();
    },
  };
}
