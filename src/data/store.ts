/**
 * The device's copy of the directory, in IndexedDB. The only module that imports idb.
 * Callers see verbs (read, replace, saved items, destroy), never a database handle.
 * A new directory is written in slices beside the one in use, then switched to in one small
 * transaction (see writeDirectory): no task holds the page for long, and a failure half way
 * leaves the old directory as it was.
 * When IndexedDB is missing or broken (private modes, old Safari, a blocked upgrade) the same
 * verbs work from memory, and `persistent` tells the app to say it cannot keep data offline.
 */
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CompiledEntry, Dataset } from './entry';
import { SLICE_MS, sliceTimer } from './time-slice';

/**
 * What is stored about the dataset besides its entries: its release sequence when it has one, and
 * the signing keys its trusted release listed (release-signature.ts).
 */
export type DatasetMeta = Omit<Dataset, 'entries'> & { count: number; sequence?: number; keys?: string[] };

export interface StoredDirectory {
  meta: DatasetMeta;
  entries: CompiledEntry[];
  /** The app build whose checks these stored entries have passed (directory-sync.ts), if one has. */
  checkedBy?: string;
}

export interface DirectoryStore {
  /** False when working from memory: nothing survives a reload. */
  readonly persistent: boolean;
  read(): Promise<StoredDirectory | null>;
  /** Replaces the whole directory: all of it lands, or none of it, and the old one stays readable until then. */
  replace(directory: StoredDirectory): Promise<void>;
  /** Records that the app build `build` has checked the stored entries; a later replace clears it. */
  markChecked(build: string): Promise<void>;
  savedIds(): Promise<string[]>;
  setSaved(id: string, saved: boolean): Promise<void>;
  clearSaved(): Promise<void>;
  /**
   * The last search index built, with its key (a dataset version and language): a start loads it
   * instead of building it again (search-client.ts IndexStore). Only the last one put is kept.
   */
  readonly searchIndex: {
    latest(): Promise<KeptIndex | undefined>;
    put(key: string, index: ArrayBuffer): Promise<void>;
  };
  /** Deletes everything this store holds on the device. */
  destroy(): Promise<void>;
}

