/**
 * The build's rules, applied to compiled entries: what the device runs on every directory it
 * downloads (src/data/entry-rules.ts loads this module only when an update arrives), and what the
 * build runs on everything it publishes, so a directory the build ships is one every device takes.
 *
 * A compiled entry is a resource entry plus what the compiler adds: each contact's `href`, which
 * must be exactly the link the compiler makes of that contact, and `local: true`. Top-level fields
 * these rules do not know are set aside rather than refused: a newer build may add one, and the
 * device carries it without reading it (dataset-guards.ts). Everything else is held to the rules a
 * resource file is held to, and any error refuses the whole directory.
 */
import { ENTRY_FIELDS } from '../../../src/data/entry-fields.ts';
import type { Contact } from '../../../src/data/entry.ts';
import { isRealDate } from '../../../src/rules/dates.ts';
import { STALE_AFTER_DAYS } from '../../../src/rules/freshness.ts';
import { contactHref } from '../contact-href.ts';
import { quote } from '../message-text.ts';
import { Checker, child, isObject, type JsonObject, type ValidateOptions, type ValidationIssue } from './checker.ts';
import { validateEntry } from './entry.ts';

export { formatIssue } from './checker.ts';

/** Checks a directory's compiled entries one at a time, so a caller can pause between them. */
export interface CompiledEntriesCheck {
  /** Checks the next entry; false when it breaks a rule. */
  check(entry: unknown): boolean;
  /** The errors found so far, in the validator's form (`formatIssue` prints them). */
  errors(): ValidationIssue[];
}

/** A compiled entry without what the compiler added, and with its unknown top-level fields set aside. */
function asResourceEntry(value: unknown, path: string, c: Checker): unknown {
  if (!isObject(value)) return value;
  const entry: JsonObject = {};
  for (const [key, field] of Object.entries(value)) {
    if (Object.hasOwn(ENTRY_FIELDS, key)) entry[key] = field;
  }
  if (Object.hasOwn(value, 'local') && value.local !== true) c.error(child(path, 'local'), 'must be true when present');
  if (Array.isArray(value.contacts)) {
    entry.contacts = value.contacts.map((contact: unknown, i) => {
      if (!isObject(contact)) return contact;
      const { href, ...rest } = contact;
      if (typeof href !== 'string') c.error(child(child(child(path, 'contacts'), i), 'href'), 'missing the link to open');
      return rest;
    });
  }
  return entry;
}

/** Each contact's href must be the link the compiler makes of it: never a link the reader does not see. */
function checkHrefs(compiled: JsonObject, entry: JsonObject, path: string, c: Checker): void {
  const countries = entry.countries as string[];
  (entry.contacts as Contact[]).forEach((contact, i) => {
    const href = (compiled.contacts as JsonObject[])[i]!.href as string;
    let expected: string;
    try {
      expected = contactHref(contact, countries[0]);
    } catch (error) {
      c.error(child(child(path, 'contacts'), i), (error as Error).message);
      return;
    }
    if (href !== expected) {
      c.error(
        child(child(child(path, 'contacts'), i), 'href'),
        `${quote(href)} is not the link this contact makes (${quote(expected)})`,
      );
    }
  });
}

/** A check of the compiled entries of one directory; `what` names it in every issue. */
export function checkCompiledEntries(what: string, options: ValidateOptions): CompiledEntriesCheck {
  if (!isRealDate(options.today)) throw new Error(`options.today must be a date YYYY-MM-DD, got ${quote(String(options.today))}`);
  const checker = new Checker(what, { today: options.today, staleAfterDays: options.staleAfterDays ?? STALE_AFTER_DAYS });
  const ids = new Map<string, number>();
  let index = 0;
  return {
    check(value) {
      const at = index++;
      const path = child('entries', at);
      // Issues of this entry only, so its href check runs only on an entry that is otherwise sound.
      const c = checker.fork();
      const entry = asResourceEntry(value, path, c);
      const accepted = validateEntry(entry, at, ids, c);
      if (accepted && !c.hasErrors()) checkHrefs(value as JsonObject, entry as JsonObject, path, c);
      checker.issues.push(...c.issues.filter((issue) => issue.severity === 'error'));
      return !c.hasErrors();
    },
    errors: () => checker.issues,
  };
}
