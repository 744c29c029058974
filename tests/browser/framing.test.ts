/**
 * Framing and the site's headers. Another site must never hold the app in a frame: Quick exit
 * would then move only the frame and leave that site on screen. With the site's headers (the one
 * policy of scripts/security-headers.ts, sent by `npm start`, the build's `_headers` and the test
 * server) the browser refuses the frame; on a host that sends none, the app refuses to run in it
 * and offers only to open on its own.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { preview } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { SECURITY_HEADERS, headersFor, netlifyHeadersFile } from '../../scripts/security-headers';
import { POLL, newContext, waitForDirectory } from './support/browser';
import { pageCspViolations, recordCspViolations } from './support/page-checks';
import './support/provided';
import { type StaticServer, startStaticServer } from './support/static-server';
import { browserAndServer } from './support/suite';

const appDir = inject('waypointAppDir');
const exitUrl = inject('waypointExitUrl');
const repoRoot = inject('waypointRepoRoot');

// The app, served with the site's headers.
const suite = browserAndServer(appDir);
// The same app on a host that sends no header at all, and another site (another port) that frames it.
let bare: StaticServer;
let framer: StaticServer;
let framerDir: string;

const framingPage = (src: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title></head><body><h1>Another site</h1><iframe src="${src}" title="framed" width="600" height="400"></iframe></body></html>`;

beforeAll(async () => {
  bare = await startStaticServer(appDir, { securityHeaders: false });
  framerDir = await mkdtemp(path.join(os.tmpdir(), 'waypoint-framer-'));
  await writeFile(path.join(framerDir, 'with-headers.html'), framingPage(suite.server.url('/')));
  await writeFile(path.join(framerDir, 'bare.html'), framingPage(bare.url('/')));
  framer = await startStaticServer(framerDir, { securityHeaders: false });
});

afterAll(async () => {
  await Promise.all([bare?.close(), framer?.close()]);
  if (framerDir) await rm(framerDir, { recursive: true, force: true });
});

/**
 * Fetches a few kinds of path from `origin` and checks each carries every header the policy gives
 * it (or only the site-wide ones: the test server keeps `no-cache` on data, see static-server.ts).
 */
async function expectPolicyHeaders(origin: string, { dataHeaders = true } = {}): Promise<void> {
  const html = await readFile(path.join(appDir, 'index.html'), 'utf8');
  const script = `/${html.match(/src="\.\/(assets\/[^"]+\.js)"/)![1]!}`;
  for (const pathname of ['/', '/index.html', script, '/sw.js', '/data/index.json']) {
    const response = await fetch(new URL(pathname, origin));
    expect(response.status, pathname).toBe(200);
    const expected = dataHeaders ? headersFor(pathname) : SECURITY_HEADERS;
    const sent = Object.fromEntries(Object.keys(expected).map((name) => [name, response.headers.get(name)]));
    expect(sent, pathname).toEqual(expected);
  }
  // Only the data files are kept out of the HTTP cache.
  expect(headersFor('/data/index.json')['Cache-Control']).toBe('no-store');
  expect(headersFor('/')['Cache-Control']).toBeUndefined();
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('framing', () => {
  test('with the site’s headers the browser refuses the frame: nothing of the app loads in it', async () => {
    const { context } = await newContext(suite.browser, { exitUrl });
    try {
      const page = await context.newPage();
      const from = suite.server.log.length;
      await page.goto(framer.url('/with-headers.html'));
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame())!;
      await expect.poll(() => frame.url(), POLL).toMatch(/^chrome-error:/);
      // The document was asked for and refused: none of its scripts, styles or data were fetched.
      const asked = suite.server.log.slice(from).map((request) => request.pathname);
      expect(asked).toEqual(['/']);
      expect(await page.title()).toBe('Another site');
    } finally {
      await context.close();
    }
  });

  test('on a host that sends no header the app refuses to run in a frame, and opens on its own with no referrer', async () => {
    const { context } = await newContext(suite.browser, { exitUrl });
    try {
      const page = await context.newPage();
      await page.goto(framer.url('/bare.html'));
      const frame = page.frameLocator('iframe');
      const link = frame.getByRole('link', { name: 'Open this app in its own tab' });
      await link.waitFor();
      expect(await link.getAttribute('href')).toBe(bare.url('/'));
      expect(await link.getAttribute('target')).toBe('_top');
      expect((await link.getAttribute('rel'))?.split(' ')).toContain('noreferrer');
      // Nothing of the app itself in the frame: no screen, no Quick exit that would move only the frame, no search.
      expect(await frame.locator('.screen').count()).toBe(0);
      expect(await frame.getByRole('button').count()).toBe(0);
      expect(await frame.getByRole('searchbox').count()).toBe(0);
      // Nothing started there either: no service worker, no directory download.
      expect(bare.requests(/^\/(sw\.js|data\/)/)).toEqual([]);

      await link.click();
      await page.waitForURL(bare.url('/'));
      await waitForDirectory(page);
      expect(await page.getByRole('button', { name: 'Quick exit' }).count()).toBe(1);
      const opened = bare.requests('/').at(-1)!;
      expect(opened.headers.referer).toBeUndefined();
    } finally {
      await context.close();
    }
  });
});

describe('the site’s headers', () => {
  test('the browser tests’ server sends the site-wide headers, and the app runs under them with no violation or warning', async () => {
    await expectPolicyHeaders(suite.server.origin, { dataHeaders: false });
    const { context } = await newContext(suite.browser, { exitUrl });
    const csp = await recordCspViolations(context);
    try {
      const page = await context.newPage();
      csp.watch(page);
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (/Permissions-Policy|Unrecognized feature|Content Security Policy|X-Frame-Options/i.test(message.text()))
          warnings.push(message.text());
      });
      await page.goto(suite.server.url('/'));
      await waitForDirectory(page);
      await page.waitForLoadState('networkidle');
      expect([...warnings, ...csp.violations, ...(await pageCspViolations(page))]).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('`npm start` (vite preview) sends the same headers', async () => {
    const port = await freePort();
    process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
    const server = await preview({
      configFile: path.join(repoRoot, 'vite.config.ts'),
      build: { outDir: appDir },
      preview: { host: '127.0.0.1', port, strictPort: true },
      logLevel: 'silent',
    });
    try {
      await expectPolicyHeaders(`http://127.0.0.1:${port}`);
    } finally {
      await server.close();
    }
  });

  test('the build writes them as `_headers` for Netlify and Cloudflare Pages', async () => {
    expect(await readFile(path.join(appDir, '_headers'), 'utf8')).toBe(netlifyHeadersFile());
  });
});
