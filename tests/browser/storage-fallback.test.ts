import { describe, expect, inject, test } from 'vitest';
import { newContext, searchField, waitForDirectory } from './support/browser';
import './support/provided';
import { browserAndServer } from './support/suite';

const appDir = inject('waypointAppDir');
const exitUrl = inject('waypointExitUrl');

const suite = browserAndServer(appDir);

describe('without IndexedDB', () => {
  test.each([
    ['missing', () => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })],
    [
      'broken (open() throws)',
      () => {
        IDBFactory.prototype.open = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
      },
    ],
  ])(
    'IndexedDB %s: the directory still loads and searches, and the app says it cannot keep it',
    async (_name, breakIndexedDB) => {
      const { context } = await newContext(suite.browser, { exitUrl });
      try {
        await context.addInitScript(breakIndexedDB);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(suite.server.url('/'));
        await waitForDirectory(page);
        expect(await page.getByText('This browser will not keep the directory offline').count()).toBe(1);
        await searchField(page).fill('helpine');
        await page.getByRole('heading', { name: /\d+ results?/ }).waitFor();
        // Nothing alarming: no alert, no uncaught error.
        expect(await page.getByRole('alert').count()).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
