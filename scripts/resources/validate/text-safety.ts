/** Characters that have no place in a directory entry: they break layout or disguise text. */
import { type Checker, child, isObject } from './checker.ts';

// C0 and C1 controls, DEL included. Newlines too: every field is a single short line.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;
// Embeddings, overrides and isolates can visually reorder a number or link. The plain
// direction marks U+200E/U+200F cannot, and right-to-left text needs them, so they stay allowed.
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
const LONE_SURROGATE = /\p{Cs}/u;

/** `U+202E` style name of a character. */
function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Rejects control and bidi-override characters in every string of a value, wherever it sits. */
export function checkTextSafety(value: unknown, path: string, c: Checker): void {
  if (typeof value === 'string') {
    const control = CONTROL_CHARACTER.exec(value)?.[0];
    const bidi = BIDI_CONTROL.exec(value)?.[0];
    if (control) c.error(path, `contains a control character (${codePoint(control)}); text must be a single line of plain text`);
    if (bidi)
      c.error(path, `contains a bidirectional override or isolate character (${codePoint(bidi)}), which can disguise text`);
    if (LONE_SURROGATE.test(value)) c.error(path, 'contains a broken character (an unpaired UTF-16 surrogate)');
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) checkTextSafety(item, child(path, index), c);
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) checkTextSafety(item, child(path, key), c);
  }
}
