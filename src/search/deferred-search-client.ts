/**
 * A search client whose code arrives later: the first page carries only this, and the client
 * itself (search-client.ts, with the worker's plumbing) loads beside the directory's code, which
 * it is needed with. Every call waits for it, in the order made, so an index asked for before it
 * arrived is there before the searches that follow.
 */
import type { SearchClient } from './search-client';

export function deferredSearchClient(client: Promise<SearchClient>): SearchClient {
  return {
    index(key, entries, vocabulary) {
      // A client that failed to load answers every search with an error (search() below): no index to make.
      client.then((ready) => ready.index(key, entries, vocabulary)).catch(() => undefined);
    },
    search(query, signal, country, limit) {
      return client.then((ready) => ready.search(query, signal, country, limit));
    },
  };
}
