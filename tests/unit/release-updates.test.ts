/**
 * Updates that follow the publisher's releases: ordered by release sequence, never a clock;
 * empty, oversized or rule-breaking directories refused; signed releases checked, and keys
 * rotated. Every refusal leaves the device's directory as it was.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compileDirectory, type CompiledDirectory } from '../../scripts/resources/compile';
import { loadDirectory, updateDirectory, type SyncContext } from '../../src/data/directory-sync';
import type { DatasetIndex } from '../../src/data/dataset-format';
import type { Entry } from '../../src/data/entry';
import { MAX_ENTRIES } from '../../src/rules/dataset-limits';
import { createMemoryStore, type DirectoryStore, type StoredDirectory } from '../../src/data/store';
import { makeEntries, makeEntry } from './support/entries';
import { makeKey, publishRelease } from './support/releases';
import { context, serve, type Fault } from './support/serve';

const EARLY = '2026-11-10T00:00:00.000Z';
const LATER = '2026-11-20T00:00:00.000Z';
/** A build machine whose clock was years ahead. */
const YEAR_2030 = '2030-06-01T00:00:00.000Z';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

function edited(entries: Entry[], index: number, summary = 'Changed summary'): Entry[] {
  return entries.map((entry, i) => (i === index ? { ...entry, summary: { en: summary } } : entry));
}

/** A device whose first visit stored `site` (shipped with the app). */
async function deviceOn(site: CompiledDirectory, keys: readonly string[] = []) {
  const store = createMemoryStore();
  const { directory } = await loadDirectory(context(store, serve(site).fetch, keys), site.info);
  return { store, current: directory };
}

async function updateFrom(
  store: DirectoryStore,
  current: StoredDirectory,
  site: CompiledDirectory,
  keys: readonly string[] = [],
  fault?: Fault,
) {
  const server = serve(site, fault);
  const result = await updateDirectory(context(store, server.fetch, keys), current);
  return { result, requested: server.requested, inits: server.inits, stored: await store.read() };
}

/** Rewrites a published index (and re-hashes nothing else): what a compromised host can do. */
function withIndex(site: CompiledDirectory, change: (index: DatasetIndex) => DatasetIndex): CompiledDirectory {
  const index = change(structuredClone(site.index));
  const files = new Map(site.files);
  files.set('data/index.json', JSON.stringify(index));
  return { ...site, files, index };
}

describe('release order: the sequence, never a clock', () => {
  const entries = makeEntries(40);

  it('takes release 2 after release 1 even when release 1 was built with a clock set to 2030', async () => {
    const { site: one } = publishRelease(entries, YEAR_2030, 1);
    const { site: two } = publishRelease(edited(entries, 3), EARLY, 2);
    const { store, current } = await deviceOn(one);
    const { result, stored } = await updateFrom(store, current, two);
    expect(result).toMatchObject({ status: 'updated' });
    expect(stored?.meta).toMatchObject({ version: two.info.version, sequence: 2 });
  });

  it('lands a rebuild with the same SOURCE_DATE_EPOCH: same date, same sequence, other content', async () => {
    const { site: one, record } = publishRelease(entries, EARLY, 1);
    // Corrected after the release, before the next one: the build carries the last sequence.
    const rebuilt = compileDirectory(edited(entries, 5), EARLY, [record]);
    expect(rebuilt.index).toMatchObject({ generated: one.index.generated, sequence: 1 });
    const { store, current } = await deviceOn(one);
    const { result, stored } = await updateFrom(store, current, rebuilt);
    expect(result).toMatchObject({ status: 'updated' });
    expect(stored?.meta.version).toBe(rebuilt.info.version);
  });

  it('refuses an earlier release (an old dist/ deployed again): the device keeps the later one', async () => {
    const { site: one } = publishRelease(entries, EARLY, 1);
    const { site: two } = publishRelease(edited(entries, 3), LATER, 2);
    const { store, current } = await deviceOn(two);
    const { result, requested, stored } = await updateFrom(store, current, one);
    expect(result).toEqual({ status: 'current' });
    expect(requested).toEqual(['data/index.json']);
    expect(stored?.meta.version).toBe(two.info.version);
  });

  it('takes a corrective release: the content of release 1 again, as release 3, on a device holding 2', async () => {
    const { site: one, record: first } = publishRelease(entries, EARLY, 1);
    const { site: two, record: second } = publishRelease(edited(entries, 3, 'A bad edit'), LATER, 2, { earlier: [first] });
    // `npm run release` on the restored files records release 1's content under sequence 3.
    const { site: three } = publishRelease(entries, LATER, 3, { earlier: [second] });
    expect(three.info.version).toBe(one.info.version);
    const { store, current } = await deviceOn(two);
    const { result, stored } = await updateFrom(store, current, three);
    expect(result).toMatchObject({ status: 'updated', method: 'delta' });
    expect(stored?.meta).toMatchObject({ version: one.info.version, sequence: 3 });
    expect(stored?.entries.every((entry) => entry.summary.en !== 'A bad edit')).toBe(true);
  });

  it('moves a device holding a directory from before sequences onto the first sequenced release', async () => {
    const legacy = compileDirectory(entries, YEAR_2030);
    expect(legacy.index.sequence).toBeUndefined();
    const { site: one } = publishRelease(edited(entries, 2), EARLY, 1);
    const { store, current } = await deviceOn(legacy);
    const { result, stored } = await updateFrom(store, current, one);
    expect(result).toMatchObject({ status: 'updated' });
    expect(stored?.meta.sequence).toBe(1);
  });

  it('never lets a directory without a sequence replace a sequenced one', async () => {
    const { site: one } = publishRelease(entries, EARLY, 1);
    const unsequenced = compileDirectory(edited(entries, 2), YEAR_2030);
    const { store, current } = await deviceOn(one);
    expect((await updateFrom(store, current, unsequenced)).result).toEqual({ status: 'current' });
  });

  it('starts with the copy shipped in the app only when it is a later release than the stored one', async () => {
    const { site: one } = publishRelease(entries, YEAR_2030, 1);
    const { site: two } = publishRelease(edited(entries, 3), EARLY, 2);
    const { store } = await deviceOn(one);
    // An app update that ships release 2: taken, whatever the dates say.
    const loaded = await loadDirectory(context(store, serve(two).fetch), two.info);
    expect(loaded.directory.meta).toMatchObject({ version: two.info.version, sequence: 2 });
    // The old app, still cached, ships release 1: the stored release 2 stays.
    const again = await loadDirectory(context(store, serve(one).fetch), one.info);
    expect(again.directory.meta.version).toBe(two.info.version);
  });
});

