/**
 * `npm run release`: records the directory as it is now as a published release, so that the
 * next build can ship devices a small delta from it. Run it when you publish (see README).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDirectory } from './resources/build-directory.ts';
import { RELEASES_DIR, RELEASES_KEPT, readReleases, releaseRecordOf } from './resources/releases.ts';

const root = path.resolve(import.meta.dirname, '..');
const directory = buildDirectory(root, (message) => console.warn(message));
const dir = path.join(root, RELEASES_DIR);
mkdirSync(dir, { recursive: true });
const { version, generated } = directory.info;
const recordFile = path.join(dir, `${version}.json`);
// Recording the same directory twice changes nothing: the first record keeps its date.
if (existsSync(recordFile)) {
  console.log(`Release ${version} is already recorded in ${RELEASES_DIR}/.`);
  process.exit(0);
}
writeFileSync(recordFile, `${JSON.stringify(releaseRecordOf(version, generated, directory.entries), null, 1)}\n`);

// Keep the newest few: older devices fall back to bucket updates, which need no record.
const keep = new Set(
  readReleases(root)
    .slice(0, RELEASES_KEPT)
    .map((release) => `${release.version}.json`),
);
for (const name of readdirSync(dir)) {
  if (name.endsWith('.json') && !keep.has(name)) rmSync(path.join(dir, name));
}
console.log(`Recorded release ${version} (${directory.info.count} entries) in ${RELEASES_DIR}/; keeping ${keep.size}.`);
