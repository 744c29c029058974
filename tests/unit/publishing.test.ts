/**
 * The publisher's side: what a build refuses to publish, the release sequence and signature it
 * carries, what `npm run release` records, and the signing keys `npm run release:keygen` makes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { buildDirectory, UnpublishableDirectoryError } from '../../scripts/resources/build-directory';
import { compileDirectory } from '../../scripts/resources/compile';
import { recordRelease } from '../../scripts/resources/record-release';
import { releaseRecordOf, RELEASES_DIR, type ReleaseRecord } from '../../scripts/resources/releases';
import { createSigningKey, readPrivateKey, readSigningKeys, SIGNING_KEYS_FILE } from '../../scripts/resources/signing';
import { directoryPlugin, signingWarning } from '../../scripts/vite-plugin-directory';
import { verifyRelease } from '../../src/data/release-signature';
import type { Entry } from '../../src/data/entry';
import { MAX_ENTRIES } from '../../src/rules/dataset-limits';
import { makeEntries } from './support/entries';
import { REPO_ROOT } from './support/real-directory';
import { makeKey, publishRelease } from './support/releases';
import { readDeploymentConfig } from '../../scripts/deployment';

const BUILD_DAY = new Date('2026-11-20T00:00:00.000Z');
const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A repository folder with these entries in resources/ and these release records. */
function repoWith(entries: Entry[], releases: ReleaseRecord[] = []): string {
  const root = mkdtempSync(path.join(tmpdir(), 'waypoint-publish-'));
  roots.push(root);
  mkdirSync(path.join(root, 'resources/directory'), { recursive: true });
  mkdirSync(path.join(root, RELEASES_DIR), { recursive: true });
  for (let i = 0; i * 5000 < entries.length; i++) {
    const file = path.join(root, `resources/directory/part-${i}.json`);
    writeFileSync(file, JSON.stringify({ entries: entries.slice(i * 5000, (i + 1) * 5000) }));
  }
  for (const record of releases) writeFileSync(path.join(root, RELEASES_DIR, `${record.version}.json`), JSON.stringify(record));
  return root;
}

const build = (root: string, allowShrink = false) => buildDirectory(root, () => {}, BUILD_DAY, { allowShrink });

describe('a build refuses to publish', () => {
  it('an empty directory', () => {
    expect(() => build(repoWith([]))).toThrow(UnpublishableDirectoryError);
    expect(() => build(repoWith([]))).toThrow(/The directory is empty/);
  });

  it('a directory that lost more than 20 % of the last release, unless the publisher allows it', () => {
    const { record } = publishRelease(makeEntries(100), BUILD_DAY.toISOString(), 4);
    const root = repoWith(makeEntries(79), [record]);
    expect(() => build(root)).toThrow(
      /79 entries, 21 % fewer than the last release 4 \([0-9a-f]{16}\), which had 100\..*WAYPOINT_ALLOW_SHRINK=1/s,
    );
    expect(build(root, true).info.count).toBe(79);
    // Losing a fifth is still an ordinary release.
    expect(build(repoWith(makeEntries(80), [record])).info.count).toBe(80);
  });

  it(`more than ${MAX_ENTRIES} entries, the most a device takes`, () => {
    expect(() => build(repoWith(makeEntries(MAX_ENTRIES + 1)))).toThrow(/10001 entries; devices take at most 10000/);
  }, 30_000);
});

describe('the release a build publishes', () => {
  it('carries the sequence and signature of its own record', () => {
    const key = makeKey();
    const { record } = publishRelease(makeEntries(20), BUILD_DAY.toISOString(), 3, { signer: key });
    const { index, info } = build(repoWith(makeEntries(20), [record]));
    expect(index).toMatchObject({ sequence: 3, release: record.release });
    expect(info.sequence).toBe(3);
  });

  it('carries the latest sequence when its directory is not recorded yet (a correction before the next release)', () => {
    const { record } = publishRelease(makeEntries(20), BUILD_DAY.toISOString(), 3);
    const { index } = build(repoWith(makeEntries(21), [record]));
    expect(index.sequence).toBe(3);
    expect(index.release).toBeUndefined();
  });

  it('carries no sequence when no release was ever numbered', () => {
    expect(build(repoWith(makeEntries(5))).index.sequence).toBeUndefined();
  });
});

