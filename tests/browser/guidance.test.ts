/**
 * "What do I need now?", the job-offer check and the number check, offline, as she would use
 * them: a migrant in Saudi Arabia whose passport was taken, a woman in the Philippines with a job
 * offer. After all of it nothing she chose, answered or typed is anywhere: IndexedDB, Cache
 * Storage, localStorage, sessionStorage, cookies, the address and the history are as they were.
 * Screenshots land in test-results/screens/ for a person to look at.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { POLL, newContext, openApp, waitForDirectory } from './support/browser';
import { readDatabase, waitForStoredDirectory } from './support/indexeddb';
import { WCAG_22_AA, axeViolations } from './support/page-checks';
import './support/provided';
import { startStaticServer } from './support/static-server';
import { browserAndServer } from './support/suite';
import { screenshot } from './support/screenshots';

const appDir = inject('waypointAppDir');
const exitUrl = inject('waypointExitUrl');
const suite = browserAndServer(appDir);
const PHONE = { width: 360, height: 740 };
/** A number typed into the number check that is in no entry: if it turns up in storage, it was kept. */
const TYPED_NUMBER = '+44 7700 900123';

/** Everything a page could have kept, read from the page itself. */
async function traces(page: Page) {
  const browserSide = await page.evaluate(async () => {
    const caches_: Record<string, number> = {};
    for (const name of await caches.keys()) caches_[name] = (await (await caches.open(name)).keys()).length;
    const databases = (await indexedDB.databases()).map((database) => database.name ?? '').sort();
    const session: Record<string, string> = {};
    for (let i = 0; i < sessionStorage.length; i++)
      session[sessionStorage.key(i)!] = sessionStorage.getItem(sessionStorage.key(i)!)!;
    const local: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) local[localStorage.key(i)!] = localStorage.getItem(localStorage.key(i)!)!;
    return { caches: caches_, databases, session, local, cookie: document.cookie, url: location.href, history: history.length };
  });
  const database = await readDatabase(page);
  const stores = Object.fromEntries(Object.entries(database ?? {}).map(([name, contents]) => [name, contents.keys.length]));
  return { ...browserSide, stores, databaseText: JSON.stringify(database) };
}

/** The route's cards, with the place each names. */
async function routeCards(page: Page) {
  return page.locator('#results article').evaluateAll((articles) =>
    articles.map((article) => ({
      name: article.querySelector('h3, h4')?.textContent?.trim() ?? '',
      place: article.querySelector('.entry__meta span:nth-child(2)')?.textContent?.trim() ?? '',
      operator: article.querySelector('.operator')?.textContent?.trim() ?? null,
      calls: [...article.querySelectorAll('a[href^="tel:"]')].map((link) => link.getAttribute('href')),
    })),
  );
}

async function chooseNeed(page: Page, name: string) {
  await page.locator('#need-toggle').click();
  await page.getByRole('button', { name, exact: true }).click();
  await page.locator('#guidance-heading').waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('guidance-heading');
  // The route's cards, once its chunk has loaded (on first use; offline from the precache).
  await page.locator('#results article').first().waitFor();
}

/** Answers one question of the job check by the text of its answer. */
async function answer(page: Page, question: RegExp, choice: 'Yes' | 'No' | 'Not sure') {
  await page.getByRole('group', { name: question }).getByRole('radio', { name: choice, exact: true }).check();
}

