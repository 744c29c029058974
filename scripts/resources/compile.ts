/**
 * Compiles validated entries into the files the app downloads: the full dataset, the update
 * index and the bucket files (see src/data/dataset-format.ts for the layout and why).
 * Pure apart from hashing: entries in, file contents out.
 */
import { createHash } from 'node:crypto';
import type { CompiledEntry, Dataset, Entry } from '../../src/data/entry';
import {
  BUCKET_HASH_LENGTH,
  DATASET_FORMAT,
  VERSION_LENGTH,
  bucketCountFor,
  bucketOf,
  versionInput,
  type BundledDatasetInfo,
  type DatasetBucket,
  type DatasetIndex,
} from '../../src/data/dataset-format';
import { contactHref } from './contact-href';

export interface CompiledDirectory {
  /** Output files: path relative to the site root → contents. */
  files: Map<string, string>;
  info: BundledDatasetInfo;
  index: DatasetIndex;
}

const DATA_DIR = 'data/';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Adds each contact's href; sorts by id so the output depends only on the content. */
export function compileEntries(entries: readonly Entry[]): CompiledEntry[] {
  return [...entries]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry) => ({
      ...entry,
      contacts: entry.contacts.map((contact) => ({ ...contact, href: contactHref(contact, entry.countries[0]) })),
    }));
}

/**
 * Builds every published file for a directory. `generated` is passed in so that builds are
 * reproducible (the caller uses SOURCE_DATE_EPOCH when set).
 */
export function compileDirectory(entries: readonly Entry[], generated: string): CompiledDirectory {
  const compiled = compileEntries(entries);
  const bucketCount = bucketCountFor(compiled.length);
  const grouped: CompiledEntry[][] = Array.from({ length: bucketCount }, () => []);
  for (const entry of compiled) grouped[bucketOf(entry.id, bucketCount)]!.push(entry);

  const files = new Map<string, string>();
  const bucketHashes = grouped.map((bucketEntries) => {
    const bucket: DatasetBucket = { entries: bucketEntries };
    const text = JSON.stringify(bucket);
    const hash = sha256Hex(text).slice(0, BUCKET_HASH_LENGTH);
    files.set(`${DATA_DIR}b/${hash}.json`, text);
    return hash;
  });

  const version = sha256Hex(versionInput(bucketHashes)).slice(0, VERSION_LENGTH);
  const dataset: Dataset = { version, generated, buckets: bucketHashes, entries: compiled };
  const fullText = JSON.stringify(dataset);
  const fullPath = `${DATA_DIR}directory-${version}.json`;
  const fullHash = sha256Hex(fullText);
  files.set(fullPath, fullText);

  const index: DatasetIndex = {
    format: DATASET_FORMAT,
    version,
    generated,
    count: compiled.length,
    full: { path: fullPath.slice(DATA_DIR.length), sha256: fullHash, bytes: Buffer.byteLength(fullText) },
    bucketPath: 'b/',
    buckets: bucketHashes,
  };
  files.set(`${DATA_DIR}index.json`, JSON.stringify(index));

  return {
    files,
    index,
    info: { version, generated, count: compiled.length, path: fullPath, sha256: fullHash },
  };
}
