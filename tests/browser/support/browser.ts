/**
 * Debian's Chromium driven by playwright-core, with the network fenced in: a test talks only to
 * 127.0.0.1. Every request to another host is intercepted and recorded; the exit address and a
 * neutral start page get a small dummy page, everything else is aborted.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Options for vitest's expect.poll: its default (1 s) is short on a busy two-core machine. A poll
 * still ends as soon as its condition holds.
 */
export const POLL = { timeout: 10_000, interval: 50 } as const;

/**
 * Playwright's own waits (actions, navigations) end well inside the 60 s test timeout, so a stuck
 * step fails with its own message instead of a bare test timeout.
 */
export const ACTION_TIMEOUT_MS = 15_000;

/** A neutral https page to come from: never fetched, always intercepted. */
export const START_PAGE_URL = 'https://start-page.example/';

export interface LaunchOptions {
  /**
   * Playwright starts Chromium with --disable-back-forward-cache; true drops that one default
   * argument (used only by the bfcache test).
   */
  backForwardCache?: boolean;
}

export function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: LAUNCH_ARGS,
    ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
  });
}

export interface OffOriginRequest {
  url: string;
  method: string;
  /** All request headers as sent (lower-case names). */
  headers: Record<string, string>;
  resourceType: string;
  isNavigation: boolean;
  /** Made by a service worker rather than a page. */
  fromServiceWorker: boolean;
  /** What the fence did with it. */
  handled: 'fulfilled' | 'aborted';
}

export interface FencedContext {
  context: BrowserContext;
  /** Every request that tried to leave 127.0.0.1, in order. */
  offOrigin: OffOriginRequest[];
}

export interface ContextOptions {
  /** The deployment's exit address (answered with a dummy page). */
  exitUrl: string;
  contextOptions?: BrowserContextOptions;
}

function dummyPage(title: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1></body></html>`;
}

/** Same URL, ignoring a trailing slash difference and fragment. */
function sameUrl(a: string, b: string): boolean {
  const normal = (url: string) => {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href.replace(/\/$/, '');
  };
  return normal(a) === normal(b);
}

export async function newContext(browser: Browser, { exitUrl, contextOptions }: ContextOptions): Promise<FencedContext> {
  const context = await browser.newContext({ locale: 'en-GB', ...contextOptions });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS);
  const offOrigin: OffOriginRequest[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    async (route, request) => {
      const url = request.url();
      const fulfil = sameUrl(url, exitUrl) || sameUrl(url, START_PAGE_URL);
      offOrigin.push({
        url,
        method: request.method(),
        headers: await request.allHeaders(),
        resourceType: request.resourceType(),
        isNavigation: request.isNavigationRequest(),
        fromServiceWorker: request.serviceWorker() !== null,
        handled: fulfil ? 'fulfilled' : 'aborted',
      });
      if (fulfil) {
        await route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: dummyPage(sameUrl(url, exitUrl) ? 'Weather' : 'Start page'),
        });
      } else {
        await route.abort('blockedbyclient');
      }
    },
  );
  return { context, offOrigin };
}

/** What the app keeps in IndexedDB: the dataset meta record and how many entries there are. */
export interface StoredDirectoryFacts {
  meta: { version: string; generated: string; count: number } | null;
  entryCount: number;
}

/**
 * Reads the `waypoint` database with the raw IndexedDB API. Returns null when the database does
 * not exist yet (and never creates it: an upgrade started by this read is aborted).
 */
export function readStoredDirectory(page: Page): Promise<StoredDirectoryFacts | null> {
  return page.evaluate(
    () =>
      new Promise<StoredDirectoryFacts | null>((resolve, reject) => {
        const request = indexedDB.open('waypoint');
        let upgrading = false;
        request.onupgradeneeded = () => {
          upgrading = true;
          request.transaction?.abort();
        };
        request.onerror = () => (upgrading ? resolve(null) : reject(request.error));
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('meta') || !db.objectStoreNames.contains('entries')) {
            db.close();
            resolve(null);
            return;
          }
          const tx = db.transaction(['meta', 'entries'], 'readonly');
          const meta = tx.objectStore('meta').get('dataset');
          const count = tx.objectStore('entries').count();
          tx.oncomplete = () => {
            db.close();
            resolve({ meta: (meta.result as StoredDirectoryFacts['meta']) ?? null, entryCount: count.result });
          };
          tx.onerror = () => {
            db.close();
            reject(tx.error);
          };
        };
      }),
  );
}

/** Changes one stored entry's English summary directly in IndexedDB. */
export function setStoredSummary(page: Page, id: string, summary: string): Promise<void> {
  return page.evaluate(
    ({ id, summary }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('waypoint');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('entries', 'readwrite');
          const store = tx.objectStore('entries');
          const get = store.get(id);
          get.onsuccess = () => {
            if (!get.result) {
              tx.abort();
              return;
            }
            store.put({ ...get.result, summary: { ...get.result.summary, en: summary } });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onabort = () => {
            db.close();
            reject(new Error(tx.error?.message ?? `no stored entry ${id}`));
          };
        };
      }),
    { id, summary },
  );
}

/**
 * Polls the stored directory until `predicate` holds; returns what it last read. (A plain loop,
 * not expect.poll, so that hooks can use it too.)
 */
export async function waitForStoredDirectory(
  page: Page,
  predicate: (facts: StoredDirectoryFacts | null) => boolean,
  timeoutMs = 15_000,
): Promise<StoredDirectoryFacts | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const facts = await readStoredDirectory(page);
    if (predicate(facts)) return facts;
    if (Date.now() > deadline) {
      throw new Error(`the stored directory did not reach the expected state within ${timeoutMs} ms: ${JSON.stringify(facts)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the app shows the directory (its grouped home view or a results list). */
export async function waitForDirectory(page: Page): Promise<void> {
  await page.locator('#results').waitFor({ state: 'attached', timeout: 15_000 });
  await page.getByRole('heading', { name: /^Helplines/ }).first().waitFor({ timeout: 15_000 });
}

/**
 * Waits until a service worker controls the page, reloading once if it activated without
 * claiming the page. Returns true when that reload was needed.
 */
export async function waitForController(page: Page, timeoutMs = 15_000): Promise<boolean> {
  const ready = await page.evaluate(
    (ms) =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
      ]),
    timeoutMs,
  );
  if (!ready) {
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        registered: registration !== undefined,
        installing: registration?.installing?.state ?? null,
        waiting: registration?.waiting?.state ?? null,
        active: registration?.active?.state ?? null,
      };
    });
    throw new Error(`no service worker became active within ${timeoutMs} ms: ${JSON.stringify(state)}`);
  }
  const controlled = await page
    .waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (controlled) return false;
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 10_000 });
  return true;
}

/** The search field, by its label. */
export function searchField(page: Page) {
  return page.getByRole('searchbox', { name: 'Search for help' });
}
