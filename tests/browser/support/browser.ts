/**
 * Debian's Chromium driven by playwright-core, with the network fenced in: a test talks only to
 * 127.0.0.1. Every request to another host is intercepted and recorded; the exit address and a
 * neutral start page get a small dummy page, everything else is aborted.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

// Path and flags: one home for the tests and the Lighthouse bench (scripts/chromium.ts).
import { CHROMIUM_PATH, LAUNCH_ARGS } from '../../../scripts/chromium';

export { CHROMIUM_PATH, LAUNCH_ARGS };

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

/** Waits until the app shows the whole directory (its grouped home view or a results list). */
export async function waitForDirectory(page: Page): Promise<void> {
  await page.locator('#results').waitFor({ state: 'attached', timeout: 15_000 });
  // The first card of the directory: her country's help on the home screen.
  await page.locator('#results article').first().waitFor({ timeout: 15_000 });
  // On a first visit that may be her country's first screen alone, which says the rest is loading.
  await page.locator('.loading-rest').waitFor({ state: 'detached', timeout: 15_000 });
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

export interface OpenOptions {
  /** Come from the neutral start page, so that Back has somewhere to go. */
  fromStartPage?: boolean;
  /** Also wait until a service worker controls the page. */
  controlled?: boolean;
}

/** A new tab on the app at `url`, once it shows the directory. */
export async function openApp(context: BrowserContext, url: string, options: OpenOptions = {}): Promise<Page> {
  const page = await context.newPage();
  if (options.fromStartPage) await page.goto(START_PAGE_URL);
  await page.goto(url);
  await waitForDirectory(page);
  if (options.controlled) await waitForController(page);
  return page;
}

/** The search field, by its label. */
export function searchField(page: Page) {
  return page.getByRole('searchbox', { name: 'Search for help' });
}
