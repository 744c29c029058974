/**
 * Getting the directory onto the device and keeping it current.
 *
 * Start-up reads the device's copy; the first visit (or an app release that carried newer data)
 * loads the dataset shipped with the app. When online, the update index tells whether a newer
 * directory exists; the device then takes the cheapest way there (a delta from its version, else
 * the buckets that differ, else the whole file), checks every download against its hash and the
 * result against the published version, and replaces its copy in one transaction. Anything that
 * goes wrong on the way (no network, a cut download, a wrong hash, a full disk) leaves the stored
 * copy as it was.
 */
import {
  BUCKET_HASH_LENGTH,
  bucketOf,
  compareIds,
  type BucketList,
  type BundledDatasetInfo,
  type DatasetDelta,
  type DatasetIndex,
  type PublishedFile,
} from './dataset-format';
import { checkEntries, DatasetIntegrityError, parseIndex } from './dataset-guards';
import { bucketHashesOf, sha256Hex, versionOf } from './dataset-hash';
import type { CompiledEntry, Dataset } from './entry';
import type { DirectoryStore, StoredDirectory } from './store';

/** The directory could not be loaded at all: nothing on the device and nothing shipped. */
export class DirectoryUnavailableError extends Error {
  override name = 'DirectoryUnavailableError';
}

export type Fetcher = (url: string, init?: RequestInit) => Promise<Response>;

export interface SyncContext {
  store: DirectoryStore;
  fetch: Fetcher;
  /** The app's base address: data files are resolved against it. */
  baseUrl: string;
}

export interface LoadedDirectory {
  directory: StoredDirectory;
  /** The directory is in memory but could not be written to the device. */
  saveFailed: boolean;
}

export type UpdateMethod = 'delta' | 'buckets' | 'full';

export type UpdateResult =
  | { status: 'current' }
  | { status: 'updated'; directory: StoredDirectory; method: UpdateMethod; bytesDownloaded: number }
  | { status: 'failed'; reason: string };

async function fetchBytes(context: SyncContext, path: string, init?: RequestInit): Promise<ArrayBuffer> {
  const response = await context.fetch(new URL(path, context.baseUrl).href, init);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/** Downloads a published file and checks it against its hash before parsing it. */
async function fetchVerified<T>(context: SyncContext, file: PublishedFile): Promise<{ value: T; bytes: number }> {
  const path = `data/${file.path}`;
  const bytes = await fetchBytes(context, path);
  if ((await sha256Hex(bytes)) !== file.sha256) throw new DatasetIntegrityError(`${path}: hash mismatch`);
  return { value: JSON.parse(new TextDecoder().decode(bytes)) as T, bytes: bytes.byteLength };
}

function toStored(dataset: Dataset): StoredDirectory {
  return {
    meta: { version: dataset.version, generated: dataset.generated, count: dataset.entries.length },
    entries: dataset.entries,
  };
}

/**
 * The directory to start with: the device's copy, unless the app shipped a newer one (a fresh
 * install, or an app update that carried new data), which is then stored.
 */
export async function loadDirectory(context: SyncContext, bundled: BundledDatasetInfo): Promise<LoadedDirectory> {
  const stored = await context.store.read().catch(() => null);
  if (stored && (stored.meta.version === bundled.version || stored.meta.generated >= bundled.generated)) {
    return { directory: stored, saveFailed: false };
  }
  let directory: StoredDirectory;
  try {
    const file = { path: bundled.path.replace(/^data\//, ''), sha256: bundled.sha256, bytes: 0 };
    const { value } = await fetchVerified<Dataset>(context, file);
    directory = toStored({ ...value, entries: checkEntries(value.entries, bundled.path) });
  } catch (error) {
    if (stored) return { directory: stored, saveFailed: false };
    throw new DirectoryUnavailableError('The directory could not be loaded', { cause: error });
  }
  try {
    await context.store.replace(directory);
    return { directory, saveFailed: false };
  } catch {
    return { directory, saveFailed: true };
  }
}

/** Runs tasks with at most `limit` in flight: a slow connection copes better with a few at a time. */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  });
  await Promise.all(workers);
  return results;
}

interface Assembled {
  entries: CompiledEntry[];
  bytes: number;
}

/** Applies the published delta from the device's version. */
async function viaDelta(context: SyncContext, current: StoredDirectory, file: PublishedFile): Promise<Assembled> {
  const { value: delta, bytes } = await fetchVerified<DatasetDelta>(context, file);
  if (delta.from !== current.meta.version) throw new DatasetIntegrityError(`${file.path}: starts from another version`);
  const upserts = checkEntries(delta.upserts, file.path);
  const replaced = new Set([...delta.removals, ...upserts.map((entry) => entry.id)]);
  const entries = [...current.entries.filter((entry) => !replaced.has(entry.id)), ...upserts].sort(compareIds);
  return { entries, bytes };
}

