/**
 * What the app keeps in IndexedDB, read and written from the test with the raw IndexedDB API (the
 * page's idb wrapper is the thing under test). One reader and one writer; the verbs below
 * (saved ids, the stored directory) are views over them.
 */
import type { Page } from 'playwright-core';

/** The app's database. */
export const APP_DATABASE = 'waypoint';

/** What one object store holds, in key order. `values` is absent when only keys were asked for. */
export interface StoreContents {
  keys: unknown[];
  values?: unknown[];
}

export interface ReadOptions {
  /** The database to read (the app's by default). */
  database?: string;
  /** Only these object stores (default: every store). Stores the database does not have are left out. */
  stores?: string[];
  /** Read the values of only these stores; the others give keys only (default: values of every store read). */
  values?: string[];
}

/**
 * Reads a database's object stores. Returns null when the database does not exist, and never
 * creates it: an upgrade that this read would start is aborted.
 */
export function readDatabase(page: Page, options: ReadOptions = {}): Promise<Record<string, StoreContents> | null> {
  return page.evaluate(
    ({ database, stores, values }) =>
      new Promise<Record<string, StoreContents> | null>((resolve, reject) => {
        const request = indexedDB.open(database);
        let upgrading = false;
        request.onupgradeneeded = () => {
          upgrading = true;
          request.transaction?.abort();
        };
        request.onerror = () => (upgrading ? resolve(null) : reject(request.error));
        request.onsuccess = () => {
          const db = request.result;
          const names = [...db.objectStoreNames].filter((name) => stores === null || stores.includes(name));
          // A transaction over no store throws: a database without the stores holds nothing to read.
          if (names.length === 0) {
            db.close();
            resolve({});
            return;
          }
          const tx = db.transaction(names, 'readonly');
          const reads = names.map((name) => {
            const store = tx.objectStore(name);
            return {
              name,
              keys: store.getAllKeys(),
              values: values === null || values.includes(name) ? store.getAll() : null,
            };
          });
          tx.oncomplete = () => {
            db.close();
            const out: Record<string, StoreContents> = {};
            for (const read of reads) {
              out[read.name] = read.values ? { keys: read.keys.result, values: read.values.result } : { keys: read.keys.result };
            }
            resolve(out);
          };
          tx.onerror = () => {
            db.close();
            reject(tx.error);
          };
        };
      }),
    { database: options.database ?? APP_DATABASE, stores: options.stores ?? null, values: options.values ?? null },
  );
}

/** Puts records (with in-line keys) into one of the app's stores, as an earlier visit would have. */
export function putRecords(page: Page, store: string, records: unknown[]): Promise<void> {
  return page.evaluate(
    ({ database, store, records }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(database);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(store, 'readwrite');
          for (const record of records) tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => {
            db.close();
            reject(tx.error);
          };
        };
      }),
    { database: APP_DATABASE, store, records },
  );
}

/** Ids in the `saved` store (null when there is no such database or store). */
export async function readSavedIds(page: Page): Promise<string[] | null> {
  const saved = (await readDatabase(page, { stores: ['saved'] }))?.saved;
  return saved ? saved.keys.map(String) : null;
}

/** Puts an id into the `saved` store directly, as an earlier visit would have. */
export function seedSavedId(page: Page, id: string): Promise<void> {
  return putRecords(page, 'saved', [{ id }]);
}

/** What the app keeps of the directory: the dataset meta record and how many entries there are. */
export interface StoredDirectoryFacts {
  meta: { version: string; generated: string; count: number } | null;
  entryCount: number;
}

/** The two object stores the app keeps entries in; the dataset record's `slot` names the one in use. */
const ENTRY_SLOTS = ['entries', 'entriesB'];

/** The object store holding the stored directory's entries, as the app reads it. */
function slotOf(meta: unknown): string {
  return (meta as { slot?: string } | undefined)?.slot ?? 'entries';
}

/** The stored directory, or null when the database (or its stores) does not exist yet. */
export async function readStoredDirectory(page: Page): Promise<StoredDirectoryFacts | null> {
  // Entries by key only: this is polled, and the values are the whole directory.
  const db = await readDatabase(page, { stores: ['meta', ...ENTRY_SLOTS], values: ['meta'] });
  if (!db?.meta || !db.entries) return null;
  const at = db.meta.keys.indexOf('dataset');
  const meta = at === -1 ? null : (db.meta.values![at] as StoredDirectoryFacts['meta']);
  return { meta: meta ?? null, entryCount: db[slotOf(meta)]?.keys.length ?? 0 };
}

/**
 * Polls the stored directory until `predicate` holds; returns what it last read. (A plain loop,
 * not expect.poll, so that hooks can use it too.)
 */
export async function waitForStoredDirectory(
  page: Page,
  predicate: (facts: StoredDirectoryFacts | null) => boolean,
  timeoutMs = 15_000,
): Promise<StoredDirectoryFacts | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const facts = await readStoredDirectory(page);
    if (predicate(facts)) return facts;
    if (Date.now() > deadline) {
      throw new Error(`the stored directory did not reach the expected state within ${timeoutMs} ms: ${JSON.stringify(facts)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Changes one stored entry's English summary directly in IndexedDB, in the slot the app reads. */
export async function setStoredSummary(page: Page, id: string, summary: string): Promise<void> {
  const db = await readDatabase(page, { stores: ['meta', ...ENTRY_SLOTS] });
  const meta = db?.meta?.values?.[db.meta.keys.indexOf('dataset')];
  const slot = slotOf(meta);
  const entries = db?.[slot];
  const at = entries?.keys.indexOf(id) ?? -1;
  if (at === -1) throw new Error(`no stored entry ${id}`);
  const entry = entries!.values![at] as { summary: Record<string, string> };
  await putRecords(page, slot, [{ ...entry, summary: { ...entry.summary, en: summary } }]);
}
