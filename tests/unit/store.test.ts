import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compileEntries } from '../../scripts/resources/compile';
import { DirectoryStoreError, openDirectoryStore, type StoredDirectory } from '../../src/data/store';
import { makeEntries, makeEntry } from './support/entries';

function directory(version: string, count: number, generated = '2026-11-01T00:00:00.000Z'): StoredDirectory {
  const entries = compileEntries(makeEntries(count, { summary: { en: `Summary of version ${version}` } }));
  return { meta: { version, generated, count: entries.length }, entries };
}

/** The disk fills at the `n`th put() from now: that put throws QuotaExceededError. Restore the spy after. */
function fillDiskAtPut(n: number) {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (++calls === n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args as Parameters<typeof put>);
  });
}

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('directory store (IndexedDB)', () => {
  it('is empty on first start, then returns what was stored: one record per entry plus the version', async () => {
    const store = await openDirectoryStore();
    expect(store.persistent).toBe(true);
    expect(await store.read()).toBeNull();

    await store.replace(directory('v1', 12));
    const reopened = await openDirectoryStore();
    const stored = await reopened.read();
    expect(stored?.meta.version).toBe('v1');
    expect(stored?.entries).toHaveLength(12);
    expect(stored?.entries[0]?.summary.en).toBe('Summary of version v1');
  });

  it('replaces an older version completely: no entry of the old one survives', async () => {
    const store = await openDirectoryStore();
    await store.replace(directory('v1', 20));
    const next = directory('v2', 5);
    next.entries = next.entries.map((entry) => ({ ...entry, id: `new-${entry.id}` }));
    await store.replace(next);
    const stored = await store.read();
    expect(stored?.meta.version).toBe('v2');
    expect(stored?.entries.map((entry) => entry.id).every((id) => id.startsWith('new-'))).toBe(true);
    expect(stored?.entries).toHaveLength(5);
  });

  it('leaves the old directory intact when a write fails part way (an entry that cannot be stored)', async () => {
    const store = await openDirectoryStore();
    await store.replace(directory('v1', 10));
    const broken = directory('v2', 10);
    // A function cannot be cloned into IndexedDB: put() throws half way through the transaction.
    (broken.entries[6] as unknown as Record<string, unknown>).oops = () => 1;
    await expect(store.replace(broken)).rejects.toBeInstanceOf(DirectoryStoreError);
    const stored = await store.read();
    expect(stored?.meta.version).toBe('v1');
    expect(stored?.entries).toHaveLength(10);
    expect(stored?.entries[0]?.summary.en).toBe('Summary of version v1');
  });

  it('leaves the old directory intact when the disk is full, and says so', async () => {
    const store = await openDirectoryStore();
    await store.replace(directory('v1', 10));
    const spy = fillDiskAtPut(4);
    try {
      const error = await store.replace(directory('v2', 10)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DirectoryStoreError);
      expect((error as DirectoryStoreError).quotaExceeded).toBe(true);
    } finally {
      spy.mockRestore();
    }
    const stored = await store.read();
    expect(stored?.meta.version).toBe('v1');
    expect(stored?.entries).toHaveLength(10);
  });

  it('works from memory when IndexedDB is missing, and says it cannot keep data', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const store = await openDirectoryStore();
      expect(store.persistent).toBe(false);
      await store.replace(directory('v1', 3));
      expect((await store.read())?.entries).toHaveLength(3);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('falls back to memory when opening IndexedDB fails or hangs (a broken database)', async () => {
    const hanging = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;
    globalThis.indexedDB = hanging;
    const store = await openDirectoryStore({ timeoutMs: 50 });
    expect(store.persistent).toBe(false);
  });

  it('keeps saved items apart from the directory, and clears them', async () => {
    const store = await openDirectoryStore();
    await store.replace(directory('v1', 3));
    await store.setSaved('entry-0001', true);
    await store.setSaved('entry-0002', true);
    await store.setSaved('entry-0002', false);
    expect(await store.savedIds()).toEqual(['entry-0001']);
    await store.replace(directory('v2', 3));
    expect(await store.savedIds()).toEqual(['entry-0001']);
    await store.clearSaved();
    expect(await store.savedIds()).toEqual([]);
  });

  it('destroy() deletes the database from the device', async () => {
    const store = await openDirectoryStore();
    await store.replace(directory('v1', 3));
    await store.destroy();
    const databases = await indexedDB.databases();
    expect(databases.map((db) => db.name)).not.toContain('waypoint');
    expect(await (await openDirectoryStore()).read()).toBeNull();
  });

  it('a single entry keeps every field through storage', async () => {
    const store = await openDirectoryStore();
    const [entry] = compileEntries([
      makeEntry('x', { hours: { always: true }, free: true, languages: ['en', 'es'], notes: [{ en: 'A note' }] }),
    ]);
    await store.replace({ meta: { version: 'v', generated: 'g', count: 1 }, entries: [entry!] });
    expect((await store.read())?.entries[0]).toEqual(entry);
  });
});

describe('memory fallback', () => {
  it('destroy() still deletes a database left on the device by an earlier visit', async () => {
    const earlier = await openDirectoryStore();
    await earlier.replace(directory('v1', 2));
    const { createMemoryStore } = await import('../../src/data/store');
    await createMemoryStore().destroy();
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain('waypoint');
  });
});

describe('writing a large directory in slices', () => {
  /** Counts the write transactions that put entries, and how many each put. */
  function watchWrites() {
    const perTransaction = new Map<IDBTransaction, number>();
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name !== 'meta') perTransaction.set(this.transaction, (perTransaction.get(this.transaction) ?? 0) + 1);
      return put.apply(this, args as Parameters<typeof put>);
    });
    return { perTransaction, restore: () => spy.mockRestore() };
  }

  it('commits a slice at a time, so no task holds the page for long, and reads the whole directory after', async () => {
    const store = await openDirectoryStore({ sliceMs: 0 });
    const writes = watchWrites();
    try {
      await store.replace(directory('v1', 40));
    } finally {
      writes.restore();
    }
    // With no time to spare, every transaction commits after one entry.
    expect(writes.perTransaction.size).toBe(40);
    expect([...writes.perTransaction.values()].every((count) => count === 1)).toBe(true);
    expect((await store.read())?.entries).toHaveLength(40);
  });

  it('splits a large write into several transactions with the default time budget', async () => {
    const store = await openDirectoryStore();
    await store.replace(directory('v1', 3));
    const writes = watchWrites();
    try {
      await store.replace(directory('v2', 3000));
    } finally {
      writes.restore();
    }
    const total = [...writes.perTransaction.values()].reduce((sum, count) => sum + count, 0);
    expect(total).toBe(3000);
    expect(writes.perTransaction.size).toBeGreaterThan(1);
    expect((await store.read())?.meta.version).toBe('v2');
  });

  it('leaves the old directory whole when a later slice fails (the disk fills half way)', async () => {
    const store = await openDirectoryStore({ sliceMs: 0 });
    await store.replace(directory('v1', 30));
    const spy = fillDiskAtPut(25);
    let error: unknown;
    try {
      error = await store.replace(directory('v2', 30)).catch((e: unknown) => e);
    } finally {
      spy.mockRestore();
    }
    expect(error).toMatchObject({ name: 'DirectoryStoreError', quotaExceeded: true });
    const stored = await (await openDirectoryStore()).read();
    expect(stored?.meta.version).toBe('v1');
    expect(stored?.entries).toHaveLength(30);
    expect(stored?.entries.every((entry) => entry.summary.en === 'Summary of version v1')).toBe(true);
    // The next write starts afresh and lands.
    await store.replace(directory('v3', 12));
    expect((await store.read())?.entries).toHaveLength(12);
  });

  it('of two writes at once (two tabs), the later one lands whole and the earlier one stops', async () => {
    const first = await openDirectoryStore({ sliceMs: 0 });
    const second = await openDirectoryStore({ sliceMs: 0 });
    await first.replace(directory('v1', 5));
    const [a, b] = await Promise.allSettled([first.replace(directory('v2', 20)), second.replace(directory('v3', 20))]);
    const stored = await first.read();
    expect(a).toMatchObject({ status: 'rejected', reason: { name: 'DirectoryStoreError' } });
    expect(b.status).toBe('fulfilled');
    expect(stored?.meta.version).toBe('v3');
    // One version whole: never a mixture of the two.
    expect(stored?.entries).toHaveLength(20);
    expect(new Set(stored?.entries.map((entry) => entry.summary.en))).toEqual(
      new Set([`Summary of version ${stored?.meta.version}`]),
    );
  });

  it('keeps the directory a database from the previous version of the app holds', async () => {
    const { openDB } = await import('idb');
    const old = await openDB('waypoint', 1, {
      upgrade(db) {
        db.createObjectStore('entries', { keyPath: 'id' });
        db.createObjectStore('meta');
        db.createObjectStore('saved', { keyPath: 'id' });
      },
    });
    const v1 = directory('v1', 4);
    for (const entry of v1.entries) await old.put('entries', entry);
    await old.put('meta', v1.meta, 'dataset');
    await old.put('saved', { id: 'entry-0001' });
    old.close();
    const store = await openDirectoryStore();
    expect(store.persistent).toBe(true);
    expect((await store.read())?.meta.version).toBe('v1');
    expect(await store.savedIds()).toEqual(['entry-0001']);
    await store.replace(directory('v2', 6));
    expect((await store.read())?.entries).toHaveLength(6);
  });

  it('keeps the release sequence and the trusted keys with the directory', async () => {
    const store = await openDirectoryStore();
    const next = directory('v2', 2);
    await store.replace({ ...next, meta: { ...next.meta, sequence: 7, keys: ['k'] } });
    expect((await store.read())?.meta).toEqual({ ...next.meta, sequence: 7, keys: ['k'] });
  });
});

