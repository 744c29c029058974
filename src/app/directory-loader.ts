/**
 * Puts the directory into the model: from the device, else the copy shipped with the app; then,
 * when online, looks for a later release. A first visit, while the whole directory downloads,
 * shows her country's first screen (a few kilobytes: its emergency numbers and its lines) when it
 * arrives first. A start never waits on "Loading the directory…" forever: past START_DEADLINE_MS
 * without a directory on screen it says the directory is unavailable (should the directory
 * arrive later, it still replaces the message).
 */
import type { BundledDatasetInfo } from '../data/dataset-format';
import { loadDirectory, loadFirstScreen, updateDirectory, type Fetcher, type SyncContext } from '../data/directory-sync';
import type { DirectoryStore, StoredDirectory } from '../data/store';
import type { AppModel } from './model';

/** How long a start may show "Loading the directory…": a stored or shipped copy takes well under a second. */
export const START_DEADLINE_MS = 8000;

/**
 * How long a first visit lets her country's first screen go ahead of the whole directory: on a
 * slow line its few kilobytes then do not share the line with the whole file's hundreds, and
 * a first screen that is slower than this does not hold the whole back.
 */
export const FIRST_SCREEN_HEAD_START_MS = 2000;

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
  /** Her country, when known at start: its first screen is fetched on a first visit. */
  country?: string;
}

type DirectoryModel = Pick<
  AppModel,
  'load' | 'directoryReady' | 'directoryPreview' | 'directoryUnavailable' | 'storageNotice' | 'updateFinished'
>;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** After the next frame is painted (at once where there are no frames: tests in Node). */
const nextPaint = () =>
  typeof requestAnimationFrame === 'function'
    ? new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
    : Promise.resolve();

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
    const sync: SyncContext = {
      store: opened,
      fetch: sources.fetch,
      baseUrl: sources.baseUrl,
      signingKeys: sources.signingKeys,
      ...(sources.appBuild === undefined ? {} : { appBuild: sources.appBuild }),
    };
    context = sync;
    const { country } = sources;
    // The model shows a first screen only while nothing else is on screen (directoryPreview).
    const firstScreen = country
      ? () => {
          const shown = loadFirstScreen(sync, sources.bundled, country).then((screen) => {
            if (!screen) return;
            model.directoryPreview(screen);
            // The whole file starts once her country's help is painted.
            return nextPaint();
          });
          return Promise.race([shown, delay(FIRST_SCREEN_HEAD_START_MS)]);
        }
      : undefined;
    const loaded = await loadDirectory(sync, sources.bundled, firstScreen);
    directory = loaded.directory;
    if (loaded.saveFailed) model.storageNotice('save-failed');
  } catch {
    // Her country's first screen, if it came, stays: better than no help on screen at all.
    const state = model.load.peek();
    if (!(state.status === 'ready' && state.partial)) model.directoryUnavailable();
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
