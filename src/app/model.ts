/**
 * The app's state as a model: signals for the facts (one owner each), `computed` for everything
 * derived, and named actions for everything that changes them. Components only render it.
 *
 * Nothing here reads the browser at import time or touches the DOM: the page's side effects
 * come in through `AppServices`, so the model runs (and is tested) in Node.
 */
import { batch, computed, effect, signal } from '@preact/signals-core';
import { offersPartnerArea, type DeploymentConfig } from '../config/deployment';
import type { StartSettings } from '../config/environment';
import type { CompiledEntry } from '../data/entry';
import type { UpdateFailure, UpdateResult } from '../data/directory-sync';
import type { StorageNotice, UpdateNotice } from '../data/storage-notice';
import type { DirectoryStore, StoredDirectory } from '../data/store';
import { createTranslator, loadEnglishLater } from '../i18n/i18n';
import { SUPPORTED_LANGUAGES, type LanguageTag } from '../i18n/languages';
import type { CountryFinder } from '../places/country-finder';
import type { IdleClock, IdleWatch, startIdleWatch } from '../kiosk/idle-watch';
import { activeFilterCount, NO_FILTERS, type EntryFilters } from '../search/filter-set';
import type { SearchAnswer, SearchClient } from '../search/search-client';
import type { Answer, JobAnswers, RedFlag } from '../guidance/job-check';
import type { Need } from '../guidance/need-ids';
import type { NumberCheck } from '../guidance/number-check';
import { RESULTS_PAGE } from '../ui/DirectoryView';
import type { EntryDisplay } from '../ui/EntryCard';
import type { Marks } from '../ui/Marked';
import type { View } from '../ui/ViewSwitch';

/**
 * What the status line says for each kind of failed update. The reader needs to know that the
 * newer directory did not arrive and that hers is unchanged; why (a refused signature, an entry
 * the build's rules refuse, a directory too large) is for the logs, except a full disk, which
 * she may be able to fix.
 */
const FAILURE_NOTICES: Record<UpdateFailure, UpdateNotice> = {
  network: 'failed',
  server: 'failed',
  corrupt: 'failed',
  invalid: 'failed',
  unsigned: 'failed',
  'too-large': 'failed',
  'storage-full': 'storage-full',
  storage: 'failed',
  unexpected: 'failed',
};

/** Seconds the "Still there?" dialog counts down before a kiosk forgets its visitor. */
export const COUNTDOWN_SECONDS = 10;

/**
 * Where the directory is. `partial`: her country's first screen only, shown on a first visit while
 * the whole directory downloads; it is neither indexed nor searched (the search waits for the whole).
 */
export type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; directory: StoredDirectory; partial?: true }
  | { status: 'unavailable' };

/** The language she chose, and the one on screen until the chosen one's text has loaded. */
export interface LanguageChoice {
  chosen: LanguageTag;
  shown: LanguageTag;
}

/** Where focus goes after an action, once the screen shows its result. */
export type FocusTarget =
  | 'search'
  | 'note'
  | 'results'
  | 'country-search'
  | 'help'
  | 'kiosk-start'
  | 'needs'
  | 'guidance'
  | 'job-result'
  | 'partners'
  | 'filters'
  | 'more-results';

/** What the guidance area shows in place of the results: a need's route, or one of the two checks. */
export type GuideScreen = { kind: 'route'; need: Need } | { kind: 'job-check' } | { kind: 'number-check' };

export { RESULTS_PAGE };
/**
 * Matches asked of the search while filters are on: the filters narrow the best of these, so a
 * filter finds what the plain answer's first 50 leave out.
 */
export const FILTERED_SEARCH_LIMIT = 2000;
/** How often "open now" is looked at again while it is on. */
export const OPEN_NOW_REFRESH_MS = 60_000;

/** A request to print one entry's slip: a new object each time, so the same entry can be printed twice. */
export interface PrintJob {
  entry: CompiledEntry;
}

