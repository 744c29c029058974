/**
 * The update path. Version 1 is the suite's build; version 2 is a copy of it whose update files
 * were regenerated with the project's own compiler after one entry's summary changed. The service
 * worker, the app and the old full dataset stay as they were: devices learn of the new directory
 * through data/index.json and download only what changed.
 *
 * The app tries, in order: a delta from its version (when the index lists one), the buckets that
 * differ (bucket list, then each changed bucket), the whole file. Two publications of version 2:
 *
 * - "buckets only": no delta and no new full file (only index.json, the bucket list and the bucket
 *   files are written). This drives the bucket path: a cut or corrupted bucket must leave version
 *   1 in place (the full-file fallback finds nothing), a clean one lands version 2 from the index,
 *   the bucket list and the changed bucket alone.
 * - "complete": everything the build would publish, with a delta from version 1 and the new full
 *   file. Every way broken leaves version 1 in place; clean, the delta alone is enough.
 *
 * A broken download must never show an alarm: the stored directory simply stays as it was.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildDirectory } from '../../scripts/resources/build-directory';
import { compileDirectory, type CompiledDirectory } from '../../scripts/resources/compile';
import { releaseRecordOf } from '../../scripts/resources/releases';
import type { DatasetIndex } from '../../src/data/dataset-format';
import type { Entry } from '../../src/data/entry';
import { POLL, newContext, searchField, waitForController, waitForDirectory, type OffOriginRequest } from './support/browser';
import { readStoredDirectory, waitForStoredDirectory } from './support/indexeddb';
import './support/provided';
import type { Fault } from './support/static-server';
import { browserAndServer } from './support/suite';

const appDir = inject('waypointAppDir');
const exitUrl = inject('waypointExitUrl');
const repoRoot = inject('waypointRepoRoot');

/** A word that occurs nowhere else in the directory, to search for. */
const MARKER_WORD = 'Quillfeather';
const NEW_SUMMARY = `Updated in version two: the ${MARKER_WORD} test line now answers around the clock.`;

/** Same length, still valid JSON with valid entries: only a hash check can tell. */
function swapMarker(body: Buffer): Buffer {
  const text = body.toString('utf8');
  if (!text.includes(MARKER_WORD)) throw new Error('the file to corrupt does not hold the changed entry');
  return Buffer.from(text.replace(MARKER_WORD, 'X'.repeat(MARKER_WORD.length)), 'utf8');
}

interface Publication {
  dir: string;
  index: DatasetIndex;
  /** Site paths (leading slash) of what changed. */
  changedBuckets: string[];
  bucketList: string;
  fullFile: string;
  delta: string | null;
}

interface Versions {
  v1: DatasetIndex;
  changedId: string;
  oldSummary: string;
  bucketsOnly: Publication;
  complete: Publication;
}

/** Every folder made for version 2, removed after the file's tests. */
const tempDirs: string[] = [];

/** Writes the chosen files of a compiled directory into a copy of the version 1 build. */
async function publish(compiled: CompiledDirectory, v1: DatasetIndex, keep: (file: string) => boolean): Promise<Publication> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'waypoint-v2-'));
  tempDirs.push(dir);
  await cp(appDir, dir, { recursive: true });
  for (const [file, text] of compiled.files) {
    if (!keep(file)) continue;
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  const { index } = compiled;
  const hashes = JSON.parse(compiled.files.get(`data/${index.buckets.path}`)!) as { buckets: string[] };
  const v1Hashes = JSON.parse(await readFile(path.join(appDir, 'data', v1.buckets.path), 'utf8')) as { buckets: string[] };
  const delta = index.deltas[v1.version];
  return {
    dir,
    index,
    changedBuckets: hashes.buckets.flatMap((hash, i) =>
      hash === v1Hashes.buckets[i] ? [] : [`/data/${index.bucketPath}${hash}.json`],
    ),
    bucketList: `/data/${index.buckets.path}`,
    fullFile: `/data/${index.full.path}`,
    delta: delta ? `/data/${delta.path}` : null,
  };
}

