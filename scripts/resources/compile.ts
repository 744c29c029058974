/**
 * Compiles validated entries into the files the app downloads: the full dataset, the update
 * index, the bucket list and bucket files, and deltas from recorded releases (see
 * src/data/dataset-format.ts for the layout and why). Pure apart from hashing.
 */
import { createHash } from 'node:crypto';
import type { CompiledEntry, Dataset, Entry } from '../../src/data/entry.ts';
import {
  BUCKET_HASH_LENGTH,
  DATASET_FORMAT,
  VERSION_LENGTH,
  bucketCountFor,
  bucketText,
  compareIds,
  contentInput,
  firstScreenPath,
  splitIntoBuckets,
  versionInput,
  type BucketList,
  type BundledDatasetInfo,
  type DatasetDelta,
  type DatasetIndex,
  type PublishedFile,
} from '../../src/data/dataset-format.ts';
import { hasAllowedScheme } from '../../src/rules/link-schemes.ts';
import { contactHref } from './contact-href.ts';
import { entryHash, latestSequence, type ReleaseRecord } from './releases.ts';

export interface CompiledDirectory {
  /** Output files: path relative to the site root → contents. */
  files: Map<string, string>;
  info: BundledDatasetInfo;
  index: DatasetIndex;
  /** The compiled entries, sorted by id. */
  entries: CompiledEntry[];
  /** The content hash a signed manifest names (SHA-256 over every bucket's SHA-256). */
  content: string;
}

const DATA_DIR = 'data/';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A link the app would refuse to store must never be published: fail the build instead. */
function checkedHref(href: string, id: string): string {
  if (!hasAllowedScheme(href)) throw new Error(`${id}: contact link ${JSON.stringify(href)} uses a scheme the app does not open`);
  return href;
}

/**
 * Adds each contact's href and marks the deployment's own entries (`localIds`); sorts by id so
 * the output depends only on the content.
 */
export function compileEntries(entries: readonly Entry[], localIds: ReadonlySet<string> = new Set()): CompiledEntry[] {
  return [...entries].sort(compareIds).map((entry) => ({
    ...entry,
    contacts: entry.contacts.map((contact) => ({
      ...contact,
      href: checkedHref(contactHref(contact, entry.countries[0]), entry.id),
    })),
    ...(localIds.has(entry.id) ? { local: true as const } : {}),
  }));
}

/** The deltas from each recorded release to this directory. */
function deltasFrom(releases: readonly ReleaseRecord[], entries: readonly CompiledEntry[], version: string): DatasetDelta[] {
  const hashes = new Map(entries.map((entry) => [entry.id, entryHash(entry)]));
  return releases
    .filter((release) => release.version !== version)
    .map((release) => ({
      from: release.version,
      to: version,
      upserts: entries.filter((entry) => release.entries[entry.id] !== hashes.get(entry.id)),
      removals: Object.keys(release.entries)
        .filter((id) => !hashes.has(id))
        .sort(),
    }));
}

/**
 * The release a directory belongs to: its own record's sequence and signature when it was
 * recorded, else the latest sequence (a build between two releases: devices take it as a
 * correction of that release, and the next `npm run release` numbers it).
 */
function releaseOf(releases: readonly ReleaseRecord[], version: string): Pick<DatasetIndex, 'sequence' | 'release'> {
  const record = releases.find((release) => release.version === version);
  const sequence = record?.sequence ?? latestSequence(releases);
  return {
    ...(sequence === undefined ? {} : { sequence }),
    ...(record?.release ? { release: record.release } : {}),
  };
}

/**
 * Each country's first screen: its emergency numbers and every entry that names it, as a dataset
 * of the same version. A first visit shows it while the whole directory downloads, so her
 * country's help is on screen after a few kilobytes, not after the whole file (directory-loader.ts).
 */
function firstScreens(dataset: Dataset): Map<string, string> {
  const byCountry = new Map<string, CompiledEntry[]>();
  for (const entry of dataset.entries) {
    for (const code of entry.countries) {
      if (!/^[A-Z]{2}$/.test(code) || code === 'EU') continue;
      const list = byCountry.get(code) ?? [];
      list.push(entry);
      byCountry.set(code, list);
    }
  }
  const texts = new Map<string, string>();
  for (const [code, entries] of [...byCountry].sort(([a], [b]) => a.localeCompare(b))) {
    const screen: Dataset = { version: dataset.version, generated: dataset.generated, entries };
    texts.set(code, JSON.stringify(screen));
  }
  return texts;
}

/**
 * Builds every published file for a directory. `generated` is passed in so that builds are
 * reproducible (the caller uses SOURCE_DATE_EPOCH when set); `releases` are earlier published
 * versions to write deltas from, and say which release this directory is.
 */
export function compileDirectory(
  entries: readonly Entry[],
  generated: string,
  releases: readonly ReleaseRecord[] = [],
  localIds: ReadonlySet<string> = new Set(),
): CompiledDirectory {
  const compiled = compileEntries(entries, localIds);
  const files = new Map<string, string>();
  const publish = (path: string, text: string): PublishedFile => {
    files.set(`${DATA_DIR}${path}`, text);
    return { path, sha256: sha256Hex(text), bytes: Buffer.byteLength(text) };
  };

  const bucketCount = bucketCountFor(compiled.length);
  const bucketDigests = splitIntoBuckets(compiled, bucketCount).map((bucketEntries) => {
    const text = bucketText(bucketEntries);
    const digest = sha256Hex(text);
    publish(`b/${digest.slice(0, BUCKET_HASH_LENGTH)}.json`, text);
    return digest;
  });
  const bucketHashes = bucketDigests.map((digest) => digest.slice(0, BUCKET_HASH_LENGTH));
  const version = sha256Hex(versionInput(bucketHashes)).slice(0, VERSION_LENGTH);
  const content = sha256Hex(contentInput(bucketDigests));
  const release = releaseOf(releases, version);

  const dataset: Dataset = { version, generated, entries: compiled };
  const full = publish(`directory-${version}.json`, JSON.stringify(dataset));
  for (const [code, text] of firstScreens(dataset)) files.set(`${DATA_DIR}${firstScreenPath(code)}`, text);
  const bucketList: BucketList = { buckets: bucketHashes };
  const buckets = publish(`buckets-${version}.json`, JSON.stringify(bucketList));
  const deltas: Record<string, PublishedFile> = {};
  for (const delta of deltasFrom(releases, compiled, version)) {
    deltas[delta.from] = publish(`delta/${delta.from}-${version}.json`, JSON.stringify(delta));
  }

  const index: DatasetIndex = {
    format: DATASET_FORMAT,
    version,
    generated,
    count: compiled.length,
    full,
    buckets: { ...buckets, count: bucketCount },
    bucketPath: 'b/',
    deltas,
    content,
    ...release,
  };
  files.set(`${DATA_DIR}index.json`, JSON.stringify(index));

  return {
    files,
    index,
    entries: compiled,
    content,
    info: {
      version,
      generated,
      count: compiled.length,
      path: `${DATA_DIR}${full.path}`,
      sha256: full.sha256,
      ...(release.sequence === undefined ? {} : { sequence: release.sequence }),
    },
  };
}
