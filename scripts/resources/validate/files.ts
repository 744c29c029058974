/** Whole files (size, JSON, the `entries` list) and sets of files (ids unique across them). */
import type { Entry } from '../../../src/data/entry.ts';
import { isRealDate } from '../../../src/rules/dates.ts';
import { STALE_AFTER_DAYS } from '../../../src/rules/freshness.ts';
import { parseJsonText } from '../json-text.ts';
import { quote } from '../message-text.ts';
import { Checker, child, isObject, typeName, type ValidateOptions, type ValidationIssue } from './checker.ts';
import { validateEntry } from './entry.ts';
import { LIMITS } from './fields.ts';

/** One entry file as read from disk: path relative to the repo root, and its text. */
export interface ResourceFile {
  file: string;
  text: string;
  /** Why the file was not read (a symbolic link, a name in the wrong case…); validation reports it as the file's error. */
  refused?: string;
}

/** Entries that passed plus every issue found. */
export interface ValidationResult {
  entries: Entry[];
  issues: ValidationIssue[];
}

interface FileResult {
  /** Entries without errors, with their index in the file. */
  entries: { index: number; entry: Entry }[];
  issues: ValidationIssue[];
  /** First index of every string id in the file, valid entry or not, for cross-file checks. */
  ids: Map<string, number>;
}

function withDefaults(options: ValidateOptions): Required<ValidateOptions> {
  if (!isRealDate(options.today)) throw new Error(`options.today must be a date YYYY-MM-DD, got ${quote(String(options.today))}`);
  return { today: options.today, staleAfterDays: options.staleAfterDays ?? STALE_AFTER_DAYS };
}

function validateFileDetailed({ file, text, refused }: ResourceFile, options: Required<ValidateOptions>): FileResult {
  const c = new Checker(file, options);
  const result: FileResult = { entries: [], issues: c.issues, ids: new Map() };
  if (refused !== undefined) {
    c.error('', refused);
    return result;
  }

  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LIMITS.fileBytes) {
    c.error('', `file is ${bytes} bytes; at most ${LIMITS.fileBytes} (2 MB) allowed`);
    return result;
  }
  const parsed = parseJsonText(text, LIMITS.nestingDepth);
  if (!parsed.ok) {
    c.error('', parsed.message);
    return result;
  }
  const data = parsed.value;
  if (!isObject(data)) {
    c.error('', `must be an object { "entries": [...] }, not ${typeName(data)}`);
    return result;
  }
  for (const key of Object.keys(data)) {
    if (key !== 'entries') c.error(child('', key), `unknown field ${quote(key)}; the file may only contain "entries"`);
  }
  const { entries } = data;
  if (!Object.hasOwn(data, 'entries')) c.error('entries', 'missing required field "entries"');
  else if (!Array.isArray(entries)) c.error('entries', `must be an array, not ${typeName(entries)}`);
  else if (entries.length > LIMITS.entriesPerFile) {
    c.error('entries', `has ${entries.length} entries; at most ${LIMITS.entriesPerFile} allowed per file`);
  } else {
    entries.forEach((entry: unknown, index) => {
      const accepted = validateEntry(entry, index, result.ids, c);
      if (accepted) result.entries.push({ index, entry: accepted });
    });
  }
  return result;
}

/** Validate one file's text. Returns the entries that passed plus every issue found. */
export function validateFile(file: string, text: string, options: ValidateOptions): ValidationResult {
  const { entries, issues } = validateFileDetailed({ file, text }, withDefaults(options));
  return { entries: entries.map(({ entry }) => entry), issues };
}

/** Validate a set of files together (adds cross-file checks such as duplicate ids). */
export function validateResources(files: readonly ResourceFile[], options: ValidateOptions): ValidationResult {
  const resolved = withDefaults(options);
  const firstUse = new Map<string, { file: string; index: number }>();
  const result: ValidationResult = { entries: [], issues: [] };
  for (const resourceFile of files) {
    const { file } = resourceFile;
    const detailed = validateFileDetailed(resourceFile, resolved);
    result.issues.push(...detailed.issues);
    const duplicates = new Set<number>();
    for (const [id, index] of detailed.ids) {
      const first = firstUse.get(id);
      if (first === undefined) {
        firstUse.set(id, { file, index });
        continue;
      }
      duplicates.add(index);
      result.issues.push({
        file,
        path: `entries[${index}].id`,
        message: `duplicate id ${quote(id)}: used in both ${first.file} (entries[${first.index}]) and ${file} (entries[${index}])`,
        severity: 'error',
      });
    }
    result.entries.push(...detailed.entries.filter(({ index }) => !duplicates.has(index)).map(({ entry }) => entry));
  }
  return result;
}
