/**
 * Host names that can pass for another: "pаypal.com" with a Cyrillic "а", or a Cyrillic word on
 * a .com that reads as Latin. A host whose letters all come from one script stays allowed
 * (frauenhausmödling.at is Latin throughout). Pure, no Node imports: URL parsers give the host in
 * its ASCII (xn--) form, so the labels are decoded here (RFC 3492).
 */
import { codePoint, quote } from '../message-text.ts';

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;

/** RFC 3492 §6.1: the bias after each decoded code point. */
function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/** The value of a Punycode digit: a–z are 0–25, 0–9 are 26–35; BASE for anything else. */
function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  return BASE;
}

/** Decodes the Punycode part of a label (after "xn--"); undefined when it is not valid Punycode. */
export function decodePunycode(input: string): string | undefined {
  const delimiter = input.lastIndexOf('-');
  const output = [...input.slice(0, Math.max(delimiter, 0))].map((ch) => ch.codePointAt(0)!);
  if (output.some((code) => code >= 0x80)) return undefined;
  let n = 0x80;
  let bias = 72;
  let i = 0;
  for (let at = delimiter > 0 ? delimiter + 1 : 0; at < input.length; ) {
    const oldI = i;
    for (let weight = 1, k = BASE; ; k += BASE) {
      if (at >= input.length) return undefined;
      const digit = digitValue(input.charCodeAt(at++));
      if (digit >= BASE) return undefined;
      i += digit * weight;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      weight *= BASE - t;
      if (i > 0x10ffff * BASE) return undefined;
    }
    bias = adapt(i - oldI, output.length + 1, oldI === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return undefined;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** The host as people read it: each "xn--" label decoded; undefined when a label does not decode. */
export function unicodeHost(host: string): string | undefined {
  const labels = host.split('.').map((label) => (/^xn--/i.test(label) ? decodePunycode(label.slice(4)) : label));
  return labels.includes(undefined) ? undefined : labels.join('.');
}

// Scripts a host's letters are told apart by. Chinese, Japanese and Korean names mix Han with kana
// or Hangul as a matter of course, so those count as one.
const SCRIPTS: readonly [name: string, letter: RegExp][] = [
  ['Latin', /\p{sc=Latin}/u],
  ['Cyrillic', /\p{sc=Cyrillic}/u],
  ['Greek', /\p{sc=Greek}/u],
  ['Armenian', /\p{sc=Armenian}/u],
  ['Georgian', /\p{sc=Georgian}/u],
  ['Hebrew', /\p{sc=Hebrew}/u],
  ['Arabic', /\p{sc=Arabic}/u],
  ['Chinese, Japanese or Korean', /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Bopomofo}]/u],
];

function scriptOf(letter: string): string {
  return SCRIPTS.find(([, pattern]) => pattern.test(letter))?.[0] ?? 'another script';
}

/**
 * Why a host (ASCII or Unicode form) could pass for another address, to follow "a host name that",
 * or undefined when its letters are all of one script: e.g. `mixes Latin and Cyrillic letters
 * ("pаypal.com": "а" U+0430 is Cyrillic)`.
 */
export function lookAlikeHost(host: string): string | undefined {
  if (/^[\x21-\x7e]*$/.test(host) && !/(^|\.)xn--/i.test(host)) return undefined;
  const readable = unicodeHost(host.toLowerCase());
  if (readable === undefined) return `is not a valid internationalised name (${quote(host)})`;
  const letters = [...readable].filter((ch) => /\p{L}/u.test(ch));
  const byScript = new Map<string, string[]>();
  for (const letter of letters) byScript.set(scriptOf(letter), [...(byScript.get(scriptOf(letter)) ?? []), letter]);
  if (byScript.size < 2) return undefined;
  // The script most letters are in is the one the host reads as; the others are named letter by letter.
  const [main, ...others] = [...byScript.entries()].sort((a, b) => b[1].length - a[1].length);
  const odd = others
    .map(([script, chars]) => {
      const distinct = [...new Set(chars)];
      return `${distinct.map((ch) => `${quote(ch)} ${codePoint(ch)}`).join(', ')} ${distinct.length === 1 ? 'is' : 'are'} ${script}`;
    })
    .join('; ');
  return `mixes ${main![0]} and ${others.map(([script]) => script).join(' and ')} letters (${quote(readable)}: ${odd})`;
}
