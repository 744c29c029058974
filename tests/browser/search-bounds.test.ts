/**
 * Bounded rendering and filters in the built app: the home screen stays within an element budget,
 * a query renders one page of cards with "Show more", and the filters panel narrows the answer,
 * says the count and passes axe.
 */
import { describe, expect, inject, test } from 'vitest';
import { POLL, newContext, openApp, searchField } from './support/browser';
import { readDatabase } from './support/indexeddb';
import { axeViolations } from './support/page-checks';
import './support/provided';
import { browserAndServer } from './support/suite';

const appDir = inject('waypointAppDir');
const exitUrl = inject('waypointExitUrl');
const suite = browserAndServer(appDir);

/**
 * Elements the home screen may hold. It held 2,068 when it drew every tip and programme; with a
 * few cards a group it holds about a third of that, whatever the directory's size.
 */
const HOME_ELEMENT_BUDGET = 1000;
const RESULTS_PAGE = 20;

async function phone(locale = 'en-GB') {
  const { context } = await newContext(suite.browser, {
    exitUrl,
    contextOptions: { locale, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  });
  return { context, page: await openApp(context, suite.server.url('/')) };
}

describe('bounded rendering', () => {
  test(`the home screen holds at most ${HOME_ELEMENT_BUDGET} elements`, async () => {
    const { context, page } = await phone();
    try {
      await page.locator('#help-heading').waitFor();
      const count = await page.evaluate(() => document.querySelectorAll('*').length);
      console.log(`home screen: ${count} elements`);
      expect(count).toBeLessThanOrEqual(HOME_ELEMENT_BUDGET);
    } finally {
      await context.close();
    }
  });

  test('a broad query renders one page of cards; "Show more" adds the next, focus on its first', async () => {
    const { context, page } = await phone();
    try {
      await searchField(page).fill('helpline');
      const heading = page.locator('#results-heading');
      await expect.poll(() => heading.textContent(), POLL).toMatch(/^\d+ results$/);
      const total = Number((await heading.textContent())!.split(' ')[0]);
      expect(total).toBeGreaterThan(RESULTS_PAGE);
      const cards = page.locator('#results article');
      expect(await cards.count()).toBe(RESULTS_PAGE);
      await page.getByRole('button', { name: 'Show more' }).click();
      await expect.poll(() => cards.count(), POLL).toBe(Math.min(total, 2 * RESULTS_PAGE));
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('results-more');
      // The next keystroke starts again at one page.
      await searchField(page).press('End');
      await searchField(page).type('s');
      await expect.poll(() => cards.count(), POLL).toBeLessThanOrEqual(RESULTS_PAGE);
    } finally {
      await context.close();
    }
  });
});

describe('filters', () => {
  test('narrow the answer with text, count and announce it, clear, and pass axe', async () => {
    const { context, page } = await phone();
    try {
      await searchField(page).fill('helpline');
      const heading = page.locator('#results-heading');
      await expect.poll(() => heading.textContent(), POLL).toMatch(/^\d+ results$/);
      const before = Number((await heading.textContent())!.split(' ')[0]);
      const toggle = page.locator('#filters-toggle');
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
      await toggle.click();
      await page.locator('#filters').waitFor();
      await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
      await page.getByRole('checkbox', { name: 'Police line' }).check();
      await expect.poll(() => toggle.textContent(), POLL).toBe('Filters (1)');
      await expect.poll(async () => Number((await heading.textContent())!.split(' ')[0]), POLL).toBeLessThan(before);
      expect(await heading.getAttribute('aria-live')).toBe('polite');
      // Every card now says a police line answers.
      const operators = await page.locator('#results article .operator').allTextContents();
      expect(operators.length).toBeGreaterThan(0);
      expect(new Set(operators)).toEqual(new Set(['Police line']));
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Clear filters' }).first().click();
      await expect.poll(() => toggle.textContent(), POLL).toBe('Filters');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('filters-toggle');
    } finally {
      await context.close();
    }
  });
});

describe('warm start', () => {
  test('the index built on the first visit is kept on the device and answers the next start', async () => {
    const { context, page } = await phone();
    try {
      await searchField(page).fill('slavery');
      await expect.poll(() => page.locator('#results-heading').textContent(), POLL).toMatch(/results?$/);
      // One index, for this dataset and language.
      await expect
        .poll(async () => (await readDatabase(page, { stores: ['searchIndex'], values: [] }))?.searchIndex?.keys, POLL)
        .toEqual([expect.stringMatching(/:en$/)]);
      // The worker posts only a load of the stored index on the next start, never a build.
      await page.addInitScript(() => {
        const sent: string[] = [];
        (window as unknown as { searchMessages: string[] }).searchMessages = sent;
        const post = Worker.prototype.postMessage;
        Worker.prototype.postMessage = function (this: Worker, message: { type?: string }, ...rest: unknown[]) {
          if (message && typeof message.type === 'string') sent.push(message.type);
          return (post as (...args: unknown[]) => void).call(this, message, ...rest);
        };
      });
      await page.reload();
      await searchField(page).fill('slavery');
      await expect.poll(() => page.locator('#results article').count(), POLL).toBeGreaterThan(0);
      const sent = await page.evaluate(() => (window as unknown as { searchMessages: string[] }).searchMessages);
      expect(sent).toContain('load');
      expect(sent).not.toContain('build');
    } finally {
      await context.close();
    }
  });
});
