/**
 * What the page and the search worker say to each other, and what a query's answer is. Types and
 * one pure function: both realms (page and worker) import this file, and neither pulls the
 * engine (fuse.js) in through it.
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

/** The page to the worker. `stored` is an index serialized before (see directory-search), handed over. */
export type ToWorker =
  | { type: 'build'; key: string; entries: readonly CompiledEntry[]; vocabulary: SearchVocabulary; serialize: boolean }
  | { type: 'load'; key: string; stored: ArrayBuffer }
  | { type: 'search'; id: number; query: string; country?: string; limit?: number | undefined };

/**
 * The worker to the page: an index is ready (with its serialized form when asked for, to store),
 * a stored index could not be used (build it instead), a query's answer, or a query that failed.
 */
export type FromWorker =
  | { type: 'ready'; key: string; stored?: ArrayBuffer }
  | { type: 'unusable'; key: string; reason: string }
  | { type: 'answer'; id: number; answer: SearchAnswer }
  | { type: 'failed'; id: number; reason: string };

/** A query's answer from an engine: its matches, or when there are none the entries closest to it. */
export function answerQuery(engine: DirectorySearch, query: string, country: string | undefined, limit?: number): SearchAnswer {
  const options = country ? { country } : {};
  // An absent limit leaves the engine's own default (a destructuring default takes undefined).
  const { hits, namedCountry } = engine.search(query, { ...options, limit });
  return { query, matches: hits, nearest: hits.length === 0 ? engine.nearest(query, options) : [], namedCountry };
}
