/**
 * Puts the directory into the model: from the device, else the copy shipped with the app; then,
 * when online, looks for a later release. A start never waits on "Loading the directory…"
 * forever: past START_DEADLINE_MS without a directory on screen it says the directory is
 * unavailable (should the directory arrive later, it still replaces the message).
 */
import type { BundledDatasetInfo } from '../data/dataset-format';
import { loadDirectory, updateDirectory, type Fetcher, type SyncContext } from '../data/directory-sync';
import type { DirectoryStore, StoredDirectory } from '../data/store';
import type { AppModel } from './model';

/** How long a start may show "Loading the directory…": a stored or shipped copy takes well under a second. */
export const START_DEADLINE_MS = 8000;

/** Where the directory comes from: what the build shipped, the publisher's keys, the network. */
export interface DirectorySources {
  bundled: BundledDatasetInfo;
  signingKeys: readonly string[];
  fetch: Fetcher;
  baseUrl: string;
  online: () => boolean;
  deadlineMs?: number;
  /** This app build (a hash of its code): a stored copy it has checked once is not checked at each start. */
  appBuild?: string;
}

type DirectoryModel = Pick<AppModel, 'load' | 'directoryReady' | 'directoryUnavailable' | 'storageNotice' | 'updateFinished'>;

export async function startDirectory(
  model: DirectoryModel,
  store: Promise<DirectoryStore>,
  sources: DirectorySources,
): Promise<void> {
  const deadline = setTimeout(() => {
    if (model.load.peek().status === 'loading') model.directoryUnavailable();
  }, sources.deadlineMs ?? START_DEADLINE_MS);
  let opened: DirectoryStore;
  let directory: StoredDirectory;
  let context: SyncContext;
  try {
    opened = await store;
    if (!opened.persistent) model.storageNotice('memory-only');
    context = {
      store: opened,
      fetch: sources.fetch,
      baseUrl: sources.baseUrl,
      signingKeys: sources.signingKeys,
      ...(sources.appBuild === undefined ? {} : { appBuild: sources.appBuild }),
    };
    const loaded = await loadDirectory(context, sources.bundled);
    directory = loaded.directory;
    if (loaded.saveFailed) model.storageNotice('save-failed');
  } catch {
    model.directoryUnavailable();
    return;
  } finally {
    clearTimeout(deadline);
  }
  model.directoryReady(directory);
  // Ask the browser not to evict the directory under storage pressure.
  if (opened.persistent) navigator.storage?.persist?.().catch(() => undefined);
  // A failed update changes nothing: the directory on the device stays, and the status line says why.
  if (sources.online()) model.updateFinished(await updateDirectory(context, directory));
}
