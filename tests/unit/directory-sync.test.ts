import { describe, expect, it } from 'vitest';
import { compileDirectory, type CompiledDirectory } from '../../scripts/resources/compile';
import { releaseRecordOf } from '../../scripts/resources/releases';
import { bucketHashesOf, versionOf } from '../../src/data/dataset-hash';
import type { BucketList } from '../../src/data/dataset-format';
import { loadDirectory, updateDirectory, type SyncContext } from '../../src/data/directory-sync';
import type { Entry } from '../../src/data/entry';
import { createMemoryStore, type DirectoryStore, type StoredDirectory } from '../../src/data/store';
import { makeEntries, makeEntry } from './support/entries';
import { context, type Fault, serve } from './support/serve';

const V1_DATE = '2026-11-01T00:00:00.000Z';
const V2_DATE = '2026-11-20T00:00:00.000Z';

async function storedV1(entries: Entry[]): Promise<{ store: DirectoryStore; v1: CompiledDirectory; current: StoredDirectory }> {
  const v1 = compileDirectory(entries, V1_DATE);
  const store = createMemoryStore();
  const { directory } = await loadDirectory(context(store, serve(v1).fetch), v1.info);
  return { store, v1, current: directory };
}

function withChange(entries: Entry[], index: number): Entry[] {
  return entries.map((entry, i) => (i === index ? { ...entry, summary: { en: 'Changed summary' } } : entry));
}

describe('first load', () => {
  it('loads the dataset shipped with the app and stores it', async () => {
    const site = compileDirectory(makeEntries(40), V1_DATE);
    const store = createMemoryStore();
    const { fetch, requested } = serve(site);
    const loaded = await loadDirectory(context(store, fetch), site.info);
    expect(loaded.directory.entries).toHaveLength(40);
    expect(loaded.directory.meta.version).toBe(site.info.version);
    expect(requested).toEqual([site.info.path]);
    expect((await store.read())?.meta.version).toBe(site.info.version);
  });

  it('later starts read the device and fetch nothing', async () => {
    const { store, v1 } = await storedV1(makeEntries(10));
    const { fetch, requested } = serve(v1);
    const loaded = await loadDirectory(context(store, fetch), v1.info);
    expect(loaded.directory.meta.version).toBe(v1.info.version);
    expect(requested).toEqual([]);
  });

  it('refuses a shipped dataset whose hash does not match, and says the directory is unavailable', async () => {
    const site = compileDirectory(makeEntries(5), V1_DATE);
    const { fetch } = serve(site, (_path, body) => new Response(body.replace('Service', 'Servise')));
    await expect(loadDirectory(context(createMemoryStore(), fetch), site.info)).rejects.toThrow(/could not be loaded/);
  });

  it('keeps working from memory when the device cannot store the directory', async () => {
    const site = compileDirectory(makeEntries(5), V1_DATE);
    const store: DirectoryStore = { ...createMemoryStore(), replace: () => Promise.reject(new Error('full')) };
    const loaded = await loadDirectory(context(store, serve(site).fetch), site.info);
    expect(loaded.saveFailed).toBe(true);
    expect(loaded.directory.entries).toHaveLength(5);
  });
});

