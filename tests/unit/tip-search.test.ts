import { describe, expect, it } from 'vitest';
import { createDirectorySearch, loadDirectorySearch } from '../../src/search/directory-search';
import { realDirectory } from './support/real-directory';
import { searchWords } from './support/search-words';

// The real directory and the vocabulary the app gives, with every catalogue's words.
const directory = realDirectory().entries;
const byId = new Map(directory.map((entry) => [entry.id, entry]));
const engine = createDirectorySearch(directory, await searchWords('en', directory));

const QUESTIONS = [
  'scam',
  'passport',
  'boss',
  'fake job',
  'estafa',
  'my boss took my passport',
  'is this job offer a scam',
  'el jefe tiene mi pasaporte',
];
const COUNTRIES = [undefined, 'SA', 'PH', 'MY', 'NL', 'MX'];

/** What she sees first: the matches, or the closest entries when nothing matches. */
function shown(query: string, country?: string) {
  const options = country ? { country } : {};
  const { hits } = engine.search(query, options);
  return (hits.length > 0 ? hits : engine.nearest(query, options)).map((hit) => byId.get(hit.id)!);
}

describe('tips rank as tips', () => {
  for (const query of QUESTIONS)
    it.each(COUNTRIES)(
      `"${query}" leads with a tip, and shows no other country's line in the first three (country %s)`,
      (country) => {
        const first = shown(query, country).slice(0, 3);
        expect(first[0]!.kind).toBe('tip');
        const foreign = first.filter(
          (entry) => entry.kind !== 'tip' && entry.countries.length > 0 && !(country && entry.countries.includes(country)),
        );
        expect(foreign.map((entry) => entry.id)).toEqual([]);
      },
    );

  it('puts the tip whose own words hold the query before those found through the situation alone', () => {
    expect(shown('recrutment fee')[0]!.id).toBe('tip-no-recruitment-fees');
    expect(shown('pay a fee for a job')[0]!.id).toBe('tip-no-recruitment-fees');
    expect(shown('my boss took my passport')[0]!.id).toBe('tip-never-give-passport');
  });

  it.each([
    ['help', undefined],
    ['helpline', undefined],
    ['chat nacional contra la trata', undefined],
    ['trata de personas', 'PE'],
    ['trafficking', 'GB'],
  ])('leaves "%s" to the lines: a word that is not a situation’s never puts tips first', (query, country) => {
    expect(shown(query, country)[0]!.kind).not.toBe('tip');
  });

  it('answers the same from a stored index', () => {
    const stored = loadDirectorySearch(engine.serialize());
    for (const query of QUESTIONS) expect(stored.search(query).hits).toEqual(engine.search(query).hits);
  });
});
