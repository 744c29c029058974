/**
 * Puts the directory into the model: from the device, else the copy shipped with the app; then,
 * when online, looks for a newer one.
 */
import bundledDataset from 'virtual:waypoint/dataset';
import { loadDirectory, updateDirectory, type SyncContext } from '../data/directory-sync';
import type { DirectoryStore, StoredDirectory } from '../data/store';
import type { AppModel } from './model';

export async function startDirectory(model: AppModel, store: Promise<DirectoryStore>): Promise<void> {
  const opened = await store;
  if (!opened.persistent) model.storageNotice('memory-only');
  const context: SyncContext = { store: opened, fetch: (url, init) => fetch(url, init), baseUrl: document.baseURI };
  let directory: StoredDirectory;
  try {
    const loaded = await loadDirectory(context, bundledDataset);
    directory = loaded.directory;
    if (loaded.saveFailed) model.storageNotice('save-failed');
  } catch {
    model.directoryUnavailable();
    return;
  }
  model.directoryReady(directory);
  // Ask the browser not to evict the directory under storage pressure.
  if (opened.persistent) navigator.storage?.persist?.().catch(() => undefined);
  // A failed update changes nothing: the directory on the device stays, and the status line says why.
  if (navigator.onLine) model.updateFinished(await updateDirectory(context, directory));
}