describe('updates', () => {
  it('reports "current" when the published version is the one on the device', async () => {
    const { store, v1, current } = await storedV1(makeEntries(30));
    const { fetch, requested } = serve(v1);
    expect(await updateDirectory(context(store, fetch), current)).toEqual({ status: 'current' });
    expect(requested).toEqual(['data/index.json']);
  });

  it('downloads only the bucket that changed, and ends with exactly the new directory', async () => {
    const entries = makeEntries(200);
    const { store, current } = await storedV1(entries);
    const v2 = compileDirectory(withChange(entries, 17), V2_DATE);
    const { fetch, requested } = serve(v2);
    const result = await updateDirectory(context(store, fetch), current);
    expect(result.status).toBe('updated');
    expect(requested.filter((path) => path.startsWith('data/b/'))).toHaveLength(1);
    expect(requested.some((path) => path.startsWith('data/directory-'))).toBe(false);
    const stored = await store.read();
    expect(stored?.meta.version).toBe(v2.info.version);
    const expected = JSON.parse(v2.files.get(v2.info.path)!) as { entries: unknown[] };
    expect(stored?.entries).toEqual(expected.entries);
  });

  it('handles added and removed entries', async () => {
    const entries = makeEntries(100);
    const { store, current } = await storedV1(entries);
    const next = [...entries.slice(1), makeEntry('a-new-service')];
    const v2 = compileDirectory(next, V2_DATE);
    const result = await updateDirectory(context(store, serve(v2).fetch), current);
    expect(result.status).toBe('updated');
    const ids = (await store.read())!.entries.map((entry) => entry.id);
    expect(ids).toContain('a-new-service');
    expect(ids).not.toContain('entry-0000');
    expect(ids).toHaveLength(100);
  });

  it('downloads the whole file when the bucket layout changed (the directory grew a lot)', async () => {
    const { store, current } = await storedV1(makeEntries(20));
    const v2 = compileDirectory(makeEntries(400), V2_DATE);
    const { fetch, requested } = serve(v2);
    const result = await updateDirectory(context(store, fetch), current);
    expect(result.status).toBe('updated');
    expect(requested).toContain(v2.info.path);
    expect((await store.read())?.entries).toHaveLength(400);
  });

  it.each([
    ['a cut-off download', (body: string) => new Response(body.slice(0, body.length / 2))],
    ['corrupted bytes', (body: string) => new Response(body.replace(/e/g, 'x'))],
    ['a server error', () => new Response('oops', { status: 500 })],
    [
      'a connection that drops',
      () => {
        throw new TypeError('Failed to fetch');
      },
    ],
  ])('keeps the old directory after %s', async (_name, breakBody) => {
    const entries = makeEntries(60);
    const { store, v1, current } = await storedV1(entries);
    const v2 = compileDirectory(withChange(entries, 3), V2_DATE);
    // Every download after the index breaks: buckets, bucket list and the full file alike.
    const { fetch } = serve(v2, (path, body) => (path === 'data/index.json' ? null : breakBody(body)));
    const result = await updateDirectory(context(store, fetch), current);
    expect(result.status).toBe('failed');
    const stored = await store.read();
    expect(stored?.meta.version).toBe(v1.info.version);
    expect(stored?.entries.every((entry) => entry.summary.en !== 'Changed summary')).toBe(true);
  });

  it('falls back to the whole file when a bucket download breaks', async () => {
    const entries = makeEntries(60);
    const { store, current } = await storedV1(entries);
    const v2 = compileDirectory(withChange(entries, 3), V2_DATE);
    const { fetch } = serve(v2, (path, body) => (path.startsWith('data/b/') ? new Response(body.slice(0, 10)) : null));
    expect(await updateDirectory(context(store, fetch), current)).toMatchObject({ status: 'updated', method: 'full' });
    expect((await store.read())?.entries).toEqual(v2.entries);
  });

  it('keeps the old directory when the disk is full', async () => {
    const entries = makeEntries(60);
    const { store, v1, current } = await storedV1(entries);
    const full: DirectoryStore = {
      ...store,
      replace: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    };
    const v2 = compileDirectory(withChange(entries, 3), V2_DATE);
    const result = await updateDirectory(context(full, serve(v2).fetch), current);
    expect(result.status).toBe('failed');
    expect((await store.read())?.meta.version).toBe(v1.info.version);
  });

  it('rejects a bucket list that does not match the published version', async () => {
    const entries = makeEntries(60);
    const { store, current } = await storedV1(entries);
    const v2 = compileDirectory(withChange(entries, 3), V2_DATE);
    const listPath = `data/${v2.index.buckets.path}`;
    const list = JSON.parse(v2.files.get(listPath)!) as BucketList;
    list.buckets[0] = '000000000000';
    // Re-hash the list so only the version check can catch it.
    const text = JSON.stringify(list);
    const { createHash } = await import('node:crypto');
    const index = { ...v2.index, buckets: { ...v2.index.buckets, sha256: createHash('sha256').update(text).digest('hex') } };
    v2.files.set(listPath, text);
    v2.files.set('data/index.json', JSON.stringify(index));
    const { fetch, requested } = serve(v2);
    const result = await updateDirectory(context(store, fetch), current);
    // The bucket way is refused; the app falls back to the full file, which is sound.
    expect(result).toMatchObject({ status: 'updated', method: 'full' });
    expect(requested).toContain(v2.info.path);
  });

  it('never goes back to an older directory', async () => {
    const entries = makeEntries(30);
    const newer = compileDirectory(entries, V2_DATE);
    const store = createMemoryStore();
    const { directory } = await loadDirectory(context(store, serve(newer).fetch), newer.info);
    const older = compileDirectory(withChange(entries, 1), V1_DATE);
    expect(await updateDirectory(context(store, serve(older).fetch), directory)).toEqual({ status: 'current' });
  });

  it('refuses entries with links the app must never open, whatever their hash says', async () => {
    const entries = makeEntries(60);
    const { store, current } = await storedV1(entries);
    const v2 = compileDirectory(withChange(entries, 3), V2_DATE);
    // Every published file is rewritten with a javascript: link and re-hashed (a compromised build).
    const { createHash } = await import('node:crypto');
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    const fullPath = v2.info.path;
    const tampered = v2.files.get(fullPath)!.replace(/"href":"https:[^"]*"/, '"href":"javascript:alert(1)"');
    v2.files.set(fullPath, tampered);
    const index = {
      ...v2.index,
      full: { ...v2.index.full, sha256: sha(tampered) },
      buckets: { ...v2.index.buckets, path: 'missing.json' },
    };
    v2.files.set('data/index.json', JSON.stringify(index));
    const result = await updateDirectory(context(store, serve(v2).fetch), current);
    expect(result).toMatchObject({ status: 'failed', reason: expect.stringMatching(/does not hold valid entries/) });
  });
});