describe('directories the device refuses, keeping its own', () => {
  const entries = makeEntries(40);

  async function refused(next: CompiledDirectory, fault?: Fault, changes: Partial<SyncContext> = {}) {
    const { site: one } = publishRelease(entries, EARLY, 1);
    const { store, current } = await deviceOn(one);
    const server = serve(next, fault);
    const result = await updateDirectory({ ...context(store, server.fetch), ...changes }, current);
    const stored = await store.read();
    expect(stored?.meta.version).toBe(one.info.version);
    expect(stored?.entries).toHaveLength(40);
    return result;
  }

  it('a directory with no entries', async () => {
    const { site: empty } = publishRelease([], LATER, 2);
    expect(await refused(empty)).toMatchObject({
      status: 'failed',
      kind: 'invalid',
      reason: expect.stringMatching(/no entries/),
    });
  });

  it('an entry the build would refuse (a bad country code, a date after the build), whatever its hashes say', async () => {
    const { site: badCountry } = publishRelease([...entries.slice(1), makeEntry('zz-line', { countries: ['UK'] })], LATER, 2);
    expect(await refused(badCountry)).toMatchObject({
      status: 'failed',
      kind: 'invalid',
      reason: expect.stringMatching(/1 of 40 entries break the build's rules: .*"UK" is not an ISO 3166-1 alpha-2 country code/),
    });
    const { site: future } = publishRelease([...entries.slice(1), makeEntry('zz-line', { checked: '2026-11-25' })], LATER, 2);
    expect(await refused(future)).toMatchObject({
      status: 'failed',
      kind: 'invalid',
      reason: expect.stringMatching(/in the future/),
    });
  });

  it(`more than ${MAX_ENTRIES} entries, before downloading them`, async () => {
    const { site } = publishRelease(edited(entries, 1), LATER, 2);
    const huge = withIndex(site, (index) => ({ ...index, count: MAX_ENTRIES + 1 }));
    const result = await refused(huge);
    expect(result).toMatchObject({ status: 'failed', kind: 'too-large' });
  });

  it('a file larger than a device takes, as it arrives', async () => {
    const { site } = publishRelease(edited(entries, 1), LATER, 2);
    const padded: Fault = (path, body) => (path === 'data/index.json' ? null : new Response(body + ' '.repeat(5000)));
    const result = await refused(site, padded, { maxBytes: 4000 });
    expect(result).toMatchObject({ status: 'failed', kind: 'too-large', reason: expect.stringMatching(/more than 4000 bytes/) });
  });

  it('content that does not match what the index names (a forged bucket behind a sound version)', async () => {
    const { site } = publishRelease(edited(entries, 1), LATER, 2);
    const forged = withIndex(site, (index) => ({ ...index, content: sha('something else') }));
    expect(await refused(forged)).toMatchObject({ status: 'failed', kind: 'corrupt' });
  });
});

describe('downloads', () => {
  it('all bypass the HTTP cache, the index included', async () => {
    const entries = makeEntries(60);
    const { site: one } = publishRelease(entries, EARLY, 1);
    const { site: two } = publishRelease(edited(entries, 1), LATER, 2);
    const { store, current } = await deviceOn(one);
    const { result, inits } = await updateFrom(store, current, two);
    expect(result).toMatchObject({ status: 'updated' });
    expect(inits.length).toBeGreaterThan(1);
    for (const init of inits) expect(init).toMatchObject({ cache: 'no-store', signal: expect.any(AbortSignal) });
  });
});

describe('signed releases', () => {
  const entries = makeEntries(30);
  const publisher = makeKey();
  const keys = [publisher.publicKey];

  it('takes a release signed by the key built into the app', async () => {
    const { site: one } = publishRelease(entries, EARLY, 1, { signer: publisher });
    const { site: two } = publishRelease(edited(entries, 1), LATER, 2, { signer: publisher });
    const { store, current } = await deviceOn(one, keys);
    const { result, stored } = await updateFrom(store, current, two, keys);
    expect(result).toMatchObject({ status: 'updated' });
    expect(stored?.meta).toMatchObject({ version: two.info.version, sequence: 2, keys });
  });

  async function refusedSigned(next: CompiledDirectory) {
    const { site: one } = publishRelease(entries, EARLY, 1, { signer: publisher });
    const { store, current } = await deviceOn(one, keys);
    const { result, stored } = await updateFrom(store, current, next, keys);
    expect(stored?.meta.version).toBe(one.info.version);
    return result;
  }

  it('refuses an unsigned release when the app was built with a key', async () => {
    const { site } = publishRelease(edited(entries, 1), LATER, 2);
    expect(await refusedSigned(site)).toMatchObject({ status: 'failed', kind: 'unsigned' });
  });

  it('refuses a release signed by another key', async () => {
    const { site } = publishRelease(edited(entries, 1), LATER, 2, { signer: makeKey() });
    expect(await refusedSigned(site)).toMatchObject({
      status: 'failed',
      kind: 'unsigned',
      reason: expect.stringMatching(/not signed by a key this app trusts/),
    });
  });

  it('refuses a signature moved onto another directory, or a sequence raised beside it', async () => {
    const { site: signed } = publishRelease(edited(entries, 1), LATER, 2, { signer: publisher });
    const other = compileDirectory(edited(entries, 2, 'Not what was signed'), LATER);
    const moved = withIndex(other, (index) => ({ ...index, sequence: 2, release: signed.index.release! }));
    expect(await refusedSigned(moved)).toMatchObject({ status: 'failed', kind: 'unsigned' });
    const raised = withIndex(signed, (index) => ({ ...index, sequence: 9 }));
    expect(await refusedSigned(raised)).toMatchObject({ status: 'failed', kind: 'unsigned' });
  });

  it('refuses a signed manifest whose content the downloaded entries do not match', async () => {
    const { site: signed } = publishRelease(edited(entries, 1), LATER, 2, { signer: publisher });
    // Same version, count and signature; the files behind it are another directory's.
    const other = compileDirectory(edited(entries, 1, 'Swapped'), LATER);
    const files = new Map(other.files);
    files.set(
      'data/index.json',
      JSON.stringify({ ...other.index, ...signed.index, full: other.index.full, buckets: other.index.buckets }),
    );
    const swapped = { ...other, files };
    const result = await refusedSigned(swapped);
    expect(result).toMatchObject({ status: 'failed', kind: 'corrupt' });
  });

  it('rotates keys: a release signed by the old key introduces the new one, which then signs alone', async () => {
    const next = makeKey();
    const { site: one } = publishRelease(entries, EARLY, 1, { signer: publisher });
    const { site: two } = publishRelease(edited(entries, 1), LATER, 2, { signer: publisher, keys: [publisher, next] });
    const { site: three } = publishRelease(edited(entries, 2), LATER, 3, { signer: next });
    // An app built with the old key only.
    const { store, current } = await deviceOn(one, keys);
    const skipped = await updateFrom(store, current, three, keys);
    expect(skipped.result).toMatchObject({ status: 'failed', kind: 'unsigned' });
    const introduced = await updateFrom(store, current, two, keys);
    expect(introduced.stored?.meta.keys).toEqual([publisher.publicKey, next.publicKey]);
    const rotated = await updateFrom(store, introduced.stored!, three, keys);
    expect(rotated.result).toMatchObject({ status: 'updated' });
    expect(rotated.stored?.meta).toMatchObject({ sequence: 3, keys: [next.publicKey] });
  });

  it('accepts unsigned releases in an app built without keys (a deployment that does not sign)', async () => {
    const { site: one } = publishRelease(entries, EARLY, 1);
    const { site: two } = publishRelease(edited(entries, 1), LATER, 2);
    const { store, current } = await deviceOn(one);
    expect((await updateFrom(store, current, two)).result).toMatchObject({ status: 'updated' });
  });
});

describe('the stored copy at start', () => {
  it('is replaced by the copy shipped with the app when it holds an entry the app cannot show', async () => {
    const site = compileDirectory(makeEntries(10), EARLY);
    const store = createMemoryStore();
    const broken = structuredClone(site.entries) as unknown as Record<string, unknown>[];
    delete broken[4]!.checked;
    await store.replace({ meta: { version: 'bad0000000000000', generated: LATER, count: 10 }, entries: broken as never });
    const loaded = await loadDirectory(context(store, serve(site).fetch), site.info);
    expect(loaded.directory.meta.version).toBe(site.info.version);
    expect((await store.read())?.meta.version).toBe(site.info.version);
  });
});