/** A search index kept on the device, and what it was built for. */
export interface KeptIndex {
  key: string;
  index: ArrayBuffer;
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

/** The two object stores entries live in: one holds the directory read, the other receives the next. */
type EntrySlot = 'entries' | 'entriesB';
const SLOTS: readonly EntrySlot[] = ['entries', 'entriesB'];

/** The dataset's record: which slot holds its entries (absent in databases from before slots: `entries`). */
type StoredMeta = DatasetMeta & { slot?: EntrySlot; checkedBy?: string };
/** Who is filling the other slot: a replace that finds another's token there stops. */
interface WriteClaim {
  slot: EntrySlot;
  token: string;
}

interface WaypointDB extends DBSchema {
  entries: { key: string; value: CompiledEntry };
  entriesB: { key: string; value: CompiledEntry };
  meta: { key: 'dataset' | 'write'; value: StoredMeta | WriteClaim };
  saved: { key: string; value: { id: string } };
  /** The last search index built (search/search-client.ts), by dataset version and language. */
  searchIndex: { key: string; value: ArrayBuffer };
}

export const DATABASE_NAME = 'waypoint';
const DATABASE_VERSION = 3;
const DEFAULT_OPEN_TIMEOUT_MS = 3000;

export interface OpenStoreOptions {
  timeoutMs?: number;
  /** How long one write transaction may spend queueing entries before it commits; SLICE_MS unless set. */
  sliceMs?: number;
}

/** Opens the on-device store, or a memory store when IndexedDB cannot be used. */
export async function openDirectoryStore(options: OpenStoreOptions = {}): Promise<DirectoryStore> {
  if (typeof indexedDB === 'undefined') return createMemoryStore();
  try {
    const db = await withTimeout(openWaypointDB(), options.timeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS);
    return createIndexedDBStore(db, options.sliceMs ?? SLICE_MS);
  } catch {
    return createMemoryStore();
  }
}

function openWaypointDB(): Promise<IDBPDatabase<WaypointDB>> {
  return openDB<WaypointDB>(DATABASE_NAME, DATABASE_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('entries', { keyPath: 'id' });
        db.createObjectStore('meta');
        db.createObjectStore('saved', { keyPath: 'id' });
      }
      // Version 1 held one copy and replaced it in one transaction, which froze the page for
      // seconds on a large directory. The second slot lets a new copy be written in slices.
      if (oldVersion < 2) db.createObjectStore('entriesB', { keyPath: 'id' });
      // Version 3 keeps the built search index, so a start loads it instead of building it.
      if (oldVersion < 3) db.createObjectStore('searchIndex');
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

const slotOf = (meta: StoredMeta | undefined): EntrySlot => meta?.slot ?? 'entries';
const otherSlot = (slot: EntrySlot): EntrySlot => SLOTS[1 - SLOTS.indexOf(slot)]!;

/** Another replace took over the slot (another tab), or the slot lost entries: this one stops. */
class WriteSupersededError extends Error {
  override name = 'WriteSupersededError';
}

type MetaStore = { get(key: 'dataset' | 'write'): Promise<StoredMeta | WriteClaim | undefined> };

async function ownsClaim(meta: MetaStore, token: string): Promise<boolean> {
  return ((await meta.get('write')) as WriteClaim | undefined)?.token === token;
}

/**
 * Writing the next directory: claim the other slot and empty it, fill it in slices (each its own
 * transaction, committed before the page gets the thread back), then switch the dataset record
 * to it in one small transaction. Until the switch every read returns the old directory; a
 * failure at any point leaves it so. Each step checks the claim, so two tabs updating at once
 * cannot mix their entries: the later claim wins, the earlier write stops.
 */
async function writeDirectory(
  db: IDBPDatabase<WaypointDB>,
  { meta, entries }: StoredDirectory,
  sliceMs: number,
): Promise<EntrySlot> {
  const token = `${Date.now()}-${Math.random()}`;
  const begin = db.transaction(['meta', ...SLOTS], 'readwrite');
  const active = slotOf((await begin.objectStore('meta').get('dataset')) as StoredMeta | undefined);
  const target = otherSlot(active);
  await Promise.all([
    begin.objectStore('meta').put({ slot: target, token }, 'write'),
    begin.objectStore(target).clear(),
    begin.done,
  ]);

  let next = 0;
  while (next < entries.length) {
    const tx = db.transaction(['meta', target], 'readwrite');
    const writes: Promise<unknown>[] = [];
    try {
      if (!(await ownsClaim(tx.objectStore('meta'), token))) throw new WriteSupersededError('another write took over');
      const slice = sliceTimer(sliceMs);
      const store = tx.objectStore(target);
      // put() throws at once for a value it cannot clone; the catch aborts this slice, and the
      // old directory was never touched.
      do writes.push(store.put(entries[next++]!));
      while (next < entries.length && !slice.due());
      await Promise.all([...writes, tx.done]);
    } catch (error) {
      abortQuietly(tx);
      await Promise.allSettled([...writes, tx.done]);
      throw error;
    }
  }

  const commit = db.transaction(['meta', target], 'readwrite');
  try {
    const metaStore = commit.objectStore('meta');
    const [owned, written] = await Promise.all([ownsClaim(metaStore, token), commit.objectStore(target).count()]);
    if (!owned || written !== entries.length) throw new WriteSupersededError('the new copy changed while it was written');
    const record: StoredMeta = { ...meta, count: entries.length, slot: target };
    await Promise.all([metaStore.put(record, 'dataset'), metaStore.delete('write'), commit.done]);
  } catch (error) {
    abortQuietly(commit);
    await commit.done.catch(() => undefined);
    throw error;
  }
  return target;
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already aborted by the failing request, or already committed.
  }
}

function createIndexedDBStore(db: IDBPDatabase<WaypointDB>, sliceMs: number): DirectoryStore {
  return {
    persistent: true,
    async read() {
      const tx = db.transaction(['meta', ...SLOTS], 'readonly');
      const stored = (await tx.objectStore('meta').get('dataset')) as StoredMeta | undefined;
      const entries = stored ? await tx.objectStore(slotOf(stored)).getAll() : [];
      await tx.done;
      // A dataset whose entry count does not match its meta is not trusted (should never happen:
      // the switch to a slot checks its count).
      if (!stored || entries.length !== stored.count) return null;
      const { slot: _slot, checkedBy, ...meta } = stored;
      return { meta, entries, ...(checkedBy === undefined ? {} : { checkedBy }) };
    },
    async replace(directory) {
      // Everything is parsed and checked before this point: no transaction awaits anything but
      // its own requests, so none can auto-commit half way.
      let written: EntrySlot;
      try {
        written = await writeDirectory(db, directory, sliceMs);
      } catch (error) {
        throw new DirectoryStoreError('Could not save the directory on this device', error);
      }
      // The old copy is read no more: free its space, unless another write has claimed the slot.
      const cleanup = db.transaction(['meta', otherSlot(written)], 'readwrite');
      const claim = await cleanup.objectStore('meta').get('write');
      if (!claim) await cleanup.objectStore(otherSlot(written)).clear();
      await cleanup.done.catch(() => undefined);
    },
    async markChecked(build) {
      const tx = db.transaction('meta', 'readwrite');
      const stored = (await tx.store.get('dataset')) as StoredMeta | undefined;
      if (stored) await tx.store.put({ ...stored, checkedBy: build }, 'dataset');
      await tx.done;
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
    searchIndex: {
      async latest() {
        // Only one is kept (put clears the others), so the first is the last one built.
        const cursor = await db.transaction('searchIndex').store.openCursor();
        return cursor ? { key: String(cursor.key), index: cursor.value } : undefined;
      },
      async put(key, index) {
        // One index at a time: the one for what is on screen (a dataset and language).
        const tx = db.transaction('searchIndex', 'readwrite');
        void tx.store.clear();
        void tx.store.put(index, key);
        await tx.done;
      },
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
    // Nothing survives this page: every start checks what it loads.
    async markChecked() {},
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
    // The search client keeps the index for this page's life itself: nothing to add here.
    searchIndex: { latest: async () => undefined, put: async () => undefined },
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