async function makeVersionTwo(): Promise<Versions> {
  const v1 = JSON.parse(await readFile(path.join(appDir, 'data/index.json'), 'utf8')) as DatasetIndex;
  // The build's own path on the same day (it throws on any invalid file): unchanged input gives
  // version 1 exactly.
  const v1Compiled = buildDirectory(repoRoot, () => {}, new Date(v1.generated));
  expect(v1Compiled.index).toEqual(v1);
  const entries = v1Compiled.entries;

  // A line of the test browser's country (en-GB), so its card is on the first screen.
  const target = entries.find((entry) => entry.kind === 'helpline' && entry.countries.join() === 'GB')!;
  const edited: Entry[] = entries.map((entry) =>
    entry.id === target.id ? { ...entry, summary: { ...entry.summary, en: NEW_SUMMARY } } : entry,
  );
  const later = new Date(Date.parse(v1.generated) + 60 * 60 * 1000).toISOString();

  // As the brief's publication: no release recorded for version 1 (no delta), old full file only.
  const bucketsOnly = await publish(
    compileDirectory(edited, later),
    v1,
    (file) => file === 'data/index.json' || file.startsWith('data/b/') || file.startsWith('data/buckets-'),
  );
  // As a real release after `npm run release` recorded version 1: every file.
  const v1Record = releaseRecordOf(v1.version, v1.generated, v1Compiled.entries);
  const complete = await publish(compileDirectory(edited, later, [v1Record]), v1, () => true);

  return { v1, changedId: target.id, oldSummary: target.summary.en, bucketsOnly, complete };
}

let versions: Versions;
const suite = browserAndServer(appDir);

beforeAll(async () => {
  versions = await makeVersionTwo();
  const { v1, bucketsOnly, complete } = versions;
  for (const publication of [bucketsOnly, complete]) {
    expect(publication.index.version).not.toBe(v1.version);
    expect(publication.index.count).toBe(v1.count);
    // One summary changed: one bucket changed (far under the share that triggers a full download).
    expect(publication.changedBuckets).toHaveLength(1);
  }
  expect(bucketsOnly.index.version).toBe(complete.index.version);
  expect(bucketsOnly.delta).toBeNull();
  expect(complete.delta).not.toBeNull();
});

afterAll(async () => {
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
});

/** A device: a context whose first visit stored version 1 and finished its update check. */
interface Device {
  context: BrowserContext;
  page: Page;
  offOrigin: OffOriginRequest[];
}

async function firstVisitOnVersionOne(): Promise<Device> {
  suite.server.setRoot(appDir);
  const { context, offOrigin } = await newContext(suite.browser, { exitUrl });
  const page = await context.newPage();
  const updateCheck = page.waitForResponse((response) => new URL(response.url()).pathname === '/data/index.json');
  await page.goto(suite.server.url('/'));
  await waitForDirectory(page);
  await waitForController(page);
  await waitForStoredDirectory(page, (facts) => facts?.meta?.version === versions.v1.version);
  // The start-up update check saw version 1: only now may version 2 be published.
  const seen = (await (await updateCheck).json()) as DatasetIndex;
  expect(seen.version).toBe(versions.v1.version);
  expect(await summaryOnCard(page, versions.changedId).textContent()).toBe(versions.oldSummary);
  return { context, page, offOrigin };
}

/** The summary shown on the entry's card in the home view. */
function summaryOnCard(page: Page, id: string) {
  return page.locator('article', { has: page.locator(`[id="entry-${id}"]`) }).locator('.entry__summary');
}

