/**
 * Build-time validation of the entry files in `resources/`. Pure: takes file text, returns
 * entries and issues, never touches the file system. A wrong phone number or link sends a
 * person in danger nowhere, so every field is checked against entry.ts and real-world rules.
 */
import {
  AUDIENCES,
  CONFIDENCE_LEVELS,
  CONTACT_TYPES,
  ENTRY_KINDS,
  OPERATOR_FLAGS,
  OPERATOR_TYPES,
  TOPICS,
  WEEKDAYS,
  type Entry,
} from '../../src/data/entry.ts';
import { isShortCode, parseFullNumber } from './contact-href.ts';
import { ISO_COUNTRY_SET } from './iso-countries.ts';
import { canonicalLanguageTag, quote } from './message-text.ts';

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

/** One entry file as read from disk: path relative to the repo root, and its text. */
export interface ResourceFile {
  file: string;
  text: string;
}

/** Entries that passed plus every issue found. */
export interface ValidationResult {
  entries: Entry[];
  issues: ValidationIssue[];
}

/** Upper bounds that keep a broken or hostile file from bloating the app. */
export const LIMITS = {
  fileBytes: 2 * 1024 * 1024,
  entriesPerFile: 5000,
  arrayItems: 50,
  idChars: 80,
  nameChars: 300,
  labelChars: 200,
  textChars: 600,
  urlChars: 2048,
  numberChars: 40,
  emailChars: 254,
} as const;

const DEFAULT_STALE_AFTER_DAYS = 365;
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
// C0 and C1 controls, DEL included. Newlines too: every field is a single short line.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
// Embeddings, overrides and isolates can visually reorder a number or link. The plain
// direction marks U+200E/U+200F cannot, and right-to-left text needs them, so they stay allowed.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /\p{Cs}/u;

// ---------------------------------------------------------------------------------------------
// Reporting helpers

