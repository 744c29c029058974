/**
 * Finds and reads the entry files: the only part of resource validation that touches the disk.
 * Synchronous because the Vite plugin loads the directory in one step at build start.
 */
import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ResourceFile } from './validate.ts';

/** Folders under the repo root that hold entry files. */
export const RESOURCE_DIRS = ['resources/directory', 'resources/local'] as const;

/** The deployment's own entries: an NGO's services, listed first for its country. */
export const LOCAL_DIR = RESOURCE_DIRS[1];

// fatal: a stray invalid byte must fail the build, not turn into U+FFFD inside a name or number.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Repo-relative paths (forward slashes) of every *.json file under `dir`, recursively; none when it does not exist. */
function jsonFilesUnder(rootDir: string, dir: string): string[] {
  let dirents: Dirent[];
  try {
    dirents = readdirSync(path.join(rootDir, dir), { withFileTypes: true });
  } catch (error) {
    // resources/local is optional: a deployment may have no local entries.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return dirents.flatMap((dirent) => {
    const relative = `${dir}/${dirent.name}`;
    if (dirent.isDirectory()) return jsonFilesUnder(rootDir, relative);
    // Symlinks are not followed, so nothing outside resources/ is read.
    return dirent.isFile() && dirent.name.endsWith('.json') ? [relative] : [];
  });
}

/** Reads every `*.json` under `resources/directory/` and `resources/local/` of `rootDir`, sorted by path. */
export function readResourceFiles(rootDir: string): ResourceFile[] {
  const files = RESOURCE_DIRS.flatMap((dir) => jsonFilesUnder(rootDir, dir));
  // Plain code-unit order, not localeCompare, so every machine sorts the same way.
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return files.map((file) => {
    const bytes = readFileSync(path.join(rootDir, file));
    try {
      return { file, text: utf8.decode(bytes) };
    } catch {
      throw new Error(`${file}: not valid UTF-8`);
    }
  });
}
