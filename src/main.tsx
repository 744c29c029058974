/**
 * Start: read the surroundings once, build the model, connect the page and the service worker,
 * render. The reader's language loads first (a few milliseconds from the precache), so the first
 * screen is already in it; English if that fails. Inside another site's frame nothing starts (no
 * worker, no storage, no directory): the page offers only to open the app on its own.
 */
import { render } from 'preact';
import bundledDataset from 'virtual:waypoint/dataset';
import deployment from 'virtual:waypoint/deployment';
import signingKeys from 'virtual:waypoint/signing-keys';
import { AppRoot } from './app/AppRoot';
import { browserPage, connectPage } from './app/browser-page';
import { startDirectory } from './app/directory-loader';
import { createAppModel, type AppModel } from './app/model';
import { startServiceWorker } from './app/sw-bridge';
import { startSettings } from './config/environment';
import { openDirectoryStore } from './data/store';
import { createTranslator, hasCatalogue, loadCatalogue } from './i18n/i18n';
import { isFramed } from './safety/framing';
import { isSafetyNoteDismissed, rememberSafetyNoteDismissed } from './safety/safety-note';
import { rememberSessionCountry, sessionCountry } from './safety/session-choices';
import { createSearchClient } from './search/search-client';
import { FramedNotice } from './ui/FramedNotice';
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
});

const app = document.getElementById('app')!;

function startApp(): void {
  const store = openDirectoryStore();
  let model: AppModel | null = null;
  const offlineCopy = startServiceWorker(() => model?.updateFound());
  model = createAppModel({
    start,
    deployment,
    catalogues: { has: hasCatalogue, load: loadCatalogue },
    // The built index is kept on the device: a later start loads it in the worker, never rebuilding it here.
    search: createSearchClient({ store: store.then((opened) => opened.searchIndex) }),
    store,
    page: browserPage(deployment.exitUrl),
    safetyNote: { isDismissed: isSafetyNoteDismissed, remember: rememberSafetyNoteDismissed },
    session: { country: sessionCountry, rememberCountry: rememberSessionCountry },
    offlineCopy,
  });
  connectPage(model);
  render(<AppRoot model={model} />, app);
  void startDirectory(model, store, {
    bundled: bundledDataset,
    signingKeys,
    fetch: (url, init) => fetch(url, init),
    baseUrl: document.baseURI,
    online: () => navigator.onLine,
  });
}

const framed = isFramed();
loadCatalogue(start.language)
  .catch(() => undefined)
  .finally(() => {
    if (!framed) startApp();
    else
      render(
        <FramedNotice t={createTranslator(hasCatalogue(start.language) ? start.language : 'en').t} href={location.href} />,
        app,
      );
  });
