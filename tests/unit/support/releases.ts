/**
 * Releases for tests: a directory compiled as `npm run release` and the build would publish it,
 * with its release sequence and, given a key, the publisher's signature.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { compileDirectory, type CompiledDirectory } from '../../../scripts/resources/compile';
import { releaseRecordOf, type ReleaseRecord } from '../../../scripts/resources/releases';
import { manifestOf, publicKeyOf, signManifest, type SigningKey } from '../../../scripts/resources/signing';
import type { Entry } from '../../../src/data/entry';

/** A publisher's key pair, as npm run release:keygen makes one. */
export interface TestKey {
  privateKey: KeyObject;
  publicKey: string;
  listed: SigningKey;
}

export function makeKey(): TestKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  const publicKey = publicKeyOf(privateKey);
  return { privateKey, publicKey, listed: { publicKey, created: '2026-11-01' } };
}

export interface ReleaseOptions {
  /** Earlier release records (deltas are written from them). */
  earlier?: ReleaseRecord[];
  /** Signs with this key; the manifest lists `keys` (default: the signer alone). */
  signer?: TestKey;
  keys?: TestKey[];
}

/** The published site of one recorded release, and its record. */
export function publishRelease(
  entries: Entry[],
  generated: string,
  sequence: number,
  { earlier = [], signer, keys = signer ? [signer] : [] }: ReleaseOptions = {},
): { site: CompiledDirectory; record: ReleaseRecord } {
  const draft = compileDirectory(entries, generated, earlier);
  let record = releaseRecordOf(draft.info.version, generated, draft.entries, sequence);
  if (signer) {
    const manifest = manifestOf(
      draft,
      sequence,
      keys.map((key) => key.listed),
    );
    record = { ...record, release: signManifest(manifest, signer.privateKey) };
  }
  return { site: compileDirectory(entries, generated, [record, ...earlier]), record };
}