describe('the stored search index', () => {
  it('is kept with its key, the last one written only, and goes with destroy()', async () => {
    const store = await openDirectoryStore();
    const latest = async () => {
      const kept = await store.searchIndex.latest();
      return kept && { key: kept.key, bytes: [...new Uint8Array(kept.index)] };
    };
    expect(await latest()).toBeUndefined();
    await store.searchIndex.put('v1:en', Uint8Array.of(1, 2, 3).buffer);
    expect(await latest()).toEqual({ key: 'v1:en', bytes: [1, 2, 3] });
    // Another language (or dataset) replaces it: indexes are large, and one is on screen at a time.
    // 'v1:es' sorts after 'v1:en', 'a:0' before it: either way only the last one put is there.
    await store.searchIndex.put('v1:es', Uint8Array.of(4).buffer);
    expect(await latest()).toEqual({ key: 'v1:es', bytes: [4] });
    await store.searchIndex.put('a:0', Uint8Array.of(6).buffer);
    expect(await latest()).toEqual({ key: 'a:0', bytes: [6] });
    // The saved items and the directory are untouched by it.
    await store.replace(directory('v1', 2));
    await store.searchIndex.put('v2:es', Uint8Array.of(5).buffer);
    expect((await store.read())!.entries.length).toBe(2);
    await store.destroy();
    const again = await openDirectoryStore();
    expect(await again.searchIndex.latest()).toBeUndefined();
  });

  it('a search client with the store loads the index the last start built instead of building it', async () => {
    const { createSearchClient } = await import('../../src/search/search-client');
    const entries = compileEntries([makeEntry('gb-line', { name: { en: 'Modern Slavery Helpline' } })]);
    const vocabulary = {
      language: 'en',
      countryNames: { GB: 'United Kingdom' },
      topicLabels: {},
      kindLabels: {},
      placeLanguages: ['en'],
    };
    const device = await openDirectoryStore();
    const first = createSearchClient({ worker: () => null, store: device.searchIndex });
    first.index('v1:en', entries, vocabulary);
    expect((await first.search('slavery')).matches.map((hit) => hit.id)).toEqual(['gb-line']);
    await vi.waitFor(async () => expect((await device.searchIndex.latest())?.key).toBe('v1:en'));
    // The next start: no entries given at all, so only the stored index can answer.
    const next = createSearchClient({ worker: () => null, store: openDirectoryStore().then((opened) => opened.searchIndex) });
    next.index('v1:en', [], vocabulary);
    expect((await next.search('slavery')).matches.map((hit) => hit.id)).toEqual(['gb-line']);
  });
});

