/**
 * The app's way to search: asynchronous, so the engine can move into a module worker without the
 * caller changing. Today it runs in the page; each dataset-and-language pair is indexed once.
 */
import type { CompiledEntry } from '../data/entry';
import type { DirectorySearch, SearchHit, SearchVocabulary } from './directory-search';

/** What one query found: matches best first, and close entries to offer when nothing matches. */
export interface SearchAnswer {
  query: string;
  matches: SearchHit[];
  nearest: SearchHit[];
  /** The country the query names, if it names one. */
  namedCountry: string | null;
}

export interface SearchClient {
  /**
   * Makes `entries` searchable in the vocabulary's language. `key` names the dataset and language
   * (e.g. `version:lang`): the same key again reuses the index built before.
   */
  index(key: string, entries: readonly CompiledEntry[], vocabulary: SearchVocabulary): void;
  /**
   * Searches the last indexed entries, her country's lines first when `country` is known.
   * Rejects with an AbortError once `signal` aborts.
   */
  search(query: string, signal?: AbortSignal, country?: string): Promise<SearchAnswer>;
}

/** Thrown when a query was replaced by a newer one before its answer arrived. */
function aborted(): DOMException {
  return new DOMException('The search was replaced by a newer one', 'AbortError');
}

/**
 * A client that runs the engine in this thread, behind the same asynchronous interface a worker
 * would have. The engine (and fuse.js) is its own chunk, loaded after the first paint, so the
 * first page does not wait for it.
 */
export function createSearchClient(): SearchClient {
  let engineModule: Promise<typeof import('./directory-search')> | null = null;
  let indexed: { key: string; engine: Promise<DirectorySearch> } | null = null;
  return {
    index(key, entries, vocabulary) {
      if (indexed?.key === key) return;
      engineModule ??= import('./directory-search');
      indexed = { key, engine: engineModule.then((module) => module.createDirectorySearch(entries, vocabulary)) };
    },
    async search(query, signal, country) {
      if (signal?.aborted) throw aborted();
      if (!indexed || query.trim() === '') return { query, matches: [], nearest: [], namedCountry: null };
      const engine = await indexed.engine;
      // A newer query may have come while the engine loaded.
      if (signal?.aborted) throw aborted();
      const options = country ? { country } : {};
      const { hits, namedCountry } = engine.search(query, options);
      return { query, matches: hits, nearest: hits.length === 0 ? engine.nearest(query, options) : [], namedCountry };
    },
  };
}
