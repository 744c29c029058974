/**
 * Issue 10's tips, first messages and partner area in the built app, offline, as she would use
 * them on a phone: tips grouped by situation (closed, below her country's help), the steps to
 * cover her tracks written for this browser (Chromium on Linux: Chrome on a computer), a first
 * message in her language in the sms: and wa.me links, the partner area's copy buttons, and after
 * all of it nothing new in any storage, the address or the history. Screenshots in English and
 * Arabic land in test-results/screens/.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { POLL, newContext, openApp, searchField, waitForDirectory } from './support/browser';
import { readDatabase, waitForStoredDirectory } from './support/indexeddb';
import './support/provided';
import { startStaticServer } from './support/static-server';
import { browserAndServer } from './support/suite';
import { screenshot } from './support/screenshots';

const appDir = inject('waypointAppDir');
const exitUrl = inject('waypointExitUrl');
const suite = browserAndServer(appDir);
const PHONE = { width: 360, height: 740 };
const SITUATIONS = [
  'job-offer',
  'online-contact',
  'phone-accounts',
  'covering-tracks',
  'money-documents',
  'after-escape',
  'helping-others',
];

/** Everything the page could have kept: web storage, the database, Cache Storage, cookies, the address and history. */
async function traces(page: Page, context: BrowserContext) {
  const inPage = await page.evaluate(async () => {
    const cacheNames = await caches.keys();
    const cached: Record<string, string[]> = {};
    for (const name of cacheNames) cached[name] = (await (await caches.open(name)).keys()).map((request) => request.url).sort();
    return {
      local: Object.entries(localStorage),
      session: Object.entries(sessionStorage),
      databases: (await indexedDB.databases()).map((db) => db.name).sort(),
      cached,
      url: location.href,
      history: history.length,
    };
  });
  return { ...inPage, database: await readDatabase(page, { values: ['saved'] }), cookies: await context.cookies() };
}

/** Records what the page hands to the Clipboard API (the real call still happens). */
async function watchClipboard(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const clipboard = navigator.clipboard;
    if (!clipboard) return;
    const write = clipboard.writeText.bind(clipboard);
    (window as unknown as { __copied: string[] }).__copied = [];
    clipboard.writeText = (text: string) => {
      (window as unknown as { __copied: string[] }).__copied.push(text);
      return write(text);
    };
  });
}

