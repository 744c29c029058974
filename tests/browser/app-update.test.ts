import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { POLL, newContext, openApp, searchField, waitForDirectory } from './support/browser';
import { buildVariant, defaultDeployment } from './support/build-app';
import './support/provided';
import { browserAndServer } from './support/suite';

const appDir = inject('waypointAppDir');
const exitUrl = inject('waypointExitUrl');

const suite = browserAndServer(appDir);
let nextReleaseDir: string;

beforeAll(async () => {
  // The next release: same directory, a changed app (its title), so its service worker differs.
  nextReleaseDir = (await buildVariant('next-release', { ...defaultDeployment(), title: 'Waypoint next' })).dir;
});

/** A page on release 1, controlled by its worker, with release 2 waiting and "Update" offered. */
async function updateOffered(page: Page): Promise<void> {
  suite.server.setRoot(nextReleaseDir);
  // The browser looks for a new worker on navigation; ask now instead of waiting a day.
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await page.getByRole('button', { name: 'Update' }).waitFor();
}

describe('a new app release', () => {
  test('is offered as "Update", never forced; tapping it runs the new release', async () => {
    const { context } = await newContext(suite.browser, { exitUrl });
    try {
      const page = await openApp(context, suite.server.url('/'), { controlled: true });
      const historyLength = await page.evaluate(() => history.length);

      await searchField(page).fill('helpline');
      await updateOffered(page);
      const update = page.getByRole('button', { name: 'Update' });
      // Offered, not forced: the old release still runs, with what she typed.
      expect(await searchField(page).inputValue()).toBe('helpline');
      expect(await page.title()).toBe('Waypoint');

      await Promise.all([page.waitForEvent('load'), update.click()]);
      await waitForDirectory(page);
      await expect.poll(() => page.title(), POLL).toBe('Waypoint next');
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
      // Nothing typed survives the reload.
      expect(await searchField(page).inputValue()).toBe('');
    } finally {
      await context.close();
    }
  });

  // The update's reload (on the new worker's 'controlling') used to abort the exit's
  // location.replace(): the app came back, on its new release, in 5 runs of 5.
  test('never stops a Quick exit tapped 10 ms after "Update": the page ends on the exit address, 5 times of 5', async () => {
    for (let run = 1; run <= 5; run++) {
      suite.server.setRoot(appDir);
      const { context } = await newContext(suite.browser, { exitUrl });
      try {
        const page = await openApp(context, suite.server.url('/'), { controlled: true });
        await updateOffered(page);
        // Both taps from inside the page, so the 10 ms between them are 10 ms.
        await page.evaluate(() => {
          const button = (name: string) =>
            [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === name)!;
          button('Update').click();
          setTimeout(() => button('Quick exit').click(), 10);
        });
        await expect.poll(() => page.url(), { ...POLL, message: `run ${run}` }).toBe(exitUrl);
        // Still there once everything the update started has had its time.
        await page.waitForTimeout(1500);
        expect(page.url(), `run ${run}`).toBe(exitUrl);
        expect(await page.title()).toBe('Weather');
      } finally {
        await context.close();
      }
    }
  }, 180_000);
});
