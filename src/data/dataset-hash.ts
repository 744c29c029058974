/**
 * Hashing on the device (Web Crypto), to check downloads and to work out which buckets of the
 * stored directory differ from a published version. Gives the same results as the build's
 * compiler (a unit test holds them to that). Thousands of entries are hashed in slices
 * (time-slice.ts), so the page stays responsive while an update is checked.
 */
import { BUCKET_HASH_LENGTH, VERSION_LENGTH, bucketText, contentInput, splitIntoBuckets, versionInput } from './dataset-format';
import type { CompiledEntry } from './entry';
import { sliceTimer } from './time-slice';

export async function sha256Hex(data: ArrayBuffer | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The whole SHA-256 (hex) of every bucket of a directory, as the build would publish it. */
export async function bucketDigestsOf(entries: readonly CompiledEntry[], bucketCount: number): Promise<string[]> {
  const buckets = splitIntoBuckets(entries, bucketCount);
  const digests: string[] = [];
  const slice = sliceTimer();
  let pending: Promise<string>[] = [];
  for (const bucket of buckets) {
    pending.push(sha256Hex(bucketText(bucket)));
    if (slice.due()) {
      digests.push(...(await Promise.all(pending)));
      pending = [];
      await slice.pause();
    }
  }
  digests.push(...(await Promise.all(pending)));
  return digests;
}

/** The hash of every bucket of a directory, as the build would publish it. */
export async function bucketHashesOf(entries: readonly CompiledEntry[], bucketCount: number): Promise<string[]> {
  return (await bucketDigestsOf(entries, bucketCount)).map((digest) => digest.slice(0, BUCKET_HASH_LENGTH));
}

/** The dataset version for a list of bucket hashes. */
export async function versionOf(bucketHashes: readonly string[]): Promise<string> {
  return (await sha256Hex(versionInput(bucketHashes))).slice(0, VERSION_LENGTH);
}

/** The content hash for the buckets' whole digests. */
export function contentOf(bucketDigests: readonly string[]): Promise<string> {
  return sha256Hex(contentInput(bucketDigests));
}
