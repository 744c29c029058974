/**
 * Getting the directory onto the device and keeping it current.
 *
 * Start-up reads the device's copy; the first visit (or an app release that carried a later
 * release of the data) loads the dataset shipped with the app. When online, the update index
 * tells whether a later release exists (release-order.ts: by the publisher's release sequence,
 * never a clock). Before anything in it is trusted, its signature is checked against the
 * publisher's keys (release-signature.ts); update-policy.ts then takes the cheapest way there,
 * every download checked by verified-fetch.ts and dataset-guards.ts, the result checked against
 * the signed content and with the build's own rules (entry-rules.ts), and only then does it
 * replace the stored copy. Anything that goes wrong on the way (no network, a stalled or cut
 * download, a wrong hash or signature, an entry the build would refuse, a full disk) leaves the
 * stored copy as it was, and the result says what happened.
 */
import { MAX_ENTRIES } from '../rules/dataset-limits';
import { firstScreenPath, type BundledDatasetInfo, type DatasetIndex } from './dataset-format';
import { DatasetIntegrityError, checkEntries, parseDataset, parseDatasetInSlices, parseIndex } from './dataset-guards';
import { DatasetRulesError, checkWithBuildRules } from './entry-rules';
import { isLaterRelease } from './release-order';
import { ReleaseSignatureError, verifyRelease } from './release-signature';
import { DirectoryStoreError, type DirectoryStore, type StoredDirectory } from './store';
import { assembleUpdate, type UpdateMethod } from './update-policy';
import { type DownloadContext, DownloadError, fetchBytes, fetchVerified, parseJson } from './verified-fetch';

export type { UpdateMethod } from './update-policy';
export type { Fetcher } from './verified-fetch';

/** The directory could not be loaded at all: nothing on the device and nothing shipped. */
export class DirectoryUnavailableError extends Error {
  override name = 'DirectoryUnavailableError';
}

/** A published directory the device will not take: no entries, or more than it can hold. */
class DatasetRefusedError extends Error {
  override name = 'DatasetRefusedError';
  constructor(
    message: string,
    readonly kind: 'invalid' | 'too-large',
  ) {
    super(message);
  }
}

export interface SyncContext extends DownloadContext {
  store: DirectoryStore;
  /**
   * The public keys built into the app (resources/signing-keys.json). With any, only releases
   * signed by a trusted key are taken; with none, the deployment does not sign.
   */
  signingKeys?: readonly string[];
  /**
   * This app build's identity (a hash of its code). A stored copy it has checked once is not
   * checked again at each start: only a copy an older app wrote, or an update, is.
   */
  appBuild?: string;
}

export interface LoadedDirectory {
  directory: StoredDirectory;
  /** The directory is in memory but could not be written to the device. */
  saveFailed: boolean;
}

/**
 * Why an update failed, for the status line: `storage-full` and `corrupt` need different words than
 * `network`. `invalid`: the directory breaks the build's rules or is empty; `unsigned`: it is not
 * signed by the publisher; `too-large`: it is beyond the sizes a device takes.
 */
export type UpdateFailure =
  | 'network'
  | 'server'
  | 'corrupt'
  | 'invalid'
  | 'unsigned'
  | 'too-large'
  | 'storage-full'
  | 'storage'
  | 'unexpected';

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
 * A stored copy the app can show. Cheap structural checks only (the build's full rules load with
 * updates): a copy written by an older version of the app with an entry it cannot show must not
 * keep every start on "Loading the directory…"; the shipped copy replaces it. Checked once per
 * app build: the check of 10,000 entries was a tenth of a warm start.
 */
function isUsable(stored: StoredDirectory, appBuild: string | undefined): boolean {
  if (stored.entries.length === 0) return false;
  if (appBuild !== undefined && stored.checkedBy === appBuild) return true;
  try {
    checkEntries(stored.entries, 'the stored directory');
    return true;
  } catch {
    return false;
  }
}

/**
 * The directory to start with: the device's copy, unless the app shipped a later release (a fresh
 * install, or an app update that carried new data), which is then stored. `beforeDownload` runs
 * when there is no copy to show and the shipped one must be fetched: the download waits for it.
 */
