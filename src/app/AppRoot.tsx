/**
 * The one place that wires data, search, safety and the interface together.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import deployment from 'virtual:waypoint/deployment';
import type { CompiledEntry } from '../data/entry';
import { createTranslator, hasCatalogue, loadCatalogue } from '../i18n/i18n';
import { isSupportedLanguage, type LanguageTag } from '../i18n/languages';
import { todayUtc } from '../rules/dates';
import { createDirectorySearch } from '../search/directory-search';
import { blockNewWindows } from '../kiosk/kiosk-guards';
import { resolveKioskMode } from '../kiosk/kiosk-mode';
import { forgetSession, listenForExitShortcuts, quickExit, resetOnRestore } from '../safety/quick-exit';
import { removeDataAndExit } from '../safety/remove-data';
import { isSafetyNoteDismissed, rememberSafetyNoteDismissed } from '../safety/safety-note';
import { DirectoryView } from '../ui/DirectoryView';
import type { EntryDisplay } from '../ui/EntryCard';
import { Header } from '../ui/Header';
import { KioskCountdown } from '../ui/KioskCountdown';
import { PrintSlip } from '../ui/PrintSlip';
import { PrivacyPanel } from '../ui/PrivacyPanel';
import { QuickExitButton } from '../ui/QuickExitButton';
import { SafetyNote } from '../ui/SafetyNote';
import { SavedIntro } from '../ui/SavedIntro';
import { SearchField } from '../ui/SearchField';
import { SkipLink } from '../ui/SkipLink';
import { StatusBar } from '../ui/StatusBar';
import { UpdateBanner } from '../ui/UpdateBanner';
import { ViewSwitch, type View } from '../ui/ViewSwitch';
import { startServiceWorker, type ServiceWorkerBridge } from './sw-bridge';
import { useDirectory } from './use-directory';
import { useKioskIdle } from './use-kiosk-idle';

const offeredLanguages: LanguageTag[] = deployment.languages.filter(isSupportedLanguage);

/** Kiosk mode, decided once at start. The address is left as it is: reading `?kiosk=1` adds no history entry. */
const kiosk = resolveKioskMode(deployment.kiosk, location.search);

/** The browser's language when the deployment offers it, else the deployment's first language. */
function initialLanguage(): LanguageTag {
  for (const wanted of navigator.languages ?? [navigator.language]) {
    const base = wanted.split('-')[0]!.toLowerCase();
    const offered = offeredLanguages.find((tag) => tag === base);
    if (offered) return offered;
  }
  return offeredLanguages[0] ?? 'en';
}

/** The language every visit (and every new kiosk visitor) starts in. main.tsx loads its text first. */
export const startLanguage = initialLanguage();

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
  return todayUtc();
}

/** A request to print one entry's slip (a new object each time, so the same entry can be printed twice). */
interface PrintJob {
  entry: CompiledEntry;
}

/** Whose helplines come first: decided once, like the start language. */
const country = initialCountry();

