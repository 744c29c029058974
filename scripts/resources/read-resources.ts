/**
 * Finds and reads the entry files: the only part of resource validation that touches the disk.
 * Synchronous because the Vite plugin loads the directory in one step at build start.
 * A file that looks meant as an entry file but cannot be read as one (a symbolic link, a
 * `.JSON` name, bytes that are not UTF-8) comes back refused, with the reason, so validation
 * reports it with every other problem instead of the build leaving it out without a word.
 */
import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ResourceFile } from './validate.ts';

/** Folders under the repo root that hold entry files. */
export const RESOURCE_DIRS = ['resources/directory', 'resources/local'] as const;

/** The deployment's own entries: an NGO's services, listed first for its country. */
export const LOCAL_DIR = RESOURCE_DIRS[1];

// fatal: a stray invalid byte must fail the build, not turn into U+FFFD inside a name or number.
// (The decoder also drops a leading byte order mark.)
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Why a folder entry that is not a plain `*.json` file is refused, or undefined when it is simply not an entry file. */
function refusalOf(dirent: Dirent): string | undefined {
  // Links are not followed, so nothing outside resources/ is read (a link could point anywhere).
  if (dirent.isSymbolicLink()) {
    return 'not read: a symbolic link, and the build follows none (so that nothing outside resources/ is read); put the file itself here';
  }
  const extension = path.extname(dirent.name);
  if (dirent.isFile() && extension !== '.json' && extension.toLowerCase() === '.json') {
    const renamed = `${dirent.name.slice(0, -extension.length)}.json`;
    return `not read: entry file names must end in ".json" in lower case; rename it ${JSON.stringify(renamed)}`;
  }
  return undefined;
}

/** Repo-relative paths (forward slashes) of every entry file under `dir`, recursively, and of files refused there; none when it does not exist. */
function entryFilesUnder(rootDir: string, dir: string): { file: string; refused?: string }[] {
  let dirents: Dirent[];
  try {
    dirents = readdirSync(path.join(rootDir, dir), { withFileTypes: true });
  } catch (error) {
    // resources/local is optional: a deployment may have no local entries.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return dirents.flatMap((dirent) => {
    const file = `${dir}/${dirent.name}`;
    if (dirent.isDirectory()) return entryFilesUnder(rootDir, file);
    const refused = refusalOf(dirent);
    if (refused !== undefined) return [{ file, refused }];
    return dirent.isFile() && dirent.name.endsWith('.json') ? [{ file }] : [];
  });
}

/** Reads every entry file under `dir` of `rootDir` (any folder; the build reads RESOURCE_DIRS), sorted by path. */
export function readEntryFiles(rootDir: string, dir: string): ResourceFile[] {
  const found = entryFilesUnder(rootDir, dir);
  // Plain code-unit order, not localeCompare, so every machine sorts the same way.
  found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return found.map(({ file, refused }): ResourceFile => {
    if (refused !== undefined) return { file, text: '', refused };
    const bytes = readFileSync(path.join(rootDir, file));
    try {
      return { file, text: utf8.decode(bytes) };
    } catch {
      return { file, text: '', refused: 'not valid UTF-8; save the file as UTF-8' };
    }
  });
}

/** Reads every `*.json` under `resources/directory/` and `resources/local/` of `rootDir`, sorted by path. */
export function readResourceFiles(rootDir: string): ResourceFile[] {
  // RESOURCE_DIRS is itself in path order, so the joined lists stay sorted.
  return RESOURCE_DIRS.flatMap((dir) => readEntryFiles(rootDir, dir));
}
