/**
 * `npm run resources:import -- services.csv [--out resources/local/<name>.json] [--today YYYY-MM-DD] [--force]`
 *
 * Turns an NGO's spreadsheet export into one entry file under resources/local/. The entries are
 * checked by the same validator as the build (phone numbers, https links, countries, time zones,
 * dates…) and against the ids already in resources/. Problems are reported by spreadsheet row and
 * column; if there is any, nothing is written and the exit code is 1.
 * Paths are relative to the current directory, which npm sets to the repo root.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entry } from '../../src/data/entry';
import { isRealDate, todayUtc } from '../../src/rules/dates';
import { isShortCode } from './contact-href';
import { CONTACT_COLUMNS, columnOfField } from './csv-columns';
import { csvToEntries, type CsvProblem } from './csv-to-entries';
import { readResourceFiles } from './read-resources';
import { LIMITS, validateFile, validateResources, type ResourceFile, type ValidationIssue } from './validate';

export interface ImportOptions {
  /** YYYY-MM-DD; dates after it are errors. */
  today: string;
  /** Repo-relative path the entries would be written to (names them in validation). */
  outFile: string;
  /** Entry files already in resources/, to catch duplicate ids (leave out the file being replaced). */
  existing: readonly ResourceFile[];
}

export interface ImportResult {
  entries: Entry[];
  /** The file text to write: `{ "entries": [...] }`, 2-space indent, trailing newline. */
  text: string;
  /** Errors: when there is any, nothing may be written. */
  problems: CsvProblem[];
  /** Validator warnings (e.g. a `checked` date older than a year): shown, but they do not block. */
  warnings: CsvProblem[];
}

/** Splits `entries[4].contacts[0].number` into ['entries', 4, 'contacts', 0, 'number']. */
function pathParts(fieldPath: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const match of fieldPath.matchAll(/(?:^|\.)([A-Za-z_][\w-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    if (match[1] !== undefined) parts.push(match[1]);
    else if (match[2] !== undefined) parts.push(Number(match[2]));
    else parts.push(JSON.parse(match[3]!) as string);
  }
  return parts;
}

/** Spreadsheet row and column of a validator path such as `entries[4].contacts[0].number`. */
export function locateIssue(
  fieldPath: string,
  entries: readonly Entry[],
  rows: readonly number[],
): { row: number; column: string } {
  const [root, index, field, second, third] = pathParts(fieldPath);
  if (root !== 'entries' || typeof index !== 'number' || rows[index] === undefined) return { row: 0, column: '' };
  const row = rows[index];
  if (typeof field !== 'string') return { row, column: '' };
  if (field === 'name' || field === 'summary') {
    return { row, column: typeof second === 'string' && second !== 'en' ? `${field}_${second}` : field };
  }
  if (field === 'hours') return { row, column: second === 'timeZone' ? 'time_zone' : second === 'note' ? 'hours_note' : 'hours' };
  if (field === 'contacts') {
    const contact = typeof second === 'number' ? entries[index]?.contacts[second] : undefined;
    if (!contact) return { row, column: '' };
    return { row, column: third === 'short' ? 'short_code' : CONTACT_COLUMNS[contact.type] };
  }
  return { row, column: columnOfField(field) };
}

/** True when the contact at a `entries[i].contacts[k].number` path is an SMS number as short as a short code. */
function smsLooksShort(fieldPath: string, entries: readonly Entry[]): boolean {
  const [, index, , contactIndex] = pathParts(fieldPath);
  if (typeof index !== 'number' || typeof contactIndex !== 'number') return false;
  const contact = entries[index]?.contacts[contactIndex];
  return contact?.type === 'sms' && isShortCode(contact.number, entries[index]?.kind);
}

/** Validator messages name entries by index; name them by spreadsheet row instead. */
function rowsInMessage(message: string, outFile: string, rows: readonly number[]): string {
  const rowOf = (index: string) => `row ${rows[Number(index)] ?? '?'}`;
  return message
    .replace(/entries\[(\d+)\] in this file/g, (_, index: string) => `${rowOf(index)} of this spreadsheet`)
    .split(`${outFile} (entries[`)
    .map((part, i) => (i === 0 ? part : part.replace(/^(\d+)\]\)/, (_, index: string) => `this spreadsheet (${rowOf(index)})`)))
    .join('');
}

/**
 * Converts and validates a CSV: conversion problems, then every validator issue for every row
 * (validateFile), then duplicate ids against `existing` (validateResources). Rows with conversion
 * problems are validated too, so one run reports every problem of every row. Pure.
 */
