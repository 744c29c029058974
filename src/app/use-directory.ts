/**
 * The directory for the interface: opens the device's store, loads the directory (from the
 * device, or the copy shipped with the app), then looks for a newer one when online.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import bundledDataset from 'virtual:waypoint/dataset';
import { loadDirectory, updateDirectory, type SyncContext } from '../data/directory-sync';
import { openDirectoryStore, type DirectoryStore, type StoredDirectory } from '../data/store';
import type { StorageNotice } from '../ui/StatusBar';

export type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; directory: StoredDirectory }
  | { status: 'unavailable' };

export interface DirectoryState {
  load: LoadState;
  storage: StorageNotice;
  /** The opened store, for saved items and removing data. */
  store: Promise<DirectoryStore>;
}

export function useDirectory(): DirectoryState {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [storage, setStorage] = useState<StorageNotice>('none');
  const store = useRef<Promise<DirectoryStore> | null>(null);
  store.current ??= openDirectoryStore();

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const opened = await store.current!;
      if (!opened.persistent) setStorage('memory-only');
      const context: SyncContext = { store: opened, fetch: (url, init) => fetch(url, init), baseUrl: document.baseURI };
      let directory: StoredDirectory;
      try {
        const loaded = await loadDirectory(context, bundledDataset);
        directory = loaded.directory;
        if (loaded.saveFailed) setStorage('save-failed');
      } catch {
        if (!cancelled) setLoad({ status: 'unavailable' });
        return;
      }
      if (cancelled) return;
      setLoad({ status: 'ready', directory });
      // Ask the browser not to evict the directory under storage pressure.
      if (opened.persistent) navigator.storage?.persist?.().catch(() => undefined);
      // A failed update changes nothing and says nothing: the directory on the device stays.
      if (navigator.onLine) {
        const update = await updateDirectory(context, directory);
        if (!cancelled && update.status === 'updated') setLoad({ status: 'ready', directory: update.directory });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  return { load, storage, store: store.current };
}
