/**
 * Lighthouse (mobile emulation, its default simulated slow 4G and 4x CPU) on the built app, in
 * Debian's Chromium: the performance, accessibility and best-practices scores, FCP, LCP, TBT and
 * CLS, and the bytes of the first load, each against issue 12's aim (100/100/100, LCP under
 * 1.5 s, TBT 0, CLS 0) and said met or missed; then every audit that kept a score under 100.
 *
 * The app is built into dist-bench/lighthouse and served on 127.0.0.1 with the site's security
 * headers, gzipped as a host sends it. Chromium resolves no other host, so nothing leaves the
 * machine. Never part of `npm test`: only `npm run bench` runs it (it takes about a minute).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { build } from 'vite';
import { CHROMIUM_PATH, LAUNCH_ARGS } from '../chromium.ts';
import { headersFor } from '../security-headers.ts';
import { printTable } from './table.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = 'dist-bench/lighthouse';
/** The whole report, for a closer look (open it in the Lighthouse viewer, or read its JSON). */
const REPORT = path.join(root, 'dist-bench/lighthouse-report.json');
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
/** The first page's gzipped JavaScript and CSS may not pass this (tests/browser/bundle-budget.test.ts). */
const FIRST_PAGE_BUDGET_KIB = 35;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSED = /\.(html|js|css|json|webmanifest|svg|txt)$/;

/** The production build, as `npm run build` makes it, into OUT_DIR. */
async function buildApp(): Promise<string> {
  const saved = { out: process.env.WAYPOINT_OUT_DIR, env: process.env.NODE_ENV };
  process.env.WAYPOINT_OUT_DIR = OUT_DIR;
  // The service worker is registered only in a production build.
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(root, 'vite.config.ts'), mode: 'production', logLevel: 'error' });
  } finally {
    if (saved.out === undefined) delete process.env.WAYPOINT_OUT_DIR;
    else process.env.WAYPOINT_OUT_DIR = saved.out;
    process.env.NODE_ENV = saved.env;
  }
  return path.join(root, OUT_DIR);
}

/** Serves `dir` on 127.0.0.1 with the site's headers, gzipping text as hosts do. */
async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(dir + path.sep)) return void response.writeHead(403).end();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return void response.writeHead(404).end();
    }
    const headers: Record<string, string> = {
      ...headersFor(pathname),
      'Content-Type': MIME_TYPES[path.extname(file)] ?? 'application/octet-stream',
    };
    if (COMPRESSED.test(file) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    response.writeHead(200, { ...headers, 'Content-Length': String(body.byteLength) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Debian's Chromium, headless, with its DevTools port; it resolves no host, so only 127.0.0.1 is reached. */
async function launchChromium(): Promise<{ port: number; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'waypoint-lighthouse-'));
  const chromium: ChildProcess = spawn(
    CHROMIUM_PATH,
    [
      '--headless=new',
      ...LAUNCH_ARGS,
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => chromium.once('exit', () => resolve()));
  // The profile is removed once Chromium has stopped writing to it.
  const close = async () => {
    if (chromium.exitCode === null) chromium.kill();
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  const port = await new Promise<number>((resolve, reject) => {
    let said = '';
    chromium.stderr!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const match = said.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (match) resolve(Number(match[1]));
    });
    chromium.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before its DevTools port opened:\n${said}`)));
    chromium.on('error', reject);
  }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  return { port, close };
}

/** The first page's gzipped JavaScript and CSS, measured as the budget test does. */
function firstPageKib(dir: string): number {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).byteLength, 0);
  return bytes / 1024;
}

const met = (ok: boolean) => (ok ? 'met' : 'MISSED');

export async function lighthouseBench(): Promise<void> {
  console.log('\nLighthouse 12 on the built app (mobile emulation, simulated throttling), Debian Chromium\n');
  const dir = await buildApp();
  const site = await serve(dir);
  const chromium = await launchChromium();
  try {
    const result = await lighthouse(site.url, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    writeFileSync(REPORT, JSON.stringify(lhr));
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const score = (category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
    const fcp = audit('first-contentful-paint');
    const lcp = audit('largest-contentful-paint');
    const tbt = audit('total-blocking-time');
    const cls = audit('cumulative-layout-shift');
    const loadKib = audit('total-byte-weight') / 1024;
    const firstPage = firstPageKib(dir);
    printTable([
      ['measure', 'value', 'aim', 'met?'],
      ...CATEGORIES.map((category) => [`${category} score`, String(score(category)), '100', met(score(category) === 100)]),
      ['first contentful paint', `${(fcp / 1000).toFixed(2)} s`, '-', '-'],
      ['largest contentful paint', `${(lcp / 1000).toFixed(2)} s`, '< 1.5 s', met(lcp < 1500)],
      ['total blocking time', `${Math.round(tbt)} ms`, '0 ms', met(Math.round(tbt) === 0)],
      ['cumulative layout shift', cls.toFixed(3), '0', met(cls === 0)],
      ['first load, all requests (transferred)', `${loadKib.toFixed(1)} KiB`, '-', '-'],
      [
        'first page JS + CSS (gzipped)',
        `${firstPage.toFixed(1)} KiB`,
        `<= ${FIRST_PAGE_BUDGET_KIB} KiB`,
        met(firstPage <= FIRST_PAGE_BUDGET_KIB),
      ],
    ]);
    // What kept a category under 100, so that a miss says where to look.
    const shortfalls = CATEGORIES.flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id]!)
        .filter((found) => found.score !== null && found.score < 1)
        .map((found) => `  ${category}: ${found.id} (${Math.round(found.score! * 100)}): ${found.title}`),
    );
    console.log(shortfalls.length > 0 ? `\nAudits under 100:\n${shortfalls.join('\n')}` : '\nEvery weighted audit at 100.');
    console.log(`The whole report: ${path.relative(root, REPORT)}`);
  } finally {
    await chromium.close();
    await site.close();
  }
}

// `npx tsx scripts/bench/lighthouse.ts` runs this bench alone.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await lighthouseBench();