/** Collects the issues for one file (or one entry, so that entry can be dropped on error). */
class Checker {
  readonly issues: ValidationIssue[] = [];
  constructor(
    readonly file: string,
    readonly options: Required<ValidateOptions>,
  ) {}
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

/** `U+202E` style name of a character. */
function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Path of a child field or array item. */
function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_][\w-]*$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${quote(key)}]`;
}

/** "a string", "an array", "null"… for wrong-type messages. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${quote(value)}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return `the number ${value}`;
  return `a ${typeof value}`;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------
// Field checks. Each reports through the checker and returns nothing; shapes list them per key.

type Check = (value: unknown, path: string, c: Checker) => void;
type Shape = Record<string, { required: boolean; check: Check }>;

const required = (check: Check) => ({ required: true, check });
const optional = (check: Check) => ({ required: false, check });

/** Checks an object's keys against a shape: unknown fields, missing required fields, then each field. */
function checkObject(value: unknown, path: string, shape: Shape, c: Checker): value is JsonObject {
  if (!isObject(value)) {
    c.error(path, `must be an object, not ${typeName(value)}`);
    return false;
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(shape, key)) c.error(child(path, key), `unknown field ${quote(key)}`);
  }
  for (const [key, field] of Object.entries(shape)) {
    if (Object.hasOwn(value, key)) field.check(value[key], child(path, key), c);
    else if (field.required) c.error(child(path, key), `missing required field ${quote(key)}`);
  }
  return true;
}

function checkString(value: unknown, path: string, c: Checker, maxChars: number): value is string {
  if (typeof value !== 'string') {
    c.error(path, `must be a string, not ${typeName(value)}`);
    return false;
  }
  if (value.trim() === '') {
    c.error(path, 'must not be empty');
    return false;
  }
  if (value.length > maxChars) {
    c.error(path, `is ${value.length} characters long; at most ${maxChars} allowed`);
    return false;
  }
  return true;
}

const plainString =
  (maxChars: number): Check =>
  (value, path, c) => {
    checkString(value, path, c, maxChars);
  };

const checkBoolean: Check = (value, path, c) => {
  if (typeof value !== 'boolean') c.error(path, `must be true or false, not ${typeName(value)}`);
};

/** A value from one of entry.ts's enumerations; `noun` names it in the message. */
const oneOf =
  (allowed: readonly string[], noun: string): Check =>
  (value, path, c) => {
    if (typeof value !== 'string') c.error(path, `must be a string, not ${typeName(value)}`);
    else if (!allowed.includes(value)) {
      c.error(path, `unknown ${noun} ${quote(value)}; expected one of: ${allowed.join(', ')}`);
    }
  };

/** An array of at most LIMITS.arrayItems items, each checked; string items must not repeat. */
const arrayOf =
  (item: Check, { nonEmpty = false } = {}): Check =>
  (value, path, c) => {
    if (!Array.isArray(value)) {
      c.error(path, `must be an array, not ${typeName(value)}`);
      return;
    }
    if (value.length > LIMITS.arrayItems) {
      c.error(path, `has ${value.length} items; at most ${LIMITS.arrayItems} allowed`);
      return;
    }
    if (nonEmpty && value.length === 0) {
      c.error(path, 'must not be empty');
      return;
    }
    const seen = new Set<string>();
    value.forEach((element, index) => {
      item(element, child(path, index), c);
      if (typeof element !== 'string') return;
      if (seen.has(element)) c.error(child(path, index), `duplicate value ${quote(element)}`);
      seen.add(element);
    });
  };

/** Reports a tag that is not canonical: the app looks texts up by exact tag, so "en-gb" would never match "en-GB". */
function checkCanonical(tag: string, canonical: string, path: string, c: Checker): void {
  if (canonical !== tag) c.error(path, `language tag ${quote(tag)} should be written ${quote(canonical)}`);
}

const checkLanguageTag: Check = (value, path, c) => {
  if (typeof value !== 'string') {
    c.error(path, `must be a string, not ${typeName(value)}`);
    return;
  }
  const canonical = canonicalLanguageTag(value);
  if (canonical === undefined) c.error(path, `${quote(value)} is not a valid BCP 47 language tag (e.g. "en", "pt-BR")`);
  else checkCanonical(value, canonical, path, c);
};

/** Text in several languages: language-tag keys only, English required, non-empty values. */
const localized =
  (maxChars: number): Check =>
  (value, path, c) => {
    if (!isObject(value)) {
      c.error(path, `must be an object of language tag to text, e.g. { "en": "…" }, not ${typeName(value)}`);
      return;
    }
    for (const [key, text] of Object.entries(value)) {
      const canonical = canonicalLanguageTag(key);
      if (canonical === undefined) {
        c.error(child(path, key), `unknown field ${quote(key)}: keys here must be BCP 47 language tags such as "en" or "pt-BR"`);
      } else {
        checkCanonical(key, canonical, child(path, key), c);
        checkString(text, child(path, key), c, maxChars);
      }
    }
    if (!Object.hasOwn(value, 'en')) c.error(path, 'missing English text ("en" is required)');
  };

/** A country code: ISO 3166-1 alpha-2, or EU where the entry allows it. */
const countryCode =
  ({ allowEU }: { allowEU: boolean }): Check =>
  (value, path, c) => {
    if (typeof value !== 'string') {
      c.error(path, `must be a string, not ${typeName(value)}`);
      return;
    }
    if (ISO_COUNTRY_SET.has(value)) return;
    if (value === 'EU') {
      if (!allowEU) c.error(path, '"EU" has no numbering plan; use the country whose numbers these are');
      return;
    }
    const hint = ISO_COUNTRY_SET.has(value.toUpperCase()) ? ` (country codes are upper case: ${quote(value.toUpperCase())})` : '';
    c.error(path, `${quote(value)} is not an ISO 3166-1 alpha-2 country code${allowEU ? ' or "EU"' : ''}${hint}`);
  };

/** An absolute https: URL. Anything else (http:, javascript:, data:, relative) could leak or attack. */
const checkHttpsUrl: Check = (value, path, c) => {
  if (!checkString(value, path, c, LIMITS.urlChars)) return;
  if (/\s/.test(value)) {
    c.error(path, `${quote(value)} must not contain spaces`);
    return;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    c.error(path, `${quote(value)} is not an absolute URL; it must be an https: link`);
    return;
  }
  if (url.protocol !== 'https:') {
    c.error(path, `${quote(value)} must be an https: link, not ${url.protocol}`);
    return;
  }
  // user:password@host is a classic way to make a link look like it goes somewhere else.
  if (url.username !== '' || url.password !== '') c.error(path, `${quote(value)} must not contain a user name or password`);
};

const checkEmail: Check = (value, path, c) => {
  if (!checkString(value, path, c, LIMITS.emailChars)) return;
  if (/^mailto:/i.test(value)) {
    c.error(path, `${quote(value)}: write the address without "mailto:"`);
    return;
  }
  // One @, no spaces, a dotted domain; ? # % would change the meaning of the mailto: link.
  if (!/^[^\s@?#%<>"]+@[^\s@?#%<>"]+\.[^\s@?#%<>".]+$/.test(value)) {
    c.error(path, `${quote(value)} does not look like an email address`);
  }
};

/** Days since 1970-01-01 for a real YYYY-MM-DD date, or undefined for malformed/impossible dates. */
function dayNumber(date: string): number | undefined {
  const match = DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  // Date.UTC rolls 2026-02-30 over to March 2; a real date survives the round trip.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return time / 86_400_000;
}

/** Reports anything but a real, past-or-today YYYY-MM-DD date; true when the date is fine. */
function isPastDate(value: unknown, path: string, c: Checker): value is string {
  if (typeof value !== 'string') c.error(path, `must be a date string YYYY-MM-DD, not ${typeName(value)}`);
  else if (!DATE_PATTERN.test(value)) c.error(path, `${quote(value)} must be a date written YYYY-MM-DD`);
  else if (dayNumber(value) === undefined) c.error(path, `${quote(value)} is not a real calendar date`);
  else if (value > c.options.today) c.error(path, `${quote(value)} is in the future (today is ${c.options.today})`);
  else return true;
  return false;
}

/**
 * `published`: the date a source shows, as precisely as it shows it. Sources often give only a
 * year or a month ("2013"), and a guessed day would claim more than the source says.
 */
const checkSourceDate: Check = (value, path, c) => {
  if (typeof value === 'string' && /^\d{4}(-\d{2})?$/.test(value)) {
    const month = value.length === 7 ? Number(value.slice(5)) : 1;
    if (month < 1 || month > 12) c.error(path, `${quote(value)} is not a real month`);
    else if (value > c.options.today.slice(0, value.length)) c.error(path, `${quote(value)} is in the future (today is ${c.options.today})`);
    return;
  }
  void isPastDate(value, path, c);
};

/** `checked`: a past date, and a warning (not an error) when it is older than staleAfterDays. */
const checkCheckedDate: Check = (value, path, c) => {
  if (!isPastDate(value, path, c)) return;
  const age = dayNumber(c.options.today)! - dayNumber(value)!;
  if (age > c.options.staleAfterDays) {
    c.warn(path, `last checked ${age} days ago (${value}), more than ${c.options.staleAfterDays}; re-check the source`);
  }
};

// ---------------------------------------------------------------------------------------------
// Opening hours

/** Accepts zone names Intl knows, spelt exactly (links such as Europe/Kiev resolve to themselves). */
function isTimeZone(zone: string): boolean {
  // Newer engines accept offsets such as "+01:00"; those are not IANA zones and ignore DST.
  if (!/^[A-Za-z]/.test(zone)) return false;
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    return resolved === zone || Intl.supportedValuesOf('timeZone').includes(zone);
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

const checkTimeZone: Check = (value, path, c) => {
  if (typeof value !== 'string') {
    c.error(path, `must be a string, not ${typeName(value)}`);
    return;
  }
  if (!isTimeZone(value)) c.error(path, `${quote(value)} is not a valid IANA time zone (e.g. "Europe/London")`);
};

const checkTime: Check = (value, path, c) => {
  if (typeof value !== 'string') {
    c.error(path, `must be a string, not ${typeName(value)}`);
    return;
  }
  if (!TIME_PATTERN.test(value)) c.error(path, `${quote(value)} is not a time HH:MM between 00:00 and 24:00`);
};

const WEEKLY_ROW_SHAPE: Shape = {
  days: required(arrayOf(oneOf(WEEKDAYS, 'weekday'), { nonEmpty: true })),
  open: required(checkTime),
  close: required(checkTime),
};

const checkWeeklyRow: Check = (value, path, c) => {
  if (!checkObject(value, path, WEEKLY_ROW_SHAPE, c)) return;
  // Equal times are ambiguous (closed all day, or open all day?); overnight rows are allowed.
  if (typeof value.open === 'string' && value.open === value.close) {
    c.error(child(path, 'close'), `opens and closes at ${value.open}; use { "always": true } for round the clock`);
  }
};

const checkAlways: Check = (value, path, c) => {
  if (value !== true) c.error(path, `must be true (leave "hours" out when they are not known), not ${typeName(value)}`);
};

const HOURS_SHAPES = {
  always: { always: required(checkAlways), note: optional(localized(LIMITS.textChars)) },
  weekly: {
    timeZone: required(checkTimeZone),
    weekly: required(arrayOf(checkWeeklyRow, { nonEmpty: true })),
    note: optional(localized(LIMITS.textChars)),
  },
  note: { note: required(localized(LIMITS.textChars)) },
} satisfies Record<string, Shape>;

/** Hours are exactly one of entry.ts's three shapes: always, weekly in a zone, or a note. */
const checkHours: Check = (value, path, c) => {
  if (!isObject(value)) {
    c.error(path, `must be an object, not ${typeName(value)}`);
    return;
  }
  const isAlways = Object.hasOwn(value, 'always');
  const isWeekly = Object.hasOwn(value, 'timeZone') || Object.hasOwn(value, 'weekly');
  if (isAlways && isWeekly) {
    c.error(path, 'must be exactly one shape: { always: true }, { timeZone, weekly } or { note }, not "always" with "timeZone"/"weekly"');
    return;
  }
  checkObject(value, path, isAlways ? HOURS_SHAPES.always : isWeekly ? HOURS_SHAPES.weekly : HOURS_SHAPES.note, c);
};

// ---------------------------------------------------------------------------------------------
// Contacts

const PHONE_TYPES: readonly string[] = ['phone', 'sms', 'whatsapp', 'tty'];
const contactText = { label: optional(localized(LIMITS.labelChars)), note: optional(localized(LIMITS.textChars)) };
const acceptType = required(() => {}); // already checked before the shape is chosen

const CONTACT_SHAPES: Record<'phone' | 'link' | 'email', Shape> = {
  phone: {
    type: acceptType,
    number: required((value, path, c) => void checkString(value, path, c, LIMITS.numberChars)),
    country: optional(countryCode({ allowEU: false })),
    short: optional(checkBoolean),
    ...contactText,
  },
  link: { type: acceptType, url: required(checkHttpsUrl), ...contactText },
  email: { type: acceptType, address: required(checkEmail), ...contactText },
};

/**
 * A phone-like number: short codes are 3–6 digits; full numbers must be valid in the numbering
 * plan of the contact's country, else the entry's first country (libphonenumber-js, not a regex).
 */
function checkPhoneNumber(contact: JsonObject, path: string, entryCountries: unknown, c: Checker): void {
  const { number, type } = contact;
  const numberPath = child(path, 'number');
  if (typeof number !== 'string' || number.trim() === '' || number.length > LIMITS.numberChars) return; // reported by the shape
  if (/\p{L}/u.test(number)) {
    c.error(numberPath, `${quote(number)} contains letters; write the digits here and the lettered form (e.g. "1-800-FOR-HELP") in "label"`);
    return;
  }
  if (contact.short === true) {
    if (type === 'whatsapp') {
      c.error(child(path, 'short'), 'a WhatsApp contact needs a full international number, not a short code');
      return;
    }
    if (!isShortCode(number)) c.error(numberPath, `${quote(number)} is not a short code: use 3 to 6 digits (spaces and hyphens allowed)`);
    return;
  }
  if (!/^\+?[\d\s().\-/]+$/.test(number)) {
    c.error(numberPath, `${quote(number)} may only contain digits, spaces, a leading + and ( ) - . /`);
    return;
  }
  const ownCountry = contact.country;
  if (ownCountry !== undefined && (typeof ownCountry !== 'string' || !ISO_COUNTRY_SET.has(ownCountry))) return; // reported
  if (ownCountry === undefined && !Array.isArray(entryCountries)) return; // the bad "countries" is reported
  const country = ownCountry ?? (entryCountries as unknown[])[0];
  if (country === undefined) {
    c.error(numberPath, 'needs a country: the entry lists no countries, so set the contact\'s "country" (or mark a short code "short": true)');
    return;
  }
  if (country === 'EU') {
    c.error(numberPath, 'an EU-wide entry must set the contact\'s "country" or mark a short code "short": true');
    return;
  }
  if (typeof country !== 'string' || !ISO_COUNTRY_SET.has(country)) return; // the bad country is reported on its own
  const result = parseFullNumber(number, country);
  if (result.ok) return;
  if (result.reason === 'unsupported-country') {
    c.error(numberPath, `no telephone numbering plan is known for ${country}; set the contact's "country"`);
  } else if (result.reason === 'other-country') {
    c.error(numberPath, `${quote(number)} dials +${result.callingCode}, which is not a number for ${country}; set the contact's "country"`);
  } else {
    c.error(numberPath, `${quote(number)} is not a valid phone number for ${country}`);
  }
}

