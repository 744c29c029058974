/**
 * Start: read the surroundings once, build the model, connect the page and the service worker,
 * render. The reader's language loads first (a few milliseconds from the precache), so the first
 * screen is already in it; English if that fails. The directory's code (IndexedDB, the shipped
 * copy, signed updates) is a chunk of its own, fetched alongside the language: the first paint
 * ("Loading the directory…") does not wait for it, and the service worker precaches it. Inside another site's frame nothing starts (no
 * worker, no storage, no directory): the page offers only to open the app on its own.
 */
import { render } from 'preact';
import bundledDataset from 'virtual:waypoint/dataset';
import deployment from 'virtual:waypoint/deployment';
import signingKeys from 'virtual:waypoint/signing-keys';
import { AppRoot } from './app/AppRoot';
import { browserPage, connectPage } from './app/browser-page';
import { createAppModel, type AppModel } from './app/model';
import { startServiceWorker } from './app/sw-bridge';
import { startSettings } from './config/environment';
import type { BrowserClues } from './safety/browser-detect';
import { createTranslator, hasCatalogue, loadCatalogue } from './i18n/i18n';
import { isFramed } from './safety/framing';
import { isSafetyNoteDismissed, rememberSafetyNoteDismissed } from './safety/safety-note';
import { rememberSessionCountry, sessionCountry } from './safety/session-choices';
import { deferredSearchClient } from './search/deferred-search-client';
import { FramedNotice } from './ui/FramedNotice';
import { preloadKioskParts } from './ui/kiosk-parts';
import './ui/styles.css';

// The deployment's colour becomes the page's accent (the build checked its contrast). Set through
// the CSSOM, which the Content-Security-Policy allows, unlike an inline style sheet.
document.documentElement.style.setProperty('--theme', deployment.themeColor);

const start = startSettings(deployment, {
  languages: navigator.languages ?? [navigator.language],
  language: navigator.language,
  search: location.search,
  // The same width as the stylesheet's phone layout.
  smallScreen: matchMedia('(max-width: 37.5rem)').matches,
  clues: {
    userAgent: navigator.userAgent,
    // Chromium only; not in TypeScript's DOM types yet.
    userAgentData: (navigator as Navigator & { userAgentData?: BrowserClues['userAgentData'] }).userAgentData,
    maxTouchPoints: navigator.maxTouchPoints,
  },
});

const app = document.getElementById('app')!;

function startApp(directoryCode: Promise<DirectoryCode>, idleWatch: IdleWatchModule | null): void {
  const store = directoryCode.then(({ store }) => store.openDirectoryStore());
  let model: AppModel | null = null;
  const offlineCopy = startServiceWorker(() => model?.updateFound());
  model = createAppModel({
    start,
    deployment,
    catalogues: { has: hasCatalogue, load: loadCatalogue },
    // The built index is kept on the device: a later start loads it in the worker, never rebuilding it here.
    search: deferredSearchClient(
      directoryCode.then(({ search }) => search.createSearchClient({ store: store.then((opened) => opened.searchIndex) })),
    ),
    store,
    page: browserPage(deployment.exitUrl),
    safetyNote: { isDismissed: isSafetyNoteDismissed, remember: rememberSafetyNoteDismissed },
    session: { country: sessionCountry, rememberCountry: rememberSessionCountry },
    offlineCopy,
    ...(idleWatch ? { idleWatch: idleWatch.startIdleWatch } : {}),
  });
  connectPage(model);
  render(<AppRoot model={model} />, app);
  // A kiosk's countdown, neutral screen and slip must be there the moment they are needed.
  if (start.kiosk) preloadKioskParts().catch(() => undefined);
  const started = model;
  const country = model.country.peek();
  directoryCode.then(
    ({ loader }) =>
      void loader.startDirectory(started, store, {
        bundled: bundledDataset,
        signingKeys,
        fetch: (url, init) => fetch(url, init),
        baseUrl: document.baseURI,
        online: () => navigator.onLine,
        appBuild: __WAYPOINT_BUILD__,
        // A first visit shows her country's first screen while the whole directory downloads.
        ...(country ? { country } : {}),
      }),
    // The chunk could not load (a broken install): the page says the directory is unavailable.
    () => started.directoryUnavailable(),
  );
}

type IdleWatchModule = typeof import('./kiosk/idle-watch');

type DirectoryCode = {
  store: typeof import('./data/store');
  loader: typeof import('./app/directory-loader');
  search: typeof import('./search/search-client');
};

/** The directory's modules and the search's client, fetched now, in parallel with the reader's language. */
function loadDirectoryCode(): Promise<DirectoryCode> {
  return Promise.all([import('./data/store'), import('./app/directory-loader'), import('./search/search-client')]).then(
    ([store, loader, search]) => ({ store, loader, search }),
  );
}

const framed = isFramed();
const directoryCode = framed ? null : loadDirectoryCode();
// Until startApp takes it, a failed chunk load is handled there, not reported as unhandled.
directoryCode?.catch(() => undefined);
// Only a kiosk watches for a visitor who has gone: the watch is a chunk of its own.
const idleWatch: Promise<IdleWatchModule | null> = start.kiosk ? import('./kiosk/idle-watch') : Promise.resolve(null);
idleWatch.catch(() => undefined);
Promise.all([loadCatalogue(start.language).catch(() => undefined), idleWatch.catch(() => null)]).then(([, idleModule]) => {
  if (directoryCode) startApp(directoryCode, idleModule);
  else
    render(
      <FramedNotice t={createTranslator(hasCatalogue(start.language) ? start.language : 'en').t} href={location.href} />,
      app,
    );
});
