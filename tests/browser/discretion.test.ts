/**
 * Discretion: a deployment's own names and icon, nothing on the shell that says what the app is
 * for, no invitation to search engines, saved helplines that stay on the device, views that never
 * touch history or the address, and "Remove this app's data from this device", which leaves
 * nothing behind and leaves for the neutral address with Back not returning.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { START_PAGE_URL, newContext, openApp, searchField, waitForDirectory } from './support/browser';
import { buildVariant, defaultDeployment } from './support/build-app';
import { readSavedIds, waitForStoredDirectory } from './support/indexeddb';
import { axeViolations, pageCspViolations, recordCspViolations } from './support/page-checks';
import './support/provided';
import { startStaticServer } from './support/static-server';
import { browserAndServer } from './support/suite';

const appDir = inject('waypointAppDir');
const exitUrl = inject('waypointExitUrl');

const SAVED_ID = 'gb-modern-slavery-exploitation-helpline';
const SAVED_NAME = 'Modern Slavery & Exploitation Helpline';

const suite = browserAndServer(appDir);

/** The neutral start page, then the app, controlled by its service worker: Back has somewhere to go. */
function openFromStartPage(context: BrowserContext): Promise<Page> {
  return openApp(context, suite.server.url('/'), { fromStartPage: true, controlled: true });
}

