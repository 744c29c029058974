/**
 * The app's way to search: asynchronous, and in a module worker where the browser has one (see
 * search-worker.ts), so typing never waits for the engine. Without a worker (or if it fails to
 * start) the engine runs in this thread behind the same interface, as its own chunk loaded after
 * the first paint. Each dataset-and-language pair is indexed once; with a store, the built index
 * is kept and loaded next time instead of built again. The kept index is read and handed to the
 * engine as soon as the store opens, while the page is still reading the directory: a start
 * whose dataset and language are the same as last time then finds its index already loaded.
 */
import type { CompiledEntry } from '../data/entry';
import type { SearchVocabulary } from './directory-search';
import { answerQuery, type FromWorker, type SearchAnswer, type ToWorker } from './search-protocol';

export type { SearchAnswer };

export interface SearchClient {
  /**
   * Makes `entries` searchable in the vocabulary's language. `key` names the dataset and language
   * (e.g. `version:lang`): the same key again reuses the index built before.
   */
  index(key: string, entries: readonly CompiledEntry[], vocabulary: SearchVocabulary): void;
  /**
   * Searches the last indexed entries, her country's lines first when `country` is known.
   * Rejects with an AbortError once `signal` aborts; a query aborted before its turn never runs.
   * `limit` caps the matches (the engine's own default when absent).
   */
  search(query: string, signal?: AbortSignal, country?: string, limit?: number): Promise<SearchAnswer>;
}

/** Where the last built index is kept between visits, with its key (e.g. IndexedDB, through data/store.ts). */
export interface IndexStore {
  latest(): Promise<{ key: string; index: ArrayBuffer } | undefined>;
  put(key: string, index: ArrayBuffer): Promise<void>;
}

export interface SearchClientOptions {
  /** Keeps built indexes, so a later start loads one instead of building it (it may still be opening). */
  store?: IndexStore | Promise<IndexStore>;
  /** Starts the search worker; null runs the engine in this thread. Defaults to the module worker where Worker exists. */
  worker?: () => Worker | null;
}

/** Thrown when a query was replaced by a newer one before its answer arrived. */
function aborted(): DOMException {
  return new DOMException('The search was replaced by a newer one', 'AbortError');
}

/** Thrown when the worker stops working: the client then runs the engine in this thread. */
class SearchWorkerError extends Error {
  override name = 'SearchWorkerError';
}

/** Where the engine runs: the two backends behind the client. */
interface Backend {
  /** Builds an index (returning its serialized form when asked for), or loads a stored one (false when it cannot). */
  build(
    key: string,
    entries: readonly CompiledEntry[],
    vocabulary: SearchVocabulary,
    serialize: boolean,
  ): Promise<ArrayBuffer | undefined>;
  load(key: string, stored: ArrayBuffer): Promise<boolean>;
  answer(query: string, country: string | undefined, limit: number | undefined): Promise<SearchAnswer>;
}

/** The engine in this thread: its chunk loads on first use. */
function threadBackend(): Backend {
  let engineModule: Promise<typeof import('./directory-search')> | null = null;
  let engine: Promise<import('./directory-search').DirectorySearch> | null = null;
  const module = () => (engineModule ??= import('./directory-search'));
  return {
    async build(_key, entries, vocabulary, serialize) {
      engine = module().then((search) => search.createDirectorySearch(entries, vocabulary));
      return serialize ? (await engine).serialize() : undefined;
    },
    async load(_key, stored) {
      const search = await module();
      try {
        const loaded = search.loadDirectorySearch(stored);
        engine = Promise.resolve(loaded);
        return true;
      } catch (error) {
        if (error instanceof search.IndexFormatError) return false;
        throw error;
      }
    },
    async answer(query, country, limit) {
      if (!engine) throw new Error('Nothing is indexed yet');
      return answerQuery(await engine, query, country, limit);
    },
  };
}

/** The engine in a worker: requests by message, answers matched to them by id. */
function workerBackend(worker: Worker, onFailure: (error: Error) => void): Backend {
  let nextId = 0;
  const waiting = new Map<number | string, { resolve: (message: FromWorker) => void; reject: (error: Error) => void }>();
  const fail = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    worker.terminate();
    onFailure(error);
  };
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    const id = message.type === 'answer' || message.type === 'failed' ? message.id : `index:${message.key}`;
    const request = waiting.get(id);
    waiting.delete(id);
    request?.resolve(message);
  });
  // A worker that cannot start (an old browser without module workers, a blocked script) or dies.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(new SearchWorkerError(event.message || 'The search worker failed'));
  });
  worker.addEventListener('messageerror', () => fail(new SearchWorkerError('A search message could not be read')));
  const request = (id: number | string, message: ToWorker, transfer: Transferable[] = []) =>
    new Promise<FromWorker>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.postMessage(message, transfer);
    });
  return {
    async build(key, entries, vocabulary, serialize) {
      const reply = await request(`index:${key}`, { type: 'build', key, entries, vocabulary, serialize });
      return reply.type === 'ready' ? reply.stored : undefined;
    },
    async load(key, stored) {
      const reply = await request(`index:${key}`, { type: 'load', key, stored }, [stored]);
      return reply.type === 'ready';
    },
    async answer(query, country, limit) {
      const id = nextId++;
      const reply = await request(id, { type: 'search', id, query, ...(country ? { country } : {}), limit });
      if (reply.type !== 'answer') throw new Error(reply.type === 'failed' ? reply.reason : 'Unexpected reply');
      return reply.answer;
    },
  };
}

