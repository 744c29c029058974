import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/i18n';
import { vocabularyFor } from '../../src/app/vocabulary';
import type { CompiledEntry } from '../../src/data/entry';
import { createDirectorySearch, queryWords, type SearchHit } from '../../src/search/directory-search';
import { realDirectory } from './support/real-directory';

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
