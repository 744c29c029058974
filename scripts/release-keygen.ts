/**
 * `npm run release:keygen [-- --key PATH]`: makes the publisher's Ed25519 signing key pair.
 * The private key goes to PATH (else WAYPOINT_SIGNING_KEY, else ~/.waypoint/release-signing.key),
 * never inside the repository, readable by its owner only; the public key is added to
 * resources/signing-keys.json, which is committed and built into the app. See README, "Signing
 * releases", for custody and rotation.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isoDay } from '../src/rules/dates.ts';
import { createSigningKey, privateKeyPath, SIGNING_KEYS_FILE } from './resources/signing.ts';

const { values } = parseArgs({ options: { key: { type: 'string' } } });
const root = path.resolve(import.meta.dirname, '..');
const keyFile = privateKeyPath(values.key);

try {
  const { publicKey, keys } = createSigningKey(root, keyFile, isoDay(new Date()));
  console.log(`Private key: ${keyFile} (readable by you only). Keep it offline, with a backup somewhere safe.`);
  console.log(`Public key ${publicKey} added to ${SIGNING_KEYS_FILE}: commit it.`);
  console.log(
    keys.length === 1
      ? 'From the next build the app takes only signed releases: run npm run release (it signs) before each publication.'
      : `${SIGNING_KEYS_FILE} now lists ${keys.length} keys. Sign the next release with the OLD key: its manifest ` +
          'introduces the new key to installed apps. Then remove the old key from the file and sign with the new one.',
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
