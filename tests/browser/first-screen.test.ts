/**
 * The first screen on a phone, as she meets it: help for where she is without scrolling, nothing
 * wider than the screen, her country found by any name she knows, and an honest answer where the
 * directory has no verified line; and home, results and an entry in Arabic, Thai, Burmese and Chinese
 * drawn with real glyphs (no tofu). Screenshots land in test-results/screens/ for a person to look at.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { POLL, newContext, openApp, searchField } from './support/browser';
import './support/provided';
import { browserAndServer } from './support/suite';
import { SCREENS, screenshot } from './support/screenshots';

const appDir = inject('waypointAppDir');
const exitUrl = inject('waypointExitUrl');
const suite = browserAndServer(appDir);

const PHONE = { width: 360, height: 740 };
const SMALL_PHONE = { width: 320, height: 640 };

async function openPhone(locale: string, viewport: { width: number; height: number }) {
  const { context } = await newContext(suite.browser, {
    exitUrl,
    contextOptions: { locale, viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
  });
  const page = await openApp(context, suite.server.url('/'));
  return { context, page };
}

/** Where the first call link sits, in CSS pixels from the top of the viewport. */
async function firstCallLink(page: Page) {
  const link = page.locator('#results a[href^="tel:"]').first();
  await link.waitFor();
  return { box: (await link.boundingBox())!, text: (await link.textContent()) ?? '' };
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('first screen on a phone', () => {
  test.each([
    ['en-PH', 'Philippines', PHONE],
    ['es-PE', 'Perú', PHONE],
    ['ar-SA', 'المملكة العربية السعودية', PHONE],
    ['th-TH', 'ไทย', PHONE],
    // Chromium may name Myanmar in English where it lacks Burmese place names.
    ['my-MM', /မြန်မာ|Myanmar/, PHONE],
    ['zh-CN', '中国', PHONE],
    ['en-PH', 'Philippines', SMALL_PHONE],
    ['ar-SA', 'المملكة العربية السعودية', SMALL_PHONE],
  ])('%s shows help in %s with a call link in the first viewport (%o)', async (locale, country, viewport) => {
    const { context, page } = await openPhone(locale, viewport);
    try {
      await expect.poll(() => page.locator('#help-heading').textContent(), POLL).toMatch(country);
      const { box, text } = await firstCallLink(page);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `first call link "${text}"`).toBeLessThanOrEqual(viewport.height);
      // The safety note is still there, one tap away, and Quick exit is in view.
      expect(await page.locator('#safety-note-title').isVisible()).toBe(true);
      const exit = (await page.locator('.quick-exit__button').boundingBox())!;
      expect(exit.y + exit.height).toBeLessThanOrEqual(viewport.height / 6);
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, `home-${locale}-${viewport.width}x${viewport.height}`);
    } finally {
      await context.close();
    }
  });

  test.each(['en-GB', 'ar-SA'])(
    '%s: no page wider than the screen at 320 px, with every country shown or searched',
    async (locale) => {
      const { context, page } = await openPhone(locale, SMALL_PHONE);
      try {
        await page.locator('.show-all button').click();
        // Every country's lines (tips, programmes and guides show a few each until "Show more").
        await expect.poll(() => page.locator('#results article').count(), POLL).toBeGreaterThan(250);
        expect(await horizontalOverflow(page)).toBe(0);
        // By id: its label is in the page's language.
        await page.locator('#search').fill('trafficking');
        await expect.poll(() => page.locator('#results ol article').count(), POLL).toBeGreaterThan(0);
        expect(await horizontalOverflow(page)).toBe(0);
        await screenshot(page, `results-${locale}-320x640`);
      } finally {
        await context.close();
      }
    },
  );

  test.each(['en-GB', 'ar-SA'])(
    '%s at 200%% text on a 320 px phone: no sideways scroll, Quick exit within a sixth of the screen',
    async (locale) => {
      const { context, page } = await openPhone(locale, SMALL_PHONE);
      try {
        // The reader's own text size, as browser settings set it: the root font size doubles.
        await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
        await page.locator('#results article').first().waitFor();
        expect(await horizontalOverflow(page)).toBe(0);
        const bar = (await page.locator('.quick-exit').boundingBox())!;
        expect(bar.height).toBeLessThanOrEqual(SMALL_PHONE.height / 6);
        await page.mouse.wheel(0, 2000);
        const exit = (await page.locator('.quick-exit__button').boundingBox())!;
        expect(exit.y).toBeGreaterThanOrEqual(0);
        expect(exit.y + exit.height).toBeLessThanOrEqual(SMALL_PHONE.height / 6);
        await screenshot(page, `text-200-${locale}-320x640`);
      } finally {
        await context.close();
      }
    },
  );

  test('a country is chosen by the name she knows ("dubai"), and its help comes first', async () => {
    const { context, page } = await openPhone('en-GB', PHONE);
    try {
      await page.getByRole('button', { name: 'Change country' }).click();
      const field = page.getByRole('searchbox', { name: 'Your country' });
      expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
      await field.pressSequentially('dubai');
      await page.getByRole('button', { name: 'United Arab Emirates' }).click();
      await expect.poll(() => page.locator('#help-heading').textContent(), POLL).toBe('Help in United Arab Emirates');
      expect(await page.locator('#help-heading').evaluate((element) => element === document.activeElement)).toBe(true);
      // Her country's own line is there; no other country's national line is in her section.
      const section = page.locator('.group--here');
      expect(await section.getByRole('article', { name: /800 SAVE/ }).count()).toBe(1);
      const places = await section.locator('article .entry__meta span:nth-child(2)').allTextContents();
      expect(places.filter((place) => place !== 'United Arab Emirates' && place !== 'Worldwide')).toEqual([]);
      // The choice is kept for the visit only.
      expect(await page.evaluate(() => sessionStorage.getItem('country'))).toBe('AE');
      expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a first visit on a slow line shows her country's help before the whole directory has come, then all of it", async () => {
    // No service worker: every file comes from the server, the whole directory held back.
    const { context } = await newContext(suite.browser, {
      exitUrl,
      contextOptions: { locale: 'en-PH', viewport: PHONE, isMobile: true, hasTouch: true, serviceWorkers: 'block' },
    });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const firstScreens: string[] = [];
    try {
      await context.route('**/data/directory-*.json', async (route) => {
        await held;
        await route.continue();
      });
      await context.route('**/data/here/*.json', (route) => {
        firstScreens.push(new URL(route.request().url()).pathname.split('/').pop()!);
        return route.continue();
      });
      const page = await context.newPage();
      await page.goto(suite.server.url('/'));
      const here = page.locator('.group--here');
      await here.getByRole('article', { name: 'Emergency numbers' }).waitFor();
      expect(firstScreens).toEqual(['PH.json']);
      expect(await here.locator('a[href^="tel:"]').first().isVisible()).toBe(true);
      // Only the Philippines' own lines, and not yet the tips for everyone.
      const places = await page.locator('#results article .entry__meta span:nth-child(2)').allTextContents();
      expect(places.length).toBeGreaterThan(1);
      expect(places.every((place) => place.includes('Philippines'))).toBe(true);
      expect(await page.locator('#tips-heading').count()).toBe(0);
      // It says the rest is still coming, and typing now is not met with "no results".
      await page.getByRole('status').filter({ hasText: 'Loading the directory…' }).waitFor();
      await searchField(page).fill('trafficking');
      expect(await page.locator('#results ol').count()).toBe(0);
      release();
      // The whole directory answers what she typed, and the tips for everyone are there once the search is cleared.
      await page.locator('#results ol article').first().waitFor();
      expect(await page.getByRole('status').filter({ hasText: 'Loading the directory…' }).count()).toBe(0);
      await searchField(page).fill('');
      await page.locator('#tips-heading').waitFor();
    } finally {
      release();
      await context.close();
    }
  });

  test('a country with no verified line gets an honest answer, its emergency numbers, and nothing from elsewhere', async () => {
    const { context, page } = await openPhone('en-GB', PHONE);
    try {
      await page.getByRole('button', { name: 'Change country' }).click();
      await page.getByRole('searchbox', { name: 'Your country' }).fill('qatar');
      await page.getByRole('button', { name: 'Qatar', exact: true }).click();
      const section = page.locator('.group--here');
      await section.getByText('We have no verified helpline for Qatar yet.').waitFor();
      expect(await section.getByRole('article', { name: 'Emergency numbers' }).count()).toBe(1);
      expect(await section.locator('a[href="tel:999"]').count()).toBeGreaterThan(0);
      const places = await section.locator('article .entry__meta span:nth-child(2)').allTextContents();
      expect(places.filter((place) => place !== 'Qatar' && place !== 'Worldwide')).toEqual([]);
      await screenshot(page, 'no-coverage-qatar-360x740');

      // Searching the country's name says the same.
      await searchField(page).fill('qatar');
      // The home screen says it too: wait for the answer's ranked list, then for its honest word.
      await page.locator('#results ol article').first().waitFor();
      await page.locator('#results').getByText('We have no verified helpline for Qatar yet.').waitFor();
      const results = await page.locator('#results ol article .entry__meta span:nth-child(2)').allTextContents();
      expect(results.length).toBeGreaterThan(0);
      expect(results.filter((place) => place !== 'Qatar' && place !== 'Worldwide')).toEqual([]);
    } finally {
      await context.close();
    }
  });

  /**
   * Whether the page's font draws each of `letters`: each is drawn on a canvas in the font of
   * `selector` (the same fallback as the page's text) and compared with the box a character no
   * font has (U+0378, unassigned) draws. A missing glyph draws that box (tofu), or nothing; two
   * different letters drawing the same pixels are boxes too.
   */
  function glyphCheck(page: Page, selector: string, letters: string[]) {
    return page.evaluate(
      ({ selector, letters }) => {
        const family = getComputedStyle(document.querySelector(selector)!).fontFamily;
        const canvas = document.createElement('canvas');
        canvas.width = 96;
        canvas.height = 96;
        const context = canvas.getContext('2d', { willReadFrequently: true })!;
        const draw = (text: string) => {
          context.clearRect(0, 0, 96, 96);
          context.font = `64px ${family}`;
          context.fillText(text, 8, 72);
          return context.getImageData(0, 0, 96, 96).data.join();
        };
        const tofu = draw('\u0378');
        const drawn = letters.map(draw);
        const empty = draw(' ');
        return letters.map((letter, i) => ({
          letter,
          inked: drawn[i] !== empty,
          tofu: drawn[i] === tofu,
          sameAsAnother: drawn.some((other, j) => j !== i && letters[j] !== letter && other === drawn[i]),
        }));
      },
      { selector, letters },
    );
  }

  /** Up to `count` distinct letters of `script` in the page's own text. */
  async function lettersOnPage(page: Page, script: RegExp, count: number): Promise<string[]> {
    const text = (await page.locator('body').textContent()) ?? '';
    return [...new Set([...text].filter((char) => script.test(char)))].slice(0, count);
  }

  test.each([
    ['ar-SA', /\p{Script=Arabic}/u, 'الاتجار'],
    ['th-TH', /[\u0e01-\u0e2e]/u, 'ค้ามนุษย์'],
    ['my-MM', /[\u1000-\u102a]/u, 'လူကုန်ကူး'],
    ['zh-CN', /\p{Script=Han}/u, '人口贩卖'],
  ])('%s: home, results and an entry at 360 px, every letter of its script drawn with a glyph', async (locale, script, query) => {
    const { context, page } = await openPhone(locale, PHONE);
    try {
      // Home: her country's help, its heading and the page's text in her script.
      const letters = await lettersOnPage(page, script, 12);
      expect(letters.length, 'letters of the script on the home screen').toBeGreaterThanOrEqual(6);
      const drawn = await glyphCheck(page, '#help-heading', letters);
      expect(drawn.filter((glyph) => !glyph.inked || glyph.tofu || glyph.sameAsAnother)).toEqual([]);
      // Every place is named (Chromium lacks some Burmese place names: English then, never a code).
      const places = await page.locator('#results .entry__meta span:nth-child(2)').allTextContents();
      expect(places.length).toBeGreaterThan(0);
      expect(places.filter((place) => place.trim() === '' || /^[A-Z]{2}$/.test(place.trim()))).toEqual([]);
      // The home screenshot is the first test's (home-<locale>-360x740.png).

      // Results for a word in her language.
      await page.locator('#search').fill(query);
      await expect.poll(() => page.locator('#results ol article').count(), POLL).toBeGreaterThan(0);
      expect(await horizontalOverflow(page)).toBe(0);
      await screenshot(page, `script-results-${locale}-360x740`);

      // An entry: the first result, as a card on its own.
      const entry = page.locator('#results ol article').first();
      await entry.scrollIntoViewIfNeeded();
      const entryLetters = [...new Set([...((await entry.textContent()) ?? '')].filter((char) => script.test(char)))];
      expect(entryLetters.length, 'letters of the script on the entry').toBeGreaterThan(0);
      const entryDrawn = await glyphCheck(page, '#results ol article', entryLetters.slice(0, 12));
      expect(entryDrawn.filter((glyph) => !glyph.inked || glyph.tofu || glyph.sameAsAnother)).toEqual([]);
      await mkdir(SCREENS, { recursive: true });
      await entry.screenshot({ path: path.join(SCREENS, `script-entry-${locale}-360x740.png`) });
    } finally {
      await context.close();
    }
  });
});
