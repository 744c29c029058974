/**
 * How the directory is published, shared by the build that writes it and the app that reads it.
 *
 * - The full dataset ships as one content-hashed file, precached with the app: the first visit.
 * - Updates prefer a delta: when the build knows an earlier release (recorded by
 *   `npm run release`), it publishes the entries that changed since then, in one small file.
 * - Without a delta for the device's version, entries are split into buckets by a hash of their
 *   id. The device computes its own bucket hashes, compares them with the published list, and
 *   fetches only the buckets that differ, each a content-addressed file.
 * The dataset version is a hash over the bucket hashes, so a device can check that what it
 * assembled is exactly the published directory, whichever way it got there; the content hash, over
 * the buckets' whole SHA-256, makes that check as strong as SHA-256.
 *
 * Releases are ordered by the publisher's release sequence (`npm run release`), never by a clock,
 * and a signed release carries a manifest signed with the publisher's Ed25519 key. The manifest
 * names the content, not the files it travelled in, so the same check holds for a directory
 * passed from device to device.
 */
import type { CompiledEntry } from './entry';

export const DATASET_FORMAT = 2;

export interface PublishedFile {
  /** Path relative to the `data/` folder. */
  path: string;
  sha256: string;
  bytes: number;
}

/** The published index: `data/index.json`. Small; fetched without cache to learn of updates. */
export interface DatasetIndex {
  format: typeof DATASET_FORMAT;
  /** Content hash of the whole directory (a hash over the bucket hashes). */
  version: string;
  /** ISO date and time the dataset was compiled. */
  generated: string;
  count: number;
  full: PublishedFile;
  /** The list of bucket hashes (a {@link BucketList}). */
  buckets: PublishedFile & { count: number };
  /** Folder of the bucket files, relative to `data/`: a bucket lives at `<bucketPath><hash>.json`. */
  bucketPath: string;
  /** Deltas to this version, by the version they start from. */
  deltas: Record<string, PublishedFile>;
  /** The release sequence (absent when no release was ever recorded): a higher one is a later release. */
  sequence?: number;
  /** SHA-256 of {@link contentInput}: what the assembled entries must hash to. */
  content?: string;
  /** The publisher's signature over this release, when the release was signed. */
  release?: SignedRelease;
}

/**
 * What a publisher signs: one release of the directory, whatever carries it. Devices trust a
 * manifest signed by a key built into the app, or by a key an earlier trusted manifest listed.
 */
export interface ReleaseManifest {
  kind: typeof RELEASE_MANIFEST_KIND;
  version: string;
  sequence: number;
  count: number;
  /** SHA-256 of {@link contentInput} over the release's buckets. */
  content: string;
  /** Public keys (base64 of the raw 32-byte Ed25519 key) that may sign later releases: how keys rotate. */
  keys: string[];
}

/** A manifest as signed: its exact JSON text, and the Ed25519 signature over its UTF-8 bytes (base64). */
export interface SignedRelease {
  manifest: string;
  signature: string;
}

export const RELEASE_MANIFEST_KIND = 'waypoint-release';

/** `data/buckets-<version>.json`: the hash of every bucket, in bucket order. */
export interface BucketList {
  buckets: string[];
}

/** One bucket file: the entries whose id hashes into that bucket, sorted by id. */
export interface DatasetBucket {
  entries: CompiledEntry[];
}

/** `data/delta/<from>-<to>.json`: what changed between two versions. */
export interface DatasetDelta {
  from: string;
  to: string;
  /** Entries added or changed, complete. */
  upserts: CompiledEntry[];
  /** Ids of entries removed. */
  removals: string[];
}

/** What the app bundle is told about the dataset it ships with (precached with the shell). */
export interface BundledDatasetInfo {
  version: string;
  generated: string;
  count: number;
  /** Path of the full dataset file, relative to the site root. */
  path: string;
  sha256: string;
  /** The release sequence of the shipped dataset, when releases are recorded. */
  sequence?: number;
}

/** Characters of a SHA-256 hex digest kept to name a bucket: 48 bits, ample for change detection. */
export const BUCKET_HASH_LENGTH = 12;

/**
 * Where a country's first screen is published, under data/: its emergency numbers and the entries
 * that name it, the same version as the full file (scripts/resources/compile.ts writes them).
 */
export function firstScreenPath(country: string): string {
  return `here/${country}.json`;
}

/** Length of the version string (hex characters of a SHA-256). */
export const VERSION_LENGTH = 16;

/** A few entries per bucket keeps a bucket update close to the size of what changed. */
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

export function compareIds(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Entries split into buckets (each sorted by id), in bucket order. */
export function splitIntoBuckets<T extends { id: string }>(entries: readonly T[], bucketCount: number): T[][] {
  const buckets: T[][] = Array.from({ length: bucketCount }, () => []);
  for (const entry of [...entries].sort(compareIds)) buckets[bucketOf(entry.id, bucketCount)]!.push(entry);
  return buckets;
}

/** The exact text of a bucket file; its hash names the file. */
export function bucketText(entries: readonly CompiledEntry[]): string {
  const bucket: DatasetBucket = { entries: [...entries] };
  return JSON.stringify(bucket);
}

/** The text a dataset version is hashed from: every bucket hash in order. */
export function versionInput(bucketHashes: readonly string[]): string {
  return `waypoint-dataset:${bucketHashes.join(',')}`;
}

/** The text the content hash is taken of: every bucket's whole SHA-256 (hex), in order. */
export function contentInput(bucketDigests: readonly string[]): string {
  return `waypoint-content:${bucketDigests.join(',')}`;
}
