import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/i18n';
import { vocabularyFor } from '../../src/app/vocabulary';
import type { CompiledEntry } from '../../src/data/entry';
import {
  createDirectorySearch,
  IndexFormatError,
  loadDirectorySearch,
  queryWords,
  type SearchHit,
} from '../../src/search/directory-search';
import { foldText } from '../../src/search/text';
import { realDirectory } from './support/real-directory';
import { searchWords } from './support/search-words';

// The real directory: ranking is checked on the data people will search.
const directory = realDirectory().entries;

const byId = new Map(directory.map((entry) => [entry.id, entry]));
const toEntries = (hits: SearchHit[]): CompiledEntry[] => hits.map((hit) => byId.get(hit.id)!);

/** The search as the app sees it: ids and scores, read back as entries. */
function searchIn(language: 'en' | 'es' = 'en') {
  const engine = createDirectorySearch(directory, vocabularyFor(createTranslator(language), directory));
  return {
    search: (query: string, limit?: number) => toEntries(engine.search(query, limit ? { limit } : {}).hits),
    nearest: (query: string, limit?: number) => toEntries(engine.nearest(query, limit ? { limit } : {})),
  };
}

const ids = (results: { id: string }[]) => results.map((entry) => entry.id);

describe('directory search', () => {
  const search = searchIn();

  it('finds a country by name despite a typo, its helplines first', () => {
    const results = search.search('mexco');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.countries).toContain('MX');
  });

  it('matches every word of a query, each in any field (a topic and a place)', () => {
    const results = search.search('trafficking nigeria');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.countries).toContain('NG');
    const nigerian = directory
      .filter((entry) => entry.countries.includes('NG') && entry.kind !== 'emergency')
      .map((entry) => entry.id);
    expect(ids(results.slice(0, nigerian.length)).sort()).toEqual(nigerian.sort());
  });

  it('tolerates typos in topic words', () => {
    const results = search.search('trafficing');
    expect(results.length).toBeGreaterThan(5);
    expect(results.slice(0, 5).every((entry) => entry.topics.includes('trafficking') || /traffick/i.test(entry.name.en))).toBe(
      true,
    );
  });

  it('finds a service by its number', () => {
    const results = search.search('116 016');
    expect(ids(results.slice(0, 2))).toEqual(['eu-116-016', 'de-hilfetelefon-gewalt-gegen-frauen']);
    // However it is typed.
    expect(ids(search.search('116016').slice(0, 2))).toEqual(ids(results.slice(0, 2)));
    expect(ids(search.search('116-016').slice(0, 2))).toEqual(ids(results.slice(0, 2)));
  });

  it('finds safety tips about fake job offers', () => {
    const results = search.search('job ofer');
    expect(results.length).toBeGreaterThan(0);
    expect(results.slice(0, 3).some((entry) => entry.kind === 'tip')).toBe(true);
  });

  it('finds an organisation by name', () => {
    const results = search.search('La Strada');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.organisations?.join(' ')).toMatch(/La Strada/i);
  });

  it('searches names written in the local language, accents or not', () => {
    expect(search.search('linea gratuita').some((entry) => entry.countries.includes('CO'))).toBe(true);
  });

  it('finds places named in the reader’s language', () => {
    const results = searchIn('es').search('alemania');
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]!.countries).toContain('DE');
  });

  it('puts a verified line before one that is not fully verified, when both match as well', () => {
    const colombia = search.search('colombia').filter((entry) => entry.kind === 'helpline');
    expect(colombia.map((entry) => entry.confidence ?? 'verified')).toEqual(['verified', 'medium']);
  });

  it('returns nothing for gibberish, and offers what is near for a near miss', () => {
    expect(search.search('qzxqzxqzx')).toEqual([]);
    expect(search.search('hotline zzzzqqq')).toEqual([]);
    expect(search.nearest('hotline zzzzqqq').length).toBeGreaterThan(0);
  });

  it('an empty query matches nothing (the app shows the whole directory instead)', () => {
    expect(search.search('   ')).toEqual([]);
    expect(queryWords('  a  b ')).toEqual(['a', 'b']);
  });

  it('cuts words to the 32 characters the fuzzy matcher can handle', () => {
    expect(queryWords('x'.repeat(40))[0]).toHaveLength(32);
    expect(() => search.search('y'.repeat(100))).not.toThrow();
  });
});

