/**
 * The building blocks of every check: objects against shapes, strings, enumerations, arrays,
 * localized text, language tags, countries, links and e-mail addresses. Each check reports
 * through the checker and returns nothing; shapes list them per key.
 */
import type { IsRequired } from '../../../src/data/entry-fields.ts';
import { canonicalLanguageTag, codePoint, quote } from '../message-text.ts';
import { ISO_COUNTRY_SET } from '../iso-countries.ts';
import { didYouMeanCountry, unknownValueMessage } from '../suggest.ts';
import { type Checker, child, isObject, type JsonObject, typeName } from './checker.ts';
import { lookAlikeHost } from './hosts.ts';
import { invisibleInAddress, invisibleInName } from './text-safety.ts';

/** Upper bounds that keep a broken or hostile file from bloating the app. */
export const LIMITS = {
  fileBytes: 2 * 1024 * 1024,
  // An entry file nests 7 deep at most (the file, entries, an entry, hours, weekly, a row, days); deeper is broken or hostile.
  nestingDepth: 32,
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

export type Check = (value: unknown, path: string, c: Checker) => void;

/** One key of a shape: whether it must be there, and how its value is checked. */
export interface Field<Required extends boolean = boolean> {
  required: Required;
  check: Check;
}
export type Shape = Record<string, Field>;

/** A shape with a field for every key of T, required exactly where T requires it: a key added to T and forgotten here fails to compile. */
export type ShapeOf<T> = { [K in keyof T]-?: Field<IsRequired<T, K>> };

export const required = (check: Check): Field<true> => ({ required: true, check });
export const optional = (check: Check): Field<false> => ({ required: false, check });

/** Checks an object's keys against a shape: unknown fields, missing required fields, then each field. */
export function checkObject(value: unknown, path: string, shape: Shape, c: Checker): value is JsonObject {
  if (!isObject(value)) {
    c.error(path, `must be an object, not ${typeName(value)}`);
    return false;
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(shape, key)) c.error(child(path, key), `unknown ${c.keyNoun} ${quote(key)}`);
  }
  for (const [key, field] of Object.entries(shape)) {
    if (Object.hasOwn(value, key)) field.check(value[key], child(path, key), c);
    else if (field.required) c.error(child(path, key), `missing required ${c.keyNoun} ${quote(key)}`);
  }
  return true;
}

export function checkString(value: unknown, path: string, c: Checker, maxChars: number): value is string {
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

export const plainString =
  (maxChars: number): Check =>
  (value, path, c) => {
    checkString(value, path, c, maxChars);
  };

export const checkBoolean: Check = (value, path, c) => {
  if (typeof value !== 'boolean') c.error(path, `must be true or false, not ${typeName(value)}`);
};

/** An object of a shape of its own (a nested group of settings). */
export const objectOf =
  (shape: Shape): Check =>
  (value, path, c) => {
    checkObject(value, path, shape, c);
  };

/** A string matching a pattern; `message` says what is expected, for anything else. */
export const matching =
  (pattern: RegExp, message: string): Check =>
  (value, path, c) => {
    if (typeof value !== 'string' || !pattern.test(value)) c.error(path, message);
  };

/** A whole number from `min` to `max`; `unit` names what it counts in the message. */
export const wholeNumber =
  (min: number, max: number, unit: string): Check =>
  (value, path, c) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      c.error(path, `must be a whole number of ${unit} from ${min} to ${max}`);
    }
  };

/** A value from one of entry.ts's enumerations; `noun` names it in the message. */
export const oneOf =
  (allowed: readonly string[], noun: string): Check =>
  (value, path, c) => {
    if (typeof value !== 'string') c.error(path, `must be a string, not ${typeName(value)}`);
    else if (!allowed.includes(value)) c.error(path, unknownValueMessage(noun, value, allowed));
  };

/** An array of at most LIMITS.arrayItems items, each checked; string items must not repeat. */
export const arrayOf =
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

export const checkLanguageTag: Check = (value, path, c) => {
  if (typeof value !== 'string') {
    c.error(path, `must be a string, not ${typeName(value)}`);
    return;
  }
  const canonical = canonicalLanguageTag(value);
  if (canonical === undefined) c.error(path, `${quote(value)} is not a valid BCP 47 language tag (e.g. "en", "pt-BR")`);
  else checkCanonical(value, canonical, path, c);
};

/** Text in several languages: language-tag keys only, English required, non-empty values. */
export const localized =
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

/**
 * A name people know an entry or the app by (plain or localized text, checked by `check`): no
 * invisible character may hide in it, so two names that look the same are the same.
 */
export const asName =
  (check: Check): Check =>
  (value, path, c) => {
    check(value, path, c);
    const texts: [string, unknown][] = typeof value === 'string' ? [[path, value]] : isObject(value) ? Object.entries(value) : [];
    for (const [key, text] of texts) {
      const hidden = typeof text === 'string' ? invisibleInName(text) : undefined;
      if (hidden === undefined) continue;
      c.error(
        typeof value === 'string' ? path : child(path, key),
        hidden === '\u200c' || hidden === '\u200d'
          ? `contains a zero-width ${hidden === '\u200c' ? 'non-joiner' : 'joiner'} (${codePoint(hidden)}) that is not inside a word of a script that uses it (Arabic, Persian, Indic…); remove it`
          : `contains an invisible character (${codePoint(hidden)}), which can disguise a name; remove it`,
      );
    }
  };

/** Reports an invisible character in a link or e-mail address; true when there is none. */
function withoutInvisible(value: string, path: string, c: Checker): boolean {
  const hidden = invisibleInAddress(value);
  if (hidden !== undefined)
    c.error(path, `${quote(value)} contains an invisible character (${codePoint(hidden)}); type the address again without it`);
  return hidden === undefined;
}

/** Reports a host that could pass for another (letters of two scripts); `what` is the host's place, e.g. "a host name". */
function withoutLookAlike(value: string, host: string, path: string, c: Checker, what: string): void {
  const lookAlike = lookAlikeHost(host);
  if (lookAlike !== undefined) {
    c.error(
      path,
      `${quote(value)} has ${what} that ${lookAlike}, which can pass for another address; check it on the operator's own site`,
    );
  }
}

/** A country code: ISO 3166-1 alpha-2, or EU where the entry allows it. */
export const countryCode =
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
    c.error(
      path,
      `${quote(value)} is not an ISO 3166-1 alpha-2 country code${allowEU ? ' or "EU"' : ''}${didYouMeanCountry(value)}`,
    );
  };

/** An absolute https: URL. Anything else (http:, javascript:, data:, relative) could leak or attack. */
export const checkHttpsUrl: Check = (value, path, c) => {
  if (!checkString(value, path, c, LIMITS.urlChars) || !withoutInvisible(value, path, c)) return;
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
  withoutLookAlike(value, url.hostname, path, c, 'a host name');
};

export const checkEmail: Check = (value, path, c) => {
  if (!checkString(value, path, c, LIMITS.emailChars) || !withoutInvisible(value, path, c)) return;
  if (/^mailto:/i.test(value)) {
    c.error(path, `${quote(value)}: write the address without "mailto:"`);
    return;
  }
  // One @, no spaces, a dotted domain; ? # % would change the meaning of the mailto: link.
  if (!/^[^\s@?#%<>"]+@[^\s@?#%<>"]+\.[^\s@?#%<>".]+$/.test(value)) {
    c.error(path, `${quote(value)} does not look like an email address`);
    return;
  }
  withoutLookAlike(value, value.slice(value.indexOf('@') + 1), path, c, 'a domain');
};