export async function loadDirectory(
  context: SyncContext,
  bundled: BundledDatasetInfo,
  beforeDownload?: () => Promise<void>,
): Promise<LoadedDirectory> {
  const read = await context.store.read().catch(() => null);
  const stored = read && isUsable(read, context.appBuild) ? read : null;
  // Checked now by this build: the next start of it need not check again.
  if (stored && context.appBuild !== undefined && stored.checkedBy !== context.appBuild) {
    context.store.markChecked(context.appBuild).catch(() => undefined);
  }
  if (stored && !isLaterRelease(bundled, stored.meta)) return { directory: stored, saveFailed: false };
  if (!stored) await beforeDownload?.();
  let directory: StoredDirectory;
  try {
    const file = bundled.path.replace(/^data\//, '');
    const dataset = await parseDatasetInSlices((await fetchVerified(context, file, bundled.sha256)).value, bundled.path);
    if (dataset.entries.length === 0) throw new DatasetIntegrityError(`${bundled.path} holds no entries`);
    directory = {
      meta: {
        version: dataset.version,
        generated: dataset.generated,
        count: dataset.entries.length,
        ...(bundled.sequence === undefined ? {} : { sequence: bundled.sequence }),
      },
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

/**
 * A country's first screen (dataset-format.ts firstScreenPath), checked like any download and
 * taken only if it is of the shipped version: null when there is none, or it cannot be trusted.
 */
export async function loadFirstScreen(
  context: DownloadContext,
  bundled: BundledDatasetInfo,
  country: string,
): Promise<StoredDirectory | null> {
  try {
    const path = `data/${firstScreenPath(country)}`;
    const screen = parseDataset(parseJson(await fetchBytes(context, path), path), path);
    if (screen.version !== bundled.version || screen.entries.length === 0) return null;
    const meta = { version: screen.version, generated: screen.generated, count: screen.entries.length };
    return { meta, entries: screen.entries };
  } catch {
    return null;
  }
}

/** The result for an update that threw; `reachedIndex` tells a lost connection from no connection. */
function failure(error: unknown, reachedIndex: boolean): UpdateResult {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (error instanceof DownloadError) {
    if (error.failure === 'timed-out') return { status: 'timed-out', reason };
    if (error.failure === 'cancelled') return { status: 'cancelled' };
    if (error.failure === 'too-large') return { status: 'failed', kind: 'too-large', reason };
    if (error.failure === 'network' && !reachedIndex) return { status: 'offline', reason };
    return { status: 'failed', kind: error.failure === 'network' ? 'network' : 'server', reason };
  }
  if (error instanceof DatasetRefusedError) return { status: 'failed', kind: error.kind, reason };
  if (error instanceof ReleaseSignatureError) return { status: 'failed', kind: 'unsigned', reason };
  if (error instanceof DatasetRulesError) return { status: 'failed', kind: 'invalid', reason };
  if (error instanceof DatasetIntegrityError) return { status: 'failed', kind: 'corrupt', reason };
  if (error instanceof DirectoryStoreError)
    return { status: 'failed', kind: error.quotaExceeded ? 'storage-full' : 'storage', reason };
  return { status: 'failed', kind: 'unexpected', reason };
}

/** The sizes a device takes: a published directory beyond them, or with no entry, is refused before any download. */
function checkSize(index: DatasetIndex): void {
  if (index.count === 0) throw new DatasetRefusedError('the published directory has no entries', 'invalid');
  if (index.count > MAX_ENTRIES) {
    throw new DatasetRefusedError(
      `the published directory has ${index.count} entries; at most ${MAX_ENTRIES} allowed`,
      'too-large',
    );
  }
}

/** The keys a release may be signed with: the app's own, and those the stored trusted release listed. */
function trustedKeys(context: SyncContext, current: StoredDirectory): string[] {
  const builtIn = context.signingKeys ?? [];
  return builtIn.length === 0 ? [] : [...builtIn, ...(current.meta.keys ?? [])];
}

/**
 * Checks for a later release and, if there is one, downloads what changed, checks it (the
 * publisher's signature, the content, the build's rules) and stores it. Never throws.
 */
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
  if (index.version === current.meta.version) return { status: 'current' };

  try {
    // Nothing the index says is trusted before its signature is checked, its sequence included.
    const release = await verifyRelease(index, trustedKeys(context, current));
    if (!isLaterRelease(index, current.meta, { sameStepWins: true })) return { status: 'current' };
    checkSize(index);
    const expectedContent = release?.content ?? index.content;
    const { entries, method, bytes } = await assembleUpdate(context, current, index, expectedContent);
    await checkWithBuildRules(entries, `data/${index.full.path}`, index.generated);
    const directory: StoredDirectory = {
      meta: {
        version: index.version,
        generated: index.generated,
        count: index.count,
        ...(index.sequence === undefined ? {} : { sequence: index.sequence }),
        ...(release ? { keys: release.keys } : {}),
      },
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
