/**
 * Kiosk mode, on a build whose deployment file turns it on with the shortest idle time allowed
 * (15 s): contacts large with QR codes that scan back to the number, nothing that opens a window,
 * a printable slip, and, after the "Still there?" countdown, a screen that has forgotten its
 * visitor (search, language, scroll, session storage, saved items). Quick exit stays on the kiosk:
 * a neutral screen of the app, offline too, above the countdown too, that the next visitor starts
 * afresh from.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { CompiledEntry } from '../../src/data/entry';
import { watchBackForwardCache } from './support/bfcache';
import { START_PAGE_URL, newContext, openApp, searchField, waitForDirectory } from './support/browser';
import { buildVariant, defaultDeployment } from './support/build-app';
import { readSavedIds, seedSavedId } from './support/indexeddb';
import { axeViolations, pageCspViolations, recordCspViolations } from './support/page-checks';
import { decodePng, type Rgba } from './support/png';
import { backForwardCacheBrowser, browserAndServer } from './support/suite';

const IDLE_SECONDS = 15;
const COUNTDOWN_SECONDS = 10;
const EXIT_URL = 'https://www.bbc.com/weather';

let entries: CompiledEntry[];

// The kiosk build is made before the server starts, and served for the whole file.
const suite = browserAndServer(async () => {
  const deployment = defaultDeployment();
  const kiosk = await buildVariant('kiosk', {
    ...deployment,
    exitUrl: EXIT_URL,
    kiosk: { enabled: true, allowUrlFlag: false, idleSeconds: IDLE_SECONDS },
  });
  const index = JSON.parse(readFileSync(path.join(kiosk.dir, 'data/index.json'), 'utf8')) as { full: { path: string } };
  entries = (JSON.parse(readFileSync(path.join(kiosk.dir, 'data', index.full.path), 'utf8')) as { entries: CompiledEntry[] })
    .entries;
  return kiosk.dir;
});

function contactHref(entryId: string, type: string): { href: string; number?: string; url?: string } {
  const contact = entries.find((entry) => entry.id === entryId)?.contacts.find((candidate) => candidate.type === type);
  if (!contact) throw new Error(`no ${type} contact on ${entryId}`);
  return contact as { href: string; number?: string; url?: string };
}

/** Screenshots an element and decodes the QR code in it. */
async function scanQr(page: Page, name: string): Promise<string | undefined> {
  const image = page.getByRole('img', { name, exact: true }).first();
  await image.scrollIntoViewIfNeeded();
  const { width, height, data } = decodePng(await image.screenshot());
  return jsQR(data, width, height)?.data;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The colours of a screenshot's pixels outside the given boxes (CSS pixels, scale 1), each widened by `margin`. */
function coloursOutside({ width, height, data }: Rgba, boxes: Box[], margin = 4): Set<string> {
  const inside = (x: number, y: number) =>
    boxes.some(
      (box) => x >= box.x - margin && x < box.x + box.width + margin && y >= box.y - margin && y < box.y + box.height + margin,
    );
  const colours = new Set<string>();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (inside(x, y)) continue;
      const i = (y * width + x) * 4;
      colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    }
  }
  return colours;
}

function openKiosk(context: BrowserContext): Promise<Page> {
  return openApp(context, suite.server.url('/'), { fromStartPage: true });
}

/** A kiosk in use: opened (with history before it), its note hidden, something in session storage. */
async function kioskInUse(context: BrowserContext): Promise<{ page: Page; historyLength: number; url: string }> {
  const page = await openKiosk(context);
  const historyLength = await page.evaluate(() => history.length);
  const url = page.url();
  await page.getByRole('button', { name: 'Hide this note' }).click();
  await page.evaluate(() => sessionStorage.setItem('draft', 'helpline mexico'));
  return { page, historyLength, url };
}