/** What the page does for the model: the browser side of each action. */
export interface PagePort {
  /** Quick exit: hides the page, runs `clearState`, forgets the session and leaves with no Back. */
  quickExit(clearState: () => void): void;
  /**
   * A kiosk's Quick exit: hides the page at once, runs `clearState` (which puts up the neutral
   * screen), forgets the session, and shows the page again once that screen is drawn. No
   * navigation, so no network and no history entry; no reload until `kioskReady`.
   */
  kioskExit(clearState: () => void): void;
  /** The kiosk's next visitor starts from the neutral screen: the exit is over. */
  kioskReady(): void;
  /** Deletes the offline copy and the database (within a time limit), then exits. */
  removeDataAndExit(
    removals: { removeOfflineCopy: () => Promise<void>; deleteDatabase: () => Promise<void> },
    exit: () => void,
  ): void;
  /** Empties sessionStorage. */
  forgetSession(): void;
  /** Moves focus once the screen has rendered what the action changed. */
  focus(target: FocusTarget, options?: { preventScroll?: boolean }): void;
  /** Back to the top of the page, with the deployment's title. */
  resetScroll(title: string): void;
}

export interface AppServices {
  start: StartSettings;
  deployment: Pick<DeploymentConfig, 'title' | 'kiosk' | 'missingLine' | 'partnerArea'>;
  catalogues: { has(language: LanguageTag): boolean; load(language: LanguageTag): Promise<void> };
  search: SearchClient;
  /** The device's store, opening. */
  store: Promise<DirectoryStore>;
  page: PagePort;
  safetyNote: { isDismissed(): boolean; remember(): void };
  /** The service worker's verbs (sw-bridge). */
  offlineCopy: { applyUpdate(): void; removeFromDevice(): Promise<void> };
  /** Choices kept for the visit (sessionStorage), emptied by quick exit and kiosk reset. */
  session?: { country(): string | null; rememberCountry(code: string): void };
  /** Timers of the kiosk's idle watch; tests pass fake ones. */
  clock?: IdleClock;
  /**
   * A kiosk's idle watch (kiosk/idle-watch): given only on a kiosk, so a phone's first page does
   * not carry it.
   */
  idleWatch?: typeof startIdleWatch;
  /** The time now (ms since the epoch), for "open now"; tests pass a fixed one. */
  now?: () => number;
}

