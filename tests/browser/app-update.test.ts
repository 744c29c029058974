import { beforeAll, describe, expect, inject, test } from 'vitest';
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

describe('a new app release', () => {
  test('is offered as "Update", never forced; tapping it runs the new release', async () => {
    const { context } = await newContext(suite.browser, { exitUrl });
    try {
      const page = await openApp(context, suite.server.url('/'), { controlled: true });
      const historyLength = await page.evaluate(() => history.length);

      suite.server.setRoot(nextReleaseDir);
      await searchField(page).fill('helpline');
      // The browser looks for a new worker on navigation; ask now instead of waiting a day.
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

      const update = page.getByRole('button', { name: 'Update' });
      await update.waitFor();
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
});
