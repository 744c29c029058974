import { describe, expect, it, vi } from 'vitest';
import { compileEntries } from '../../scripts/resources/compile';
import { vocabularyFor } from '../../src/app/vocabulary';
import { createTranslator } from '../../src/i18n/i18n';
import { createSearchClient, type IndexStore } from '../../src/search/search-client';
import type { FromWorker, ToWorker } from '../../src/search/search-protocol';
import { createWorkerHandler } from '../../src/search/worker-handler';
import { makeEntry } from './support/entries';

const entries = compileEntries([
  makeEntry('gb-modern-slavery', { name: { en: 'Modern Slavery Helpline' }, countries: ['GB'] }),
  makeEntry('mx-linea-contra-la-trata', { name: { en: 'Línea contra la trata' }, countries: ['MX'] }),
  makeEntry('ph-iacat-1343', { name: { en: 'IACAT 1343 Actionline' }, countries: ['PH'] }),
]);
const vocabulary = vocabularyFor(createTranslator('en'), entries);

/**
 * A worker in this thread: messages cross as structured clones, one macrotask later, and are
 * handled by the real worker's handler. It records what the page asked for.
 */
class FakeWorker extends EventTarget {
  readonly received: ToWorker[] = [];
  terminated = false;
  /** Replies wait here while `holding`, as if the worker were busy. */
  holding = false;
  private readonly held: (() => void)[] = [];
  private readonly handle = createWorkerHandler((message: FromWorker) => {
    const send = () => setTimeout(() => this.dispatchEvent(new MessageEvent('message', { data: structuredClone(message) })));
    if (this.holding) this.held.push(send);
    else send();
  });
  release(): void {
    this.holding = false;
    for (const send of this.held.splice(0)) send();
  }
  postMessage(message: ToWorker, transfer: Transferable[] = []): void {
    const copy = structuredClone(message, { transfer });
    setTimeout(() => {
      this.received.push(copy);
      this.handle(copy);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A worker that never starts (a browser without module workers, or a blocked script). */
class BrokenWorker extends FakeWorker {
  override postMessage(): void {
    // (Node has no ErrorEvent: an Event with the message a browser's would carry.)
    setTimeout(() => this.dispatchEvent(Object.assign(new Event('error'), { message: 'module workers are not supported' })));
  }
}

const asWorker = (worker: FakeWorker) => worker as unknown as Worker;
const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id);

describe('search client', () => {
  it('answers from the worker as the engine in this thread does', async () => {
    const worker = new FakeWorker();
    const client = createSearchClient({ worker: () => asWorker(worker) });
    const inThread = createSearchClient({ worker: () => null });
    for (const each of [client, inThread]) each.index('v1:en', entries, vocabulary);
    for (const query of ['slavery', 'trata', '1343', 'uk']) {
      const [fromWorker, fromThread] = await Promise.all([client.search(query), inThread.search(query)]);
      expect(fromWorker).toEqual(fromThread);
      expect(fromWorker.matches.length + fromWorker.nearest.length).toBeGreaterThan(0);
    }
    expect(worker.received.map((message) => message.type)).toEqual(['build', 'search', 'search', 'search', 'search']);
  });

  it('drops queries replaced by newer ones before their turn: only the one running and the last are sent', async () => {
    const worker = new FakeWorker();
    const client = createSearchClient({ worker: () => asWorker(worker) });
    client.index('v1:en', entries, vocabulary);
    await client.search('ready');
    let controller = new AbortController();
    const answers: Promise<unknown>[] = [];
    const type = (query: string) => {
      controller.abort();
      controller = new AbortController();
      answers.push(client.search(query, controller.signal).catch((error: DOMException) => error.name));
    };
    worker.holding = true;
    type('s');
    // While the worker works on "s", she types on.
    await vi.waitFor(() => expect(worker.received.at(-1)).toMatchObject({ type: 'search', query: 's' }));
    for (const query of ['sl', 'sla', 'slav', 'slavery']) type(query);
    worker.release();
    const settled = await Promise.all(answers);
    // "s" was running (its answer is dropped), the next three never ran.
    expect(settled.slice(0, 4)).toEqual(['AbortError', 'AbortError', 'AbortError', 'AbortError']);
    expect(ids((settled[4] as { matches: { id: string }[] }).matches)).toEqual(['gb-modern-slavery']);
    const sent = worker.received.flatMap((message) => (message.type === 'search' ? [message.query] : []));
    expect(sent).toEqual(['ready', 's', 'slavery']);
  });

  it('runs the engine in this thread when the worker cannot start', async () => {
    const broken = new BrokenWorker();
    const client = createSearchClient({ worker: () => asWorker(broken) });
    client.index('v1:en', entries, vocabulary);
    const answer = await client.search('slavery');
    expect(ids(answer.matches)).toEqual(['gb-modern-slavery']);
    expect(broken.terminated).toBe(true);
  });

  /** A store keeping the index a first client built for `key`. */
  async function keptIndexFor(key: string): Promise<IndexStore> {
    let kept: { key: string; index: ArrayBuffer } | undefined;
    const store: IndexStore = {
      latest: async () => kept,
      put: async (key, index) => {
        kept = { key, index };
      },
    };
    const client = createSearchClient({ store, worker: () => null });
    client.index(key, entries, vocabulary);
    await client.search('slavery');
    await vi.waitFor(() => expect(kept?.key).toBe(key));
    return store;
  }

  it('stores the index it builds, and the next start loads it instead of building', async () => {
    const kept = new Map<string, ArrayBuffer>();
    const store: IndexStore = {
      latest: async () => [...kept].map(([key, index]) => ({ key, index })).at(-1),
      put: async (key, index) => void kept.set(key, index),
    };
    const first = new FakeWorker();
    const before = await (async () => {
      const client = createSearchClient({ store, worker: () => asWorker(first) });
      client.index('v1:en', entries, vocabulary);
      return client.search('trata');
    })();
    expect([...kept.keys()]).toEqual(['v1:en']);
    const second = new FakeWorker();
    const client = createSearchClient({ store, worker: () => asWorker(second) });
    client.index('v1:en', entries, vocabulary);
    expect(await client.search('trata')).toEqual(before);
    expect(second.received.map((message) => message.type)).toEqual(['load', 'search']);
  });

  it('hands the kept index to the worker as the store opens, before the directory is indexed', async () => {
    const kept = await keptIndexFor('v1:en');
    const worker = new FakeWorker();
    const client = createSearchClient({ store: Promise.resolve(kept), worker: () => asWorker(worker) });
    await vi.waitFor(() => expect(worker.received.map((message) => message.type)).toEqual(['load']));
    client.index('v1:en', entries, vocabulary);
    expect(ids((await client.search('slavery')).matches)).toEqual(['gb-modern-slavery']);
    expect(worker.received.map((message) => message.type)).toEqual(['load', 'search']);
  });

  it('builds when the kept index is for another dataset or language, and again when the language comes back', async () => {
    const kept = await keptIndexFor('v1:en');
    const worker = new FakeWorker();
    const client = createSearchClient({ store: kept, worker: () => asWorker(worker) });
    client.index('v2:en', entries, vocabulary);
    await client.search('slavery');
    expect(worker.received.map((message) => message.type)).toEqual(['load', 'build', 'search']);
    client.index('v2:es', entries, { ...vocabulary, language: 'es' });
    client.index('v1:en', entries, vocabulary);
    expect(ids((await client.search('slavery')).matches)).toEqual(['gb-modern-slavery']);
    // The engine held v2's index by then: v1:en is built, not taken from what was loaded at the start.
    expect(worker.received.map((message) => message.type)).toEqual(['load', 'build', 'search', 'build', 'build', 'search']);
  });

  it('builds in this thread when the worker that loaded the kept index fails', async () => {
    const kept = await keptIndexFor('v1:en');
    class FailsOnSearch extends FakeWorker {
      override postMessage(message: ToWorker, transfer: Transferable[] = []): void {
        if (message.type !== 'search') super.postMessage(message, transfer);
        else setTimeout(() => this.dispatchEvent(Object.assign(new Event('error'), { message: 'the worker died' })));
      }
    }
    const worker = new FailsOnSearch();
    const client = createSearchClient({ store: kept, worker: () => asWorker(worker) });
    client.index('v1:en', entries, vocabulary);
    expect(ids((await client.search('slavery')).matches)).toEqual(['gb-modern-slavery']);
    expect(worker.received.map((message) => message.type)).toEqual(['load']);
    expect(worker.terminated).toBe(true);
  });

  it('builds again when the stored index is of another format', async () => {
    const store: IndexStore = { latest: async () => ({ key: 'v1:en', index: new ArrayBuffer(64) }), put: async () => undefined };
    const worker = new FakeWorker();
    const client = createSearchClient({ store, worker: () => asWorker(worker) });
    client.index('v1:en', entries, vocabulary);
    expect(ids((await client.search('slavery')).matches)).toEqual(['gb-modern-slavery']);
    expect(worker.received.map((message) => message.type)).toEqual(['load', 'build', 'search']);
  });
});

describe('the deferred search client (the first page carries only it)', () => {
  it('passes on an index asked for before the client arrived, before the searches that follow', async () => {
    const { deferredSearchClient } = await import('../../src/search/deferred-search-client');
    let arrive!: (client: ReturnType<typeof createSearchClient>) => void;
    const client = deferredSearchClient(new Promise((resolve) => (arrive = resolve)));
    client.index('v1:en', entries, vocabulary);
    const answer = client.search('slavery');
    arrive(createSearchClient({ worker: () => null }));
    expect(ids((await answer).matches)).toEqual(['gb-modern-slavery']);
  });

  it('answers with an error, never a hang, when the client could not load', async () => {
    const { deferredSearchClient } = await import('../../src/search/deferred-search-client');
    const client = deferredSearchClient(Promise.reject(new Error('chunk failed')));
    client.index('v1:en', entries, vocabulary);
    await expect(client.search('slavery')).rejects.toThrow('chunk failed');
  });
});
