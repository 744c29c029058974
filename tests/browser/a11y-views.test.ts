/**
 * axe-core (WCAG 2.2 AA) over every view a person meets on a phone, in English and in Arabic (right to
 * left), light and dark: home with her country's help, the country chooser, results, the honest
 * answer for a country with no verified line, every country shown, and the safety note opened.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { POLL, newContext, openApp } from './support/browser';
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
