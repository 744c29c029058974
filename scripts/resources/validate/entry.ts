/** One entry: its shape field by field, text safety throughout, and ids unique within the file. */
import type { Entry } from '../../../src/data/entry.ts';
import { ENTRY_FIELD_NAMES, ENTRY_FIELDS, type EnumeratedField } from '../../../src/data/entry-fields.ts';
import { quote } from '../message-text.ts';
import { type Checker, child, isObject, type JsonObject } from './checker.ts';
import { checkContact } from './contacts.ts';
import { checkCheckedDate, checkSourceDate } from './date-fields.ts';
import {
  type Check,
  type Shape,
  arrayOf,
  asName,
  checkBoolean,
  checkHttpsUrl,
  checkLanguageTag,
  checkObject,
  checkString,
  countryCode,
  localized,
  LIMITS,
  oneOf,
  plainString,
} from './fields.ts';
import { checkHours } from './hours.ts';
import { checkTextSafety } from './text-safety.ts';

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const checkId: Check = (value, path, c) => {
  if (!checkString(value, path, c, LIMITS.idChars)) return;
  if (!ID_PATTERN.test(value)) {
    c.error(
      path,
      `${quote(value)} is not a valid id: use lower-case letters and digits joined by single hyphens, e.g. "us-trafficking-hotline"`,
    );
  }
};

/** An enumerated field holds one of the values ENTRY_FIELDS lists, or a list of them; `noun` names a value in messages. */
function enumerated(field: EnumeratedField, noun: string): Check {
  const { form } = ENTRY_FIELDS[field];
  return form.kind === 'one-of' ? oneOf(form.values, noun) : arrayOf(oneOf(form.values, noun));
}

/** How each field of an entry is checked; contacts need the entry's countries to read their numbers. */
function entryChecks(entry: JsonObject): { [K in keyof Entry]-?: Check } {
  return {
    id: checkId,
    kind: enumerated('kind', 'kind'),
    name: asName(localized(LIMITS.nameChars)),
    summary: localized(LIMITS.textChars),
    organisations: arrayOf(asName(plainString(LIMITS.nameChars))),
    countries: arrayOf(countryCode({ allowEU: true })),
    region: localized(LIMITS.labelChars),
    topics: enumerated('topics', 'topic'),
    audiences: enumerated('audiences', 'audience'),
    languages: arrayOf(checkLanguageTag),
    languagesNote: localized(LIMITS.textChars),
    contacts: arrayOf(checkContact(entry)),
    hours: checkHours,
    free: checkBoolean,
    operator: enumerated('operator', 'operator type'),
    flags: enumerated('flags', 'flag'),
    notes: arrayOf(localized(LIMITS.textChars)),
    category: localized(LIMITS.labelChars),
    situations: enumerated('situations', 'situation'),
    url: checkHttpsUrl,
    source: checkHttpsUrl,
    additionalSources: arrayOf(checkHttpsUrl),
    checked: checkCheckedDate,
    published: checkSourceDate,
    confidence: enumerated('confidence', 'confidence'),
    confidenceNote: localized(LIMITS.textChars),
    conflicts: arrayOf(localized(LIMITS.textChars)),
  };
}

/** The shape of an entry: ENTRY_FIELDS says which fields are required, entryChecks how each is checked. */
function entryShape(entry: JsonObject): Shape {
  const checks = entryChecks(entry);
  return Object.fromEntries(ENTRY_FIELD_NAMES.map((key) => [key, { required: ENTRY_FIELDS[key].required, check: checks[key] }]));
}

/** Checks one entry, recording its id; returns it when it has no errors. */
export function validateEntry(entry: unknown, index: number, ids: Map<string, number>, fileChecker: Checker): Entry | undefined {
  const path = child('entries', index);
  // Each entry gets its own checker so an entry with errors can be dropped on its own.
  const c = fileChecker.fork();
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
