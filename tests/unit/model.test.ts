import { startIdleWatch } from '../../src/kiosk/idle-watch';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileEntries } from '../../scripts/resources/compile';
import { createAppModel, RESULTS_PAGE, type AppModel, type AppServices, type FocusTarget } from '../../src/app/model';
import type { StoredDirectory, DirectoryStore } from '../../src/data/store';
import { createMemoryStore } from '../../src/data/store';
import type { LanguageTag } from '../../src/i18n/languages';
import { createSearchClient, type SearchAnswer, type SearchClient } from '../../src/search/search-client';
import { makeEntry } from './support/entries';

const entries = compileEntries([
  makeEntry('gb-modern-slavery', { name: { en: 'Modern Slavery Helpline' }, countries: ['GB'] }),
  makeEntry('mx-linea-contra-la-trata', { name: { en: 'Línea contra la trata' }, countries: ['MX'] }),
  makeEntry('ph-iacat-1343', { name: { en: 'IACAT 1343 Actionline' }, countries: ['PH'] }),
]);

function directory(version = 'v1'): StoredDirectory {
  return { meta: { version, generated: '2026-11-30T00:00:00.000Z', count: entries.length }, entries };
}

/** Everything the page would do, recorded. */
function fakePage() {
  return {
    exits: 0,
    kioskExits: 0,
    kiosksReady: 0,
    sessionsForgotten: 0,
    focused: [] as FocusTarget[],
    titles: [] as string[],
    removals: 0,
  };
}

interface Setup {
  kiosk?: boolean;
  language?: LanguageTag;
  loaded?: LanguageTag[];
  store?: DirectoryStore;
  search?: SearchClient;
  loadCatalogue?: (language: LanguageTag) => Promise<void>;
  now?: () => number;
}

let model: AppModel;
let page: ReturnType<typeof fakePage>;
let noteRemembered: number;

function start(setup: Setup = {}): AppModel {
  page = fakePage();
  noteRemembered = 0;
  const loaded = new Set<LanguageTag>(setup.loaded ?? ['en']);
  const services: AppServices = {
    start: {
      languages: ['en', 'es', 'fr', 'ar'],
      language: setup.language ?? 'en',
      country: 'GB',
      kiosk: setup.kiosk ?? false,
      smallScreen: false,
      missingLanguage: null,
      clues: { userAgent: '' },
    },
    deployment: { title: 'Waypoint', kiosk: { enabled: false, allowUrlFlag: true, idleSeconds: 90 } },
    idleWatch: startIdleWatch,
    catalogues: {
      has: (language) => loaded.has(language),
      load: setup.loadCatalogue ?? (async (language) => void loaded.add(language)),
    },
    search: setup.search ?? createSearchClient(),
    store: Promise.resolve(setup.store ?? createMemoryStore()),
    page: {
      quickExit(clearState) {
        clearState();
        page.exits++;
      },
      kioskExit(clearState) {
        clearState();
        page.kioskExits++;
      },
      kioskReady: () => void page.kiosksReady++,
      removeDataAndExit(_removals, exit) {
        page.removals++;
        exit();
      },
      forgetSession: () => void page.sessionsForgotten++,
      focus: (target) => void page.focused.push(target),
      resetScroll: (title) => void page.titles.push(title),
    },
    safetyNote: { isDismissed: () => false, remember: () => void noteRemembered++ },
    offlineCopy: { applyUpdate: () => undefined, removeFromDevice: async () => undefined },
    ...(setup.now ? { now: setup.now } : {}),
  };
  model = createAppModel(services);
  return model;
}

