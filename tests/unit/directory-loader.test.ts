/** A start never spins forever: the directory is on screen, or the page says it is unavailable, within seconds. */
import { signal } from '@preact/signals-core';
import { describe, expect, it, vi } from 'vitest';
import { compileDirectory } from '../../scripts/resources/compile';
import { startDirectory, START_DEADLINE_MS } from '../../src/app/directory-loader';
import type { LoadState } from '../../src/app/model';
import { createMemoryStore, type DirectoryStore, type StoredDirectory } from '../../src/data/store';
import { makeEntries, makeEntry } from './support/entries';
import { BASE, serve } from './support/serve';

const site = compileDirectory(makeEntries(8), '2026-11-20T00:00:00.000Z');

function fakeModel() {
  const load = signal<LoadState>({ status: 'loading' });
  const states: string[] = [];
  return {
    load,
    states,
    directoryReady: (directory: StoredDirectory) => {
      load.value = { status: 'ready', directory };
      states.push('ready');
    },
    directoryPreview: (directory: StoredDirectory) => {
      load.value = { status: 'ready', directory, partial: true };
      states.push(`first screen: ${directory.entries.map((entry) => entry.id).join(' ')}`);
    },
    directoryUnavailable: () => {
      load.value = { status: 'unavailable' };
      states.push('unavailable');
    },
    storageNotice: vi.fn(),
    updateFinished: vi.fn(),
  };
}

const sources = (fetch = serve(site).fetch) => ({
  bundled: site.info,
  signingKeys: [],
  fetch,
  baseUrl: BASE,
  online: () => false,
  deadlineMs: 60,
});

describe('starting the directory', () => {
  it(`gives up waiting after a few seconds (${START_DEADLINE_MS / 1000} s) when storage never answers`, async () => {
    expect(START_DEADLINE_MS).toBeLessThanOrEqual(10_000);
    const model = fakeModel();
    void startDirectory(model, new Promise<DirectoryStore>(() => {}), sources());
    await vi.waitFor(() => expect(model.states).toEqual(['unavailable']), { timeout: 1000 });
  });

  it('still shows a directory that arrives after the deadline', async () => {
    const model = fakeModel();
    const late = new Promise<DirectoryStore>((resolve) => setTimeout(() => resolve(createMemoryStore()), 150));
    await startDirectory(model, late, sources());
    expect(model.states).toEqual(['unavailable', 'ready']);
    expect(model.load.value).toMatchObject({ status: 'ready', directory: { meta: { version: site.info.version } } });
  });

  it("shows her country's first screen while the whole directory downloads on a first visit, then the whole", async () => {
    const here = compileDirectory(
      ['ke-a', 'ke-b', 'ke-c', 'np-a', 'np-b'].map((id) => makeEntry(id, { countries: [id.slice(0, 2).toUpperCase()] })),
      '2026-11-20T00:00:00.000Z',
    );
    const { fetch } = serve(here);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The whole file waits until the first screen has been shown.
    const slow: typeof fetch = async (url, init) => {
      if (String(url).includes('/directory-')) await held;
      return fetch(url, init);
    };
    const model = fakeModel();
    const started = startDirectory(model, Promise.resolve(createMemoryStore()), {
      ...sources(slow),
      bundled: here.info,
      country: 'NP',
      deadlineMs: 5000,
    });
    await vi.waitFor(() => expect(model.states).toHaveLength(1));
    // Only the lines that name Nepal.
    expect(model.states[0]).toMatch(/^first screen: (np\S* ?)+$/);
    release();
    await started;
    expect(model.states.at(-1)).toBe('ready');
    expect(model.load.value).toMatchObject({ status: 'ready', directory: { entries: { length: 5 } } });
    expect(model.load.value).not.toHaveProperty('partial');
  });

  it('shows no first screen when the device has the directory, nor one of another version', async () => {
    const model = fakeModel();
    const store = createMemoryStore();
    await startDirectory(model, Promise.resolve(store), { ...sources(), country: 'GB' });
    model.states.length = 0;
    await startDirectory(model, Promise.resolve(store), { ...sources(), country: 'GB' });
    expect(model.states).toEqual(['ready']);
    // A first screen left from another build (its version is not the shipped one) is not shown.
    const other = compileDirectory(makeEntries(8, { summary: { en: 'Another build' } }), '2026-11-21T00:00:00.000Z');
    const mixed = serve(site).fetch;
    // The whole file comes late, so a first screen that were taken would show before it.
    const stale: typeof mixed = async (url, init) => {
      if (String(url).includes('/here/')) return serve(other).fetch(url, init);
      if (String(url).includes('/directory-')) await new Promise((resolve) => setTimeout(resolve, 100));
      return mixed(url, init);
    };
    const fresh = fakeModel();
    await startDirectory(fresh, Promise.resolve(createMemoryStore()), { ...sources(stale), country: 'GB', deadlineMs: 5000 });
    expect(fresh.states).toEqual(['ready']);
  });

  it('says at once that the directory is unavailable when nothing is stored and nothing can be fetched', async () => {
    const model = fakeModel();
    const offline = async () => Promise.reject(new TypeError('Failed to fetch'));
    await startDirectory(model, Promise.resolve(createMemoryStore()), sources(offline));
    expect(model.states).toEqual(['unavailable']);
  });
});