describe('deltas from recorded releases', () => {
  it('downloads one delta file when the device holds a recorded release', async () => {
    const entries = makeEntries(300);
    const { store, v1, current } = await storedV1(entries);
    const next = [...withChange(entries, 5).slice(1), makeEntry('brand-new')];
    const v2 = compileDirectory(next, V2_DATE, [releaseRecordOf(v1.info.version, v1.info.generated, v1.entries)]);
    const { fetch, requested } = serve(v2);
    const result = await updateDirectory(context(store, fetch), current);
    expect(result).toMatchObject({ status: 'updated', method: 'delta' });
    expect(requested).toEqual(['data/index.json', `data/${v2.index.deltas[v1.info.version]!.path}`]);
    expect((await store.read())?.entries).toEqual(v2.entries);
  });

  it('falls back to buckets when the delta download is broken', async () => {
    const entries = makeEntries(300);
    const { store, v1, current } = await storedV1(entries);
    const v2 = compileDirectory(withChange(entries, 5), V2_DATE, [
      releaseRecordOf(v1.info.version, v1.info.generated, v1.entries),
    ]);
    const { fetch } = serve(v2, (path, body) => (path.startsWith('data/delta/') ? new Response(body.slice(0, 40)) : null));
    const result = await updateDirectory(context(store, fetch), current);
    expect(result).toMatchObject({ status: 'updated', method: 'buckets' });
    expect((await store.read())?.entries).toEqual(v2.entries);
  });

  it('uses buckets when the device holds a version no release records', async () => {
    const entries = makeEntries(100);
    const { store, current } = await storedV1(entries);
    const unrelated = compileDirectory(makeEntries(3), V1_DATE);
    const v2 = compileDirectory(withChange(entries, 5), V2_DATE, [
      releaseRecordOf(unrelated.info.version, unrelated.info.generated, unrelated.entries),
    ]);
    const result = await updateDirectory(context(store, serve(v2).fetch), current);
    expect(result).toMatchObject({ status: 'updated', method: 'buckets' });
  });
});

describe('hashing on the device', () => {
  it('computes the same bucket hashes and version as the build', async () => {
    const site = compileDirectory(makeEntries(150), V1_DATE);
    const list = JSON.parse(site.files.get(`data/${site.index.buckets.path}`)!) as BucketList;
    const hashes = await bucketHashesOf(site.entries, site.index.buckets.count);
    expect(hashes).toEqual(list.buckets);
    expect(await versionOf(hashes)).toBe(site.info.version);
  });
});