/** Lets pending promises (store writes, search answers) settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => model?.dispose());

describe('app model: language', () => {
  it('is one choice with a loading state: the screen changes once the text has loaded', async () => {
    let finish!: () => void;
    start({ loadCatalogue: () => new Promise<void>((resolve) => (finish = resolve)) });
    model.chooseLanguage('es');
    expect(model.language.value).toEqual({ chosen: 'es', shown: 'en' });
    expect(model.i18n.value.language).toBe('en');
    finish();
    await settle();
    expect(model.language.value).toEqual({ chosen: 'es', shown: 'es' });
    expect(model.i18n.value.language).toBe('es');
  });

  it('stays in the language on screen when the chosen one cannot load', async () => {
    start({ loadCatalogue: () => Promise.reject(new Error('offline')) });
    model.chooseLanguage('ar');
    await settle();
    expect(model.language.value).toEqual({ chosen: 'en', shown: 'en' });
  });

  it('a later choice wins over an earlier one still loading', async () => {
    const waiting: (() => void)[] = [];
    start({ loadCatalogue: () => new Promise<void>((resolve) => waiting.push(resolve)) });
    model.chooseLanguage('es');
    model.chooseLanguage('fr');
    waiting[1]!();
    await settle();
    waiting[0]!();
    await settle();
    expect(model.language.value).toEqual({ chosen: 'fr', shown: 'fr' });
  });
});

describe('app model: search', () => {
  it('answers a query with entries from the directory, and nothing while it loads', async () => {
    start();
    model.setQuery('slavery');
    await settle();
    expect(model.results.value).toEqual([]);
    model.directoryReady(directory());
    // The engine loads as a chunk of its own the first time.
    await vi.waitFor(() => expect(model.results.value.map((entry) => entry.id)).toEqual(['gb-modern-slavery']));
    expect(model.answeredQuery.value).toBe('slavery');
  });

  it("shows her country's first screen without indexing or searching it, and answers what she typed once the whole arrives", async () => {
    const keys: string[] = [];
    const asked: string[] = [];
    const real = createSearchClient();
    start({
      search: {
        index: (key, list, words) => {
          keys.push(key);
          real.index(key, list, words);
        },
        search: (query, ...rest) => {
          asked.push(query);
          return real.search(query, ...rest);
        },
      },
    });
    const firstScreen: StoredDirectory = { meta: { ...directory().meta, count: 1 }, entries: entries.slice(0, 1) };
    model.directoryPreview(firstScreen);
    expect(model.load.value).toMatchObject({ status: 'ready', partial: true });
    expect(model.entries.value.map((entry) => entry.id)).toEqual(['gb-modern-slavery']);
    model.setQuery('slavery');
    await settle();
    expect(keys).toEqual([]);
    expect(asked).toEqual([]);
    model.directoryReady(directory());
    await vi.waitFor(() => expect(model.results.value.map((entry) => entry.id)).toEqual(['gb-modern-slavery']));
    expect(keys).toEqual(['v1:en']);
    // A first screen that comes after the whole directory never replaces it.
    model.directoryPreview(firstScreen);
    expect(model.load.value).not.toHaveProperty('partial');
  });

  it('indexes each dataset and language once, not on every change', async () => {
    const keys: string[] = [];
    const real = createSearchClient();
    const index: SearchClient['index'] = (key, list, words) => {
      keys.push(key);
      real.index(key, list, words);
    };
    start({ search: { index, search: real.search } });
    model.directoryReady(directory('v1'));
    model.setQuery('a');
    model.setQuery('ab');
    model.setView('saved');
    await settle();
    expect(keys).toEqual(['v1:en']);
    model.chooseLanguage('es');
    await settle();
    model.directoryReady(directory('v2'));
    // Indexing waits on the vocabulary's chunk (loaded once, at start).
    await settle();
    expect(keys).toEqual(['v1:en', 'v1:es', 'v2:es']);
  });

  it('drops the answer to a query that a newer one replaced', async () => {
    const answers: { query: string; resolve: (answer: SearchAnswer) => void; signal?: AbortSignal }[] = [];
    start({
      search: {
        index: () => undefined,
        search: (query, signal) =>
          new Promise<SearchAnswer>((resolve) => answers.push({ query, resolve, ...(signal ? { signal } : {}) })),
      },
    });
    model.setQuery('mod');
    model.setQuery('modern');
    expect(answers.map((answer) => answer.signal?.aborted)).toEqual([true, false]);
    answers[1]!.resolve({ query: 'modern', matches: [{ id: 'gb-modern-slavery', score: 0 }], nearest: [], namedCountry: null });
    await settle();
    answers[0]!.resolve({ query: 'mod', matches: [{ id: 'ph-iacat-1343', score: 0 }], nearest: [], namedCountry: null });
    await settle();
    expect(model.answeredQuery.value).toBe('modern');
  });
});

describe('app model: where she is, and updates', () => {
  it('a chosen country lasts the visit, and a kiosk reset goes back to the start country', () => {
    vi.useFakeTimers();
    try {
      start({ kiosk: true });
      model.chooseCountry('PH');
      expect(model.country.value).toBe('PH');
      expect(page.focused.at(-1)).toBe('help');
      vi.advanceTimersByTime(100_000);
      expect(model.country.value).toBe('GB');
    } finally {
      vi.useRealTimers();
    }
  });

  it('the country field opens on request and closes with a choice, its text cleared', () => {
    start();
    expect(model.pickerOpen.value).toBe(false);
    model.openCountryPicker();
    model.setCountrySearch('dubai');
    expect(model.pickerOpen.value).toBe(true);
    model.chooseCountry('AE');
    expect(model.pickerOpen.value).toBe(false);
    expect(model.countrySearch.value).toBe('');
  });

  it('a failed or stalled update is said on the status line; a new directory goes on screen', () => {
    start();
    model.directoryReady(directory('v1'));
    model.updateFinished({ status: 'timed-out', reason: 'no bytes for 20 s' });
    expect(model.updateNotice.value).toBe('timed-out');
    model.updateFinished({ status: 'failed', kind: 'storage-full', reason: 'QuotaExceededError' });
    expect(model.updateNotice.value).toBe('storage-full');
    model.updateFinished({ status: 'updated', directory: directory('v2'), method: 'delta', bytesDownloaded: 10 });
    expect(model.updateNotice.value).toBe('none');
    expect(model.load.value.status === 'ready' && model.load.value.directory.meta.version).toBe('v2');
    model.updateFinished({ status: 'offline', reason: 'no network' });
    expect(model.updateNotice.value).toBe('none');
  });

  it('a refused update (unsigned, breaking the rules, too large) is said in the same plain words as a failed one', () => {
    start();
    model.directoryReady(directory('v1'));
    for (const kind of ['unsigned', 'invalid', 'too-large'] as const) {
      model.updateFinished({ status: 'failed', kind, reason: 'refused' });
      expect(model.updateNotice.value, kind).toBe('failed');
      model.updateFinished({ status: 'current' });
      expect(model.updateNotice.value).toBe('none');
    }
    expect(model.load.value.status === 'ready' && model.load.value.directory.meta.version).toBe('v1');
  });
});

describe('app model: saved entries', () => {
  it('follows the store, and a failed write puts the mark back and says so', async () => {
    const store = createMemoryStore();
    let failNext = false;
    const setSaved = store.setSaved.bind(store);
    store.setSaved = (id, saved) => (failNext ? Promise.reject(new Error('QuotaExceededError')) : setSaved(id, saved));
    start({ store });
    model.directoryReady(directory());
    model.toggleSaved('gb-modern-slavery', true);
    await settle();
    expect([...model.savedIds.value]).toEqual(['gb-modern-slavery']);
    expect(await store.savedIds()).toEqual(['gb-modern-slavery']);
    expect(model.savedEntries.value.map((entry) => entry.id)).toEqual(['gb-modern-slavery']);

    failNext = true;
    model.toggleSaved('ph-iacat-1343', true);
    expect(model.savedIds.value.has('ph-iacat-1343')).toBe(true);
    await settle();
    expect([...model.savedIds.value]).toEqual(['gb-modern-slavery']);
    expect(model.savedFailed.value).toBe(true);
  });

  it('reads what the device saved at start', async () => {
    const store = createMemoryStore();
    await store.setSaved('mx-linea-contra-la-trata', true);
    start({ store });
    await settle();
    expect([...model.savedIds.value]).toEqual(['mx-linea-contra-la-trata']);
  });

  it('keeps focus on the list when an entry leaves the Saved view', () => {
    start();
    model.setView('saved');
    model.toggleSaved('gb-modern-slavery', false);
    expect(page.focused).toEqual(['results']);
  });
});

describe('app model: safety and kiosk', () => {
  it('quick exit clears the screen before it leaves', async () => {
    start();
    model.directoryReady(directory());
    model.setQuery('slavery');
    model.setView('saved');
    await settle();
    model.exit();
    expect(page.exits).toBe(1);
    expect(model.query.value).toBe('');
    expect(model.view.value).toBe('all');
    expect(model.results.value).toEqual([]);
  });

  it('the safety note: dismissed for the visit, and "how to stay safe" takes her back to it', () => {
    start();
    expect(model.noteOpen.value).toBe(true);
    model.dismissNote();
    expect(model.noteOpen.value).toBe(false);
    expect(noteRemembered).toBe(1);
    model.showNote();
    expect(model.noteOpen.value).toBe(true);
    expect(page.focused).toEqual(['search', 'note']);
  });

  it('cards offer saving on her own device and printing on a kiosk', () => {
    start();
    expect(model.display.value.mode).toBe('personal');
    model.dispose();
    start({ kiosk: true });
    expect(model.display.value.mode).toBe('kiosk');
  });

  describe('a kiosk', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    /** A kiosk whose visitor leaves traces: another language, a search, the note dismissed. */
    function kioskVisitor(): void {
      start({ kiosk: true, language: 'en', loaded: ['en', 'es'] });
      model.directoryReady(directory());
      model.chooseLanguage('es');
      model.setQuery('trata');
      model.dismissNote();
    }

    /** Nothing of the visitor is left: search, language, dismissed note, session; the title put back once. */
    function expectVisitorForgotten(): void {
      expect(model.query.value).toBe('');
      expect(model.language.value.shown).toBe('en');
      expect(model.noteOpen.value).toBe(true);
      expect(page.sessionsForgotten).toBe(1);
      expect(page.titles).toEqual(['Waypoint']);
    }

    it('counts down after the idle time, then forgets its visitor', async () => {
      kioskVisitor();
      vi.advanceTimersByTime(89_000);
      expect(model.countdown.value).toBeNull();
      vi.advanceTimersByTime(1_000);
      expect(model.countdown.value).toBe(10);
      vi.advanceTimersByTime(10_000);
      expect(model.countdown.value).toBeNull();
      expectVisitorForgotten();
      expect(page.focused.at(-1)).toBe('search');
    });

    it('Quick exit stays on the kiosk: a neutral screen, the visitor forgotten, no countdown over it until the next one starts', () => {
      kioskVisitor();
      vi.advanceTimersByTime(90_000);
      expect(model.countdown.value).toBe(10);
      model.exit();
      expect(page.exits).toBe(0);
      expect(page.kioskExits).toBe(1);
      expect(model.blank.value).toBe(true);
      expect(model.countdown.value).toBeNull();
      expectVisitorForgotten();
      expect(page.focused.at(-1)).toBe('kiosk-start');
      // Nobody's screen is left to keep: the idle watch waits for the next person.
      vi.advanceTimersByTime(10 * 60_000);
      expect(model.countdown.value).toBeNull();
      expect(model.blank.value).toBe(true);

      model.startAfresh();
      expect(model.blank.value).toBe(false);
      expect(page.kiosksReady).toBe(1);
      expect(page.focused.at(-1)).toBe('search');
      vi.advanceTimersByTime(90_000);
      expect(model.countdown.value).toBe(10);
      // A second tap does not start a second watch.
      model.startAfresh();
      expect(page.kiosksReady).toBe(1);
    });

    it('"I\'m still here" keeps the screen', () => {
      start({ kiosk: true });
      model.setQuery('trata');
      vi.advanceTimersByTime(90_000);
      expect(model.countdown.value).toBe(10);
      model.stillHere();
      expect(model.countdown.value).toBeNull();
      vi.advanceTimersByTime(60_000);
      expect(model.query.value).toBe('trata');
    });
  });
});

