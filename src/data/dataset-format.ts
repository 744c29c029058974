/**
 * How the directory is published, shared by the build that writes it and the app that reads it.
 *
 * The full dataset ships as one content-hashed file (precached, used on first visit). For updates,
 * entries are also split into buckets by a hash of their id; each bucket is a content-addressed
 * file, and the small index lists every bucket's hash. A device compares that list with the one
 * it holds and fetches only the buckets that changed.
 */
import type { CompiledEntry } from './entry';

export const DATASET_FORMAT = 1;

/** The published index: `data/index.json`. Fetched without cache to learn of updates. */
export interface DatasetIndex {
  format: typeof DATASET_FORMAT;
  /** Content hash of the whole directory (a hash over the bucket hashes). */
  version: string;
  /** ISO date and time the dataset was compiled. */
  generated: string;
  count: number;
  full: { path: string; sha256: string; bytes: number };
  /** Folder of the bucket files, relative to the index. A bucket lives at `<bucketPath><hash>.json`. */
  bucketPath: string;
  /** Hash prefix of each bucket's file, in bucket order. Its length is the bucket count. */
  buckets: string[];
}

/** What the app bundle is told about the dataset it ships with (precached with the shell). */
export interface BundledDatasetInfo {
  version: string;
  generated: string;
  count: number;
  /** Path of the full dataset file, relative to the site root. */
  path: string;
  sha256: string;
}

/** One bucket file: the entries whose id hashes into that bucket, sorted by id. */
export interface DatasetBucket {
  entries: CompiledEntry[];
}

/** Characters of a SHA-256 hex digest kept to name a bucket: 48 bits, ample for change detection. */
export const BUCKET_HASH_LENGTH = 12;

/** A few entries per bucket keeps an update close to the size of what changed. */
const ENTRIES_PER_BUCKET = 4;
const MIN_BUCKETS = 16;
const MAX_BUCKETS = 4096;

/** Number of buckets for a directory of `count` entries: a power of two. */
export function bucketCountFor(count: number): number {
  let buckets = MIN_BUCKETS;
  while (buckets < MAX_BUCKETS && buckets * ENTRIES_PER_BUCKET < count) buckets *= 2;
  return buckets;
}

/** The bucket an entry id falls in: FNV-1a (32-bit) of the id, modulo the bucket count. */
export function bucketOf(id: string, bucketCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % bucketCount;
}

/** The text a dataset version is hashed from: every bucket hash in order. */
export function versionInput(bucketHashes: readonly string[]): string {
  return `waypoint-dataset-${DATASET_FORMAT}:${bucketHashes.join(',')}`;
}

/** Length of the version string (hex characters of a SHA-256). */
export const VERSION_LENGTH = 16;
