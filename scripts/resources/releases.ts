/**
 * Release records: what each published version of the directory held, as a hash per entry.
 * `npm run release` writes one into `resources/releases/` when a version is published; the
 * build then ships a small delta from each recorded version to the new one, so a device that
 * holds a recorded version downloads only what changed. Only the newest few are kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { CompiledEntry } from '../../src/data/entry.ts';

export const RELEASES_DIR = 'resources/releases';
/** Devices older than this many releases fall back to bucket updates. */
export const RELEASES_KEPT = 5;

export interface ReleaseRecord {
  version: string;
  generated: string;
  /** Entry id → hash of the compiled entry. */
  entries: Record<string, string>;
}

/** A short hash of one compiled entry: changes whenever anything in it changes. */
export function entryHash(entry: CompiledEntry): string {
  return createHash('sha256').update(JSON.stringify(entry), 'utf8').digest('hex').slice(0, 16);
}

export function releaseRecordOf(version: string, generated: string, entries: readonly CompiledEntry[]): ReleaseRecord {
  return { version, generated, entries: Object.fromEntries(entries.map((entry) => [entry.id, entryHash(entry)])) };
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
    typeof record.entries === 'object' &&
    record.entries !== null &&
    Object.values(record.entries).every((hash) => typeof hash === 'string');
  if (!ok) throw new ReleaseRecordError(`${file}: not a release record (version, generated, entries)`);
  return record;
}

/** The recorded releases under `<root>/resources/releases/`, newest first. */
export function readReleases(root: string): ReleaseRecord[] {
  const dir = path.join(root, RELEASES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => parseRecord(`${RELEASES_DIR}/${name}`, readFileSync(path.join(dir, name), 'utf8')))
    .sort((a, b) => (a.generated < b.generated ? 1 : a.generated > b.generated ? -1 : 0));
}