describe('app model: what lives only in the views', () => {
  it('gets a new screen key on Quick exit, a back/forward restore and a kiosk reset, so the views start empty', () => {
    start();
    const keys = [model.screenKey.value];
    model.exit();
    keys.push(model.screenKey.value);
    model.resetToHome();
    keys.push(model.screenKey.value);
    model.forgetVisitor();
    keys.push(model.screenKey.value);
    expect(new Set(keys).size).toBe(4);
  });

  it('keeps the screen key while she only searches or changes country', () => {
    start();
    const before = model.screenKey.value;
    model.setQuery('passport');
    model.chooseCountry('PH');
    expect(model.screenKey.value).toBe(before);
  });
});

describe('app model: the partner area', () => {
  it('opens at its heading and Quick exit leaves it for the help', () => {
    start();
    model.setView('partners');
    expect(model.view.value).toBe('partners');
    expect(page.focused.at(-1)).toBe('partners');
    model.exit();
    expect(model.view.value).toBe('all');
  });

  it('back from it puts her at the search', () => {
    start();
    model.setView('partners');
    model.setView('all');
    expect(page.focused.at(-1)).toBe('search');
  });

  it('is never opened on a kiosk', () => {
    start({ kiosk: true });
    expect(model.partnerArea).toBe(false);
    model.setView('partners');
    expect(model.view.value).toBe('all');
  });
});