describe('a deployment names the app', () => {
  const ICON_SVG =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#2d6a4f"/><circle cx="32" cy="32" r="14" fill="#fff"/></svg>';

  test('names, title and icon come from the deployment file; the shipped shell never says what the app is for', async () => {
    const deployment = defaultDeployment();
    const variant = await buildVariant(
      'renamed',
      {
        ...deployment,
        appName: 'Daily Notes',
        shortName: 'Notes',
        title: 'Notes',
        themeColor: '#2d6a4f',
        icon: 'notes-icon.svg',
      },
      { 'notes-icon.svg': ICON_SVG },
    );
    const manifest = JSON.parse(readFileSync(path.join(variant.dir, 'manifest.webmanifest'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: 'Daily Notes',
      short_name: 'Notes',
      theme_color: '#2d6a4f',
      icons: [{ src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    });
    const html = readFileSync(path.join(variant.dir, 'index.html'), 'utf8');
    expect(html).toContain('<title>Notes</title>');
    expect(html).toContain('<link rel="icon" href="icons/icon.svg" type="image/svg+xml">');
    expect(html).toContain('<link rel="apple-touch-icon" href="icons/apple-touch-icon-180.png">');
    // The icon is the deployment's file, byte for byte; the drawn set is not shipped beside it.
    expect(readFileSync(path.join(variant.dir, 'icons/icon.svg'), 'utf8')).toBe(ICON_SVG);
    expect(readdirSync(path.join(variant.dir, 'icons')).sort()).toEqual(['apple-touch-icon-180.png', 'icon.svg']);
    // The icon's path on the build machine stays out of what is shipped.
    const scripts = readdirSync(path.join(variant.dir, 'assets')).filter((file) => file.endsWith('.js'));
    for (const file of scripts) expect(readFileSync(path.join(variant.dir, 'assets', file), 'utf8')).not.toContain('notes-icon');

    const renamed = await startStaticServer(variant.dir);
    const { context } = await newContext(suite.browser, { exitUrl });
    try {
      const page = await openApp(context, renamed.url('/'));
      expect(await page.title()).toBe('Notes');
      expect(await page.locator('.site-header__title').textContent()).toBe('Notes');
      const icon = await page.request.get(renamed.url('/icons/icon.svg'));
      expect(icon.headers()['content-type']).toContain('image/svg+xml');
    } finally {
      await context.close();
      await renamed.close();
    }

    // The default shell: title, names and description are neutral.
    const shipped = [
      readFileSync(path.join(appDir, 'index.html'), 'utf8'),
      readFileSync(path.join(appDir, 'manifest.webmanifest'), 'utf8'),
    ].join('\n');
    expect(shipped).not.toMatch(/traffick|slavery|exploitation|abuse|violence/i);
  });
});

describe('search engines', () => {
  test('the built site asks every crawler to stay out (robots.txt from public/)', () => {
    const robots = readFileSync(path.join(appDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Disallow: \/$/m);
  });
});

describe('saved helplines and views', () => {
  test('saving and every view keep one history entry, an unchanged address and the Content-Security-Policy', async () => {
    const { context, offOrigin } = await newContext(suite.browser, { exitUrl });
    const csp = await recordCspViolations(context);
    try {
      const page = await context.newPage();
      csp.watch(page);
      await page.goto(suite.server.url('/'));
      await waitForDirectory(page);
      const historyLength = await page.evaluate(() => history.length);
      const url = page.url();

      // The note, then hidden: remembered for this tab only (sessionStorage), never in localStorage.
      const note = page.getByRole('region', { name: 'Staying safe on this device' });
      expect(await note.textContent()).toContain('cannot erase your browser history');
      expect(await note.textContent()).toContain('call log');
      await note.getByRole('button', { name: 'Hide this note' }).click();
      expect(await note.count()).toBe(0);
      expect(await searchField(page).evaluate((element) => element === document.activeElement)).toBe(true);

      // Save one helpline.
      const card = page.getByRole('article', { name: SAVED_NAME });
      const save = card.getByRole('button', { name: 'Save on this device' });
      expect(await save.getAttribute('aria-pressed')).toBe('false');
      await save.click();
      expect(await save.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => readSavedIds(page)).toEqual([SAVED_ID]);

      // The Saved view lists it, alone; searching within it; back to everything.
      await page.getByRole('button', { name: 'Saved (1)' }).click();
      await page.getByRole('heading', { name: 'Saved on this device' }).waitFor();
      expect(await page.locator('#results article').count()).toBe(1);
      expect(await page.locator('#results article h4').textContent()).toBe(SAVED_NAME);
      expect(await axeViolations(page)).toEqual([]);
      await searchField(page).fill('helpline');
      await expect.poll(() => page.locator('#results-heading').textContent()).toBe('1 result');
      await searchField(page).fill('');
      await page.getByRole('button', { name: 'All help' }).click();
      // The home screen again: her country's help, and a few cards of each shared group.
      await expect.poll(() => page.locator('#results article').count()).toBeGreaterThan(10);

      // The skip link, the language, the privacy panel with its confirm step (cancelled), the note again.
      await page.getByRole('link', { name: 'Skip to results' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('results');
      await page.getByLabel('Language').selectOption('ar');
      await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      // The label itself is now in Arabic: find the control by its id to switch back.
      await page.locator('#language').selectOption('en');
      await page.getByRole('button', { name: 'Remove this app’s data from this device' }).click();
      const confirmTitle = page.getByRole('heading', { name: 'Remove everything and leave?' });
      expect(await confirmTitle.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Cancel' }).click();
      expect(await confirmTitle.count()).toBe(0);
      expect(
        await page
          .getByRole('button', { name: 'Remove this app’s data from this device' })
          .evaluate((element) => element === document.activeElement),
      ).toBe(true);
      await page.getByRole('button', { name: 'How to stay safe on this device' }).click();
      expect(
        await page
          .getByRole('heading', { name: 'Staying safe on this device' })
          .evaluate((element) => element === document.activeElement),
      ).toBe(true);
      await page.getByRole('button', { name: 'Hide this note' }).click();

      // A reload: the saved helpline is still there (IndexedDB), the note stays hidden (this tab's session).
      await page.reload();
      await waitForDirectory(page);
      expect(await page.getByRole('button', { name: 'Saved (1)' }).count()).toBe(1);
      expect(await page.getByRole('region', { name: 'Staying safe on this device' }).count()).toBe(0);
      expect(await page.evaluate(() => ({ local: localStorage.length, session: Object.keys(sessionStorage) }))).toEqual({
        local: 0,
        session: ['note-dismissed'],
      });

      // Unsaving from the Saved view empties it, with focus kept on the list.
      await page.getByRole('button', { name: 'Saved (1)' }).click();
      await page.getByRole('article', { name: SAVED_NAME }).getByRole('button', { name: 'Save on this device' }).click();
      await page.getByText('Nothing saved yet.', { exact: false }).waitFor();
      // Focus moves in the task after the render (browser-page.ts focus): poll for it.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('results');
      await expect.poll(() => readSavedIds(page)).toEqual([]);

      expect(await page.evaluate(() => history.length)).toBe(historyLength);
      expect(page.url()).toBe(url);
      expect([...csp.violations, ...(await pageCspViolations(page))]).toEqual([]);
      expect(offOrigin).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('quick exit and kiosk trial, from the default build', () => {
  test("quick exit still leaves with no network: the app is replaced by the browser's error page, Back skips it", async () => {
    const { context } = await newContext(suite.browser, { exitUrl });
    try {
      const page = await openFromStartPage(context);
      const historyLength = await page.evaluate(() => history.length);
      await context.setOffline(true);
      await searchField(page).fill('helpline mexico');
      await page.getByRole('button', { name: 'Quick exit' }).click();
      await page.waitForURL((url) => !url.href.startsWith(suite.server.url('/')), { waitUntil: 'commit' });
      expect(page.url()).not.toContain('127.0.0.1');
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
      await page.goBack({ waitUntil: 'commit' });
      await page.waitForURL(START_PAGE_URL, { waitUntil: 'commit' });
    } finally {
      await context.close();
    }
  });

  test('?kiosk=1 turns kiosk mode on for trying it out; the flag is read, never rewritten, and adds no history entry', async () => {
    const { context } = await newContext(suite.browser, { exitUrl });
    try {
      // A plain visit, for comparison: how many entries one page load makes in a fresh tab.
      const plain = await openApp(context, suite.server.url('/'));
      const plainLength = await plain.evaluate(() => history.length);
      await plain.close();

      const trial = suite.server.url('/?kiosk=1');
      const page = await openApp(context, trial);
      expect(await page.evaluate(() => document.documentElement.classList.contains('kiosk'))).toBe(true);
      // The QR encoder loads on first use; once it has, every code is drawn in the same render.
      await page.locator('svg.qr').first().waitFor();
      await page.getByRole('button', { name: 'Show help in every country' }).click();
      expect(await page.locator('svg.qr').count()).toBeGreaterThan(50);
      expect(await page.locator('a[href]:not([href^="#"])').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Save on this device' }).count()).toBe(0);
      expect(page.url()).toBe(trial);
      expect(await page.evaluate(() => location.href)).toBe(trial);
      expect(await page.evaluate(() => history.length)).toBe(plainLength);
    } finally {
      await context.close();
    }
  });
});

describe('remove this app’s data from this device', () => {
  test('deletes IndexedDB, Cache Storage, the service worker and web storage, then leaves with Back not returning', async () => {
    const { context } = await newContext(suite.browser, { exitUrl });
    try {
      const page = await openFromStartPage(context);
      await waitForStoredDirectory(page, (facts) => (facts?.entryCount ?? 0) > 0);
      await page.getByRole('article', { name: SAVED_NAME }).getByRole('button', { name: 'Save on this device' }).click();
      await expect.poll(() => readSavedIds(page)).toEqual([SAVED_ID]);
      await page.evaluate(() => localStorage.setItem('left-behind', '1'));
      const before = await page.evaluate(async () => ({
        databases: (await indexedDB.databases()).map((db) => db.name),
        caches: await caches.keys(),
        workers: (await navigator.serviceWorker.getRegistrations()).length,
      }));
      expect(before.databases).toContain('waypoint');
      expect(before.caches.length).toBeGreaterThan(0);
      expect(before.workers).toBe(1);
      const historyLength = await page.evaluate(() => history.length);

      await page.getByRole('button', { name: 'Remove this app’s data from this device' }).click();
      await page.getByRole('button', { name: 'Remove and leave' }).click();
      // Hidden at once, as quick exit does, while the deletions run.
      await page.waitForURL(exitUrl);
      expect(await page.title()).toBe('Weather');
      // location.replace(): the app's entry became the exit page's, and Back skips the app.
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
      await page.goBack();
      expect(page.url()).toBe(START_PAGE_URL);

      // Back on the origin in the same tab (a plain file, not the app, which would start again).
      await page.goto(suite.server.url('/nothing-here.txt'));
      const after = await page.evaluate(async () => ({
        databases: (await indexedDB.databases()).map((db) => db.name),
        caches: await caches.keys(),
        workers: (await navigator.serviceWorker.getRegistrations()).length,
        controlled: navigator.serviceWorker.controller !== null,
        local: localStorage.length,
        session: sessionStorage.length,
      }));
      expect(after).toEqual({ databases: [], caches: [], workers: 0, controlled: false, local: 0, session: 0 });
    } finally {
      await context.close();
    }
  });
});
