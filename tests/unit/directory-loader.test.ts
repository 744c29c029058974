/** A start never spins forever: the directory is on screen, or the page says it is unavailable, within seconds. */
import { signal } from '@preact/signals-core';
import { describe, expect, it, vi } from 'vitest';
import { compileDirectory } from '../../scripts/resources/compile';
import { startDirectory, START_DEADLINE_MS } from '../../src/app/directory-loader';
import type { LoadState } from '../../src/app/model';
import { createMemoryStore, type DirectoryStore, type StoredDirectory } from '../../src/data/store';
import { makeEntries } from './support/entries';
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

  it('says at once that the directory is unavailable when nothing is stored and nothing can be fetched', async () => {
    const model = fakeModel();
    const offline = async () => Promise.reject(new TypeError('Failed to fetch'));
    await startDirectory(model, Promise.resolve(createMemoryStore()), sources(offline));
    expect(model.states).toEqual(['unavailable']);
  });
});
