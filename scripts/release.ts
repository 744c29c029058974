/**
 * `npm run release [-- --key PATH]`: records the directory as it is now as a published release,
 * so that the next build can ship devices a small delta from it, gives it the next release
 * sequence (devices follow the sequence, never a clock), and signs it with the publisher's key.
 * Run it when you publish (see README, "Publishing and updates").
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDirectory } from './resources/build-directory.ts';
import { recordRelease } from './resources/record-release.ts';
import { RELEASES_DIR, RELEASES_KEPT, readReleases } from './resources/releases.ts';
import { privateKeyPath, readPrivateKey, readSigningKeys, SIGNING_KEYS_FILE } from './resources/signing.ts';

const { values } = parseArgs({ options: { key: { type: 'string' } } });
const root = path.resolve(import.meta.dirname, '..');
const keyFile = privateKeyPath(values.key);

try {
  const directory = buildDirectory(root, (message) => console.warn(message));
  const keys = readSigningKeys(root);
  const outcome = recordRelease({
    directory,
    releases: readReleases(root),
    keys,
    privateKey: readPrivateKey(keyFile),
    keyFile,
  });
  if (outcome.kind === 'unchanged') {
    console.log(`Release ${outcome.record.sequence} (${outcome.record.version}) is already recorded in ${RELEASES_DIR}/.`);
    process.exit(0);
  }
  const dir = path.join(root, RELEASES_DIR);
  mkdirSync(dir, { recursive: true });
  const { record } = outcome;
  writeFileSync(path.join(dir, `${record.version}.json`), `${JSON.stringify(record, null, 1)}\n`);

  // Keep the newest few: older devices fall back to bucket updates, which need no record.
  const keep = new Set(
    readReleases(root)
      .slice(0, RELEASES_KEPT)
      .map((release) => `${release.version}.json`),
  );
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.json') && !keep.has(name)) rmSync(path.join(dir, name));
  }
  const what = {
    new: 'Recorded release',
    corrective: 'Recorded a corrective release (the content of an earlier release, under a new sequence):',
    signed: 'Signed the recorded release',
  }[outcome.kind];
  console.log(
    `${what} ${record.sequence} (${record.version}, ${directory.info.count} entries) in ${RELEASES_DIR}/; keeping ${keep.size}.`,
  );
  if (!record.release) {
    console.warn(
      `warning: release ${record.sequence} is unsigned: ${SIGNING_KEYS_FILE} lists no key, so devices take any directory ` +
        'the server hands them. See README, "Signing releases" (npm run release:keygen).',
    );
  }
  console.log('Now build (npm run build), publish dist/, and commit resources/releases/.');
} catch (error) {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  process.exit(1);
}
