/**
 * Getting the directory onto the device and keeping it current.
 *
 * Start-up reads the device's copy; the first visit (or an app release that carried newer data)
 * loads the dataset shipped with the app. When online, the update index tells whether a newer
 * directory exists; update-policy.ts takes the cheapest way there, every download checked by
 * verified-fetch.ts and dataset-guards.ts, and the result replaces the stored copy in one
 * transaction. Anything that goes wrong on the way (no network, a stalled or cut download, a wrong
 * hash, a full disk) leaves the stored copy as it was, and the result says what happened.
 */
import type { BundledDatasetInfo, DatasetIndex } from './dataset-format';
import { DatasetIntegrityError, parseDataset, parseIndex } from './dataset-guards';
import { DirectoryStoreError, type DirectoryStore, type StoredDirectory } from './store';
import { assembleUpdate, type UpdateMethod } from './update-policy';
import { type DownloadContext, DownloadError, fetchBytes, fetchVerified, parseJson } from './verified-fetch';

export type { UpdateMethod } from './update-policy';
export type { Fetcher } from './verified-fetch';

/** The directory could not be loaded at all: nothing on the device and nothing shipped. */
export class DirectoryUnavailableError extends Error {
  override name = 'DirectoryUnavailableError';
}

export interface SyncContext extends DownloadContext {
  store: DirectoryStore;
}

export interface LoadedDirectory {
  directory: StoredDirectory;
  /** The directory is in memory but could not be written to the device. */
  saveFailed: boolean;
}

/** Why an update failed, for the status line: `storage-full` and `corrupt` need different words than `network`. */
export type UpdateFailure = 'network' | 'server' | 'corrupt' | 'storage-full' | 'storage' | 'unexpected';

/**
 * What an update did. `offline`: the update index could not be reached at all; `timed-out`: a
 * download stalled and was ended; `cancelled`: the context's signal ended it. Every outcome but
 * `updated` leaves the stored directory as it was. `reason` is a technical line for logs.
 */
export type UpdateResult =
  | { status: 'current' }
  | { status: 'updated'; directory: StoredDirectory; method: UpdateMethod; bytesDownloaded: number }
  | { status: 'offline'; reason: string }
  | { status: 'timed-out'; reason: string }
  | { status: 'cancelled' }
  | { status: 'failed'; kind: UpdateFailure; reason: string };

const INDEX_PATH = 'data/index.json';

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
    const file = bundled.path.replace(/^data\//, '');
    const dataset = parseDataset((await fetchVerified(context, file, bundled.sha256)).value, bundled.path);
    directory = {
      meta: { version: dataset.version, generated: dataset.generated, count: dataset.entries.length },
      entries: dataset.entries,
    };
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

/** The result for an update that threw; `reachedIndex` tells a lost connection from no connection. */
function failure(error: unknown, reachedIndex: boolean): UpdateResult {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (error instanceof DownloadError) {
    if (error.failure === 'timed-out') return { status: 'timed-out', reason };
    if (error.failure === 'cancelled') return { status: 'cancelled' };
    if (error.failure === 'network' && !reachedIndex) return { status: 'offline', reason };
    return { status: 'failed', kind: error.failure === 'network' ? 'network' : 'server', reason };
  }
  if (error instanceof DatasetIntegrityError) return { status: 'failed', kind: 'corrupt', reason };
  if (error instanceof DirectoryStoreError)
    return { status: 'failed', kind: error.quotaExceeded ? 'storage-full' : 'storage', reason };
  return { status: 'failed', kind: 'unexpected', reason };
}

/** Checks for a newer directory and, if there is one, downloads what changed and stores it. Never throws. */
export async function updateDirectory(context: SyncContext, current: StoredDirectory): Promise<UpdateResult> {
  let index: DatasetIndex;
  let indexBytes: number;
  try {
    const bytes = await fetchBytes(context, INDEX_PATH);
    index = parseIndex(parseJson(bytes, INDEX_PATH));
    indexBytes = bytes.byteLength;
  } catch (error) {
    return failure(error, false);
  }
  if (index.version === current.meta.version || index.generated <= current.meta.generated) return { status: 'current' };

  try {
    const { entries, method, bytes } = await assembleUpdate(context, current, index);
    const directory: StoredDirectory = {
      meta: { version: index.version, generated: index.generated, count: index.count },
      entries,
    };
    try {
      await context.store.replace(directory);
    } catch (error) {
      throw error instanceof DirectoryStoreError
        ? error
        : new DirectoryStoreError('Could not save the directory on this device', error);
    }
    return { status: 'updated', directory, method, bytesDownloaded: indexBytes + bytes };
  } catch (error) {
    return failure(error, true);
  }
}