/** Checks one contact; the entry's first country applies to numbers without their own. */
const checkContact =
  (entryCountries: unknown): Check =>
  (value, path, c) => {
    if (!isObject(value)) {
      c.error(path, `must be an object, not ${typeName(value)}`);
      return;
    }
    const { type } = value;
    if (!Object.hasOwn(value, 'type')) {
      c.error(child(path, 'type'), 'missing required field "type"');
      return;
    }
    if (typeof type !== 'string' || !(CONTACT_TYPES as readonly string[]).includes(type)) {
      return oneOf(CONTACT_TYPES, 'contact type')(type, child(path, 'type'), c);
    }
    const kind = PHONE_TYPES.includes(type) ? 'phone' : type === 'email' ? 'email' : 'link';
    checkObject(value, path, CONTACT_SHAPES[kind], c);
    if (kind === 'phone') checkPhoneNumber(value, path, entryCountries, c);
  };

// ---------------------------------------------------------------------------------------------
// Entries and files

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

/** Rejects control and bidi-override characters in every string of a value, wherever it sits. */
function checkTextSafety(value: unknown, path: string, c: Checker): void {
  if (typeof value === 'string') {
    const control = CONTROL_CHARACTER.exec(value)?.[0];
    const bidi = BIDI_CONTROL.exec(value)?.[0];
    if (control) c.error(path, `contains a control character (${codePoint(control)}); text must be a single line of plain text`);
    if (bidi) c.error(path, `contains a bidirectional override or isolate character (${codePoint(bidi)}), which can disguise text`);
    if (LONE_SURROGATE.test(value)) c.error(path, 'contains a broken character (an unpaired UTF-16 surrogate)');
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) checkTextSafety(item, child(path, index), c);
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) checkTextSafety(item, child(path, key), c);
  }
}