/** Tells when the page's request for `pathname` has ended (finished or failed). */
function watchRequestEnd(page: Page, pathname: string) {
  const state = { ended: false, dispose: () => {} };
  const onEnd = (request: { url(): string }) => {
    if (new URL(request.url()).pathname === pathname) state.ended = true;
  };
  page.on('requestfinished', onEnd);
  page.on('requestfailed', onEnd);
  state.dispose = () => {
    page.off('requestfinished', onEnd);
    page.off('requestfailed', onEnd);
  };
  return state;
}

async function expectStoredIsVersionOne(page: Page): Promise<void> {
  const stored = await readStoredDirectory(page);
  expect(stored?.meta?.version).toBe(versions.v1.version);
  expect(stored?.meta?.count).toBe(versions.v1.count);
  expect(stored?.entryCount).toBe(versions.v1.count);
}

/**
 * A failed update gives no signal: the app keeps what it has. So the stored directory is checked
 * all along until the page's last attempt (`lastPath`) has ended, and for a while after that.
 */
async function expectVersionOneHolds(
  page: Page,
  watch: ReturnType<typeof watchRequestEnd>,
  lastPath: string,
  settleMs = 600,
): Promise<void> {
  try {
    const deadline = Date.now() + 20_000;
    while (!watch.ended) {
      await expectStoredIsVersionOne(page);
      if (Date.now() > deadline) throw new Error(`the page never requested ${lastPath}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const until = Date.now() + settleMs;
    do await expectStoredIsVersionOne(page);
    while (Date.now() < until);
  } finally {
    watch.dispose();
  }
}

/** Data files the server was asked for since log position `from`, without query strings. */
function dataRequestsSince(from: number): string[] {
  return suite.server.log
    .slice(from)
    .map((request) => request.pathname)
    .filter((pathname) => pathname.startsWith('/data/'));
}

/** Reloads with `faults` in place until the page's request for `lastPath` ends; checks nothing changed. */
async function reloadExpectingNoChange(device: Device, faults: Fault[], lastPath: string): Promise<string[]> {
  const { page } = device;
  const removers = faults.map((fault) => suite.server.addFault(fault));
  try {
    const from = suite.server.log.length;
    const watch = watchRequestEnd(page, lastPath);
    await page.reload();
    await waitForDirectory(page);
    await expectVersionOneHolds(page, watch, lastPath);
    expect(await summaryOnCard(page, versions.changedId).textContent()).toBe(versions.oldSummary);
    expect(await page.getByText(MARKER_WORD).count()).toBe(0);
    expect(await page.getByText('X'.repeat(MARKER_WORD.length)).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    for (const fault of faults) {
      expect(suite.server.requests(fault.path).map((request) => request.fault)).toContain(fault.kind);
    }
    return dataRequestsSince(from);
  } finally {
    for (const remove of removers) remove();
  }
}

/** Waits for version 2 to be stored and shown (without another reload), and found by search. */
async function expectVersionTwoLanded(page: Page): Promise<void> {
  const { complete, v1, changedId } = versions;
  const stored = await waitForStoredDirectory(page, (facts) => facts?.meta?.version === complete.index.version);
  expect(stored?.meta).toMatchObject({ version: complete.index.version, generated: complete.index.generated, count: v1.count });
  expect(stored?.entryCount).toBe(v1.count);
  await expect.poll(() => summaryOnCard(page, changedId).textContent(), POLL).toBe(NEW_SUMMARY);
  await searchField(page).fill(MARKER_WORD);
  await expect.poll(() => page.locator('#results-heading').textContent(), POLL).toMatch(/^\d+ results?$/);
  await page.locator('#results ol.entry-list').getByText(NEW_SUMMARY).waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
}

describe('update through changed buckets (no delta published)', () => {
  let device: Device;

  beforeAll(async () => {
    device = await firstVisitOnVersionOne();
    suite.server.setRoot(versions.bucketsOnly.dir);
  });

  afterAll(async () => {
    await device?.context.close();
  });

  test('a changed bucket cut off half way leaves version 1 in place, with no alarm', async () => {
    const { changedBuckets, bucketList, fullFile } = versions.bucketsOnly;
    const bucket = changedBuckets[0]!;
    const fetched = await reloadExpectingNoChange(device, [{ kind: 'truncate', path: bucket }], fullFile);
    // The chain: index, bucket list, the (cut) bucket, then the full-file fallback (not published: 404).
    expect(fetched).toEqual(['/data/index.json', bucketList, bucket, fullFile]);
    expect(suite.server.requests(fullFile).at(-1)?.status).toBe(404);
  });

  test('a corrupted bucket (same length, valid JSON, wrong bytes) leaves version 1 in place, with no alarm', async () => {
    const { changedBuckets, bucketList, fullFile } = versions.bucketsOnly;
    const bucket = changedBuckets[0]!;
    const fetched = await reloadExpectingNoChange(device, [{ kind: 'corrupt', path: bucket, corrupt: swapMarker }], fullFile);
    expect(fetched).toEqual(['/data/index.json', bucketList, bucket, fullFile]);
  });

  test('a clean update lands version 2 from the index, the bucket list and the changed bucket only', async () => {
    const { changedBuckets, bucketList } = versions.bucketsOnly;
    const from = suite.server.log.length;
    await device.page.reload();
    await waitForDirectory(device.page);
    await expectVersionTwoLanded(device.page);
    const fetched = dataRequestsSince(from);
    expect([...new Set(fetched)].sort()).toEqual(['/data/index.json', bucketList, ...changedBuckets].sort());
    expect(fetched.filter((pathname) => pathname.startsWith('/data/directory-'))).toEqual([]);
    expect(device.offOrigin).toEqual([]);
  });
});

describe('update through a delta (complete publication)', () => {
  let device: Device;

  beforeAll(async () => {
    device = await firstVisitOnVersionOne();
    suite.server.setRoot(versions.complete.dir);
  });

  afterAll(async () => {
    await device?.context.close();
  });

  test('with every way broken (delta corrupted, bucket cut, full file corrupted) version 1 stays, with no alarm', async () => {
    const { delta, changedBuckets, bucketList, fullFile } = versions.complete;
    const bucket = changedBuckets[0]!;
    const fetched = await reloadExpectingNoChange(
      device,
      [
        { kind: 'corrupt', path: delta!, corrupt: swapMarker },
        { kind: 'truncate', path: bucket },
        { kind: 'corrupt', path: fullFile, corrupt: swapMarker },
      ],
      fullFile,
    );
    expect(fetched).toEqual(['/data/index.json', delta, bucketList, bucket, fullFile]);
  });

  test('delta and bucket answered with HTTP 500: the full file is the fallback, and version 2 lands', async () => {
    const { delta, changedBuckets, bucketList, fullFile } = versions.complete;
    const bucket = changedBuckets[0]!;
    const removers = [
      suite.server.addFault({ kind: 'status500', path: delta! }),
      suite.server.addFault({ kind: 'status500', path: bucket }),
    ];
    try {
      const from = suite.server.log.length;
      await device.page.reload();
      await waitForDirectory(device.page);
      await expectVersionTwoLanded(device.page);
      expect(dataRequestsSince(from)).toEqual(['/data/index.json', delta, bucketList, bucket, fullFile]);
    } finally {
      for (const remove of removers) remove();
    }
  });

  test('clean, a device on version 1 needs only the index and the delta', async () => {
    // A new device whose first visit stored version 1.
    const fresh = await firstVisitOnVersionOne();
    try {
      const from = suite.server.log.length;
      suite.server.setRoot(versions.complete.dir);
      await fresh.page.reload();
      await waitForDirectory(fresh.page);
      await expectVersionTwoLanded(fresh.page);
      expect(dataRequestsSince(from)).toEqual(['/data/index.json', versions.complete.delta]);
      expect(fresh.offOrigin).toEqual([]);
    } finally {
      await fresh.context.close();
    }
  });
});
