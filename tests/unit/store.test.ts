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
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 4) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args as Parameters<typeof put>);
    });
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