describe('the stored directory at start, checked once per app build', () => {
  it('is checked by a build once, then trusted by that build and checked again by another', async () => {
    const { compileDirectory } = await import('../../scripts/resources/compile');
    const { loadDirectory } = await import('../../src/data/directory-sync');
    const { context, serve } = await import('./support/serve');
    const site = compileDirectory(makeEntries(10), '2026-11-01T00:00:00.000Z');
    const store = await openDirectoryStore();
    const start = (build: string) => loadDirectory({ ...context(store, serve(site).fetch), appBuild: build }, site.info);

    await start('build-a');
    // Written from the shipped copy: not yet marked (a replace clears the mark).
    expect((await store.read())?.checkedBy).toBeUndefined();
    await start('build-a');
    await vi.waitFor(async () => expect((await store.read())?.checkedBy).toBe('build-a'));

    // An entry build-a could not show, in a copy build-a is told it checked: it is not checked again.
    const broken = structuredClone(site.entries) as unknown as Record<string, unknown>[];
    delete broken[4]!.checked;
    await store.replace({
      meta: { version: 'bad0000000000000', generated: '2026-11-20T00:00:00.000Z', count: 10 },
      entries: broken as never,
    });
    await store.markChecked('build-a');
    expect((await start('build-a')).directory.meta.version).toBe('bad0000000000000');
    // Another build checks it, and the shipped copy replaces it.
    expect((await start('build-b')).directory.meta.version).toBe(site.info.version);
    expect((await store.read())?.meta.version).toBe(site.info.version);
  });
});