describe('what a failed update tells the status line', () => {
  async function updateWith(fault: Fault, changes: Partial<SyncContext> = {}) {
    const entries = makeEntries(60);
    const { store, v1, current } = await storedV1(entries);
    const v2 = compileDirectory(withChange(entries, 3), V2_DATE);
    const result = await updateDirectory({ ...context(store, serve(v2, fault).fetch), ...changes }, current);
    expect((await store.read())?.meta.version).toBe(v1.info.version);
    return result;
  }
  const afterIndex =
    (breakIt: (body: string) => Response | Promise<Response>): Fault =>
    (path, body) =>
      path === 'data/index.json' ? null : breakIt(body);

  it('offline: the update index cannot be reached at all', async () => {
    const result = await updateWith(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(result).toMatchObject({ status: 'offline', reason: expect.stringMatching(/Failed to fetch/) });
  });

  it('timed-out: a download stalls, and the update ends instead of hanging', async () => {
    const stall = () => new Promise<Response>(() => {});
    expect(await updateWith(afterIndex(stall), { stallTimeoutMs: 50 })).toMatchObject({ status: 'timed-out' });
    expect(await updateWith(stall, { stallTimeoutMs: 50 })).toMatchObject({ status: 'timed-out' });
  });

  it('failed, with a kind: the connection dropped, the server answered with an error, or the files were corrupt', async () => {
    const drop = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await updateWith(afterIndex(drop))).toMatchObject({ status: 'failed', kind: 'network' });
    expect(await updateWith(afterIndex(() => new Response('oops', { status: 500 })))).toMatchObject({
      status: 'failed',
      kind: 'server',
    });
    expect(await updateWith(afterIndex((body) => new Response(body.replace(/e/g, 'x'))))).toMatchObject({
      status: 'failed',
      kind: 'corrupt',
    });
    expect(await updateWith((path) => (path === 'data/index.json' ? new Response('{"format":2}') : null))).toMatchObject({
      status: 'failed',
      kind: 'corrupt',
    });
  });

  it('failed, storage-full: the disk is full (the old directory stays)', async () => {
    const entries = makeEntries(60);
    const { store, current } = await storedV1(entries);
    const full: DirectoryStore = { ...store, replace: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) };
    const v2 = compileDirectory(withChange(entries, 3), V2_DATE);
    expect(await updateDirectory(context(full, serve(v2).fetch), current)).toMatchObject({
      status: 'failed',
      kind: 'storage-full',
    });
    const broken: DirectoryStore = { ...store, replace: () => Promise.reject(new Error('disk gone')) };
    expect(await updateDirectory(context(broken, serve(v2).fetch), current)).toMatchObject({ status: 'failed', kind: 'storage' });
  });

  it('cancelled: the caller ended it', async () => {
    const controller = new AbortController();
    const pending = updateWith(() => new Promise<Response>(() => {}), { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    expect(await pending).toEqual({ status: 'cancelled' });
  });

  it('a bucket download cut off by the connection falls back to the whole file', async () => {
    const entries = makeEntries(60);
    const { store, current } = await storedV1(entries);
    const v2 = compileDirectory(withChange(entries, 3), V2_DATE);
    const cutOff = (body: string) =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(body.slice(0, 10)));
            controller.error(new TypeError('network error'));
          },
        }),
      );
    const { fetch } = serve(v2, (path, body) => (path.startsWith('data/b/') ? cutOff(body) : null));
    expect(await updateDirectory(context(store, fetch), current)).toMatchObject({ status: 'updated', method: 'full' });
  });

  it('a stalled delta does not go on to try every other way', async () => {
    const entries = makeEntries(300);
    const { store, v1, current } = await storedV1(entries);
    const v2 = compileDirectory(withChange(entries, 5), V2_DATE, [
      releaseRecordOf(v1.info.version, v1.info.generated, v1.entries),
    ]);
    const { fetch, requested } = serve(v2, (path) => (path.startsWith('data/delta/') ? new Promise<Response>(() => {}) : null));
    const result = await updateDirectory({ ...context(store, fetch), stallTimeoutMs: 50 }, current);
    expect(result).toMatchObject({ status: 'timed-out' });
    expect(requested).toEqual(['data/index.json', `data/${v2.index.deltas[v1.info.version]!.path}`]);
  });
});
