/**
 * "Remove this app's data from this device": delete everything the app keeps, then leave like
 * quick exit. The page is hidden first, as in quick exit, because she asked to leave; the deletions
 * then get a few seconds at most (IndexedDB can wait on another tab), and she leaves in any case.
 */
import { beginExit } from './exit-latch';
import { forgetSession, hidePage } from './quick-exit';

export interface RemoveDataOptions {
  /** Unregisters the service worker and deletes Cache Storage (the sw-bridge verb). */
  removeOfflineCopy: () => Promise<void>;
  /** Deletes the IndexedDB database, saved items included (the store's `destroy`). */
  deleteDatabase: () => Promise<void>;
  /** Leaves for the neutral address (quick exit). */
  exit: () => void;
  /** Longest wait for the deletions before leaving anyway. */
  timeoutMs?: number;
}

export const REMOVE_DATA_TIMEOUT_MS = 5000;

function forgetLocalStorage(): void {
  try {
    localStorage.clear();
  } catch {
    // Storage disabled: nothing there.
  }
}

/** Deletes every trace the app keeps on the device, then exits. Never throws. */
export async function removeDataAndExit({
  removeOfflineCopy,
  deleteDatabase,
  exit,
  timeoutMs = REMOVE_DATA_TIMEOUT_MS,
}: RemoveDataOptions): Promise<void> {
  // She asked to leave: an update's reload during the deletions must not bring the app back.
  beginExit();
  hidePage();
  forgetSession();
  forgetLocalStorage();
  const removals = (async () => {
    // The worker goes first, so it cannot answer from, or refill, the caches being deleted.
    await removeOfflineCopy().catch(() => undefined);
    await deleteDatabase().catch(() => undefined);
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([removals, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
  clearTimeout(timer);
  exit();
}
