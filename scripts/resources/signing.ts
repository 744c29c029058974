/**
 * Signing releases at build time (Node's crypto, Ed25519), and the public keys the app is built
 * with. The private key is the publisher's and lives outside the repository (by default under the
 * home folder); `resources/signing-keys.json` holds only public keys and is committed. Devices
 * check signatures with src/data/release-signature.ts.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RELEASE_MANIFEST_KIND, type ReleaseManifest, type SignedRelease } from '../../src/data/dataset-format.ts';
import { isPublicKey } from '../../src/data/release-signature.ts';

export const SIGNING_KEYS_FILE = 'resources/signing-keys.json';
/** Where the private key is looked for unless WAYPOINT_SIGNING_KEY or `--key` says otherwise. */
export const DEFAULT_PRIVATE_KEY = path.join(os.homedir(), '.waypoint', 'release-signing.key');

/** A public key the app trusts, as signing-keys.json lists it. */
export interface SigningKey {
  /** Base64 of the raw 32-byte Ed25519 public key. */
  publicKey: string;
  /** The day it was made (YYYY-MM-DD), to tell keys apart when rotating. */
  created: string;
}

export class SigningError extends Error {
  override name = 'SigningError';
}

/** The public keys in `<root>/resources/signing-keys.json`; none when the file does not exist. */
export function readSigningKeys(root: string): SigningKey[] {
  const file = path.join(root, SIGNING_KEYS_FILE);
  if (!existsSync(file)) return [];
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SigningError(`${SIGNING_KEYS_FILE}: not valid JSON (${(error as Error).message})`);
  }
  const keys = (value as { keys?: unknown })?.keys;
  const ok =
    Array.isArray(keys) &&
    keys.every((key) => typeof key === 'object' && key !== null && isPublicKey(key.publicKey) && typeof key.created === 'string');
  if (!ok)
    throw new SigningError(`${SIGNING_KEYS_FILE}: must be { "keys": [{ "publicKey": "<base64>", "created": "YYYY-MM-DD" }] }`);
  return keys as SigningKey[];
}

/** The public key (base64 raw) of a key object, private or public. */
export function publicKeyOf(key: KeyObject): string {
  const jwk = createPublicKey(key).export({ format: 'jwk' });
  return Buffer.from(jwk.x!, 'base64url').toString('base64');
}

/** The private key at `file` (PEM), or null when there is none. */
export function readPrivateKey(file: string): KeyObject | null {
  if (!existsSync(file)) return null;
  const key = createPrivateKey(readFileSync(file));
  if (key.asymmetricKeyType !== 'ed25519') throw new SigningError(`${file}: not an Ed25519 private key`);
  return key;
}

/** Where the private key is: `--key`, else WAYPOINT_SIGNING_KEY, else under the home folder. */
export function privateKeyPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(flag ?? env.WAYPOINT_SIGNING_KEY ?? DEFAULT_PRIVATE_KEY);
}

/** True when `file` lies inside `dir`: a private key must never be written into the repository. */
export function isInside(dir: string, file: string): boolean {
  const relative = path.relative(path.resolve(dir), path.resolve(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The manifest of one release, as devices will check it. */
export function manifestOf(
  directory: { info: { version: string; count: number }; content: string },
  sequence: number,
  keys: readonly SigningKey[],
): ReleaseManifest {
  return {
    kind: RELEASE_MANIFEST_KIND,
    version: directory.info.version,
    sequence,
    count: directory.info.count,
    content: directory.content,
    keys: keys.map((key) => key.publicKey),
  };
}

/** Signs a manifest: its exact JSON text and the Ed25519 signature over it. */
export function signManifest(manifest: ReleaseManifest, privateKey: KeyObject): SignedRelease {
  const text = JSON.stringify(manifest);
  return { manifest: text, signature: sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64') };
}

/** The public key among `keys` that signed `release`, if any. */
export function signerOf(release: SignedRelease, keys: readonly SigningKey[]): SigningKey | undefined {
  const signature = Buffer.from(release.signature, 'base64');
  return keys.find((key) => {
    const publicKey = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(key.publicKey, 'base64').toString('base64url') },
      format: 'jwk',
    });
    return verify(null, Buffer.from(release.manifest, 'utf8'), publicKey, signature);
  });
}

/**
 * Makes a key pair: the private key into `keyFile` (owner-only, never inside `root`, never over an
 * existing file), the public key appended to `<root>/resources/signing-keys.json`.
 */
export function createSigningKey(root: string, keyFile: string, created: string): { publicKey: string; keys: SigningKey[] } {
  if (isInside(root, keyFile)) {
    throw new SigningError(
      `Refusing to write a private key inside the repository (${keyFile}): keep it where git never sees it.`,
    );
  }
  if (existsSync(keyFile))
    throw new SigningError(`${keyFile} already exists: not overwriting a signing key. Pass --key with a new path.`);
  const keys = readSigningKeys(root);
  const { privateKey } = generateKeyPairSync('ed25519');
  mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
  // wx: fails rather than replace a file that appeared meanwhile.
  writeFileSync(keyFile, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  const publicKey = publicKeyOf(privateKey);
  const next = [...keys, { publicKey, created }];
  writeFileSync(path.join(root, SIGNING_KEYS_FILE), `${JSON.stringify({ keys: next }, null, 2)}\n`);
  return { publicKey, keys: next };
}