describe('app model: filters, highlighting and "Show more"', () => {
  const lines = compileEntries([
    makeEntry('gb-ngo', {
      name: { en: 'Modern Slavery Helpline' },
      countries: ['GB'],
      operator: 'ngo',
      free: true,
      hours: { always: true },
      contacts: [{ type: 'phone', number: '08000 121 700' }],
    }),
    makeEntry('gb-police', {
      // Slavery only in its summary: it ranks after every line that has it in its name.
      name: { en: 'Reporting line' },
      summary: { en: 'Report slavery to the police.' },
      countries: ['GB'],
      operator: 'police',
      hours: {
        timeZone: 'Europe/London',
        weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }],
      },
    }),
    makeEntry('mx-line', { name: { en: 'Línea contra la trata' }, countries: ['MX'], operator: 'ngo' }),
    ...Array.from({ length: 60 }, (_, i) =>
      makeEntry(`gb-advice-${String(i).padStart(2, '0')}`, { name: { en: `Advice slavery centre ${i}` }, countries: ['GB'] }),
    ),
  ]);
  const ready = (): StoredDirectory => ({
    meta: { version: 'filters', generated: '2026-11-30T00:00:00.000Z', count: lines.length },
    entries: lines,
  });
  const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id);
  // Monday 30 November 2026, 10:00 in London.
  const mondayMorning = Date.parse('2026-11-30T10:00:00Z');

  it('combine with text, and narrow the best matches, not only the first page', async () => {
    start();
    model.directoryReady(ready());
    model.setQuery('slavery');
    // The engine's first 50: the police line, matched in its summary only, is not among them.
    await vi.waitFor(() => expect(model.results.value.length).toBe(50));
    expect(ids(model.results.value)).not.toContain('gb-police');
    // The cards' marks come once the highlighter's chunk has loaded.
    await vi.waitFor(() => expect(model.matchMarks.value?.terms.get('gb-ngo')).toContain('slavery'));
    const { terms, ranges } = model.matchMarks.value!;
    expect(ranges('Modern Slavery Helpline', terms.get('gb-ngo')!)).toEqual([[7, 14]]);
    model.setFilters({ ...model.filters.value, operators: ['police'] });
    expect(model.filterCount.value).toBe(1);
    await vi.waitFor(() => expect(ids(model.results.value)).toEqual(['gb-police']));
    model.setFilters({ ...model.filters.value, operators: ['ngo'], free: true });
    expect(ids(model.results.value)).toEqual(['gb-ngo']);
  });

  it('list what passes when nothing is typed, her country first', async () => {
    start();
    model.directoryReady(ready());
    expect(model.filteredListing.value).toBeNull();
    expect(model.filterChoices.value).toBeNull();
    // The filters' code loads when the panel first opens.
    model.toggleFilters();
    await vi.waitFor(() => expect(model.filterChoices.value?.operators).toEqual(['ngo', 'police']));
    model.setFilters({ ...model.filters.value, operators: ['ngo'] });
    expect(ids(model.filteredListing.value!)).toEqual(['gb-ngo', 'mx-line']);
  });

  it('judge "open now" at the clock’s time, by each line’s own hours', async () => {
    let now = mondayMorning;
    start({ now: () => now });
    model.directoryReady(ready());
    model.setFilters({ ...model.filters.value, openNow: true });
    await vi.waitFor(() => expect(ids(model.filteredListing.value ?? [])).toEqual(['gb-ngo', 'gb-police']));
    // Saturday: the police line is closed; turning another filter on looks at the clock again.
    now = Date.parse('2026-12-05T10:00:00Z');
    model.setFilters({ ...model.filters.value, country: 'GB' });
    expect(ids(model.filteredListing.value!)).toEqual(['gb-ngo']);
  });

  it('are cleared by "Clear filters", by quick exit and by a kiosk reset', async () => {
    start();
    model.directoryReady(ready());
    model.toggleFilters();
    model.setFilters({ ...model.filters.value, free: true });
    model.clearFilters();
    expect(model.filterCount.value).toBe(0);
    expect(page.focused.at(-1)).toBe('filters');
    // The Saved view offers no filters: none stay on behind it.
    model.setFilters({ ...model.filters.value, free: true });
    model.setView('saved');
    expect(model.filterCount.value).toBe(0);
    model.setView('all');

    model.setFilters({ ...model.filters.value, free: true });
    const epoch = model.screenKey.value;
    model.exit();
    expect(model.screenKey.value).not.toBe(epoch);
    expect(model.filterCount.value).toBe(0);
    expect(model.filtersOpen.value).toBe(false);
    model.dispose();

    start({ kiosk: true });
    model.directoryReady(ready());
    model.toggleFilters();
    model.setFilters({ ...model.filters.value, country: 'MX', contacts: ['phone'] });
    model.setQuery('slavery');
    await settle();
    model.showMore();
    model.forgetVisitor();
    expect(model.filters.value).toEqual({ ...model.filters.value, country: '', contacts: [] });
    expect(model.filterCount.value).toBe(0);
    expect(model.filtersOpen.value).toBe(false);
    expect(model.shownCount.value).toBe(RESULTS_PAGE);
  });

  it('show a page of results at a time; each new query starts at one page', async () => {
    start();
    model.directoryReady(ready());
    model.setQuery('slavery');
    await vi.waitFor(() => expect(model.results.value.length).toBe(50));
    expect(model.shownCount.value).toBe(RESULTS_PAGE);
    model.showMore();
    expect(model.shownCount.value).toBe(2 * RESULTS_PAGE);
    expect(page.focused.at(-1)).toBe('more-results');
    model.setQuery('slavery centre');
    expect(model.shownCount.value).toBe(RESULTS_PAGE);
  });
});