describe('guidance, offline', () => {
  test('Saudi Arabia, passport taken; the Philippines, a job offer checked; a number checked; nothing kept', async () => {
    // Its own server: this test stops it.
    const ownServer = await startStaticServer(appDir);
    const { context, offOrigin } = await newContext(suite.browser, {
      exitUrl,
      contextOptions: { locale: 'en-SA', viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
    });
    try {
      const page = await openApp(context, ownServer.url('/'), { controlled: true });
      await waitForStoredDirectory(page, (facts) => (facts?.entryCount ?? 0) > 0);
      await ownServer.close();
      await context.setOffline(true);
      await page.reload();
      await waitForDirectory(page);
      const before = await traces(page);

      // The first screen keeps her country's first call link in view with the control there.
      const firstCall = (await page.locator('#results a[href^="tel:"]').first().boundingBox())!;
      expect(firstCall.y + firstCall.height).toBeLessThanOrEqual(PHONE.height);
      expect(await page.locator('#need-toggle').isVisible()).toBe(true);

      // Saudi Arabia: "Someone took my passport or documents".
      await chooseNeed(page, 'Someone took my passport or documents');
      expect(await page.locator('#guidance-heading').textContent()).toBe('Someone took my passport or documents');
      const saudi = await routeCards(page);
      expect(saudi[0]).toMatchObject({ name: 'Emergency numbers', place: 'Saudi Arabia' });
      expect(saudi[0]!.calls).toContain('tel:911');
      const lines = saudi.filter((card) => card.operator !== null && card.name !== 'Emergency numbers');
      expect(lines.some((card) => card.calls.includes('tel:1919') && card.operator === 'Government service')).toBe(true);
      // Every line shown is Saudi Arabia's own, or for anywhere: never another country's as hers.
      expect(lines.filter((card) => card.place !== 'Saudi Arabia' && card.place !== 'Worldwide')).toEqual([]);
      await page.getByRole('heading', { name: 'Tips for this' }).waitFor();
      await screenshot(page, 'guidance-route-en-SA-360x740');

      // Back to home, then the Philippines (chosen as she would, by name).
      await page.getByRole('button', { name: 'Back to home' }).click();
      await page.locator('#help-heading').waitFor();
      await page.getByRole('button', { name: 'Change country' }).click();
      await page.getByRole('searchbox', { name: 'Your country' }).fill('philippines');
      await page.getByRole('button', { name: 'Philippines', exact: true }).click();
      await expect.poll(() => page.locator('#help-heading').textContent(), POLL).toBe('Help in Philippines');

      await chooseNeed(page, 'A job offer or a person online worries me');
      const philippines = await routeCards(page);
      expect(philippines[0]).toMatchObject({ name: 'Emergency numbers', place: 'Philippines' });
      expect(philippines.some((card) => card.calls.includes('tel:1343') && card.operator === 'Government service')).toBe(true);
      await page.getByRole('button', { name: 'Check a job offer' }).click();
      expect(await page.locator('.job-check fieldset').count()).toBe(10);

      // All "no": no warning sign, and it says what it could not check; never "safe".
      for (const radio of await page.getByRole('radio', { name: 'No', exact: true }).all()) await radio.check();
      await page.getByRole('button', { name: 'See what the answers show' }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('job-result-heading');
      const none = (await page.locator('.job-result__none').textContent()) ?? '';
      expect(none).toContain('None of your answers shows a warning sign.');
      expect(none).toContain('cannot tell whether the recruiter, the employer or the job are real');
      expect(none).not.toMatch(/\bsafe\b/i);

      // A fee, a passport kept "not sure", and the job in Saudi Arabia.
      await page.getByRole('button', { name: 'Change the answers' }).click();
      await answer(page, /pay the recruiter or agency a fee/, 'Yes');
      await answer(page, /keep your passport/, 'Not sure');
      // By keyboard, as well: the travel-debt question's radios move with the arrow keys.
      await page
        .getByRole('group', { name: /pay your travel/ })
        .getByRole('radio', { name: 'No', exact: true })
        .focus();
      await page.keyboard.press('ArrowLeft');
      await page.getByLabel('Country of the job (optional)').selectOption('SA');
      await page.getByRole('button', { name: 'See what the answers show' }).click();
      const result = page.locator('.job-result');
      await result.waitFor();
      const flags = await page.locator('.job-flag').allTextContents();
      expect(flags).toHaveLength(2);
      expect(flags[0]).toContain('A fee can become a debt used to control you.');
      expect(flags[0]).toContain('Do not pay.');
      expect(flags[1]).toContain('A travel debt can grow');
      expect(await page.locator('.job-result__find-out li').allTextContents()).toEqual([
        'Will the employer or agent keep your passport?',
      ]);
      expect(await page.locator('.job-result__lines h4.group__subtitle').allTextContents()).toEqual([
        'Lines in Philippines',
        'Lines in Saudi Arabia',
      ]);
      expect(await result.locator('a[href="tel:1343"]').count()).toBeGreaterThan(0);
      expect(await result.locator('a[href="tel:1919"]').count()).toBeGreaterThan(0);
      for (const text of [...flags, (await page.locator('.job-result__find-out').textContent()) ?? ''])
        expect(text).not.toMatch(/\bsafe\b/i);
      await page.locator('#job-result-heading').scrollIntoViewIfNeeded();
      await screenshot(page, 'guidance-job-result-en-PH-360x740');

      // The number check: a short code of her country, and a number the directory does not have.
      await page.getByRole('button', { name: 'Back to home' }).click();
      await page.locator('#need-toggle').click();
      await page.getByRole('button', { name: 'Check a number', exact: true }).click();
      const field = page.getByRole('textbox', { name: 'A number someone gave you' });
      await field.fill('1343');
      await page.getByText('This number is in the directory.').waitFor();
      expect(await page.locator('.number-check__owners li').allTextContents()).toEqual([
        expect.stringContaining('1343 Actionline against Human Trafficking'),
      ]);
      await field.fill(TYPED_NUMBER);
      await page.getByText('This number is not in this directory.').waitFor();
      const notFound = (await page.locator('.number-check__answer').textContent()) ?? '';
      expect(notFound).toContain('That does not tell whether it is real or not.');
      expect(notFound).not.toMatch(/\b(safe|fake)\b/i);

      // Nothing kept.
      const after = await traces(page);
      expect(after.databases).toEqual(before.databases);
      expect(after.stores).toEqual(before.stores);
      expect(after.caches).toEqual(before.caches);
      expect(Object.keys(after.local)).toEqual(Object.keys(before.local));
      // The country she chose is the one thing the app keeps for the visit, as it always has.
      expect(Object.keys(after.session).filter((key) => !(key in before.session) && key !== 'country')).toEqual([]);
      expect(after.session.country).toBe('PH');
      expect(after.cookie).toBe('');
      expect(after.url).toBe(before.url);
      expect(after.history).toBe(before.history);
      // What she typed is nowhere; what she chose and answered is in no storage the page has.
      const small = JSON.stringify([after.session, after.local, after.cookie, after.url]);
      for (const typed of ['7700900123', '7700 900123']) {
        expect(small.includes(typed), typed).toBe(false);
        expect(after.databaseText.includes(typed), typed).toBe(false);
      }
      for (const choice of ['recruiter-fees', 'keeps-passport', 'job-online', 'documents', 'unsure', 'yes'])
        expect(small.includes(choice), choice).toBe(false);
      expect(offOrigin).toEqual([]);
    } finally {
      await context.close();
      await ownServer.close();
    }
  });

  test('Arabic at 360x740: the route, the job check and its result, right to left, with no axe violation', async () => {
    const { context } = await newContext(suite.browser, {
      exitUrl,
      contextOptions: { locale: 'ar-SA', viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
    });
    try {
      const page = await openApp(context, suite.server.url('/'));
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await page.locator('#need-toggle').click();
      await page.locator('.needs__choice--documents').click();
      await expect.poll(() => page.locator('#guidance-heading').textContent(), POLL).toBe('أخذ أحدهم جواز سفري أو وثائقي');
      // The screens load as a chunk of their own on first use.
      await page.locator('#results article').first().waitFor();
      expect(await page.locator('#results article').first().locator('a[href="tel:911"]').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      await screenshot(page, 'guidance-route-ar-SA-360x740');
      expect(await axeViolations(page, WCAG_22_AA)).toEqual([]);

      await page.locator('.route__tools .button--secondary').waitFor();
      await page.locator('#need-toggle').click();
      await page.locator('.needs__choice--tool').first().click();
      const first = page.locator('.job-check fieldset').first();
      await first.waitFor();
      expect(await axeViolations(page, WCAG_22_AA)).toEqual([]);
      await first.getByRole('radio', { name: 'نعم', exact: true }).check();
      await page.locator('.job-check button[type="submit"]').click();
      await page.locator('.job-flag').first().waitFor();
      expect(await page.locator('.job-flag').first().textContent()).toContain('أصحاب العمل النزيهون');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      await page.locator('#job-result-heading').scrollIntoViewIfNeeded();
      await screenshot(page, 'guidance-job-result-ar-SA-360x740');
      expect(await axeViolations(page, WCAG_22_AA)).toEqual([]);
      // The number check, too.
      await page.locator('#need-toggle').click();
      await page.locator('.needs__choice--tool').nth(1).click();
      await page.locator('#number-check').fill('1919');
      await page.locator('.number-check__owners li').waitFor();
      expect(await axeViolations(page, WCAG_22_AA)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
