/**
 * How the validator reports: issues, the checker that collects them, field paths, and the
 * one-line form every tool prints. Knows nothing about entries.
 */
import { quote } from '../message-text.ts';

export type Severity = 'error' | 'warning';

/** One problem found in a file; `path` is the field (e.g. `entries[3].contacts[1].number`), empty for the whole file. */
export interface ValidationIssue {
  file: string;
  path: string;
  message: string;
  severity: Severity;
}

/** `today` is injected (YYYY-MM-DD) so results do not depend on the clock. */
export interface ValidateOptions {
  today: string;
  staleAfterDays?: number;
}

/** Collects the issues for one file (or one entry, so that entry can be dropped on error). */
export class Checker {
  readonly issues: ValidationIssue[] = [];
  constructor(
    readonly file: string,
    readonly options: Required<ValidateOptions>,
    /** What the file calls an object's keys in messages: "field", or "setting" in the deployment file. */
    readonly keyNoun = 'field',
  ) {}
  /** A fresh checker for the same file, whose issues can be kept or dropped together. */
  fork(): Checker {
    return new Checker(this.file, this.options, this.keyNoun);
  }
  error(path: string, message: string): void {
    this.issues.push({ file: this.file, path, message, severity: 'error' });
  }
  warn(path: string, message: string): void {
    this.issues.push({ file: this.file, path, message, severity: 'warning' });
  }
  hasErrors(): boolean {
    return this.issues.some((issue) => issue.severity === 'error');
  }
}

/** Path of a child field or array item. */
export function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_][\w-]*$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${quote(key)}]`;
}

/** "a string", "an array", "null"… for wrong-type messages. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${quote(value)}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return `the number ${value}`;
  return `a ${typeof value}`;
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One line per issue, e.g. `resources/directory/helplines/US.json: entries[2].contacts[0].number: "123" is not a valid phone number for US`; warnings say so. */
export function formatIssue(issue: ValidationIssue): string {
  const path = issue.path === '' ? '' : `${issue.path}: `;
  const severity = issue.severity === 'warning' ? 'warning: ' : '';
  return `${issue.file}: ${path}${severity}${issue.message}`;
}

/**
 * Makes an error for people fixing data print as its name and its message alone: Node and Vite
 * print an error's stack and its enumerable fields, and a JavaScript stack trace says nothing
 * about the file to fix, only buries the list of problems. Call once `name` is set.
 */
export function withoutStackTrace(error: Error, hiddenFields: readonly string[] = []): void {
  // The closing newline puts the bracket Node prints round a stackless error on a line of its own.
  error.stack = `${error.name}: ${error.message}\n`;
  for (const field of hiddenFields) Object.defineProperty(error, field, { enumerable: false });
}

/** Thrown by the build when validation found errors; `issues` holds the errors only and the message lists them all. */
export class ResourceValidationError extends Error {
  override readonly name = 'ResourceValidationError';
  readonly issues: ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    const errors = issues.filter((issue) => issue.severity === 'error');
    super(`${errors.length} error${errors.length === 1 ? '' : 's'} in resources/:\n${errors.map(formatIssue).join('\n')}`);
    this.issues = errors;
    // The message already lists every issue; printed again as objects they would double the list.
    withoutStackTrace(this, ['issues']);
  }
}
