/**
 * The publisher's signature on a release, checked with Web Crypto (Ed25519) before the device
 * trusts anything an index says. Hashes alone prove only that files match the index, and the
 * index comes from the same server as the files: a compromised host, mirror or CDN could serve
 * any directory. A signature made with the publisher's private key, kept off any server, cannot
 * be forged there.
 *
 * Trust: the public keys built into the app (resources/signing-keys.json), plus the keys listed by
 * the last trusted manifest the device stored, which is how a release signed by an old key
 * introduces a new one. An app built without keys accepts unsigned releases (a deployment that
 * does not sign; its build warns).
 */
import { RELEASE_MANIFEST_KIND, type DatasetIndex, type ReleaseManifest } from './dataset-format';

/** A release that is not the publisher's: no signature, a wrong one, or a manifest that does not match. */
export class ReleaseSignatureError extends Error {
  override name = 'ReleaseSignatureError';
}

/** What a trusted manifest vouches for: the content to expect, and the keys to trust from now on. */
export interface VerifiedRelease {
  sequence: number;
  content: string;
  keys: string[];
}

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const SHA256_HEX = /^[0-9a-f]{64}$/;
// 32 bytes of raw Ed25519 key, in base64.
const PUBLIC_KEY = /^[A-Za-z0-9+/]{43}=$/;

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** True when `key` is a public key in the form signing-keys.json and manifests use. */
export function isPublicKey(key: unknown): key is string {
  return typeof key === 'string' && PUBLIC_KEY.test(key);
}

/** A manifest's text, read strictly: every field of its form, nothing else trusted. */
export function parseManifest(text: string): ReleaseManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ReleaseSignatureError('the release manifest is not JSON');
  }
  if (
    !isObject(value) ||
    value.kind !== RELEASE_MANIFEST_KIND ||
    typeof value.version !== 'string' ||
    !Number.isSafeInteger(value.sequence) ||
    (value.sequence as number) < 1 ||
    !Number.isSafeInteger(value.count) ||
    typeof value.content !== 'string' ||
    !SHA256_HEX.test(value.content) ||
    !Array.isArray(value.keys) ||
    !value.keys.every(isPublicKey)
  ) {
    throw new ReleaseSignatureError('the release manifest is not a release manifest');
  }
  return value as unknown as ReleaseManifest;
}

/** True when `signature` (base64) is `key`'s Ed25519 signature over `text`. */
async function signedBy(key: string, text: string, signature: Uint8Array<ArrayBuffer>): Promise<boolean> {
  const publicKey = await crypto.subtle.importKey('raw', fromBase64(key), { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, publicKey, signature, new TextEncoder().encode(text));
}

/**
 * Checks the index's release against the trusted keys. Returns null when the app trusts no key
 * (unsigned deployments); throws ReleaseSignatureError when the release is unsigned, signed by
 * no trusted key, or vouches for another directory than the index describes.
 */
export async function verifyRelease(index: DatasetIndex, trustedKeys: readonly string[]): Promise<VerifiedRelease | null> {
  if (trustedKeys.length === 0) return null;
  const { release } = index;
  if (!release) throw new ReleaseSignatureError('the release is not signed, and this app only takes signed releases');
  let signature: Uint8Array<ArrayBuffer>;
  try {
    signature = fromBase64(release.signature);
  } catch {
    throw new ReleaseSignatureError('the release signature is not base64');
  }
  let trusted = false;
  for (const key of new Set(trustedKeys)) {
    // A key this browser cannot import (no Ed25519) fails closed: the old directory stays.
    if (await signedBy(key, release.manifest, signature)) {
      trusted = true;
      break;
    }
  }
  if (!trusted) throw new ReleaseSignatureError('the release is not signed by a key this app trusts');
  const manifest = parseManifest(release.manifest);
  if (manifest.version !== index.version || manifest.sequence !== index.sequence || manifest.count !== index.count) {
    throw new ReleaseSignatureError('the signed release does not match the index');
  }
  return { sequence: manifest.sequence, content: manifest.content, keys: manifest.keys };
}
