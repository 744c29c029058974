/**
 * The one place that wires data, search, safety and the interface together.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import bundledDataset from 'virtual:waypoint/dataset';
import deployment from 'virtual:waypoint/deployment';
import { loadDirectory, updateDirectory, type SyncContext } from '../data/directory-sync';
import { openDirectoryStore, type StoredDirectory } from '../data/store';
import { createTranslator } from '../i18n/i18n';
import { isSupportedLanguage, type LanguageTag } from '../i18n/languages';
import { createDirectorySearch } from '../search/directory-search';
import { listenForExitShortcuts, quickExit, resetOnRestore } from '../safety/quick-exit';
import { DirectoryView } from '../ui/DirectoryView';
import { Header } from '../ui/Header';
import { QuickExitButton } from '../ui/QuickExitButton';
import { SearchField } from '../ui/SearchField';
import { StatusBar, type StorageNotice } from '../ui/StatusBar';
import { UpdateBanner } from '../ui/UpdateBanner';
import { startServiceWorker, type ServiceWorkerBridge } from './sw-bridge';

const offeredLanguages: LanguageTag[] = deployment.languages.filter(isSupportedLanguage);

/** The browser's language when the deployment offers it, else the deployment's first language. */
function initialLanguage(): LanguageTag {
  for (const wanted of navigator.languages ?? [navigator.language]) {
    const base = wanted.split('-')[0]!.toLowerCase();
    const offered = offeredLanguages.find((tag) => tag === base);
    if (offered) return offered;
  }
  return offeredLanguages[0] ?? 'en';
}

/** The deployment's country, else the region of the browser's language (en-GB → GB). */
function initialCountry(): string {
  if (deployment.defaultCountry) return deployment.defaultCountry;
  try {
    return new Intl.Locale(navigator.language).region ?? '';
  } catch {
    return '';
  }
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; directory: StoredDirectory }
  | { status: 'unavailable' };

export function AppRoot() {
  const [language, setLanguage] = useState<LanguageTag>(initialLanguage);
  const [query, setQuery] = useState('');
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [storage, setStorage] = useState<StorageNotice>('none');
  const [updateReady, setUpdateReady] = useState(false);
  const bridge = useRef<ServiceWorkerBridge | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const country = initialCountry();

  const i18n = useMemo(() => createTranslator(language), [language]);

  // Interface language and direction on <html>, so screen readers and RTL layout follow.
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.documentElement.dir = i18n.dir;
  }, [i18n]);

  /** Back to a blank home: what a bfcache restore shows. */
  const resetToHome = useCallback(() => {
    setQuery('');
    document.title = deployment.title;
    window.scrollTo(0, 0);
  }, []);

  const exit = useCallback(() => {
    quickExit({ exitUrl: deployment.exitUrl, clearState: () => setQuery('') });
  }, []);

  useEffect(() => listenForExitShortcuts(exit), [exit]);
  useEffect(() => resetOnRestore(resetToHome), [resetToHome]);

  // Load the directory, then look for a newer one when there is a connection.
  useEffect(() => {
    let cancelled = false;
    bridge.current = startServiceWorker(() => setUpdateReady(true));
    (async () => {
      const store = await openDirectoryStore();
      if (!store.persistent) setStorage('memory-only');
      const context: SyncContext = { store, fetch: (url, init) => fetch(url, init), baseUrl: document.baseURI };
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
      if (store.persistent) navigator.storage?.persist?.().catch(() => undefined);
      if (navigator.onLine) {
        const update = await updateDirectory(context, directory);
        if (!cancelled && update.status === 'updated') setLoad({ status: 'ready', directory: update.directory });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  const entries = load.status === 'ready' ? load.directory.entries : [];
  const search = useMemo(
    () =>
      createDirectorySearch(entries, {
        language,
        countryName: i18n.placeName,
        topicLabel: (topic) => i18n.t(`topic.${topic}` as Parameters<typeof i18n.t>[0]),
        kindLabel: (kind) => i18n.t(`kind.${kind}` as Parameters<typeof i18n.t>[0]),
      }),
    [entries, i18n],
  );
  const results = useMemo(() => search.search(query), [search, query]);
  const nearest = useMemo(() => (query.trim() && results.length === 0 ? search.nearest(query) : []), [search, query, results]);

  return (
    <>
      <QuickExitButton t={i18n.t} onExit={exit} />
      <a class="skip-link" href="#results">
        {i18n.t('skip.results')}
      </a>
      {updateReady && <UpdateBanner t={i18n.t} onUpdate={() => bridge.current?.applyUpdate()} />}
      <Header i18n={i18n} title={deployment.title} languages={offeredLanguages} onLanguageChange={setLanguage} />
      <main id="main" class="main">
        <SearchField t={i18n.t} query={query} onQuery={setQuery} inputRef={searchInput} />
        {load.status === 'loading' && <p role="status">{i18n.t('status.loading')}</p>}
        {load.status === 'unavailable' && <p role="alert">{i18n.t('status.unavailable')}</p>}
        {load.status === 'ready' && (
          <DirectoryView
            i18n={i18n}
            today={todayIso()}
            query={query}
            entries={entries}
            results={results}
            nearest={nearest}
            country={country}
          />
        )}
      </main>
      <footer class="site-footer">
        <StatusBar
          i18n={i18n}
          generated={load.status === 'ready' ? load.directory.meta.generated : null}
          count={entries.length}
          storage={storage}
        />
      </footer>
    </>
  );
}
