/** One entry: its shape field by field, text safety throughout, and ids unique within the file. */
import {
  AUDIENCES,
  CONFIDENCE_LEVELS,
  ENTRY_KINDS,
  OPERATOR_FLAGS,
  OPERATOR_TYPES,
  TOPICS,
  type Entry,
} from '../../../src/data/entry.ts';
import { quote } from '../message-text.ts';
import { Checker, child, isObject, type JsonObject } from './checker.ts';
import { checkContact } from './contacts.ts';
import { checkCheckedDate, checkSourceDate } from './date-fields.ts';
import {
  type Check,
  type Shape,
  arrayOf,
  checkBoolean,
  checkHttpsUrl,
  checkLanguageTag,
  checkObject,
  checkString,
  countryCode,
  localized,
  LIMITS,
  oneOf,
  optional,
  plainString,
  required,
} from './fields.ts';
import { checkHours } from './hours.ts';
import { checkTextSafety } from './text-safety.ts';

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const checkId: Check = (value, path, c) => {
  if (!checkString(value, path, c, LIMITS.idChars)) return;
  if (!ID_PATTERN.test(value)) {
    c.error(path, `${quote(value)} is not a valid id: use lower-case letters and digits joined by single hyphens, e.g. "us-trafficking-hotline"`);
  }
};

/** The shape of an entry; contacts need the entry's countries to read their numbers. */
function entryShape(entry: JsonObject): Shape {
  return {
    id: required(checkId),
    kind: required(oneOf(ENTRY_KINDS, 'kind')),
    name: required(localized(LIMITS.nameChars)),
    summary: required(localized(LIMITS.textChars)),
    organisations: optional(arrayOf(plainString(LIMITS.nameChars))),
    countries: required(arrayOf(countryCode({ allowEU: true }))),
    region: optional(localized(LIMITS.labelChars)),
    topics: required(arrayOf(oneOf(TOPICS, 'topic'))),
    audiences: optional(arrayOf(oneOf(AUDIENCES, 'audience'))),
    languages: optional(arrayOf(checkLanguageTag)),
    languagesNote: optional(localized(LIMITS.textChars)),
    contacts: required(arrayOf(checkContact(entry.countries))),
    hours: optional(checkHours),
    free: optional(checkBoolean),
    operator: optional(oneOf(OPERATOR_TYPES, 'operator type')),
    flags: optional(arrayOf(oneOf(OPERATOR_FLAGS, 'flag'))),
    notes: optional(arrayOf(localized(LIMITS.textChars))),
    category: optional(localized(LIMITS.labelChars)),
    url: optional(checkHttpsUrl),
    source: required(checkHttpsUrl),
    additionalSources: optional(arrayOf(checkHttpsUrl)),
    checked: required(checkCheckedDate),
    published: optional(checkSourceDate),
    confidence: optional(oneOf(CONFIDENCE_LEVELS, 'confidence')),
    confidenceNote: optional(localized(LIMITS.textChars)),
    conflicts: optional(arrayOf(localized(LIMITS.textChars))),
  };
}

/** Checks one entry, recording its id; returns it when it has no errors. */
export function validateEntry(entry: unknown, index: number, ids: Map<string, number>, fileChecker: Checker): Entry | undefined {
  const path = child('entries', index);
  // Each entry gets its own checker so an entry with errors can be dropped on its own.
  const c = new Checker(fileChecker.file, fileChecker.options);
  if (checkObject(entry, path, entryShape(isObject(entry) ? entry : {}), c)) {
    checkTextSafety(entry, path, c);
    const { id } = entry;
    if (typeof id === 'string') {
      const first = ids.get(id);
      if (first === undefined) ids.set(id, index);
      else c.error(child(path, 'id'), `duplicate id ${quote(id)}: also used by entries[${first}] in this file`);
    }
  }
  fileChecker.issues.push(...c.issues);
  return c.hasErrors() ? undefined : (entry as Entry);
}