describe('tips, first messages and the partner area', () => {
  test('work offline on a phone and leave nothing behind', async () => {
    // Its own server: this test stops it, so everything below comes from the device.
    const ownServer = await startStaticServer(appDir);
    const { context, offOrigin } = await newContext(suite.browser, {
      exitUrl,
      contextOptions: { locale: 'en-PH', viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
    });
    try {
      await context.grantPermissions(['clipboard-write'], { origin: ownServer.url('/') });
      await watchClipboard(context);
      const page = await openApp(context, ownServer.url('/'), { controlled: true });
      await waitForStoredDirectory(page, (facts) => (facts?.entryCount ?? 0) > 0);
      await ownServer.close();
      await context.setOffline(true);
      await page.reload();
      await waitForDirectory(page);
      await expect.poll(() => page.locator('#help-heading').textContent(), POLL).toMatch('Philippines');
      const before = await traces(page, context);

      // Tips by situation: seven closed disclosures, after her country's help, off the first screen.
      const situations = page.locator('details.situation');
      await expect.poll(() => situations.count(), POLL).toBe(SITUATIONS.length);
      expect(await situations.evaluateAll((all) => all.map((each) => each.getAttribute('data-situation')))).toEqual(SITUATIONS);
      expect(await situations.evaluateAll((all) => all.filter((each) => (each as HTMLDetailsElement).open).length)).toBe(0);
      const tipsTop = (await page.locator('#tips-heading').boundingBox())!;
      expect(tipsTop.y).toBeGreaterThan(PHONE.height);

      // Cover your tracks: written for this browser, Chromium on Linux.
      const tracks = page.locator('details[data-situation="covering-tracks"]');
      await tracks.locator('summary').click();
      await expect
        .poll(() => tracks.locator('.tracks__detected').textContent(), POLL)
        .toBe('This looks like Chrome or Edge on a computer. If that is wrong, choose yours.');
      expect(await tracks.locator('select').inputValue()).toBe('chromium-desktop');
      expect(await tracks.locator('.tracks__steps').textContent()).toContain('Ctrl+Shift+N');
      await tracks.locator('select').selectOption('samsung');
      expect(await tracks.locator('.tracks__steps').textContent()).toContain('Secret mode');
      await tracks.locator('select').selectOption('chromium-desktop');
      await page.locator('#tips-heading').scrollIntoViewIfNeeded();
      await screenshot(page, 'tips-en-360x740');

      // A first message: 1343 Actionline's text line, in Burmese, she cannot talk.
      const actionline = page.locator('#results article', { hasText: '1343 Actionline' }).first();
      const message = actionline.locator('details.first-message');
      await message.locator('summary').click();
      await message.locator('select').selectOption('my');
      const text = message.locator('.first-message__text');
      await expect.poll(() => text.textContent(), POLL).toMatch(/\(Burmese\)/);
      const burmese = (await text.textContent())!;
      expect(await text.getAttribute('lang')).toBe('my');
      expect(await message.locator('.first-message__send a').first().getAttribute('href')).toBe(
        `sms:1343?body=${encodeURIComponent(burmese)}`,
      );
      expect(await message.textContent()).toContain('stays in your phone’s messages');

      // And a WhatsApp line (Malaysia's Talian Kasih), found by search: wa.me with the text.
      await searchField(page).fill('talian kasih');
      const kasih = page.locator('#results article', { hasText: 'Talian Kasih' }).first();
      await kasih.waitFor();
      const kasihMessage = kasih.locator('details.first-message');
      await kasihMessage.locator('summary').click();
      await kasihMessage.locator('input[type="radio"]').first().check();
      const kasihText = kasihMessage.locator('.first-message__text');
      await expect.poll(() => kasihText.textContent(), POLL).toBe('I need help. I speak English. I can talk on the phone now.');
      const wa = kasihMessage.locator('.first-message__send a[href^="https://wa.me/"]');
      expect(await wa.getAttribute('href')).toBe(
        `https://wa.me/60192615999?text=${encodeURIComponent('I need help. I speak English. I can talk on the phone now.')}`,
      );
      expect(await wa.getAttribute('rel')).toContain('noreferrer');
      await searchField(page).fill('');

      // The partner area, from the footer: each message copied.
      await page.getByRole('button', { name: 'For partners' }).click();
      await page.getByRole('heading', { name: 'For partners and campaigners' }).waitFor();
      await screenshot(page, 'partners-en-360x740');
      const messages = page.locator('.partners__message');
      expect(await messages.count()).toBe(3);
      for (let i = 0; i < 3; i++) {
        await messages.nth(i).getByRole('button', { name: 'Copy the message' }).click();
        await expect
          .poll(() => messages.nth(i).locator('.copy__status').textContent(), POLL)
          .toBe('Copied. Paste it where you want to send it.');
      }
      const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
      expect(copied).toEqual(await messages.locator('p').allTextContents());
      expect(await page.locator('.partners__programmes a').count()).toBeGreaterThanOrEqual(5);
      await page.getByRole('button', { name: 'Back to help' }).click();
      await page.locator('#help-heading').waitFor();

      // Nothing new anywhere, and no request left the device.
      expect(await traces(page, context)).toEqual(before);
      expect(offOrigin).toEqual([]);
    } finally {
      await context.close();
      await ownServer.close();
    }
  });

  test('in Arabic, right to left, the tips and the partner area read in order', async () => {
    const { context } = await newContext(suite.browser, {
      exitUrl,
      contextOptions: { locale: 'ar-SA', viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
    });
    try {
      const page = await openApp(context, suite.server.url('/'));
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await page.locator('#tips-heading').waitFor();
      expect(await page.locator('#tips-heading').textContent()).toBe('نصائح الأمان حسب الموقف');
      await page.locator('details[data-situation="covering-tracks"] summary').click();
      await page.locator('#tips-heading').scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      await screenshot(page, 'tips-ar-360x740');
      await page.getByRole('button', { name: 'للشركاء' }).click();
      await page.getByRole('heading', { name: 'للشركاء والناشطين' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      await screenshot(page, 'partners-ar-360x740');
    } finally {
      await context.close();
    }
  });
});
