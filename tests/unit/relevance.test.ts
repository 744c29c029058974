import { describe, expect, it } from 'vitest';
import { createDirectorySearch } from '../../src/search/directory-search';
import { realDirectory } from './support/real-directory';
import { relevanceCases } from './support/relevance-set';
import { searchWords } from './support/search-words';

// The real directory, the vocabulary as the app gives it with every catalogue's topic words.
const directory = realDirectory().entries;
const engine = createDirectorySearch(directory, await searchWords('en', directory));
const cases = relevanceCases();

/** What she is shown first: the matches, or the closest entries when nothing matches. */
function shown(query: string, country: string | undefined): string[] {
  const options = country ? { country } : {};
  const { hits } = engine.search(query, options);
  return (hits.length > 0 ? hits : engine.nearest(query, options)).slice(0, 3).map((hit) => hit.id);
}

describe('relevance set', () => {
  it('has at least 80 queries, each expecting an entry that exists', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    const ids = new Set(directory.map((entry) => entry.id));
    expect(cases.filter((each) => !ids.has(each.expect)).map((each) => each.expect)).toEqual([]);
  });

  it('finds the expected entry in the first three for at least 95% of queries', () => {
    const missed = cases
      .map((each) => ({ ...each, found: shown(each.query, each.country) }))
      .filter((each) => !each.found.includes(each.expect))
      .map(
        (each) =>
          `[${each.group}] "${each.query}"${each.country ? ` in ${each.country}` : ''}: ${each.found.join(', ')} (want ${each.expect})`,
      );
    const recall = (cases.length - missed.length) / cases.length;
    expect(recall, `recall@3 ${(100 * recall).toFixed(1)}%, missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });
});
