/**
 * Release records: what each published version of the directory held, as a hash per entry, and
 * its place in the order of releases. `npm run release` writes one into `resources/releases/`
 * when a version is published, numbering it with the next release sequence (devices follow the
 * sequence, never a clock) and signing it when the publisher's key is at hand. The build then
 * ships a small delta from each recorded version to the new one, so a device that holds a
 * recorded version downloads only what changed. Only the newest few are kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { SignedRelease } from '../../src/data/dataset-format.ts';
import type { CompiledEntry } from '../../src/data/entry.ts';

export const RELEASES_DIR = 'resources/releases';
/** Devices older than this many releases fall back to bucket updates. */
export const RELEASES_KEPT = 5;

export interface ReleaseRecord {
  version: string;
  /** When the release was recorded. Shown to people; never used to order releases. */
  generated: string;
  /** The release sequence: 1 for the first recorded release, one more for each after it. Absent in records from before sequences. */
  sequence?: number;
  /** Entry id → hash of the compiled entry. */
  entries: Record<string, string>;
  /** The publisher's signature over this release, when it was signed. */
  release?: SignedRelease;
}

/** A short hash of one compiled entry: changes whenever anything in it changes. */
export function entryHash(entry: CompiledEntry): string {
  return createHash('sha256').update(JSON.stringify(entry), 'utf8').digest('hex').slice(0, 16);
}

export function releaseRecordOf(
  version: string,
  generated: string,
  entries: readonly CompiledEntry[],
  sequence?: number,
): ReleaseRecord {
  return {
    version,
    generated,
    ...(sequence === undefined ? {} : { sequence }),
    entries: Object.fromEntries(entries.map((entry) => [entry.id, entryHash(entry)])),
  };
}

export class ReleaseRecordError extends Error {
  override name = 'ReleaseRecordError';
}

function parseRecord(file: string, text: string): ReleaseRecord {
  let record: ReleaseRecord;
  try {
    record = JSON.parse(text) as ReleaseRecord;
  } catch (error) {
    throw new ReleaseRecordError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const ok =
    typeof record?.version === 'string' &&
    /^[0-9a-f]{16}$/.test(record.version) &&
    typeof record.generated === 'string' &&
    (record.sequence === undefined || (Number.isSafeInteger(record.sequence) && record.sequence >= 1)) &&
    typeof record.entries === 'object' &&
    record.entries !== null &&
    Object.values(record.entries).every((hash) => typeof hash === 'string') &&
    (record.release === undefined ||
      (typeof record.release?.manifest === 'string' && typeof record.release.signature === 'string'));
  if (!ok) throw new ReleaseRecordError(`${file}: not a release record (version, generated, sequence, entries)`);
  return record;
}

/** Newest first: by sequence (records from before sequences count as 0), then by date. */
function newestFirst(a: ReleaseRecord, b: ReleaseRecord): number {
  const bySequence = (b.sequence ?? 0) - (a.sequence ?? 0);
  if (bySequence !== 0) return bySequence;
  return a.generated < b.generated ? 1 : a.generated > b.generated ? -1 : 0;
}

/** The recorded releases under `<root>/resources/releases/`, newest first. */
export function readReleases(root: string): ReleaseRecord[] {
  const dir = path.join(root, RELEASES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => parseRecord(`${RELEASES_DIR}/${name}`, readFileSync(path.join(dir, name), 'utf8')))
    .sort(newestFirst);
}

/** The highest sequence recorded; undefined when no record has one. */
export function latestSequence(releases: readonly ReleaseRecord[]): number | undefined {
  const sequences = releases.flatMap((release) => (release.sequence === undefined ? [] : [release.sequence]));
  return sequences.length === 0 ? undefined : Math.max(...sequences);
}
