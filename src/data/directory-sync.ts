/**
 * Getting the directory onto the device and keeping it current.
 *
 * Start-up reads the device's copy; the first visit (or a newer app release) loads the dataset
 * shipped with the app. When online, the update index tells whether a newer directory exists;
 * then only the buckets that changed are downloaded, each checked against its hash, and the
 * result replaces the stored copy in one transaction. Anything that goes wrong on the way
 * (no network, a cut download, a wrong hash, a full disk) leaves the stored copy as it was.
 */
import {
  BUCKET_HASH_LENGTH,
  DATASET_FORMAT,
  VERSION_LENGTH,
  bucketOf,
  versionInput,
  type BundledDatasetInfo,
  type DatasetIndex,
} from './dataset-format';
import type { CompiledEntry, Dataset } from './entry';
import type { DirectoryStore, StoredDirectory } from './store';

/** The directory could not be loaded at all: nothing on the device and nothing shipped. */
export class DirectoryUnavailableError extends Error {
  override name = 'DirectoryUnavailableError';
}

/** A download did not match what the index promised. */
export class DatasetIntegrityError extends Error {
  override name = 'DatasetIntegrityError';
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

export type UpdateResult =
  | { status: 'current' }
  | { status: 'updated'; directory: StoredDirectory; bytesDownloaded: number }
  | { status: 'failed'; reason: string };

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function textSha256Hex(text: string): Promise<string> {
  return sha256Hex(new TextEncoder().encode(text).buffer as ArrayBuffer);
}

async function fetchBytes(context: SyncContext, path: string, init?: RequestInit): Promise<ArrayBuffer> {
  const response = await context.fetch(new URL(path, context.baseUrl).href, init);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

const SAFE_HREF = /^(https:|tel:|sms:|mailto:)/;

/** A light check of a downloaded entry: the fields the app relies on, and only safe links. */
function isCompiledEntry(value: unknown): value is CompiledEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<CompiledEntry>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.kind === 'string' &&
    typeof entry.name?.en === 'string' &&
    typeof entry.summary?.en === 'string' &&
    Array.isArray(entry.countries) &&
    Array.isArray(entry.topics) &&
    Array.isArray(entry.contacts) &&
    entry.contacts.every((contact) => typeof contact?.href === 'string' && SAFE_HREF.test(contact.href))
  );
}

function parseEntries(value: unknown, what: string): CompiledEntry[] {
  const entries = (value as { entries?: unknown })?.entries;
  if (!Array.isArray(entries) || !entries.every(isCompiledEntry)) {
    throw new DatasetIntegrityError(`${what} does not hold valid entries`);
  }
  return entries;
}

function toStored(dataset: Dataset): StoredDirectory {
  const { entries, ...meta } = dataset;
  return { meta: { ...meta, count: entries.length }, entries };
}

/** Downloads a full dataset file and checks it against its hash and version. */
async function fetchFullDataset(context: SyncContext, path: string, sha256: string, version: string) {
  const bytes = await fetchBytes(context, path);
  if ((await sha256Hex(bytes)) !== sha256) throw new DatasetIntegrityError(`${path}: hash mismatch`);
  const dataset = JSON.parse(new TextDecoder().decode(bytes)) as Dataset;
  const entries = parseEntries(dataset, path);
  if (dataset.version !== version) throw new DatasetIntegrityError(`${path}: version mismatch`);
  return { directory: toStored({ ...dataset, entries }), bytes: bytes.byteLength };
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
    ({ directory } = await fetchFullDataset(context, bundled.path, bundled.sha256, bundled.version));
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

function parseIndex(value: unknown): DatasetIndex {
  const index = value as DatasetIndex;
  if (
    index?.format !== DATASET_FORMAT ||
    typeof index.version !== 'string' ||
    typeof index.generated !== 'string' ||
    !Array.isArray(index.buckets) ||
    typeof index.full?.path !== 'string'
  ) {
    throw new DatasetIntegrityError('data/index.json is not a dataset index');
  }
  return index;
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

/** Builds the new directory from the current one plus the changed buckets. */
async function applyBuckets(
  context: SyncContext,
  current: StoredDirectory,
  index: DatasetIndex,
  changed: number[],
): Promise<{ entries: CompiledEntry[]; bytes: number }> {
  const bucketCount = index.buckets.length;
  const changedSet = new Set(changed);
  const downloads = await mapLimited(changed, 4, async (bucket) => {
    const hash = index.buckets[bucket]!;
    const path = `data/${index.bucketPath}${hash}.json`;
    const bytes = await fetchBytes(context, path);
    if ((await sha256Hex(bytes)).slice(0, BUCKET_HASH_LENGTH) !== hash) {
      throw new DatasetIntegrityError(`${path}: hash mismatch`);
    }
    const entries = parseEntries(JSON.parse(new TextDecoder().decode(bytes)), path);
    if (entries.some((entry) => bucketOf(entry.id, bucketCount) !== bucket)) {
      throw new DatasetIntegrityError(`${path}: holds entries of another bucket`);
    }
    return { entries, bytes: bytes.byteLength };
  });
  const kept = current.entries.filter((entry) => !changedSet.has(bucketOf(entry.id, bucketCount)));
  const entries = [...kept, ...downloads.flatMap((download) => download.entries)].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return { entries, bytes: downloads.reduce((sum, download) => sum + download.bytes, 0) };
}

/** Past this share of changed buckets, one full download is cheaper than many small ones. */
const FULL_DOWNLOAD_SHARE = 0.5;

/** Checks for a newer directory and, if there is one, downloads what changed and stores it. */
export async function updateDirectory(context: SyncContext, current: StoredDirectory): Promise<UpdateResult> {
  try {
    const indexBytes = await fetchBytes(context, 'data/index.json', { cache: 'no-store' });
    const index = parseIndex(JSON.parse(new TextDecoder().decode(indexBytes)));
    if (index.version === current.meta.version || index.generated <= current.meta.generated) {
      return { status: 'current' };
    }
    // The version is a hash over the bucket hashes: a tampered or mixed-up index fails here.
    if ((await textSha256Hex(versionInput(index.buckets))).slice(0, VERSION_LENGTH) !== index.version) {
      throw new DatasetIntegrityError('data/index.json: version does not match its buckets');
    }
    const sameLayout = current.meta.buckets.length === index.buckets.length;
    const changed = sameLayout ? index.buckets.flatMap((hash, i) => (hash === current.meta.buckets[i] ? [] : [i])) : [];
    let directory: StoredDirectory;
    let bytes = indexBytes.byteLength;
    if (sameLayout && changed.length <= index.buckets.length * FULL_DOWNLOAD_SHARE) {
      const applied = await applyBuckets(context, current, index, changed);
      if (applied.entries.length !== index.count) throw new DatasetIntegrityError('entry count does not match the index');
      directory = {
        meta: { version: index.version, generated: index.generated, buckets: index.buckets, count: index.count },
        entries: applied.entries,
      };
      bytes += applied.bytes;
    } else {
      const full = await fetchFullDataset(context, `data/${index.full.path}`, index.full.sha256, index.version);
      directory = full.directory;
      bytes += full.bytes;
    }
    await context.store.replace(directory);
    return { status: 'updated', directory, bytesDownloaded: bytes };
  } catch (error) {
    return { status: 'failed', reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