describe('npm run release', () => {
  const directory = (count: number) => compileDirectory(makeEntries(count), BUILD_DAY.toISOString());
  const unsigned = { keys: [], privateKey: null, keyFile: '/nowhere/key' };

  it('numbers each new release one after the latest, counting records from before sequences as none', () => {
    const legacy = releaseRecordOf(directory(3).info.version, '2026-10-01T00:00:00.000Z', directory(3).entries);
    expect(recordRelease({ directory: directory(5), releases: [legacy], ...unsigned })).toMatchObject({
      kind: 'new',
      record: { sequence: 1, version: directory(5).info.version },
    });
    const { record: sixth } = publishRelease(makeEntries(4), BUILD_DAY.toISOString(), 6);
    expect(recordRelease({ directory: directory(5), releases: [sixth, legacy], ...unsigned }).record.sequence).toBe(7);
  });

  it('changes nothing when the directory is already the latest release', () => {
    const { record } = publishRelease(makeEntries(5), BUILD_DAY.toISOString(), 2);
    expect(recordRelease({ directory: directory(5), releases: [record], ...unsigned })).toEqual({ kind: 'unchanged', record });
  });

  it('records restored content of an earlier release again, under the next sequence (a corrective release)', () => {
    const { record: first } = publishRelease(makeEntries(5), BUILD_DAY.toISOString(), 1);
    const { record: second } = publishRelease(makeEntries(6), BUILD_DAY.toISOString(), 2);
    const outcome = recordRelease({ directory: directory(5), releases: [second, first], ...unsigned });
    expect(outcome).toMatchObject({ kind: 'corrective', record: { version: first.version, sequence: 3 } });
  });

  it('signs with the publisher key, and the device accepts the signature', async () => {
    const key = makeKey();
    const site = directory(5);
    const { record } = recordRelease({
      directory: site,
      releases: [],
      keys: [key.listed],
      privateKey: key.privateKey,
      keyFile: '/k',
    });
    expect(record.release).toBeDefined();
    const published = compileDirectory(makeEntries(5), BUILD_DAY.toISOString(), [record]);
    await expect(verifyRelease(published.index, [key.publicKey])).resolves.toEqual({
      sequence: 1,
      content: published.content,
      keys: [key.publicKey],
    });
  });

  it('signs an unsigned latest release once the key is at hand, keeping its sequence', () => {
    const key = makeKey();
    const { record } = publishRelease(makeEntries(5), BUILD_DAY.toISOString(), 4);
    const outcome = recordRelease({
      directory: directory(5),
      releases: [record],
      keys: [key.listed],
      privateKey: key.privateKey,
      keyFile: '/k',
    });
    expect(outcome).toMatchObject({ kind: 'signed', record: { sequence: 4, release: expect.any(Object) } });
  });

  it('refuses to record when the app trusts keys but the private key is missing, or is not one of them', () => {
    const listed = makeKey();
    expect(() =>
      recordRelease({ directory: directory(5), releases: [], keys: [listed.listed], privateKey: null, keyFile: '/k' }),
    ).toThrow(/no private key at \/k/);
    expect(() =>
      recordRelease({
        directory: directory(5),
        releases: [],
        keys: [listed.listed],
        privateKey: makeKey().privateKey,
        keyFile: '/k',
      }),
    ).toThrow(/is not in resources\/signing-keys\.json/);
  });
});

