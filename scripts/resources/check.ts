/**
 * `npm run resources:check`: validates every file in resources/ with the build's own rules and
 * prints each problem, without building the app. Exits 1 when any file has an error.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDate } from './build-directory.ts';
import { isoDay } from '../../src/rules/dates.ts';
import { readResourceFiles } from './read-resources.ts';
import { formatIssue, validateResources } from './validate.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { entries, issues } = validateResources(readResourceFiles(root), { today: isoDay(buildDate()) });
for (const issue of issues) console.log(formatIssue(issue));
const errors = issues.filter((issue) => issue.severity === 'error').length;
console.log(`${entries.length} entries valid; ${errors} errors, ${issues.length - errors} warnings`);
process.exitCode = errors > 0 ? 1 : 0;
