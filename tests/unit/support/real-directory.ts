/**
 * The repository's real directory, for the tests that check behaviour on the data people will
 * search and read. Loaded one way: through the build's own path (read, validate, compile), so a
 * test sees exactly what a build ships, and a file the build would refuse fails the test too.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDirectory } from '../../../scripts/resources/build-directory';
import type { CompiledDirectory } from '../../../scripts/resources/compile';
import { readResourceFiles } from '../../../scripts/resources/read-resources';
import type { ResourceFile } from '../../../scripts/resources/validate';

/** The repository's root folder. (From a path, not `new URL()`: under happy-dom URL is the DOM's own.) */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

let directory: CompiledDirectory | undefined;

/** The real directory as a build compiles it today (once per test file). Warnings are the build's to print. */
export function realDirectory(): CompiledDirectory {
  directory ??= buildDirectory(REPO_ROOT, () => {});
  return directory;
}

/** The real directory's entry files as read from resources/, before validation (e.g. to check new ids against). */
export function realResourceFiles(): ResourceFile[] {
  return readResourceFiles(REPO_ROOT);
}