/** Past this share of changed buckets, one full download is cheaper than many small ones. */
const FULL_DOWNLOAD_SHARE = 0.5;

/** Fetches the buckets whose hashes differ from the device's; null when the whole file is cheaper. */
async function viaBuckets(context: SyncContext, current: StoredDirectory, index: DatasetIndex): Promise<Assembled | null> {
  const { value: list, bytes: listBytes } = await fetchVerified<BucketList>(context, index.buckets);
  const published = list.buckets;
  if (!Array.isArray(published) || published.length !== index.buckets.count) {
    throw new DatasetIntegrityError('bucket list does not match the index');
  }
  // The version is a hash over the bucket hashes: a mixed-up list fails here.
  if ((await versionOf(published)) !== index.version) throw new DatasetIntegrityError('bucket list does not match the version');
  const local = await bucketHashesOf(current.entries, published.length);
  const changed = published.flatMap((hash, i) => (hash === local[i] ? [] : [i]));
  if (changed.length > published.length * FULL_DOWNLOAD_SHARE) return null;

  const downloads = await mapLimited(changed, 4, async (bucket) => {
    const hash = published[bucket]!;
    const path = `data/${index.bucketPath}${hash}.json`;
    const bytes = await fetchBytes(context, path);
    if ((await sha256Hex(bytes)).slice(0, BUCKET_HASH_LENGTH) !== hash) throw new DatasetIntegrityError(`${path}: hash mismatch`);
    const entries = checkEntries((JSON.parse(new TextDecoder().decode(bytes)) as { entries?: unknown }).entries, path);
    if (entries.some((entry) => bucketOf(entry.id, published.length) !== bucket)) {
      throw new DatasetIntegrityError(`${path}: holds entries of another bucket`);
    }
    return { entries, bytes: bytes.byteLength };
  });
  const changedSet = new Set(changed);
  const kept = current.entries.filter((entry) => !changedSet.has(bucketOf(entry.id, published.length)));
  return {
    entries: [...kept, ...downloads.flatMap((download) => download.entries)].sort(compareIds),
    bytes: listBytes + downloads.reduce((sum, download) => sum + download.bytes, 0),
  };
}

async function viaFullFile(context: SyncContext, index: DatasetIndex): Promise<Assembled> {
  const { value, bytes } = await fetchVerified<Dataset>(context, index.full);
  return { entries: checkEntries(value.entries, index.full.path), bytes };
}

/** Checks for a newer directory and, if there is one, downloads what changed and stores it. */
export async function updateDirectory(context: SyncContext, current: StoredDirectory): Promise<UpdateResult> {
  try {
    const indexBytes = await fetchBytes(context, 'data/index.json', { cache: 'no-store' });
    const index = parseIndex(JSON.parse(new TextDecoder().decode(indexBytes)));
    if (index.version === current.meta.version || index.generated <= current.meta.generated) {
      return { status: 'current' };
    }

    const attempts: [UpdateMethod, () => Promise<Assembled | null>][] = [];
    const delta = index.deltas[current.meta.version];
    if (delta) attempts.push(['delta', () => viaDelta(context, current, delta)]);
    attempts.push(['buckets', () => viaBuckets(context, current, index)], ['full', () => viaFullFile(context, index)]);

    let bytes = indexBytes.byteLength;
    let lastError: unknown = null;
    for (const [method, attempt] of attempts) {
      let assembled: Assembled | null;
      try {
        assembled = await attempt();
      } catch (error) {
        // A failed delta or bucket download falls back to the next way; the last one reports.
        lastError = error;
        continue;
      }
      if (!assembled) continue;
      bytes += assembled.bytes;
      // Whatever the way, the result must be exactly the published directory.
      const version = await versionOf(await bucketHashesOf(assembled.entries, index.buckets.count));
      if (version !== index.version || assembled.entries.length !== index.count) {
        lastError = new DatasetIntegrityError(`${method} update did not produce version ${index.version}`);
        continue;
      }
      const directory: StoredDirectory = {
        meta: { version: index.version, generated: index.generated, count: index.count },
        entries: assembled.entries,
      };
      await context.store.replace(directory);
      return { status: 'updated', directory, method, bytesDownloaded: bytes };
    }
    throw lastError ?? new DatasetIntegrityError('no way to update');
  } catch (error) {
    return { status: 'failed', reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
