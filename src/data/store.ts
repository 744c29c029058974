/**
 * The device's copy of the directory, in IndexedDB. The only module that imports idb.
 * Callers see verbs (read, replace, saved items, destroy), never a database handle.
 * When IndexedDB is missing or broken (private modes, old Safari, a blocked upgrade) the same
 * verbs work from memory, and `persistent` tells the app to say it cannot keep data offline.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CompiledEntry, Dataset } from './entry';

/** What is stored about the dataset besides its entries. */
export type DatasetMeta = Omit<Dataset, 'entries'> & { count: number };

export interface StoredDirectory {
  meta: DatasetMeta;
  entries: CompiledEntry[];
}

export interface DirectoryStore {
  /** False when working from memory: nothing survives a reload. */
  readonly persistent: boolean;
  read(): Promise<StoredDirectory | null>;
  /** Replaces the whole directory in one transaction: all of it lands, or none of it. */
  replace(directory: StoredDirectory): Promise<void>;
  savedIds(): Promise<string[]>;
  setSaved(id: string, saved: boolean): Promise<void>;
  clearSaved(): Promise<void>;
  /** Deletes everything this store holds on the device. */
  destroy(): Promise<void>;
}

/** A write failed (most often a full disk); what was stored before is untouched. */
export class DirectoryStoreError extends Error {
  override name = 'DirectoryStoreError';
  readonly quotaExceeded: boolean;
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.quotaExceeded = cause instanceof DOMException && cause.name === 'QuotaExceededError';
  }
}

interface WaypointDB extends DBSchema {
  entries: { key: string; value: CompiledEntry };
  meta: { key: 'dataset'; value: DatasetMeta };
  saved: { key: string; value: { id: string } };
}

export const DATABASE_NAME = 'waypoint';
const DATABASE_VERSION = 1;
const DEFAULT_OPEN_TIMEOUT_MS = 3000;

export interface OpenStoreOptions {
  timeoutMs?: number;
}

/** Opens the on-device store, or a memory store when IndexedDB cannot be used. */
export async function openDirectoryStore(options: OpenStoreOptions = {}): Promise<DirectoryStore> {
  if (typeof indexedDB === 'undefined') return createMemoryStore();
  try {
    const db = await withTimeout(openWaypointDB(), options.timeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS);
    return createIndexedDBStore(db);
  } catch {
    return createMemoryStore();
  }
}

function openWaypointDB(): Promise<IDBPDatabase<WaypointDB>> {
  return openDB<WaypointDB>(DATABASE_NAME, DATABASE_VERSION, {
    upgrade(db) {
      db.createObjectStore('entries', { keyPath: 'id' });
      db.createObjectStore('meta');
      db.createObjectStore('saved', { keyPath: 'id' });
    },
    blocking(_current, _blocked, event) {
      // A newer version of the app wants to upgrade the database in another tab: let it.
      (event.target as IDBDatabase).close();
    },
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`IndexedDB did not open within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function createIndexedDBStore(db: IDBPDatabase<WaypointDB>): DirectoryStore {
  return {
    persistent: true,
    async read() {
      const tx = db.transaction(['meta', 'entries'], 'readonly');
      const [meta, entries] = await Promise.all([tx.objectStore('meta').get('dataset'), tx.objectStore('entries').getAll()]);
      await tx.done;
      // A dataset whose entry count does not match its meta is not trusted (should never happen,
      // since both are written in one transaction).
      if (!meta || entries.length !== meta.count) return null;
      return { meta, entries };
    },
    async replace({ meta, entries }) {
      // Everything is parsed and checked before this point: nothing is awaited inside the
      // transaction but its own requests, so it cannot auto-commit half way.
      const tx = db.transaction(['meta', 'entries'], 'readwrite');
      const writes: Promise<unknown>[] = [];
      try {
        const entryStore = tx.objectStore('entries');
        writes.push(entryStore.clear());
        // put() throws at once for a value it cannot clone; the catch below aborts, so the
        // clear() above never commits on its own.
        for (const entry of entries) writes.push(entryStore.put(entry));
        writes.push(tx.objectStore('meta').put({ ...meta, count: entries.length }, 'dataset'));
        await Promise.all([...writes, tx.done]);
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // Already aborted by the failing request.
        }
        // Every pending request now fails with AbortError; settle them so none goes unhandled.
        await Promise.allSettled([...writes, tx.done]);
        throw new DirectoryStoreError('Could not save the directory on this device', error);
      }
    },
    async savedIds() {
      return (await db.getAll('saved')).map((item) => item.id);
    },
    async setSaved(id, saved) {
      if (saved) await db.put('saved', { id });
      else await db.delete('saved', id);
    },
    async clearSaved() {
      await db.clear('saved');
    },
    async destroy() {
      db.close();
      await deleteDB(DATABASE_NAME);
    },
  };
}

/** The same verbs, kept in memory for this page's life only. */
export function createMemoryStore(): DirectoryStore {
  let directory: StoredDirectory | null = null;
  const saved = new Set<string>();
  return {
    persistent: false,
    async read() {
      return directory;
    },
    async replace(next) {
      directory = { meta: { ...next.meta, count: next.entries.length }, entries: [...next.entries] };
    },
    async savedIds() {
      return [...saved];
    },
    async setSaved(id, isSaved) {
      if (isSaved) saved.add(id);
      else saved.delete(id);
    },
    async clearSaved() {
      saved.clear();
    },
    async destroy() {
      directory = null;
      saved.clear();
      // IndexedDB failed to open on this visit, but a database from an earlier visit may still be
      // on the device: try to delete it, without waiting long on a broken IndexedDB.
      if (typeof indexedDB !== 'undefined') {
        await withTimeout(deleteDB(DATABASE_NAME), DEFAULT_OPEN_TIMEOUT_MS).catch(() => undefined);
      }
    },
  };
}