describe('signing keys', () => {
  function emptyRepo(): string {
    const root = repoWith([]);
    mkdirSync(path.join(root, 'resources'), { recursive: true });
    return root;
  }

  it('npm run release:keygen writes the private key outside the repository, for its owner only, and lists the public key', () => {
    const root = emptyRepo();
    const keyFile = path.join(mkdtempSync(path.join(tmpdir(), 'waypoint-key-')), 'nested/release.key');
    roots.push(path.dirname(path.dirname(keyFile)));
    const { publicKey } = createSigningKey(root, keyFile, '2026-11-20');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readSigningKeys(root)).toEqual([{ publicKey, created: '2026-11-20' }]);
    expect(readPrivateKey(keyFile)?.asymmetricKeyType).toBe('ed25519');
    expect(() => createSigningKey(root, keyFile, '2026-11-21')).toThrow(/already exists/);
  });

  it('refuses to write a private key inside the repository', () => {
    const root = emptyRepo();
    expect(() => createSigningKey(root, path.join(root, 'resources/release.key'), '2026-11-20')).toThrow(/inside the repository/);
    expect(readSigningKeys(root)).toEqual([]);
  });

  it('refuses a signing-keys file that is not a list of public keys', () => {
    const root = emptyRepo();
    writeFileSync(path.join(root, SIGNING_KEYS_FILE), JSON.stringify({ keys: [{ publicKey: 'not a key' }] }));
    expect(() => readSigningKeys(root)).toThrow(/signing-keys\.json: must be/);
  });

  it('the repository ignores private key files, and lists its public keys in the form the app reads', () => {
    const ignored = (file: string) => spawnSync('git', ['check-ignore', '-q', file], { cwd: REPO_ROOT }).status === 0;
    expect(ignored('resources/release-signing.key')).toBe(true);
    expect(ignored('signing.pem')).toBe(true);
    expect(ignored('resources/directory/tips/private-browsing-and-clearing-history.json')).toBe(false);
    expect(Array.isArray(readSigningKeys(REPO_ROOT))).toBe(true);
  });
});

describe('the build and signing', () => {
  const site = compileDirectory(makeEntries(5), BUILD_DAY.toISOString());

  it('warns that releases are unsigned when the app is built without keys', () => {
    expect(signingWarning(site, [])).toMatch(/^Releases are unsigned: resources\/signing-keys\.json lists no signing key/);
  });

  it('warns that installed apps will refuse a directory that is not a release signed by a listed key', () => {
    const key = makeKey();
    expect(signingWarning(site, [key.listed])).toMatch(/is not a signed release.*will not take it as an update/);
    const { site: signed } = publishRelease(makeEntries(5), BUILD_DAY.toISOString(), 1, { signer: makeKey() });
    expect(signingWarning(signed, [key.listed])).toMatch(/is signed by no key in/);
  });

  it('says nothing about a release signed by a listed key', () => {
    const key = makeKey();
    const { site: signed } = publishRelease(makeEntries(5), BUILD_DAY.toISOString(), 1, { signer: key });
    expect(signingWarning(signed, [key.listed])).toBeNull();
  });

  it('builds the listed public keys into the app', () => {
    const root = repoWith(makeEntries(2));
    const key = makeKey();
    writeFileSync(path.join(root, SIGNING_KEYS_FILE), JSON.stringify({ keys: [key.listed] }));
    const deployment = readDeploymentConfig(path.join(REPO_ROOT, 'resources/deployment.json'));
    const icons = { files: new Map(), manifest: [], pageIcon: { href: 'i.svg', type: 'image/svg+xml' }, appleTouchIcon: 'i.png' };
    const plugin: Plugin = directoryPlugin({ root, deployment, icons });
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (id: string) => string | undefined;
    expect(load(resolveId('virtual:waypoint/signing-keys')!)).toBe(`export default ${JSON.stringify([key.publicKey])};`);
  });
});

describe("each country's first screen", () => {
  it('holds the entries that name the country, nothing else, at the version of the whole directory', async () => {
    const { makeEntry } = await import('./support/entries');
    const site = compileDirectory(
      [
        makeEntry('np-line', { countries: ['NP'] }),
        makeEntry('np-in-region', { countries: ['NP', 'IN'] }),
        makeEntry('in-line', { countries: ['IN'] }),
        makeEntry('tip-everyone', { kind: 'tip', countries: [] }),
      ],
      '2026-11-20T00:00:00.000Z',
    );
    const screen = (code: string) =>
      JSON.parse(site.files.get(`data/here/${code}.json`)!) as { version: string; entries: { id: string }[] };
    expect(screen('NP').entries.map((entry) => entry.id)).toEqual(['np-in-region', 'np-line']);
    expect(screen('IN').entries.map((entry) => entry.id)).toEqual(['in-line', 'np-in-region']);
    expect(screen('NP').version).toBe(site.info.version);
    expect([...site.files.keys()].filter((file) => file.startsWith('data/here/')).sort()).toEqual([
      'data/here/IN.json',
      'data/here/NP.json',
    ]);
  });
});