export function AppRoot() {
  const [language, setLanguage] = useState<LanguageTag>(startLanguage);
  const [query, setQuery] = useState('');
  const [view, setView] = useState<View>('all');
  const [savedIds, setSavedIds] = useState<ReadonlySet<string>>(() => new Set());
  const [noteOpen, setNoteOpen] = useState(() => kiosk || !isSafetyNoteDismissed());
  const [noteRequests, setNoteRequests] = useState(0);
  const [printJob, setPrintJob] = useState<PrintJob | null>(null);
  const [visitorResets, setVisitorResets] = useState(0);
  const [updateReady, setUpdateReady] = useState(false);
  const bridge = useRef<ServiceWorkerBridge | null>(null);
  const { load, storage, store } = useDirectory();
  const searchInput = useRef<HTMLInputElement>(null);
  const noteTitle = useRef<HTMLHeadingElement>(null);

  // The language on screen follows the one chosen as soon as its text has loaded.
  const [shownLanguage, setShownLanguage] = useState<LanguageTag>(() => (hasCatalogue(language) ? language : 'en'));
  useEffect(() => {
    let live = true;
    loadCatalogue(language)
      .then(() => live && setShownLanguage(language))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [language]);
  const i18n = useMemo(() => createTranslator(shownLanguage), [shownLanguage]);

  // Interface language and direction on <html>, so screen readers and RTL layout follow.
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.documentElement.dir = i18n.dir;
  }, [i18n]);

  // A kiosk's larger type comes from a class on <html>; nothing on a shared screen opens a window.
  useEffect(() => {
    if (!kiosk) return undefined;
    document.documentElement.classList.add('kiosk');
    return blockNewWindows();
  }, []);

  /** Wipes what is on screen: the search, the view, a pending print. */
  const clearScreen = useCallback(() => {
    setQuery('');
    setView('all');
    setPrintJob(null);
  }, []);

  /** Back to a blank home: what a bfcache restore shows. */
  const resetToHome = useCallback(() => {
    clearScreen();
    document.title = deployment.title;
    window.scrollTo(0, 0);
  }, [clearScreen]);

  /** A kiosk's next visitor: nothing of the last one remains, and she is told how to stay safe. */
  const forgetVisitor = useCallback(() => {
    resetToHome();
    setLanguage(startLanguage);
    forgetSession();
    setSavedIds(new Set());
    store.then((opened) => opened.clearSaved()).catch(() => undefined);
    setNoteOpen(true);
    setVisitorResets((count) => count + 1);
  }, [resetToHome, store]);

  const exit = useCallback(() => {
    quickExit({ exitUrl: deployment.exitUrl, clearState: clearScreen });
  }, [clearScreen]);

  useEffect(() => listenForExitShortcuts(exit), [exit]);
  useEffect(() => resetOnRestore(kiosk ? forgetVisitor : resetToHome), [forgetVisitor, resetToHome]);

  const idle = useKioskIdle(kiosk, deployment.kiosk.idleSeconds, forgetVisitor);

  // After a kiosk reset the next person starts at the search field. A layout effect runs after the
  // countdown dialog has closed (and handed focus back), so this focus is the one that stays.
  useLayoutEffect(() => {
    if (visitorResets > 0) searchInput.current?.focus({ preventScroll: true });
  }, [visitorResets]);

  useLayoutEffect(() => {
    if (noteRequests > 0) noteTitle.current?.focus();
  }, [noteRequests]);

  // The service worker, and what the device keeps of saved items: a kiosk keeps nothing.
  useEffect(() => {
    let cancelled = false;
    bridge.current = startServiceWorker(() => setUpdateReady(true));
    store.then((opened) =>
      kiosk ? opened.clearSaved() : opened.savedIds().then((ids) => !cancelled && setSavedIds(new Set(ids))),
    ).catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [store]);

  // Print the slip once it is on the page; it goes when printing is done.
  useEffect(() => {
    if (!printJob) return undefined;
    const done = () => setPrintJob(null);
    window.addEventListener('afterprint', done);
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, [printJob]);

  const changeSaved = useCallback(
    (id: string, saved: boolean) => {
      setSavedIds((current) => {
        const next = new Set(current);
        if (saved) next.add(id);
        else next.delete(id);
        return next;
      });
      store.then((opened) => opened.setSaved(id, saved)).catch(() => undefined);
      // In the Saved view the card (and the button that had focus) goes away: keep focus on the list.
      if (!saved && view === 'saved') document.getElementById('results')?.focus();
    },
    [view, store],
  );

  const removeData = useCallback(() => {
    void removeDataAndExit({
      removeOfflineCopy: () => bridge.current?.removeFromDevice() ?? Promise.resolve(),
      deleteDatabase: async () => (await store).destroy(),
      exit,
    });
  }, [exit, store]);

  const dismissNote = useCallback(() => {
    setNoteOpen(false);
    if (!kiosk) rememberSafetyNoteDismissed();
    searchInput.current?.focus();
  }, []);

  const showNote = useCallback(() => {
    setNoteOpen(true);
    setNoteRequests((count) => count + 1);
  }, []);

  const display = useMemo<EntryDisplay>(
    () =>
      kiosk
        ? { kiosk, onPrint: (entry) => setPrintJob({ entry }) }
        : { kiosk, saved: savedIds, onSavedChange: changeSaved },
    [savedIds, changeSaved],
  );

  const entries = load.status === 'ready' ? load.directory.entries : [];
  const search = useMemo(
    () =>
      createDirectorySearch(entries, {
        language: i18n.language,
        countryName: i18n.placeName,
        topicLabel: (topic) => i18n.t(`topic.${topic}` as Parameters<typeof i18n.t>[0]),
        kindLabel: (kind) => i18n.t(`kind.${kind}` as Parameters<typeof i18n.t>[0]),
      }),
    [entries, i18n],
  );
  const results = useMemo(() => search.search(query), [search, query]);
  const nearest = useMemo(() => (query.trim() && results.length === 0 ? search.nearest(query) : []), [search, query, results]);
  const savedEntries = useMemo(() => entries.filter((entry) => savedIds.has(entry.id)), [entries, savedIds]);
  const showSaved = view === 'saved';

  return (
    <>
      <div class={printJob ? 'screen screen--printing' : 'screen'}>
        <QuickExitButton t={i18n.t} onExit={exit} />
        <SkipLink targetId="results" label={i18n.t('skip.results')} />
        {updateReady && <UpdateBanner t={i18n.t} onUpdate={() => bridge.current?.applyUpdate()} />}
        <Header i18n={i18n} title={deployment.title} languages={offeredLanguages} onLanguageChange={setLanguage} />
        {noteOpen && <SafetyNote t={i18n.t} kiosk={kiosk} onDismiss={dismissNote} titleRef={noteTitle} />}
        <main id="main" class="main">
          <SearchField t={i18n.t} query={query} onQuery={setQuery} inputRef={searchInput} />
          {kiosk ? (
            <p class="kiosk-hint">{i18n.t('kiosk.scanHint')}</p>
          ) : (
            <ViewSwitch i18n={i18n} view={view} savedCount={savedEntries.length} onView={setView} />
          )}
          {showSaved && <SavedIntro t={i18n.t} count={savedEntries.length} />}
          {load.status === 'loading' && <p role="status">{i18n.t('status.loading')}</p>}
          {load.status === 'unavailable' && <p role="alert">{i18n.t('status.unavailable')}</p>}
          {load.status === 'ready' && (
            <DirectoryView
              i18n={i18n}
              today={todayIso()}
              query={query}
              entries={showSaved ? savedEntries : entries}
              results={showSaved ? results.filter((entry) => savedIds.has(entry.id)) : results}
              nearest={showSaved ? [] : nearest}
              country={country}
              display={display}
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
          {!kiosk && <PrivacyPanel t={i18n.t} onShowNote={showNote} onRemoveData={removeData} />}
        </footer>
      </div>
      {printJob && <PrintSlip i18n={i18n} entry={printJob.entry} />}
      {idle.secondsLeft !== null && <KioskCountdown i18n={i18n} secondsLeft={idle.secondsLeft} onStillHere={idle.stillHere} />}
    </>
  );
}
