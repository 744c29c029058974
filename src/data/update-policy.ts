/**
 * Which way to a newer directory: a delta from the device's version when one is published, else
 * the buckets whose hashes differ, else the whole file. A way that fails on a bad file or a cut
 * connection falls back to the next; whatever the way, the result must be exactly the published
 * version.
 */
import { BUCKET_HASH_LENGTH, bucketOf, compareIds, type DatasetIndex, type PublishedFile } from './dataset-format';
import { DatasetIntegrityError, parseBucket, parseBucketList, parseDataset, parseDelta } from './dataset-guards';
import { bucketDigestsOf, bucketHashesOf, contentOf, versionOf } from './dataset-hash';
import type { CompiledEntry } from './entry';
import type { StoredDirectory } from './store';
import { type DownloadContext, DownloadError, fetchVerified } from './verified-fetch';

export type UpdateMethod = 'delta' | 'buckets' | 'full';

/** The published directory as assembled on the device. */
export interface AssembledUpdate {
  entries: CompiledEntry[];
  method: UpdateMethod;
  /** Bytes downloaded by the ways that completed (a way refused half way is not counted). */
  bytes: number;
}

interface Assembled {
  entries: CompiledEntry[];
  bytes: number;
}

/** Past this share of changed buckets, one full download is cheaper than many small ones. */
const FULL_DOWNLOAD_SHARE = 0.5;
/** Bucket downloads in flight at once: a slow connection copes better with a few at a time. */
const PARALLEL_BUCKETS = 4;

/** Runs tasks with at most `limit` in flight. */
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

/** Applies the published delta from the device's version. */
async function viaDelta(context: DownloadContext, current: StoredDirectory, file: PublishedFile): Promise<Assembled> {
  const { value, bytes } = await fetchVerified(context, file.path, file.sha256);
  const delta = parseDelta(value, file.path);
  if (delta.from !== current.meta.version) throw new DatasetIntegrityError(`${file.path}: starts from another version`);
  const replaced = new Set([...delta.removals, ...delta.upserts.map((entry) => entry.id)]);
  const entries = [...current.entries.filter((entry) => !replaced.has(entry.id)), ...delta.upserts].sort(compareIds);
  return { entries, bytes };
}

/** Fetches the buckets whose hashes differ from the device's; null when the whole file is cheaper. */
async function viaBuckets(context: DownloadContext, current: StoredDirectory, index: DatasetIndex): Promise<Assembled | null> {
  const { value, bytes: listBytes } = await fetchVerified(context, index.buckets.path, index.buckets.sha256);
  const published = parseBucketList(value, index.buckets.path).buckets;
  if (published.length !== index.buckets.count) throw new DatasetIntegrityError('bucket list does not match the index');
  // The version is a hash over the bucket hashes: a mixed-up list fails here.
  if ((await versionOf(published)) !== index.version) throw new DatasetIntegrityError('bucket list does not match the version');
  const local = await bucketHashesOf(current.entries, published.length);
  const changed = published.flatMap((hash, i) => (hash === local[i] ? [] : [i]));
  if (changed.length > published.length * FULL_DOWNLOAD_SHARE) return null;

  const downloads = await mapLimited(changed, PARALLEL_BUCKETS, async (bucket) => {
    const file = `${index.bucketPath}${published[bucket]!}.json`;
    const { value, bytes } = await fetchVerified(context, file, published[bucket]!);
    const { entries } = parseBucket(value, file);
    if (entries.some((entry) => bucketOf(entry.id, published.length) !== bucket)) {
      throw new DatasetIntegrityError(`data/${file}: holds entries of another bucket`);
    }
    return { entries, bytes };
  });
  const changedSet = new Set(changed);
  const kept = current.entries.filter((entry) => !changedSet.has(bucketOf(entry.id, published.length)));
  return {
    entries: [...kept, ...downloads.flatMap((download) => download.entries)].sort(compareIds),
    bytes: listBytes + downloads.reduce((sum, download) => sum + download.bytes, 0),
  };
}

async function viaFullFile(context: DownloadContext, index: DatasetIndex): Promise<Assembled> {
  const { value, bytes } = await fetchVerified(context, index.full.path, index.full.sha256);
  return { entries: parseDataset(value, index.full.path).entries, bytes };
}

/**
 * A stall or a cancel ends the update: the next way would only wait again. A download cut off
 * half way does not: the next way asks again, and fails at once if the connection is gone.
 */
function endsTheUpdate(error: unknown): boolean {
  return error instanceof DownloadError && (error.failure === 'timed-out' || error.failure === 'cancelled');
}

/**
 * True when assembled entries are exactly the published directory: its count, its version and,
 * when known, its content hash. The version is a short hash over short bucket hashes, enough to
 * catch a mistake but not a forgery; the content hash (from the signed manifest) takes each
 * bucket's whole SHA-256.
 */
async function isPublished(
  entries: readonly CompiledEntry[],
  index: DatasetIndex,
  content: string | undefined,
): Promise<boolean> {
  if (entries.length !== index.count) return false;
  const digests = await bucketDigestsOf(entries, index.buckets.count);
  if ((await versionOf(digests.map((digest) => digest.slice(0, BUCKET_HASH_LENGTH)))) !== index.version) return false;
  return content === undefined || (await contentOf(digests)) === content;
}

/**
 * Assembles the directory the index publishes from the device's copy, the cheapest way that
 * works; `content` is the content hash it must have, when known. Throws the last way's error
 * when none does.
 */
export async function assembleUpdate(
  context: DownloadContext,
  current: StoredDirectory,
  index: DatasetIndex,
  content?: string,
): Promise<AssembledUpdate> {
  const attempts: [UpdateMethod, () => Promise<Assembled | null>][] = [];
  const delta = index.deltas[current.meta.version];
  if (delta) attempts.push(['delta', () => viaDelta(context, current, delta)]);
  attempts.push(['buckets', () => viaBuckets(context, current, index)], ['full', () => viaFullFile(context, index)]);

  let bytes = 0;
  let lastError: unknown = null;
  for (const [method, attempt] of attempts) {
    let assembled: Assembled | null;
    try {
      assembled = await attempt();
    } catch (error) {
      if (endsTheUpdate(error)) throw error;
      // A bad delta or bucket file falls back to the next way; the last one reports.
      lastError = error;
      continue;
    }
    if (!assembled) continue;
    bytes += assembled.bytes;
    // Whatever the way, the result must be exactly the published directory.
    if (!(await isPublished(assembled.entries, index, content))) {
      lastError = new DatasetIntegrityError(`${method} update did not produce version ${index.version}`);
      continue;
    }
    return { entries: assembled.entries, method, bytes };
  }
  throw lastError ?? new DatasetIntegrityError('no way to update');
}
