/**
 * What `npm run release` records, decided without touching the disk (so it is tested on its own):
 * the release sequence the directory gets, and its signature.
 *
 * - A directory not recorded yet gets the next sequence.
 * - A directory that is already the latest release keeps its sequence (and is signed now if it
 *   was not and the key is at hand): recording twice changes nothing.
 * - A directory that matches an *earlier* release (content restored to undo a bad release) is
 *   recorded again under the next sequence: devices follow the sequence, so only this way does a
 *   correction reach devices that took the bad release. Redeploying an old dist/ does not.
 */
import type { KeyObject } from 'node:crypto';
import type { CompiledDirectory } from './compile.ts';
import { latestSequence, releaseRecordOf, type ReleaseRecord } from './releases.ts';
import { manifestOf, publicKeyOf, SIGNING_KEYS_FILE, signManifest, SigningError, type SigningKey } from './signing.ts';

export interface ReleaseInput {
  directory: CompiledDirectory;
  /** The recorded releases, newest first. */
  releases: readonly ReleaseRecord[];
  /** The public keys the app is built with (signing-keys.json). */
  keys: readonly SigningKey[];
  /** The publisher's private key, when found. */
  privateKey: KeyObject | null;
  /** Where the private key was looked for, for messages. */
  keyFile: string;
}

export type ReleaseOutcome =
  | { kind: 'new' | 'corrective' | 'signed'; record: ReleaseRecord }
  | { kind: 'unchanged'; record: ReleaseRecord };

/** The signer, checked: a key the app trusts, or none when the deployment does not sign. */
function signerFor({ keys, privateKey, keyFile }: ReleaseInput): KeyObject | null {
  if (!privateKey) {
    if (keys.length === 0) return null;
    throw new SigningError(
      `${SIGNING_KEYS_FILE} lists ${keys.length} signing key(s), so devices take only signed releases, but there is ` +
        `no private key at ${keyFile}. Set WAYPOINT_SIGNING_KEY or pass --key with the path of your key.`,
    );
  }
  const publicKey = publicKeyOf(privateKey);
  if (!keys.some((key) => key.publicKey === publicKey)) {
    throw new SigningError(
      `The private key at ${keyFile} is not in ${SIGNING_KEYS_FILE}: devices would refuse what it signs. ` +
        'Use the key that file lists, or add this one with npm run release:keygen.',
    );
  }
  return privateKey;
}

/** The record to write for this directory, or `unchanged` when it is already the latest release. */
export function recordRelease(input: ReleaseInput): ReleaseOutcome {
  const { directory, releases, keys } = input;
  const signer = signerFor(input);
  const { version } = directory.info;
  const latest = releases[0];
  const existing = releases.find((release) => release.version === version);
  const sign = (record: ReleaseRecord): ReleaseRecord =>
    signer ? { ...record, release: signManifest(manifestOf(directory, record.sequence!, keys), signer) } : record;

  if (existing && existing === latest && existing.sequence !== undefined) {
    if (existing.release || !signer) return { kind: 'unchanged', record: existing };
    return { kind: 'signed', record: sign(existing) };
  }
  const sequence = (latestSequence(releases) ?? 0) + 1;
  // A record from before sequences that is still the latest keeps its date; it only gets its number.
  const generated = existing && existing === latest ? existing.generated : directory.info.generated;
  const record = sign(releaseRecordOf(version, generated, directory.entries, sequence));
  return { kind: existing && existing !== latest ? 'corrective' : 'new', record };
}