describe('directory search, where she is', () => {
  const engine = createDirectorySearch(directory, vocabularyFor(createTranslator('en'), directory));
  const entryOf = (id: string) => byId.get(id)!;
  /** Another country's national line: what must never be shown as an answer for `country`. */
  const foreignLine = (id: string, country: string) => {
    const { countries } = entryOf(id);
    return countries.length > 0 && !countries.includes(country) && !(countries.includes('EU') && country !== 'GB');
  };

  it.each([
    ['saudi arabia', 'SA'],
    ['uk', 'GB'],
    ['britain', 'GB'],
    ['+44', 'GB'],
    ['peru', 'PE'],
    ['uae', 'AE'],
    ['qatar', 'QA'],
    ['kuwait', 'KW'],
  ])('"%s" shows %s first and never another country’s national line', (query, country) => {
    const { hits, namedCountry } = engine.search(query);
    expect(namedCountry).toBe(country);
    expect(hits.length).toBeGreaterThan(0);
    expect(entryOf(hits[0]!.id).countries).toContain(country);
    expect(hits.filter((hit) => foreignLine(hit.id, country)).map((hit) => hit.id)).toEqual([]);
  });

  it('a country with no verified line still gets its emergency numbers, and nothing from elsewhere', () => {
    const { hits } = engine.search('qatar');
    expect(hits.map((hit) => hit.id)).toEqual(['qa-emergency']);
  });

  it('the other words of a query filter within the country named', () => {
    const { hits } = engine.search('trafficking nigeria');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => entryOf(hit.id).countries.length === 0 || entryOf(hit.id).countries.includes('NG'))).toBe(true);
  });

  it('her own country’s lines come first when she has chosen one', () => {
    const { hits } = engine.search('trafficking', { country: 'PH' });
    expect(entryOf(hits[0]!.id).countries).toContain('PH');
    const elsewhere = engine.search('trafficking', { country: 'TH' });
    expect(entryOf(elsewhere.hits[0]!.id).countries).toContain('TH');
  });

  it('closest matches never offer another country’s national line for her country', () => {
    const near = engine.nearest('zzqq helplin', { country: 'PE' });
    expect(near.filter((hit) => foreignLine(hit.id, 'PE'))).toEqual([]);
  });
});

