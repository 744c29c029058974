/**
 * Hashing on the device (Web Crypto), to check downloads and to work out which buckets of the
 * stored directory differ from a published version. Gives the same results as the build's
 * compiler (a unit test holds them to that).
 */
import { BUCKET_HASH_LENGTH, VERSION_LENGTH, bucketText, splitIntoBuckets, versionInput } from './dataset-format';
import type { CompiledEntry } from './entry';

export async function sha256Hex(data: ArrayBuffer | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The hash of every bucket of a directory, as the build would publish it. */
export async function bucketHashesOf(entries: readonly CompiledEntry[], bucketCount: number): Promise<string[]> {
  const buckets = splitIntoBuckets(entries, bucketCount);
  const hashes = await Promise.all(buckets.map((bucket) => sha256Hex(bucketText(bucket))));
  return hashes.map((hash) => hash.slice(0, BUCKET_HASH_LENGTH));
}

/** The dataset version for a list of bucket hashes. */
export async function versionOf(bucketHashes: readonly string[]): Promise<string> {
  return (await sha256Hex(versionInput(bucketHashes))).slice(0, VERSION_LENGTH);
}
