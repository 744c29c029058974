/**
 * The whole build-time path of the directory in one call: read `resources/`, validate every
 * file, read the recorded releases, compile. Used by the Vite plugin, `npm run release` and
 * the tests, so all of them see exactly the same directory.
 */
import { compileDirectory, type CompiledDirectory } from './compile.ts';
import { isoDay } from '../../src/rules/dates.ts';
import { LOCAL_DIR, readResourceFiles } from './read-resources.ts';
import { readReleases } from './releases.ts';
import { ResourceValidationError, formatIssue, validateResources } from './validate.ts';

/** The build date: SOURCE_DATE_EPOCH (seconds) makes builds reproducible. */
export function buildDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch ? new Date(Number(epoch) * 1000) : new Date();
}

/** Validates and compiles the directory; throws ResourceValidationError on any error. */
export function buildDirectory(root: string, warn: (message: string) => void, date = buildDate()): CompiledDirectory {
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
  return compileDirectory(entries, date.toISOString(), readReleases(root), localIds);
}
