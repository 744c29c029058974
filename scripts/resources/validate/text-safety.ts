/** Characters that have no place in a directory entry: they break layout or disguise text. */
import { codePoint } from '../message-text.ts';
import { type Checker, child, isObject } from './checker.ts';

// C0 and C1 controls, DEL included. Newlines too: every field is a single short line.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
// The Unicode line and paragraph separators: line breaks that no newline check catches.
const LINE_SEPARATOR = /[\u2028\u2029]/;
// Embeddings, overrides and isolates can visually reorder a number or link. The plain
// direction marks U+200E/U+200F cannot, and right-to-left text needs them, so they stay allowed.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
// A byte order mark inside text is always pasted in by accident; at the start of a file it is dropped.
const BYTE_ORDER_MARK = /\ufeff/;
const LONE_SURROGATE = /\p{Cs}/u;

// Scripts that write U+200C ZERO WIDTH NON-JOINER and U+200D ZERO WIDTH JOINER inside words
// (Persian "می‌خواهم", Hindi "क्‍ष"): there they change how letters join, so a name keeps them.
const JOINING_SCRIPTS = [
  'Arabic',
  'Syriac',
  'Mongolian',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Myanmar',
  'Khmer',
];
const JOINER_IN_ITS_SCRIPT = new RegExp(
  JOINING_SCRIPTS.map((script) => `(?<=\\p{scx=${script}})[\\u200c\\u200d](?=\\p{scx=${script}})`).join('|'),
  'gu',
);
// Characters that show as nothing: zero-width space and joiners, word joiner, soft hyphen, Hangul
// fillers… (Unicode's Default_Ignorable_Code_Point), less those checked on their own (bidi controls,
// the byte order mark). In a name the direction marks and variation selectors (emoji, CJK) stay
// allowed; in an address nothing invisible is ever right. Built from strings: the `v` flag's set
// subtraction is newer than the TypeScript target.
const ignorableExcept = (allowed: string) => new RegExp(`[\\p{Default_Ignorable_Code_Point}--[${allowed}]]`, 'v');
const INVISIBLE_IN_NAME = ignorableExcept('\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufe00-\\ufe0f\\ufeff');
const INVISIBLE_IN_ADDRESS = ignorableExcept('\\u202a-\\u202e\\u2066-\\u2069\\ufeff');

/** The first invisible character in a name, ZWNJ and ZWJ aside where they sit between letters of a script that uses them. */
export function invisibleInName(text: string): string | undefined {
  return INVISIBLE_IN_NAME.exec(text.replace(JOINER_IN_ITS_SCRIPT, ''))?.[0];
}

/** The first invisible character in a link or e-mail address. */
export function invisibleInAddress(text: string): string | undefined {
  return INVISIBLE_IN_ADDRESS.exec(text)?.[0];
}

/** Rejects control, line-separator, bidi-override and byte-order-mark characters in every string of a value, wherever it sits. */
export function checkTextSafety(value: unknown, path: string, c: Checker): void {
  if (typeof value === 'string') {
    const control = CONTROL_CHARACTER.exec(value)?.[0];
    const separator = LINE_SEPARATOR.exec(value)?.[0];
    const bidi = BIDI_CONTROL.exec(value)?.[0];
    if (control) c.error(path, `contains a control character (${codePoint(control)}); text must be a single line of plain text`);
    if (separator && !control) {
      c.error(path, `contains a line or paragraph separator (${codePoint(separator)}); text must be a single line of plain text`);
    }
    if (bidi)
      c.error(path, `contains a bidirectional override or isolate character (${codePoint(bidi)}), which can disguise text`);
    if (BYTE_ORDER_MARK.test(value)) c.error(path, 'contains a byte order mark (U+FEFF), an invisible character; remove it');
    if (LONE_SURROGATE.test(value)) c.error(path, 'contains a broken character (an unpaired UTF-16 surrogate)');
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) checkTextSafety(item, child(path, index), c);
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) checkTextSafety(item, child(path, key), c);
  }
}