export function importCsv(csvText: string, options: ImportOptions): ImportResult {
  const { entries, drafts, problems } = csvToEntries(csvText);
  const text = `${JSON.stringify({ entries }, null, 2)}\n`;
  // The file the validator reads holds every row; it is written only when no row has a problem,
  // and then it is `text` itself.
  const draftEntries = drafts.map(({ entry }) => entry);
  const draftRows = drafts.map(({ row }) => row);
  const draftText = `${JSON.stringify({ entries: draftEntries }, null, 2)}\n`;
  const reportedByRow = new Map(drafts.map(({ row, reported }) => [row, reported]));
  const warnings: CsvProblem[] = [];
  const bytes = new TextEncoder().encode(draftText).length;
  if (bytes > LIMITS.fileBytes) {
    // In rows, as the sheet is split: the validator would only give the file's size in bytes.
    const rowsPerFile = Math.floor((drafts.length * LIMITS.fileBytes) / bytes);
    problems.push({
      row: 0,
      column: '',
      message: `its ${drafts.length} rows would make an entry file of ${(bytes / 2 ** 20).toFixed(1)} MB, more than the 2 MB one file may hold: split the sheet into several of at most ${rowsPerFile} rows`,
    });
    return { entries, text, problems, warnings };
  }
  const toProblem = (issue: ValidationIssue): CsvProblem | undefined => {
    const place = locateIssue(issue.path, draftEntries, draftRows);
    // A cell conversion already reported would only be reported again, less clearly.
    if (place.column !== '' && reportedByRow.get(place.row)?.has(place.column)) return undefined;
    let message = rowsInMessage(issue.message, options.outFile, draftRows);
    if (place.column === 'sms' && /not a valid phone number/.test(message) && smsLooksShort(issue.path, draftEntries)) {
      message += ' (it looks like an SMS short code: set sms_short_code to yes)';
    }
    return { ...place, message };
  };

  const own = validateFile(options.outFile, draftText, { today: options.today }).issues;
  const seen = new Set(own.map((issue) => `${issue.path}\n${issue.message}`));
  const crossFile = validateResources([...options.existing, { file: options.outFile, text: draftText }], {
    today: options.today,
  }).issues.filter((issue) => issue.file === options.outFile && !seen.has(`${issue.path}\n${issue.message}`));
  for (const issue of [...own, ...crossFile]) {
    const problem = toProblem(issue);
    if (problem) (issue.severity === 'error' ? problems : warnings).push(problem);
  }
  problems.sort((a, b) => a.row - b.row);
  warnings.sort((a, b) => a.row - b.row);
  return { entries, text, problems, warnings };
}

/** `services.csv: row 7, column "phone": "020 7946 071" is not a valid phone number for GB`. */
export function formatProblem(csvName: string, problem: CsvProblem, severity: 'error' | 'warning' = 'error'): string {
  const place = [
    problem.row > 0 ? `row ${problem.row}` : '',
    problem.column !== '' ? `column ${JSON.stringify(problem.column)}` : '',
  ]
    .filter((part) => part !== '')
    .join(', ');
  return `${csvName}: ${place === '' ? '' : `${place}: `}${severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
}

const USAGE = 'usage: npm run resources:import -- <file.csv> [--out resources/local/<name>.json] [--today YYYY-MM-DD] [--force]';

interface CliArgs {
  csv: string;
  out?: string;
  today?: string;
  force: boolean;
}

function parseArgs(argv: readonly string[]): CliArgs | string {
  const args: Partial<CliArgs> & { force: boolean } = { force: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (flag === '--force') args.force = true;
    else if (flag === '--out' || flag === '--today') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return `${flag} needs a value`;
      args[flag === '--out' ? 'out' : 'today'] = value;
    } else if (flag.startsWith('-')) return `unknown option ${flag}`;
    else if (args.csv !== undefined) return `only one CSV file at a time (got ${args.csv} and ${arg})`;
    else args.csv = arg;
  }
  if (args.csv === undefined) return 'no CSV file given';
  return args as CliArgs;
}

/** Runs the import with `cwd` as the repo root; returns the exit code. */
export function main(argv: readonly string[], cwd: string = process.cwd()): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`${args}\n${USAGE}`);
    return 2;
  }
  const today = args.today ?? todayUtc();
  if (!isRealDate(today)) {
    console.error(`--today must be a date YYYY-MM-DD, got ${JSON.stringify(today)}`);
    return 2;
  }

  const localDir = path.resolve(cwd, 'resources/local');
  const outPath = path.resolve(
    cwd,
    args.out ?? path.join('resources/local', `${path.basename(args.csv, path.extname(args.csv))}.json`),
  );
  const outFile = path.relative(cwd, outPath).split(path.sep).join('/');
  const insideLocal = path.relative(localDir, outPath);
  if (insideLocal.startsWith('..') || path.isAbsolute(insideLocal) || !outFile.endsWith('.json')) {
    console.error(`--out must be a .json file in resources/local/, got ${JSON.stringify(args.out)}`);
    return 2;
  }
  if (existsSync(outPath) && !args.force) {
    console.error(`${outFile} already exists; nothing written. Use --force to replace it.`);
    return 1;
  }

  let csvText: string;
  try {
    csvText = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path.resolve(cwd, args.csv)));
  } catch (error) {
    const reason = error instanceof TypeError ? 'not valid UTF-8 (export the sheet as "CSV UTF-8")' : (error as Error).message;
    console.error(`${args.csv}: ${reason}`);
    return 1;
  }

  // When replacing the file, its old entries must not count as duplicates of the new ones.
  const existing = readResourceFiles(cwd).filter(({ file }) => file !== outFile);
  const { entries, text, problems, warnings } = importCsv(csvText, { today, outFile, existing });
  for (const warning of warnings) console.warn(formatProblem(args.csv, warning, 'warning'));
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(args.csv, problem));
    console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${args.csv}; nothing written.`);
    return 1;
  }

  mkdirSync(path.dirname(outPath), { recursive: true });
  try {
    writeFileSync(outPath, text, { flag: args.force ? 'w' : 'wx' });
  } catch (error) {
    console.error(`${outFile}: ${(error as Error).message}; nothing written.`);
    return 1;
  }
  console.log(`Wrote ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} to ${outFile}.`);
  return 0;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