/** The module worker, where the browser has workers (Vite bundles it from this exact expression). */
function moduleWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

interface Job {
  query: string;
  country: string | undefined;
  limit: number | undefined;
  signal: AbortSignal | undefined;
  resolve: (answer: SearchAnswer) => void;
  reject: (error: unknown) => void;
}

/**
 * The client. One query runs at a time: while one runs, those typed after it wait, and a query
 * aborted before its turn (the model aborts each query a newer one replaces) is dropped unrun.
 */
export function createSearchClient(options: SearchClientOptions = {}): SearchClient {
  let backend: Backend | null = null;
  let indexed: { key: string; entries: readonly CompiledEntry[]; vocabulary: SearchVocabulary; ready: Promise<void> } | null =
    null;
  const queue: Job[] = [];
  let running = false;
  /**
   * The index the engine holds (or has last been asked to build), and on which backend: a backend
   * started after the worker failed holds nothing yet.
   */
  let holds: { key: string; backend: Backend } | null = null;

  const useThread = () => {
    backend = threadBackend();
    // The index the worker was making is made again here; queries wait for it.
    if (indexed) indexed.ready = prepare(indexed.key, indexed.entries, indexed.vocabulary);
  };
  const currentBackend = (): Backend => {
    if (backend) return backend;
    const worker = (options.worker ?? moduleWorker)();
    backend = worker ? workerBackend(worker, useThread) : threadBackend();
    return backend;
  };

  /**
   * The kept index, loaded into the engine before anyone asks for it (none kept, an older format,
   * no store, or a worker that failed meanwhile: the engine holds nothing).
   */
  const preloaded: Promise<void> = (async () => {
    const store = await options.store;
    const kept = await store?.latest().catch(() => undefined);
    if (!kept) return;
    const engine = currentBackend();
    if ((await engine.load(kept.key, kept.index)) && !holds) holds = { key: kept.key, backend: engine };
  })().catch(() => undefined);

  /** Uses the index the engine holds if it is the one for `key`, else builds it (and keeps it). */
  async function prepare(key: string, entries: readonly CompiledEntry[], vocabulary: SearchVocabulary): Promise<void> {
    await preloaded;
    const engine = currentBackend();
    if (holds?.key === key && holds.backend === engine) return;
    // Claimed now, not once built: the worker builds in the order asked, so the last asked is what it holds.
    holds = { key, backend: engine };
    try {
      const store = await options.store;
      const built = await engine.build(key, entries, vocabulary, store !== undefined);
      if (built && store) await store.put(key, built).catch(() => undefined);
    } catch (error) {
      // The worker failed: `useThread` has already started again in this thread.
      if (!(error instanceof SearchWorkerError) || engine === backend) throw error;
      return indexed?.ready;
    }
  }

  async function run(job: Job): Promise<SearchAnswer> {
    for (;;) {
      const ready = indexed!.ready;
      await ready;
      if (job.signal?.aborted) throw aborted();
      try {
        return await currentBackend().answer(job.query, job.country, job.limit);
      } catch (error) {
        // The worker failed mid-query: ask again in this thread, once it has the index.
        if (!(error instanceof SearchWorkerError) || indexed!.ready === ready) throw error;
      }
    }
  }

  function pump(): void {
    if (running) return;
    let job = queue.shift();
    while (job?.signal?.aborted) job = queue.shift();
    if (!job) return;
    running = true;
    const { resolve, reject } = job;
    run(job)
      .then(resolve, reject)
      .finally(() => {
        running = false;
        pump();
      });
  }

  return {
    index(key, entries, vocabulary) {
      if (indexed?.key === key) return;
      indexed = { key, entries, vocabulary, ready: Promise.resolve() };
      indexed.ready = prepare(key, entries, vocabulary);
      // A failed build answers every query with an error, not a hang.
      indexed.ready.catch(() => undefined);
    },
    search(query, signal, country, limit) {
      if (signal?.aborted) return Promise.reject(aborted());
      if (!indexed || query.trim() === '') return Promise.resolve({ query, matches: [], nearest: [], namedCountry: null });
      return new Promise<SearchAnswer>((resolve, reject) => {
        const job: Job = { query, country, limit, signal, resolve, reject };
        signal?.addEventListener('abort', () => reject(aborted()), { once: true });
        queue.push(job);
        pump();
      });
    },
  };
}
