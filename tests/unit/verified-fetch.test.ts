import { describe, expect, it } from 'vitest';
import { DownloadError, fetchBytes, type Fetcher } from '../../src/data/verified-fetch';

const BASE = 'https://waypoint.test/app/';

/** A fetch that never answers unless its signal aborts: a connection that stalled. */
function stalledFetch(seen: (AbortSignal | undefined)[] = []): Fetcher {
  return (_url, init) => {
    seen.push(init?.signal ?? undefined);
    return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
  };
}

/** A body that sends `chunks` chunks `everyMs` apart, then either ends or stops sending. */
function trickle(chunks: number, everyMs: number, thenStall = false): Response {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (sent === chunks) {
        if (thenStall) return new Promise(() => {});
        controller.close();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
      sent++;
      controller.enqueue(new TextEncoder().encode('x'));
    },
  });
  return new Response(body);
}

describe('downloads', () => {
  it('give every request an abort signal, and end a request that gets no answer', async () => {
    const signals: (AbortSignal | undefined)[] = [];
    const started = Date.now();
    const failure = await fetchBytes(
      { fetch: stalledFetch(signals), baseUrl: BASE, stallTimeoutMs: 50 },
      'data/index.json',
    ).catch((e) => e);
    expect(failure).toBeInstanceOf(DownloadError);
    expect(failure).toMatchObject({ name: 'DownloadError', failure: 'timed-out' });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(true);
  });

  it('end even when the fetch ignores its signal', async () => {
    const deaf: Fetcher = () => new Promise(() => {});
    await expect(fetchBytes({ fetch: deaf, baseUrl: BASE, stallTimeoutMs: 50 }, 'data/index.json')).rejects.toMatchObject({
      failure: 'timed-out',
    });
  });

  it('end a body that stops arriving half way', async () => {
    const fetch: Fetcher = async () => trickle(2, 5, true);
    await expect(fetchBytes({ fetch, baseUrl: BASE, stallTimeoutMs: 60 }, 'data/x.json')).rejects.toMatchObject({
      failure: 'timed-out',
    });
  });

  it('let a slow download that keeps arriving finish, however long it takes in all', async () => {
    const fetch: Fetcher = async () => trickle(12, 25);
    const bytes = await fetchBytes({ fetch, baseUrl: BASE, stallTimeoutMs: 150 }, 'data/x.json');
    expect(new TextDecoder().decode(bytes)).toBe('x'.repeat(12));
  });

  it('stop when the caller cancels, before or during the request', async () => {
    const controller = new AbortController();
    const pending = fetchBytes({ fetch: stalledFetch(), baseUrl: BASE, signal: controller.signal }, 'data/index.json');
    controller.abort();
    await expect(pending).rejects.toMatchObject({ failure: 'cancelled' });
    await expect(
      fetchBytes({ fetch: stalledFetch(), baseUrl: BASE, signal: controller.signal }, 'data/index.json'),
    ).rejects.toMatchObject({
      failure: 'cancelled',
    });
  });

  it('tell a lost connection from an error answer', async () => {
    const offline: Fetcher = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(fetchBytes({ fetch: offline, baseUrl: BASE }, 'data/index.json')).rejects.toMatchObject({ failure: 'network' });
    const missing: Fetcher = async () => new Response('', { status: 404 });
    await expect(fetchBytes({ fetch: missing, baseUrl: BASE }, 'data/index.json')).rejects.toMatchObject({
      failure: 'http',
      message: 'data/index.json: HTTP 404',
    });
  });

  it('ask past the HTTP cache, every time', async () => {
    const inits: (RequestInit | undefined)[] = [];
    const fetch: Fetcher = async (_url, init) => {
      inits.push(init);
      return new Response('{}');
    };
    await fetchBytes({ fetch, baseUrl: BASE }, 'data/index.json');
    await fetchBytes({ fetch, baseUrl: BASE }, 'data/b/0123456789ab.json');
    expect(inits.map((init) => init?.cache)).toEqual(['no-store', 'no-store']);
  });

  it('refuse a file larger than allowed: at once when the server says so, else as soon as it arrives', async () => {
    let cancelled = false;
    const declared: Fetcher = async () =>
      new Response(
        new ReadableStream({
          cancel() {
            cancelled = true;
          },
        }),
        { headers: { 'Content-Length': '5000' } },
      );
    await expect(fetchBytes({ fetch: declared, baseUrl: BASE, maxBytes: 4096 }, 'data/x.json')).rejects.toMatchObject({
      failure: 'too-large',
      message: 'data/x.json: 5000 bytes; at most 4096 allowed',
    });
    expect(cancelled).toBe(true);
    const endless: Fetcher = async () => trickle(1_000_000, 0);
    await expect(fetchBytes({ fetch: endless, baseUrl: BASE, maxBytes: 64 }, 'data/x.json')).rejects.toMatchObject({
      failure: 'too-large',
      message: 'data/x.json: more than 64 bytes; refused',
    });
  });
});