describe('kiosk', () => {
  test('contacts are large text with QR codes that scan to the number; nothing links out or opens a window', async () => {
    const { context, offOrigin } = await newContext(suite.browser, {
      exitUrl: EXIT_URL,
      contextOptions: { deviceScaleFactor: 2 },
    });
    const csp = await recordCspViolations(context);
    try {
      const page = await openKiosk(context);
      csp.watch(page);
      const historyLength = await page.evaluate(() => history.length);

      // The staying-safe note greets every visitor, in its kiosk version.
      await page.getByRole('heading', { name: 'Staying safe on this device' }).waitFor();
      expect(await page.getByText('This is a shared screen.', { exact: false }).count()).toBe(1);

      // QR codes drawn on the device, scanned back from the screen as a phone camera would.
      const phone = contactHref('gb-modern-slavery-exploitation-helpline', 'phone');
      expect(await scanQr(page, `QR code for ${phone.number}`)).toBe(phone.href);
      expect(phone.href).toBe('tel:+448000121700');
      const web = contactHref('gb-modern-slavery-exploitation-helpline', 'web');
      expect(await scanQr(page, 'QR code for www.modernslaveryhelpline.org')).toBe(web.href);
      // Every country's lines, not only the first screen's: each contact still a QR code, nothing a link.
      await page.getByRole('button', { name: 'Show help in every country' }).click();
      expect(await page.locator('svg.qr').count()).toBeGreaterThan(50);

      // No outbound links at all (the skip link stays, and moves focus in the page); no window opens.
      expect(await page.locator('a[href]:not([href^="#"])').count()).toBe(0);
      expect(await page.locator('[target]').count()).toBe(0);
      let popups = 0;
      page.on('popup', () => popups++);
      expect(await page.evaluate(() => window.open('https://www.modernslaveryhelpline.org/', '_blank'))).toBeNull();
      await page.waitForTimeout(200);
      expect(popups).toBe(0);

      // Nothing to save, and no "remove data" (a visitor leaves nothing behind to remove).
      expect(await page.getByRole('button', { name: 'Save on this device' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /Saved \(/ }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /Remove this app/ }).count()).toBe(0);

      // Print this contact: window.print() with a slip of name, numbers and QR codes; no new window.
      await page.evaluate(() => {
        const w = window as unknown as { __prints: number };
        w.__prints = 0;
        window.print = () => {
          w.__prints++;
        };
      });
      const card = page.getByRole('article', { name: 'Modern Slavery & Exploitation Helpline' });
      await card.getByRole('button', { name: 'Print this contact' }).click();
      await expect.poll(() => page.evaluate(() => (window as unknown as { __prints: number }).__prints)).toBe(1);
      const slip = page.locator('.print-slip');
      expect(await slip.locator('h2').textContent()).toBe('Modern Slavery & Exploitation Helpline');
      expect(await slip.textContent()).toContain(phone.number);
      expect(await slip.getByRole('img', { name: `QR code for ${phone.number}`, includeHidden: true }).count()).toBe(1);
      expect(await slip.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await slip.isVisible()).toBe(true);
      expect(await page.locator('.screen').isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });
      expect(popups).toBe(0);

      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
      expect(page.url()).toBe(suite.server.url('/'));
      expect([...csp.violations, ...(await pageCspViolations(page))]).toEqual([]);
      expect(offOrigin.filter((request) => !request.url.startsWith(START_PAGE_URL))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('"Still there?" is an alert dialog with focus on its button and a live countdown; "I\'m still here" keeps the screen', async () => {
    const { context } = await newContext(suite.browser, { exitUrl: EXIT_URL });
    try {
      // The page's clock, under the test's control: no need to wait the idle time out here.
      await context.clock.install();
      const page = await openKiosk(context);
      const search = searchField(page);
      // Typed key by key, as she would: each key is input the idle watch counts.
      await search.pressSequentially('helpline');
      await search.focus();

      await page.clock.fastForward((IDLE_SECONDS - 1) * 1000);
      expect(await page.getByRole('alertdialog').count()).toBe(0);
      await page.clock.fastForward(1000);
      const dialog = page.getByRole('alertdialog', { name: 'Still there?' });
      await dialog.waitFor();
      const button = dialog.getByRole('button', { name: 'I’m still here' });
      expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
      const countdown = dialog.locator('[aria-live]');
      expect(await countdown.textContent()).toContain('10 seconds');
      expect(await dialog.getAttribute('aria-describedby')).toBe(await countdown.getAttribute('id'));
      await page.clock.fastForward(1000);
      await expect.poll(() => countdown.textContent()).toContain('9 seconds');
      // The rest of the page is inert while the dialog is up (native modal dialog).
      expect(await page.evaluate(() => document.querySelector('dialog')?.matches(':modal'))).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      await button.click();
      expect(await page.getByRole('alertdialog').count()).toBe(0);
      expect(await search.inputValue()).toBe('helpline');
      // Focus goes back where it was.
      expect(await search.evaluate((element) => element === document.activeElement)).toBe(true);
      // The countdown really stopped: the screen is not cleared when it would have run out.
      await page.clock.fastForward(COUNTDOWN_SECONDS * 1000);
      expect(await search.inputValue()).toBe('helpline');

      // Escape (the dialog's cancel) answers "I'm still here" too.
      await page.clock.fastForward(IDLE_SECONDS * 1000);
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.clock.fastForward(COUNTDOWN_SECONDS * 1000);
      expect(await search.inputValue()).toBe('helpline');
    } finally {
      await context.close();
    }
  });

  test('during "Still there?" the screen behind is hidden, and a tap where Quick exit was still exits', async () => {
    const { context, offOrigin } = await newContext(suite.browser, { exitUrl: EXIT_URL });
    try {
      await context.clock.install();
      const page = await openKiosk(context);
      await page.getByRole('button', { name: 'Hide this note' }).click();
      await searchField(page).fill('helpline mexico');
      await expect.poll(() => page.locator('#results-heading').textContent()).toMatch(/results?$/);
      const exitButton = (await page.locator('.screen .quick-exit__button').boundingBox())!;

      await page.clock.fastForward(IDLE_SECONDS * 1000);
      const dialog = page.getByRole('alertdialog', { name: 'Still there?' });
      await dialog.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // Nothing of the last search shows through: outside the dialog and the Quick exit bar, one flat colour.
      const shown = decodePng(await page.screenshot());
      const covering = await Promise.all(
        [dialog, ...(await dialog.locator('.quick-exit').all())].map(async (element) => (await element.boundingBox())!),
      );
      expect([...coloursOutside(shown, covering)]).toHaveLength(1);

      // A tap (a real one, at the spot the page's Quick exit had) lands on a Quick exit, above the dialog.
      await page.mouse.click(exitButton.x + exitButton.width / 2, exitButton.y + exitButton.height / 2);
      await page.getByRole('button', { name: 'Start' }).waitFor();
      expect(await page.getByRole('alertdialog').count()).toBe(0);
      expect((await page.locator('body').textContent())?.toLowerCase()).not.toContain('mexico');
      expect(offOrigin.filter((request) => request.url.startsWith(EXIT_URL))).toEqual([]);
      // The neutral screen stays: no countdown comes back over it.
      await page.clock.fastForward((IDLE_SECONDS + COUNTDOWN_SECONDS + 5) * 1000);
      expect(await page.getByRole('alertdialog').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Start' }).count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  test('Quick exit on a kiosk leaves for a neutral screen of the app, offline too; the next visitor starts afresh and Back never shows the last one', async () => {
    const { context, offOrigin } = await newContext(suite.browser, { exitUrl: EXIT_URL });
    try {
      const { page, historyLength, url } = await kioskInUse(context);
      await searchField(page).fill('helpline mexico');
      await expect.poll(() => page.locator('#results-heading').textContent()).toMatch(/results?$/);

      // Offline, and the server unreachable: the exit must not need the network.
      await context.setOffline(true);
      await page.route('**/*', (route) => route.abort('internetdisconnected'));
      await page.getByRole('button', { name: 'Quick exit' }).click();
      const start = page.getByRole('button', { name: 'Start' });
      await start.waitFor();
      expect(await page.evaluate(() => document.documentElement.hidden)).toBe(false);
      expect(await page.locator('.screen').count()).toBe(0);
      expect((await page.locator('body').textContent())?.trim()).toBe('Start');
      // The deployment's (neutral) title, as on a kiosk at rest.
      expect(await page.title()).toBe('Waypoint');
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
      expect(page.url()).toBe(url);
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
      expect(await axeViolations(page)).toEqual([]);

      await start.click();
      const search = searchField(page);
      await search.waitFor();
      expect(await search.inputValue()).toBe('');
      await expect.poll(() => search.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.getByRole('heading', { name: 'Staying safe on this device' }).waitFor();
      expect(await page.locator('#results-heading').textContent()).toMatch(/^\d+ entries$/);
      expect((await page.locator('body').textContent())?.toLowerCase()).not.toContain('mexico');
      expect(await page.title()).toBe('Waypoint');
      expect(page.url()).toBe(url);
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
      expect(offOrigin.filter((request) => request.url.startsWith(EXIT_URL))).toEqual([]);

      // No entry was added: Back leaves the kiosk for where it came from, not for the last visitor's screen.
      await page.unroute('**/*');
      await context.setOffline(false);
      await page.goBack();
      expect(page.url()).toBe(START_PAGE_URL);
    } finally {
      await context.close();
    }
  });

  test('when the countdown runs out the screen forgets its visitor: search, language, scroll, session, saved items', async () => {
    const { context } = await newContext(suite.browser, { exitUrl: EXIT_URL });
    try {
      // What a visitor leaves behind: a search, another language, a scrolled page, session data,
      // and (from some earlier use of this browser) a saved helpline.
      const { page, historyLength, url } = await kioskInUse(context);
      await seedSavedId(page, 'gb-modern-slavery-exploitation-helpline');
      await searchField(page).fill('helpline');
      await page.getByLabel('Language').selectOption('es');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
      await page.mouse.wheel(0, 1500);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
      const leftAt = Date.now();

      // Then nobody touches the screen.
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor({ timeout: (IDLE_SECONDS + 5) * 1000 });
      expect((Date.now() - leftAt) / 1000).toBeGreaterThan(IDLE_SECONDS - 2);
      await dialog.waitFor({ state: 'detached', timeout: (COUNTDOWN_SECONDS + 5) * 1000 });

      const search = searchField(page);
      expect(await search.inputValue()).toBe('');
      expect(await search.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await page.getByLabel('Language').inputValue()).toBe('en');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
      await expect.poll(() => readSavedIds(page)).toEqual([]);
      await page.getByRole('heading', { name: 'Staying safe on this device' }).waitFor();
      expect(await page.locator('#results-heading').textContent()).toMatch(/^\d+ entries$/);
      expect(await page.locator('.print-slip').count()).toBe(0);
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
      expect(page.url()).toBe(url);
    } finally {
      await context.close();
    }
  });
});

describe('kiosk and the back/forward cache', () => {
  const bfcache = backForwardCacheBrowser();

  test('a kiosk page restored from the back/forward cache is reset for a new visitor', async ({ skip }) => {
    const { context } = await newContext(bfcache.browser, { exitUrl: EXIT_URL });
    try {
      const page = await context.newPage();
      const visit = await watchBackForwardCache(page);
      await page.goto(suite.server.url('/'));
      await waitForDirectory(page);
      await page.getByRole('button', { name: 'Hide this note' }).click();
      await page.evaluate(() => sessionStorage.setItem('draft', 'job abroad'));
      await searchField(page).fill('job abroad');
      await page.getByLabel('Language').selectOption('fr');
      // Let the first visit settle (service worker install, IndexedDB writes): a page busy with
      // them is not kept in the back/forward cache.
      await page.waitForTimeout(1000);

      const notRestored = await visit.leaveAndComeBack(suite.server.url('/'));
      if (notRestored) skip(notRestored);

      await expect.poll(() => searchField(page).inputValue()).toBe('');
      expect(await page.getByLabel('Language').inputValue()).toBe('en');
      expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
      expect(await page.evaluate(() => document.documentElement.hidden)).toBe(false);
      await page.getByRole('heading', { name: 'Staying safe on this device' }).waitFor();
      expect((await page.locator('body').textContent())?.toLowerCase()).not.toContain('job abroad');
    } finally {
      await context.close();
    }
  });
});