describe('directory search, finding', () => {
  const words = vocabularyFor(createTranslator('en'), directory);
  const engine = createDirectorySearch(directory, words);
  const hitsOf = (query: string, options = {}) => engine.search(query, options).hits;

  it('matches a number by its digits, exactly or as typed so far, never fuzzily', () => {
    const exact = hitsOf('1343');
    expect(exact.map((hit) => hit.id)).toEqual(['ph-1343-actionline']);
    // Every entry "134" finds has a number starting so; none is one digit off.
    const typed = hitsOf('134');
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.every((hit) => hit.terms!.some((term) => /^\d+$/.test(term) && term.startsWith('134')))).toBe(true);
  });

  it('takes one to three letters as typed so far: words starting with them, never fuzzy matches', () => {
    // ("tr" alone names Turkey, by its ISO code.)
    for (const prefix of ['t', 'he', 'tra']) {
      const hits = hitsOf(prefix);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((hit) => hit.terms!.some((term) => term.startsWith(prefix)))).toBe(true);
    }
  });

  it('ignores word order, and finds plurals and words typed without accents', () => {
    // The same entries (an exact name part, "domestic violence", puts its entry first in one order).
    expect(ids(hitsOf('violence domestic', { limit: 500 })).sort()).toEqual(
      ids(hitsOf('domestic violence', { limit: 500 })).sort(),
    );
    expect(hitsOf('helplines').length).toBeGreaterThan(10);
    const trafico = hitsOf('trafico ilicito');
    expect(ids(trafico.slice(0, 3))).toContain('ec-1800-delito');
    expect(trafico[0]!.terms).toEqual(expect.arrayContaining(['trafico', 'ilicito']));
  });

  it('puts an exact name or acronym first', () => {
    expect(hitsOf('Veilig Thuis')[0]!.id).toBe('nl-veilig-thuis');
    expect(hitsOf('NAPTIP')[0]!.id).toBe('ng-naptip-627');
    // An acronym the name does not spell out: the initials of its words.
    expect(ids(hitsOf('nhth').slice(0, 2)).sort()).toEqual(['us-national-human-trafficking-hotline', 'us-nhth']);
  });

  it('never puts a line not fully verified before a verified one for the same need', () => {
    const doubt = { high: 0, medium: 1, low: 2 } as const;
    for (const query of ['trafficking', 'helpline', 'violence', 'child', 'women', 'police', 'hotline', 'migrant']) {
      const hits = hitsOf(query);
      hits.forEach((hit, i) => {
        const entry = byId.get(hit.id)!;
        for (const later of hits.slice(i + 1)) {
          const other = byId.get(later.id)!;
          const sameNeed =
            Math.floor(hit.score) === Math.floor(later.score) &&
            other.kind === entry.kind &&
            other.countries.join() === entry.countries.join() &&
            other.topics[0] === entry.topics[0];
          if (sameNeed)
            expect(doubt[entry.confidence ?? 'high'], `${query}: ${hit.id} before ${later.id}`).toBeLessThanOrEqual(
              doubt[other.confidence ?? 'high'],
            );
        }
      });
    }
  });

  it('loads a stored index that answers as the one it was built from, and refuses another format', () => {
    const stored = engine.serialize();
    const loaded = loadDirectorySearch(stored.slice(0));
    for (const query of ['trafficing', '116 016', 'la strada', 'uk', 'job ofer', 'tra', 'mexco']) {
      expect(loaded.search(query)).toEqual(engine.search(query));
      expect(loaded.nearest(query, { country: 'PE' })).toEqual(engine.nearest(query, { country: 'PE' }));
    }
    const damaged = new Uint8Array(stored.slice(0));
    damaged[0] = 0;
    expect(() => loadDirectorySearch(damaged.buffer)).toThrow(IndexFormatError);
  });
});

describe('directory search, in every language', () => {
  it('finds a topic by its words in any shipped language, whatever the interface language', async () => {
    for (const language of ['en', 'es', 'ar'] as const) {
      const engine = createDirectorySearch(directory, await searchWords(language, directory));
      for (const [query, country, expected] of [
        ['ค้ามนุษย์', 'TH', 'th-hotline-1300'],
        ['मानव तस्करी', 'NP', 'np-police-trafficking-hotline-1177'],
        ['الاتجار', 'AE', 'ae-ewaa-800-save'],
        ['trata', 'PE', 'pe-linea-1818'],
      ] as const) {
        expect(ids(engine.search(query, { country }).hits.slice(0, 3)), `${query} in ${language}`).toContain(expected);
      }
    }
    // Every catalogue's words are shipped with the search: with the English vocabulary alone, the
    // Burmese word for trafficking (in no Thai line's text) finds Thailand's trafficking line...
    const english = createDirectorySearch(directory, vocabularyFor(createTranslator('en'), directory));
    expect(ids(english.search('လူကုန်ကူးမှု', { country: 'TH' }).hits.slice(0, 3))).toContain('th-hotline-1300');
    // ...and only through those words: without them it finds nothing there.
    const noTopicWords = createDirectorySearch(directory, {
      ...vocabularyFor(createTranslator('en'), directory),
      topicWords: {},
    });
    expect(noTopicWords.search('လူကုန်ကူးမှု', { country: 'TH' }).hits).toEqual([]);
  });

  it('folds accents where readers drop them, never Thai or Devanagari vowel signs', () => {
    expect(foldText('Tráfico Ilícito, Łódź')).toBe('trafico ilicito lodz');
    expect(foldText('الإتجار')).toBe(foldText('الاتجار'));
    expect(foldText('ค้ามนุษย์')).toBe('ค้ามนุษย์');
    expect(foldText('मानव तस्करी')).toBe('मानव तस्करी');
  });
});