interface FileResult {
  /** Entries without errors, with their index in the file. */
  entries: { index: number; entry: Entry }[];
  issues: ValidationIssue[];
  /** First index of every string id in the file, valid entry or not, for cross-file checks. */
  ids: Map<string, number>;
}

function withDefaults(options: ValidateOptions): Required<ValidateOptions> {
  if (dayNumber(options.today) === undefined) throw new Error(`options.today must be a date YYYY-MM-DD, got ${quote(String(options.today))}`);
  return { today: options.today, staleAfterDays: options.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS };
}

function validateFileDetailed(file: string, text: string, options: Required<ValidateOptions>): FileResult {
  const c = new Checker(file, options);
  const result: FileResult = { entries: [], issues: c.issues, ids: new Map() };

  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LIMITS.fileBytes) {
    c.error('', `file is ${bytes} bytes; at most ${LIMITS.fileBytes} (2 MB) allowed`);
    return result;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    c.error('', `not valid JSON: ${(error as Error).message}`);
    return result;
  }
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

/** Checks one entry, recording its id; returns it when it has no errors. */
function validateEntry(entry: unknown, index: number, ids: Map<string, number>, fileChecker: Checker): Entry | undefined {
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

/** Validate one file's text. Returns the entries that passed plus every issue found. */
export function validateFile(file: string, text: string, options: ValidateOptions): ValidationResult {
  const { entries, issues } = validateFileDetailed(file, text, withDefaults(options));
  return { entries: entries.map(({ entry }) => entry), issues };
}

/** Validate a set of files together (adds cross-file checks such as duplicate ids). */
export function validateResources(files: readonly ResourceFile[], options: ValidateOptions): ValidationResult {
  const resolved = withDefaults(options);
  const firstUse = new Map<string, { file: string; index: number }>();
  const result: ValidationResult = { entries: [], issues: [] };
  for (const { file, text } of files) {
    const detailed = validateFileDetailed(file, text, resolved);
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

/** One line per issue, e.g. `resources/directory/helplines/US.json: entries[2].contacts[0].number: "123" is not a valid phone number for US`; warnings say so. */
export function formatIssue(issue: ValidationIssue): string {
  const path = issue.path === '' ? '' : `${issue.path}: `;
  const severity = issue.severity === 'warning' ? 'warning: ' : '';
  return `${issue.file}: ${path}${severity}${issue.message}`;
}

/** Thrown by the build when validation found errors; `issues` holds the errors only and the message lists them all. */
export class ResourceValidationError extends Error {
  override readonly name = 'ResourceValidationError';
  readonly issues: ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    const errors = issues.filter((issue) => issue.severity === 'error');
    super(`${errors.length} error${errors.length === 1 ? '' : 's'} in resources/:\n${errors.map(formatIssue).join('\n')}`);
    this.issues = errors;
  }
}
