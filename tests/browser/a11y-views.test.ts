/**
 * axe-core (WCAG 2.2 AA) over every view a person meets on a phone, in English and in Arabic (right to
 * left), light and dark: home with her country's help, the country chooser, results, the honest
 * answer for a country with no verified line, every country shown, and the safety note opened; the
 * kiosk's "Still there?" countdown and the update prompt in English and Arabic; and the start while
 * the directory loads on a cheap phone (4x CPU throttling), where no reference (aria-controls,
 * aria-labelledby, aria-describedby, label for) may point at a missing element at any moment.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { POLL, newContext, openApp, waitForDirectory } from './support/browser';
import { buildVariant, defaultDeployment } from './support/build-app';
import { WCAG_22_AA, axeViolations } from './support/page-checks';
import './support/provided';
import { browserAndServer } from './support/suite';

const appDir = inject('waypointAppDir');
const exitUrl = inject('waypointExitUrl');
const suite = browserAndServer(appDir);

/** Each view, reached as she would reach it, by element ids (labels are in the page's language). */
const VIEWS: Record<string, (page: Page) => Promise<void>> = {
  home: async () => undefined,
  'safety note opened': async (page) => {
    await page.locator('.safety-note__summary').click();
    await page.locator('.safety-note__actions button').waitFor();
  },
  'country chooser': async (page) => {
    await page.locator('.where__current button').click();
    await page.locator('#country-search').fill('qa');
    await page.locator('.where__match').first().waitFor();
  },
  'no verified line (Qatar)': async (page) => {
    await page.locator('.where__current button').click();
    await page.locator('#country-search').fill('qatar');
    await page.locator('.where__match').first().click();
    await page.locator('.no-coverage').waitFor();
  },
  results: async (page) => {
    await page.locator('#search').fill('trafficking');
    await expect.poll(() => page.locator('#results ol article').count(), POLL).toBeGreaterThan(0);
  },
  'every country': async (page) => {
    await page.locator('.show-all button').click();
    // Every country's lines (tips, programmes and guides show a few each until "Show more").
    await expect.poll(() => page.locator('#results article').count(), POLL).toBeGreaterThan(250);
  },
};

describe.each([
  ['en-GB', 'light'],
  ['ar-SA', 'light'],
  ['ar-SA', 'dark'],
] as const)('axe on every view, %s, %s', (locale, colorScheme) => {
  test('finds no WCAG 2.2 AA violation', async () => {
    const { context } = await newContext(suite.browser, {
      exitUrl,
      contextOptions: { locale, colorScheme, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
    });
    try {
      const found: Record<string, string[]> = {};
      for (const [name, reach] of Object.entries(VIEWS)) {
        const page = await openApp(context, suite.server.url('/'));
        await reach(page);
        found[name] = await axeViolations(page, WCAG_22_AA);
        await page.close();
      }
      expect(found).toEqual(Object.fromEntries(Object.keys(VIEWS).map((name) => [name, []])));
    } finally {
      await context.close();
    }
  });
});

/** The phone both languages are checked on. */
const phone = (locale: string) => ({ locale, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }) as const;

describe.each(['en-GB', 'ar-SA'] as const)('axe on the dialogs, %s', (locale) => {
  let nextReleaseDir: string;
  beforeAll(async () => {
    // The next release: the same directory, a changed app, so its service worker differs.
    nextReleaseDir = (await buildVariant('a11y-next-release', { ...defaultDeployment(), title: 'Waypoint next' })).dir;
  });

  test('the kiosk\'s "Still there?" countdown finds no WCAG 2.2 AA violation', async () => {
    const { context } = await newContext(suite.browser, { exitUrl, contextOptions: phone(locale) });
    try {
      // The page's clock, under the test's control: the deployment's idle time passes at once.
      await context.clock.install();
      const page = await openApp(context, suite.server.url('/?kiosk=1'));
      await page.locator('#search').pressSequentially('help');
      await page.clock.fastForward(defaultDeployment().kiosk.idleSeconds * 1000);
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor();
      expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true);
      expect(await axeViolations(page, WCAG_22_AA)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the update prompt finds no WCAG 2.2 AA violation', async () => {
    suite.server.setRoot(appDir);
    const { context } = await newContext(suite.browser, { exitUrl, contextOptions: phone(locale) });
    try {
      const page = await openApp(context, suite.server.url('/'), { controlled: true });
      suite.server.setRoot(nextReleaseDir);
      // The browser looks for a new worker on navigation; ask now instead of waiting a day.
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await page.locator('.update-banner button').waitFor();
      expect(await axeViolations(page, WCAG_22_AA)).toEqual([]);
    } finally {
      suite.server.setRoot(appDir);
      await context.close();
    }
  });
});

/**
 * Installed before the app: after every change to the page (a MutationObserver's callback runs
 * before the browser paints or assistive technology reads the change), each id reference must
 * name an element that exists. Every miss is kept, with the markup that made it.
 */
function watchReferences(): void {
  const misses: string[] = [];
  (window as unknown as { __missingReferences: string[] }).__missingReferences = misses;
  const check = () => {
    for (const element of document.querySelectorAll('[aria-controls], [aria-labelledby], [aria-describedby], label[for]')) {
      for (const attribute of ['aria-controls', 'aria-labelledby', 'aria-describedby', 'for']) {
        for (const id of element.getAttribute(attribute)?.split(/\s+/).filter(Boolean) ?? []) {
          if (!document.getElementById(id)) misses.push(`${attribute}="${id}" on ${element.outerHTML.slice(0, 120)}`);
        }
      }
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
}

describe.each(['en-GB', 'ar-SA'] as const)('a cheap phone, %s', (locale) => {
  test('while the directory loads at 4x CPU throttling: no axe violation, and no reference to a missing element at any moment', async () => {
    suite.server.setRoot(appDir);
    const { context } = await newContext(suite.browser, { exitUrl, contextOptions: phone(locale) });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(watchReferences);
      // The directory's code is held back until the loading screen has been checked, so that
      // screen is checked every run, not only when the timing happens to allow it.
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let heldRequests = 0;
      await page.route(/\/assets\/store-[\w-]+\.js$/, async (route) => {
        heldRequests++;
        await held;
        await route.continue();
      });
      await page.goto(suite.server.url('/'), { waitUntil: 'domcontentloaded' });
      const loading = page.locator('main [role="status"]');
      await loading.waitFor();
      expect(await page.locator('#results').count()).toBe(0);
      expect(heldRequests).toBe(1);
      const whileLoading = await axeViolations(page, WCAG_22_AA);
      release();
      await waitForDirectory(page);
      const loaded = await axeViolations(page, WCAG_22_AA);
      await page.locator('#search').pressSequentially('trafficking');
      await expect.poll(() => page.locator('#results ol article').count(), POLL).toBeGreaterThan(0);
      const misses = await page.evaluate(() => (window as unknown as { __missingReferences: string[] }).__missingReferences);
      expect({ whileLoading, loaded, misses }).toEqual({ whileLoading: [], loaded: [], misses: [] });
    } finally {
      await context.close();
    }
  });
});
