import { defineConfig } from 'vitest/config';

// Three projects: pure logic in Node, the views rendered in happy-dom, and the built app driven in
// Debian's Chromium.
// The browser project serves `dist/` itself (see tests/browser/global-setup.ts), so
// `npm test` builds first.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'component',
          // The Preact views in a DOM of their own: quick to render, for what the browser suite
          // reaches slowly (each state of a card, a group, a dialog).
          environment: 'happy-dom',
          include: ['tests/component/**/*.test.tsx'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