const NO_ENTRIES: readonly CompiledEntry[] = [];

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Builds the model and starts what it owns (saved items, the search index, the kiosk's idle watch). */
export function createAppModel(services: AppServices) {
  const { start, page } = services;
  const { kiosk } = start;

  // ---- Facts: each has one owner, here.
  const language = signal<LanguageChoice>({
    chosen: start.language,
    shown: services.catalogues.has(start.language) ? start.language : 'en',
  });
  /** Where she is: the deployment's or the browser's country at start; her choice lasts the visit. */
  const country = signal(services.session?.country() ?? start.country);
  /** What she types to find her country, and whether that field is open. */
  const countrySearch = signal('');
  const pickerOpen = signal(false);
  const showAllCountries = signal(false);
  const query = signal('');
  const answer = signal<SearchAnswer | null>(null);
  /** Filters on the results or the listing: in memory only, cleared by quick exit and kiosk reset. */
  const filters = signal<EntryFilters>(NO_FILTERS);
  const filtersOpen = signal(false);
  const clockNow = services.now ?? Date.now;
  /** The instant "open now" is judged at: when the filters last changed, then each minute while it is on. */
  const now = signal(clockNow());
  /** Results on screen: a page at a time. */
  const shownCount = signal(RESULTS_PAGE);
  const view = signal<View>('all');
  /** Mirrors the store: changed with it, put back when a write fails. */
  const savedIds = signal<ReadonlySet<string>>(new Set());
  const noteOpen = signal(kiosk || !services.safetyNote.isDismissed());
  /** The note in full, or as one line that opens (a phone's first screen is for her country's help). */
  const noteExpanded = signal(kiosk || !start.smallScreen);
  const printJob = signal<PrintJob | null>(null);
  const updateReady = signal(false);
  const load = signal<LoadState>({ status: 'loading' });
  const storage = signal<StorageNotice>('none');
  const updateNotice = signal<UpdateNotice>('none');
  const savedFailed = signal(false);
  const countdown = signal<number | null>(null);
  /** Shift presses counted towards leaving (0–2), shown and announced beside Quick exit. */
  const shiftPresses = signal(0);
  /** A kiosk's neutral screen is up: Quick exit was used, and the next visitor has not started yet. */
  const blank = signal(false);
  // Guidance (issue 10): what she chose and answered lives here, in memory only, and goes with
  // Quick exit, a kiosk's reset and "Back to home" (clearGuidance).
  /** The six answers of "What do I need now?" are showing. */
  const needsOpen = signal(false);
  const guide = signal<GuideScreen | null>(null);
  const jobAnswers = signal<JobAnswers>({});
  /** The job's country, if she named one (ISO code or ''). */
  const jobDestination = signal('');
  /** She asked to see what her answers show. */
  const jobShown = signal(false);
  /** The number she typed or pasted into the number check. */
  const numberTyped = signal('');
  /**
   * Counts screens wiped (clearScreen): the views are keyed by it, so what lives only in them (an
   * opened situation, a browser picked for the steps, a first message being written) is rebuilt
   * empty by Quick exit, a back/forward restore and kiosk reset.
   */
  const screenKey = signal(0);

  // ---- Derived.
  // Through the shown tag alone, so choosing a language that is still loading rebuilds nothing.
  const shownLanguage = computed(() => language.value.shown);
  const i18n = computed(() => createTranslator(shownLanguage.value));
  const entries = computed(() => (load.value.status === 'ready' ? load.value.directory.entries : NO_ENTRIES));
  const byId = computed(() => new Map(entries.value.map((entry) => [entry.id, entry])));
  const toEntries = (hits: readonly { id: string }[]) =>
    hits.map((hit) => byId.value.get(hit.id)).filter((entry): entry is CompiledEntry => entry !== undefined);
  /** The query the results on screen answer (typing runs ahead of the answers). */
  const answeredQuery = computed(() => answer.value?.query ?? '');
  const filterCount = computed(() => activeFilterCount(filters.value));
  // Highlighting and the filters' predicates and panel load as one chunk on first use: with the
  // first answer, or when the filters first open (the first page carries only their state).
  const extras = signal<typeof import('./search-extras') | null>(null);
  let loadingExtras = false;
  function needExtras(): void {
    if (loadingExtras) return;
    loadingExtras = true;
    // With the English text its panel uses (the fallback of every language).
    Promise.all([import('./search-extras'), loadEnglishLater()]).then(
      ([module]) => (extras.value = module),
      () => (loadingExtras = false),
    );
  }
  const passesFilters = computed(() => {
    const module = extras.value;
    return module && filterCount.value > 0 ? module.entryFilter(filters.value, now.value) : null;
  });
  const results = computed(() => {
    const found = toEntries(answer.value?.matches ?? []);
    const keep = passesFilters.value;
    return keep ? found.filter(keep) : found;
  });
  const nearest = computed(() => toEntries(answer.value?.nearest ?? []));
  /** The matched words of each hit, and how to find them in a card's text; null until that has loaded. */
  const matchMarks = computed<Marks | null>(() => {
    const module = extras.value;
    const matches = answer.value?.matches ?? [];
    if (!module || matches.length === 0) return null;
    return { terms: new Map(matches.map((hit) => [hit.id, hit.terms ?? []])), ranges: module.matchRanges };
  });
  /** With filters on and nothing typed: every entry that passes, the lines reaching her country first. */
  const filteredListing = computed<readonly CompiledEntry[] | null>(() => {
    const keep = passesFilters.value;
    return keep ? extras.value!.listPassing(entries.value, keep, country.value) : null;
  });
  /** What the filters can offer: only what some entry has (null until their code has loaded). */
  const filterChoices = computed(() => extras.value?.filterOptions(entries.value) ?? null);
  /** Every country the directory knows (emergency numbers reach almost all), by code. */
  const countryCodes = computed(() =>
    [...new Set(entries.value.flatMap((entry) => entry.countries))].filter((code) => code !== 'EU').sort(),
  );
  // Loaded and built only when she first types a country (about 1,500 names through Intl), so the
  // first page carries none of it.
  const finderModule = signal<typeof import('../places/country-finder') | null>(null);
  let loadingFinder = false;
  function needCountryFinder(): void {
    if (loadingFinder) return;
    loadingFinder = true;
    import('../places/country-finder').then(
      (module) => (finderModule.value = module),
      () => (loadingFinder = false),
    );
  }
  const countryFinder = computed<CountryFinder | null>(() => {
    const module = finderModule.value;
    return module
      ? module.createCountryFinder(
          module.placeNames(
            countryCodes.value,
            SUPPORTED_LANGUAGES.map((language) => language.tag),
          ),
        )
      : null;
  });
  const countryMatches = computed(() =>
    countrySearch.value.trim() && countryFinder.value ? countryFinder.value.match(countrySearch.value, 8) : [],
  );
  const savedEntries = computed(() => entries.value.filter((entry) => savedIds.value.has(entry.id)));
  // The guidance engine loads when she first opens the triage or a check (see guidance/index.ts):
  // until it has, a route or a result is not there yet (null), and the screen says it is loading.
  const guidanceModule = signal<typeof import('../guidance/index') | null>(null);
  let loadingGuidance = false;
  function needGuidance(): void {
    if (loadingGuidance) return;
    loadingGuidance = true;
    import('../guidance/index').then(
      (module) => (guidanceModule.value = module),
      () => (loadingGuidance = false),
    );
  }
  const route = computed(() => {
    const screen = guide.value;
    const engine = guidanceModule.value;
    return engine && screen?.kind === 'route' ? engine.routeFor(entries.value, screen.need, country.value) : null;
  });
  const jobResult = computed(() => {
    const engine = guidanceModule.value;
    return engine && jobShown.value
      ? engine.checkJobOffer(jobAnswers.value, entries.value, country.value, jobDestination.value)
      : null;
  });
  const numberCheck = computed<NumberCheck | null>(() => {
    const engine = guidanceModule.value;
    return engine ? engine.checkNumber(entries.value, numberTyped.value, country.value) : null;
  });
  const display = computed<EntryDisplay>(() =>
    kiosk ? { mode: 'kiosk', onPrint: print } : { mode: 'personal', saved: savedIds.value, onSavedChange: toggleSaved },
  );

  // ---- Search: one index per dataset and language; only the newest query's answer lands.
  let pending: AbortController | null = null;
  function runSearch(text: string): void {
    // Her country's first screen only: the whole directory's arrival asks again (stopIndexing's effect).
    const state = load.peek();
    if (state.status === 'ready' && state.partial) return;
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    const limit = filterCount.peek() > 0 ? FILTERED_SEARCH_LIMIT : undefined;
    services.search.search(text, controller.signal, country.peek() || undefined, limit).then(
      (found) => {
        if (controller.signal.aborted) return;
        answer.value = found;
        if (found.matches.length > 0) needExtras();
      },
      (error: unknown) => {
        if (!isAbort(error)) answer.value = { query: text, matches: [], nearest: [], namedCountry: null };
      },
    );
  }
  // The search's words (topic names, in English the later part's) come with its vocabulary code,
  // a chunk of its own: fetched at start, beside the directory, which takes longer to arrive. The
  // later English is then also ready for the screens that load on use (lazy-part waits for it).
  const vocabularyCode = Promise.all([import('./vocabulary'), loadEnglishLater()]).then(([module]) => module);
  vocabularyCode.catch(() => undefined);
  const stopIndexing = effect(() => {
    const state = load.value;
    if (state.status !== 'ready' || state.partial) return;
    const translator = i18n.value;
    const list = state.directory.entries;
    vocabularyCode.then(
      ({ vocabularyFor }) => {
        // A later directory or language has taken over: its own turn indexes it.
        if (load.peek() !== state || i18n.peek() !== translator) return;
        services.search.index(`${state.directory.meta.version}:${translator.language}`, list, vocabularyFor(translator, list));
        runSearch(query.peek());
      },
      () => runSearch(query.peek()),
    );
  });

  // ---- Actions.
  function setQuery(text: string): void {
    batch(() => {
      query.value = text;
      // Searching takes the results area back from guidance, and what she answered goes with it.
      if (text.trim() !== '' && guide.peek() !== null) clearGuidance();
      shownCount.value = RESULTS_PAGE;
    });
    runSearch(text);
  }

  /** Forgets every guidance answer and closes it: nothing she chose or typed stays in memory. */
  function clearGuidance(): void {
    batch(() => {
      needsOpen.value = false;
      guide.value = null;
      jobAnswers.value = {};
      jobDestination.value = '';
      jobShown.value = false;
      numberTyped.value = '';
    });
  }

  /** "What do I need now?": shows or hides its six answers. */
  function toggleNeeds(): void {
    needGuidance();
    needsOpen.value = !needsOpen.value;
  }

  /** One of the six answers: its route takes the results area. */
  function chooseNeed(need: Need): void {
    needGuidance();
    batch(() => {
      needsOpen.value = false;
      guide.value = { kind: 'route', need };
    });
    page.focus('guidance');
  }

  function openJobCheck(): void {
    needGuidance();
    batch(() => {
      needsOpen.value = false;
      guide.value = { kind: 'job-check' };
      jobShown.value = false;
    });
    page.focus('guidance');
  }

  function answerJob(flag: RedFlag, answer: Answer): void {
    jobAnswers.value = { ...jobAnswers.value, [flag]: answer };
  }

  function setJobDestination(code: string): void {
    jobDestination.value = code;
  }

  /** "See what the answers show". */
  function showJobResult(): void {
    jobShown.value = true;
    page.focus('job-result');
  }

  /** Back to the questions, her answers as she left them. */
  function changeJobAnswers(): void {
    jobShown.value = false;
    page.focus('guidance');
  }

  function openNumberCheck(): void {
    needGuidance();
    batch(() => {
      needsOpen.value = false;
      guide.value = { kind: 'number-check' };
    });
    page.focus('guidance');
  }

  function setNumber(text: string): void {
    numberTyped.value = text;
  }

  /** "Back to home" from any guidance screen: its answers are forgotten. */
  function leaveGuidance(): void {
    clearGuidance();
    page.focus('needs');
  }
  /** Changes the filters; the search is asked again when they turn on or off (it then asks for more). */
  function setFilters(next: EntryFilters): void {
    needExtras();
    const wasOn = filterCount.peek() > 0;
    batch(() => {
      filters.value = next;
      now.value = clockNow();
      shownCount.value = RESULTS_PAGE;
    });
    if (wasOn !== filterCount.peek() > 0 && query.peek().trim()) runSearch(query.peek());
  }

  /** "Clear filters": everything passes again, and focus stays in the filters. */
  function clearFilters(): void {
    setFilters(NO_FILTERS);
    page.focus('filters');
  }

  function toggleFilters(): void {
    needExtras();
    filtersOpen.value = !filtersOpen.value;
  }

  /** "Show more": the next page of results, focus on the first card it adds. */
  function showMore(): void {
    shownCount.value += RESULTS_PAGE;
    page.focus('more-results');
  }

  // "Open now" changes with the clock: judged again each minute while it is on.
  const stopOpenNowClock = effect(() => {
    if (!filters.value.openNow) return;
    const timer = setInterval(() => (now.value = clockNow()), OPEN_NOW_REFRESH_MS);
    return () => clearInterval(timer);
  });

  /** "Where are you?": her country's help comes first from now on, for this visit. */
  function chooseCountry(code: string): void {
    batch(() => {
      country.value = code;
      countrySearch.value = '';
      pickerOpen.value = false;
    });
    services.session?.rememberCountry(code);
    runSearch(query.peek());
    page.focus('help');
  }

  function openCountryPicker(): void {
    pickerOpen.value = true;
    page.focus('country-search');
  }

  function setCountrySearch(text: string): void {
    countrySearch.value = text;
    needCountryFinder();
  }

  function toggleAllCountries(): void {
    showAllCountries.value = !showAllCountries.value;
  }

  /** The deployment offers the "For partners" area (never on a kiosk). */
  const partnerArea = offersPartnerArea(services.deployment, kiosk);

  /** The Saved view lists what she saved, with no filters (it offers none): they are cleared. */
  function setView(next: View): void {
    if (next === 'partners' && !partnerArea) return;
    const from = view.value;
    batch(() => {
      view.value = next;
      if (next === 'saved') filters.value = NO_FILTERS;
    });
    // The area opens at its heading; back from it, she is at the search again.
    if (next === 'partners') page.focus('partners');
    else if (from === 'partners') page.focus('search');
  }

  /** Switches language; the screen changes once its text has loaded (at once when it has). */
  function chooseLanguage(tag: LanguageTag): void {
    language.value = { chosen: tag, shown: language.peek().shown };
    const show = () => {
      if (language.peek().chosen === tag) language.value = { chosen: tag, shown: tag };
    };
    if (services.catalogues.has(tag)) show();
    else
      services.catalogues.load(tag).then(show, () => {
        // Its text could not load (offline before it was stored): stay in the language on screen.
        if (language.peek().chosen === tag) language.value = { chosen: language.peek().shown, shown: language.peek().shown };
      });
  }

  /** Saves or unsaves an entry on the device. A failed write puts the mark back and says so. */
  function toggleSaved(id: string, saved: boolean): void {
    const change = (ids: ReadonlySet<string>, add: boolean) => {
      const next = new Set(ids);
      if (add) next.add(id);
      else next.delete(id);
      return next;
    };
    savedIds.value = change(savedIds.value, saved);
    savedFailed.value = false;
    if (!savedRead) changedBeforeRead.set(id, saved);
    services.store
      .then((store) => store.setSaved(id, saved))
      .catch(() => {
        batch(() => {
          savedIds.value = change(savedIds.value, !saved);
          savedFailed.value = true;
        });
      });
    // In the Saved view the card (and the button that had focus) goes away: keep focus on the list.
    if (!saved && view.value === 'saved') page.focus('results');
  }

  function dismissNote(): void {
    noteOpen.value = false;
    if (!kiosk) services.safetyNote.remember();
    page.focus('search');
  }

  /** "How to stay safe": opens the note and takes her to it. */
  function showNote(): void {
    batch(() => {
      noteOpen.value = true;
      noteExpanded.value = true;
    });
    page.focus('note');
  }

  function toggleNote(expanded: boolean): void {
    noteExpanded.value = expanded;
  }

  function print(entry: CompiledEntry): void {
    printJob.value = { entry };
  }

  function printDone(): void {
    printJob.value = null;
  }

  /** Wipes what is on screen: the search, the view, a pending print. */
  function clearScreen(): void {
    pending?.abort();
    batch(() => {
      query.value = '';
      answer.value = null;
      filters.value = NO_FILTERS;
      filtersOpen.value = false;
      shownCount.value = RESULTS_PAGE;
      view.value = 'all';
      printJob.value = null;
      countrySearch.value = '';
      pickerOpen.value = false;
      showAllCountries.value = false;
      clearGuidance();
      screenKey.value++;
    });
  }

  /** Back to a blank home: what a restore from the back/forward cache shows. */
  function resetToHome(): void {
    clearScreen();
    page.resetScroll(services.deployment.title);
  }

  /** A kiosk's next visitor: nothing of the last one remains, and she is told how to stay safe. */
  function forgetVisitor(): void {
    batch(() => {
      resetToHome();
      chooseLanguage(start.language);
      country.value = start.country;
      savedIds.value = new Set();
      savedFailed.value = false;
      noteOpen.value = true;
      noteExpanded.value = true;
    });
    page.forgetSession();
    services.store.then((store) => store.clearSaved()).catch(() => undefined);
    // The next person starts at the search field (after the countdown dialog has handed focus back).
    page.focus('search', { preventScroll: true });
  }

  /** Quick exit. A kiosk stays on the app, on its neutral screen, its visitor forgotten. */
  function exit(): void {
    if (!kiosk) {
      page.quickExit(clearScreen);
      return;
    }
    page.kioskExit(() => {
      // No "Still there?" over the neutral screen: there is nobody's screen left to keep.
      idle?.stop();
      forgetVisitor();
      blank.value = true;
    });
    page.focus('kiosk-start');
  }

  /** The next person taps the kiosk's neutral screen: the app's home, as for a new visitor. */
  function startAfresh(): void {
    if (!blank.peek()) return;
    blank.value = false;
    page.kioskReady();
    watchIdle();
    page.focus('search', { preventScroll: true });
  }

  /** "Remove this app's data from this device", then leave. */
  function removeData(): void {
    page.removeDataAndExit(
      {
        removeOfflineCopy: () => services.offlineCopy.removeFromDevice(),
        deleteDatabase: async () => (await services.store).destroy(),
      },
      exit,
    );
  }

  function updateFound(): void {
    updateReady.value = true;
  }

  function applyUpdate(): void {
    services.offlineCopy.applyUpdate();
  }

  /** The directory is on screen (first load or an update). */
  function directoryReady(directory: StoredDirectory): void {
    load.value = { status: 'ready', directory };
  }

  /** Her country's first screen, while the whole directory is still on its way (never over it). */
  function directoryPreview(directory: StoredDirectory): void {
    if (load.peek().status !== 'ready') load.value = { status: 'ready', directory, partial: true };
  }

  function directoryUnavailable(): void {
    load.value = { status: 'unavailable' };
  }

  function storageNotice(notice: StorageNotice): void {
    storage.value = notice;
  }

  /** A look for a newer directory ended: a new one goes on screen, a failure is said plainly. */
  function updateFinished(result: UpdateResult): void {
    if (result.status === 'updated') directoryReady(result.directory);
    updateNotice.value =
      result.status === 'timed-out' ? 'timed-out' : result.status === 'failed' ? FAILURE_NOTICES[result.kind] : 'none';
  }

  // Saved items: read from the device once; a kiosk keeps none. A change she makes before the
  // read lands is applied on top of it, so the read cannot undo it.
  let savedRead = false;
  const changedBeforeRead = new Map<string, boolean>();
  services.store
    .then(async (store) => {
      if (kiosk) return store.clearSaved();
      const ids = new Set(await store.savedIds());
      for (const [id, saved] of changedBeforeRead) {
        if (saved) ids.add(id);
        else ids.delete(id);
      }
      savedIds.value = ids;
    })
    .catch(() => undefined)
    .finally(() => {
      savedRead = true;
      changedBeforeRead.clear();
    });

  // A kiosk forgets its visitor after a spell without input and a countdown.
  let idle: IdleWatch | null = null;
  function watchIdle(): void {
    if (!services.idleWatch) return;
    idle = services.idleWatch({
      idleMs: services.deployment.kiosk.idleSeconds * 1000,
      countdownSeconds: COUNTDOWN_SECONDS,
      ...(services.clock ? { clock: services.clock } : {}),
      onChange: (state) => (countdown.value = state.phase === 'countdown' ? state.secondsLeft : null),
      onExpire: forgetVisitor,
    });
  }
  if (kiosk) watchIdle();

  if (language.peek().shown !== start.language) chooseLanguage(start.language);

  return {
    kiosk,
    languages: start.languages,
    /** What her browser says of itself (for the "cover your tracks" steps, which read it). */
    clues: start.clues,
    /** The "For partners" area is offered (the deployment's switch; never on a kiosk). */
    partnerArea,
    /** The browser's language the app has no text for, if any: the header says so. */
    missingLanguage: start.missingLanguage,
    title: services.deployment.title,
    /** Where the deployment asks to hear of a missing line, if anywhere. */
    missingLine: services.deployment.missingLine,
    // Read-only views of the facts and what derives from them.
    language: computed(() => language.value),
    /** Her country (ISO code), or '' when unknown. */
    country: computed(() => country.value),
    countrySearch: computed(() => countrySearch.value),
    /** The country field is open: she asked to change, or no country is known. */
    pickerOpen: computed(() => pickerOpen.value || country.value === ''),
    countryMatches,
    showAllCountries: computed(() => showAllCountries.value),
    /** The country the answered query names, if any. */
    namedCountry: computed(() => answer.value?.namedCountry ?? null),
    query: computed(() => query.value),
    view: computed(() => view.value),
    savedIds: computed(() => savedIds.value),
    savedFailed: computed(() => savedFailed.value),
    noteOpen: computed(() => noteOpen.value),
    noteExpanded: computed(() => noteExpanded.value),
    printJob: computed(() => printJob.value),
    updateReady: computed(() => updateReady.value),
    load: computed(() => load.value),
    storage: computed(() => storage.value),
    updateNotice: computed(() => updateNotice.value),
    shiftPresses: computed(() => shiftPresses.value),
    /** The keyboard shortcut's progress: Shift pressed `count` times of the three that leave. */
    shiftPressed: (count: number) => {
      shiftPresses.value = count;
    },
    /** Seconds left on the kiosk's "Still there?" countdown, or null. */
    countdown: computed(() => countdown.value),
    /** The kiosk's neutral screen is up (after Quick exit). */
    blank: computed(() => blank.value),
    needsOpen: computed(() => needsOpen.value),
    guide: computed(() => guide.value),
    /** The chosen need's route for her country, or null. */
    route,
    jobAnswers: computed(() => jobAnswers.value),
    jobDestination: computed(() => jobDestination.value),
    /** What the job-check answers show, once she asked (and the engine has loaded); null before. */
    jobResult,
    numberTyped: computed(() => numberTyped.value),
    /** What the number check says of what she typed; null until the engine has loaded. */
    numberCheck,
    countryCodes,
    /** Changes whenever the screen is wiped: the key of the views, so their own state goes with it. */
    screenKey: computed(() => screenKey.value),
    i18n,
    entries,
    answeredQuery,
    results,
    nearest,
    matchMarks,
    /** The filters on, how many, whether their panel is open, and what they can offer. */
    filters: computed(() => filters.value),
    filterCount,
    filtersOpen: computed(() => filtersOpen.value),
    filterChoices,
    /** The filters' panel, once its chunk has loaded. */
    FilterPanel: computed(() => extras.value?.FilterPanel ?? null),
    /** With filters on and no query: the entries that pass; null otherwise. */
    filteredListing,
    /** How many result cards are shown (the rest behind "Show more"). */
    shownCount: computed(() => shownCount.value),
    savedEntries,
    display,
    // Actions.
    setQuery,
    setFilters,
    clearFilters,
    toggleFilters,
    showMore,
    setView,
    chooseCountry,
    openCountryPicker,
    setCountrySearch,
    toggleAllCountries,
    chooseLanguage,
    toggleSaved,
    dismissNote,
    showNote,
    toggleNote,
    print,
    printDone,
    resetToHome,
    forgetVisitor,
    exit,
    startAfresh,
    removeData,
    updateFound,
    applyUpdate,
    directoryReady,
    directoryPreview,
    directoryUnavailable,
    storageNotice,
    updateFinished,
    toggleNeeds,
    chooseNeed,
    openJobCheck,
    answerJob,
    setJobDestination,
    showJobResult,
    changeJobAnswers,
    openNumberCheck,
    setNumber,
    leaveGuidance,
    /** Input on a kiosk's screen: someone is there. */
    kioskActivity: () => idle?.activity(),
    stillHere: () => idle?.stillHere(),
    /** Stops the model's effects and timers (tests; a page never needs it). */
    dispose(): void {
      stopIndexing();
      stopOpenNowClock();
      idle?.stop();
      pending?.abort();
    },
  };
}

export type AppModel = ReturnType<typeof createAppModel>;
