/**
 * The whole build-time path of the directory in one call: read `resources/`, validate every
 * file, read the recorded releases, compile, and refuse to publish what devices must never get
 * (see checkPublishable). Used by the Vite plugin, `npm run release` and the tests, so all of
 * them see exactly the same directory.
 */
import { MAX_ENTRIES, MAX_FILE_BYTES } from '../../src/rules/dataset-limits.ts';
import { isoDay } from '../../src/rules/dates.ts';
import { compileDirectory, type CompiledDirectory } from './compile.ts';
import { LOCAL_DIR, readResourceFiles } from './read-resources.ts';
import { readReleases, type ReleaseRecord } from './releases.ts';
import { ResourceValidationError, formatIssue, validateResources } from './validate.ts';
import { withoutStackTrace } from './validate/checker.ts';
import { checkCompiledEntries } from './validate/compiled.ts';

/** The build date: SOURCE_DATE_EPOCH (seconds) makes builds reproducible. */
export function buildDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch ? new Date(Number(epoch) * 1000) : new Date();
}

/** Past this share of entries lost against the last release, a build stops unless told otherwise. */
export const MAX_SHRINK_SHARE = 0.2;
/** The setting that lets a build publish a directory that shrank by more (documented in the README). */
export const ALLOW_SHRINK_ENV = 'WAYPOINT_ALLOW_SHRINK';

export interface BuildOptions {
  /** Publish even a directory that lost more than MAX_SHRINK_SHARE of the last release's entries. */
  allowShrink?: boolean;
}

/** A directory the build will not publish: empty, collapsed against the last release, too large, or one devices would refuse. */
export class UnpublishableDirectoryError extends Error {
  override name = 'UnpublishableDirectoryError';
  constructor(message: string) {
    super(message);
    // A message for the publisher: a stack trace would only bury it.
    withoutStackTrace(this);
  }
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/**
 * What no build may publish. An empty directory once built without a word and devices removed
 * every entry; a lost folder or a bad merge shows as a directory that shrank. Devices refuse
 * both, so publishing them helps nobody.
 */
function checkPublishable(directory: CompiledDirectory, last: ReleaseRecord | undefined, { allowShrink }: BuildOptions): void {
  const { count } = directory.info;
  if (count === 0) {
    throw new UnpublishableDirectoryError(
      'The directory is empty: no entry files under resources/directory/ or resources/local/. Nothing was built.',
    );
  }
  const before = last ? Object.keys(last.entries).length : 0;
  const lost = before === 0 ? 0 : (before - count) / before;
  if (lost > MAX_SHRINK_SHARE && !allowShrink) {
    const release = last!.sequence === undefined ? last!.version : `${last!.sequence} (${last!.version})`;
    throw new UnpublishableDirectoryError(
      `The directory has ${count} entries, ${percent(lost)} fewer than the last release ${release}, which had ${before}. ` +
        `A build stops when more than ${percent(MAX_SHRINK_SHARE)} of the entries are gone. ` +
        `If the removals are intended, build again with ${ALLOW_SHRINK_ENV}=1.`,
    );
  }
  if (count > MAX_ENTRIES) {
    throw new UnpublishableDirectoryError(`The directory has ${count} entries; devices take at most ${MAX_ENTRIES}.`);
  }
  for (const [file, text] of directory.files) {
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_FILE_BYTES) {
      throw new UnpublishableDirectoryError(`${file} is ${bytes} bytes; devices take at most ${MAX_FILE_BYTES} (5 MiB) a file.`);
    }
  }
  // The check every device runs on a download: a directory it would refuse must not ship.
  const check = checkCompiledEntries('the compiled directory', { today: isoDay(new Date(directory.info.generated)) });
  for (const entry of directory.entries) check.check(entry);
  const refused = check.errors();
  if (refused.length > 0) {
    throw new UnpublishableDirectoryError(`Devices would refuse this directory:\n${refused.map(formatIssue).join('\n')}`);
  }
}

/** Validates and compiles the directory; throws ResourceValidationError or UnpublishableDirectoryError. */
export function buildDirectory(
  root: string,
  warn: (message: string) => void,
  date = buildDate(),
  options: BuildOptions = { allowShrink: process.env[ALLOW_SHRINK_ENV] === '1' },
): CompiledDirectory {
  const files = readResourceFiles(root);
  const { entries, issues } = validateResources(files, { today: isoDay(date) });
  for (const issue of issues) if (issue.severity === 'warning') warn(formatIssue(issue));
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) throw new ResourceValidationError(errors);
  // The deployment's own entries (valid, so their JSON parses) come first for its country.
  const localIds = new Set(
    files
      .filter(({ file }) => file.startsWith(`${LOCAL_DIR}/`))
      .flatMap(({ text }) => (JSON.parse(text) as { entries: { id: string }[] }).entries.map((entry) => entry.id)),
  );
  const releases = readReleases(root);
  const directory = compileDirectory(entries, date.toISOString(), releases, localIds);
  checkPublishable(directory, releases[0], options);
  return directory;
}
