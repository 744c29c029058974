/**
 * What counts as the same word, for the index and the query alike: folding (case, and accents
 * only in scripts where readers drop them), word splitting (Intl.Segmenter for scripts written
 * without spaces) and numbers (runs of digit groups, matched by their digits).
 */
import { foldPlaceName } from '../places/country-finder';

// Letters that carry no combining mark to drop, written as their plain letter (as Fuse's own
// ignoreDiacritics does): "Łódź" is typed "lodz", "Straße" "strasse".
const PLAIN_LETTERS: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', ħ: 'h', ŧ: 't', ı: 'i', ß: 'ss' };
const UNDECOMPOSABLE = /[łđøħŧıß]/g;
const ASCII = /^[ -~]*$/;
// What foldPlaceName drops (apostrophes, dots) and turns into spaces, in ASCII; "+" as well.
const ASCII_DROPPED = /['`.]/g;
const ASCII_SPACES = /[^a-z0-9]+/g;

/**
 * Lower case; accents folded in Latin, Greek, Cyrillic and Arabic only (the place finder's rule:
 * Thai and Devanagari vowel signs are letters and stay); punctuation becomes a space.
 */
export function foldText(text: string): string {
  // Most text is plain printable ASCII: the same result as below, without Unicode normalisation.
  if (ASCII.test(text)) return text.toLowerCase().replace(ASCII_DROPPED, '').replace(ASCII_SPACES, ' ').trim();
  return foldPlaceName(text)
    .replace(UNDECOMPOSABLE, (letter) => PLAIN_LETTERS[letter]!)
    .replaceAll('+', ' ');
}

/** Scripts written without spaces between words: Intl.Segmenter finds the words (ICU's dictionaries). */
export const UNSPACED =
  /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const DIGITS = /^\d+$/;
// A word mixing letters and digits ("1800respect", "ecu911") is also found by each part.
const LETTERS_AND_DIGITS = /\d+|\D+/g;

let segmenter: Intl.Segmenter | undefined;

/** The words of a run of text in a script without spaces, with where each starts in it. */
export function wordSegments(chunk: string): { segment: string; index: number }[] {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const words: { segment: string; index: number }[] = [];
  for (const part of segmenter.segment(chunk)) if (part.isWordLike) words.push({ segment: part.segment, index: part.index });
  return words;
}

function segments(chunk: string): string[] {
  return wordSegments(chunk).map((part) => part.segment);
}

/** The words of folded text, in order: what the index stores and a query word is split into. */
export interface TextTokens {
  /** Words with a letter in them (and mixed words' letter parts). */
  words: string[];
  /** Numbers: each run of digit groups as one number, and what a fragment of it may be typed as. */
  numbers: string[];
  /** How many words the text has, for Fuse's field-length norm. */
  count: number;
}

/**
 * The digits a phone number may be typed as: the whole run ("116016" for "116 016"), and each
 * tail from a group boundary ("016"), since a reader may start at any group; prefixes are found
 * by the search itself.
 */
export function numberForms(groups: readonly string[]): string[] {
  const forms: string[] = [];
  for (let i = 0; i < groups.length; i++) forms.push(groups.slice(i).join(''));
  return forms;
}

/** Splits folded text (see foldText) into words and numbers. */
export function tokenize(folded: string): TextTokens {
  const words: string[] = [];
  const numbers: string[] = [];
  let count = 0;
  let groups: string[] = [];
  const endNumber = () => {
    if (groups.length > 0) numbers.push(...numberForms(groups));
    groups = [];
  };
  for (const chunk of folded.split(' ')) {
    if (chunk === '') continue;
    count++;
    if (DIGITS.test(chunk)) {
      groups.push(chunk);
      continue;
    }
    endNumber();
    if (UNSPACED.test(chunk)) {
      for (const word of segments(chunk)) {
        if (DIGITS.test(word)) numbers.push(word);
        else words.push(word);
      }
      continue;
    }
    words.push(chunk);
    const parts = chunk.match(LETTERS_AND_DIGITS)!;
    if (parts.length > 1) for (const part of parts) (DIGITS.test(part) ? numbers : words).push(part);
  }
  endNumber();
  return { words, numbers, count };
}

/** The words of a query; a run of digit groups ("0800 121 700") is one word: a number. */
export function queryWords(query: string): string[] {
  return (
    query
      .normalize('NFC')
      .replace(/\d[\d\s\-().]*\d/g, (number) => number.replace(/\D/g, ''))
      .split(/\s+/)
      .filter((word) => word.length > 0)
      // Fuse's fuzzy matcher handles patterns of up to 32 characters.
      .map((word) => word.slice(0, 32))
  );
}

/** A phrase as a query for it is compared: numbers joined, folded, one space between words. */
export function phraseForm(text: string): string {
  return queryWords(text).map(foldText).join(' ').replace(/\s+/g, ' ').trim();
}

/** The words of a query word: one, or several in a script without spaces ("ค้ามนุษย์"). */
export function queryTokens(word: string): { text: string[]; numbers: string[] } {
  const folded = foldText(word);
  const text: string[] = [];
  const numbers: string[] = [];
  for (const chunk of folded.split(' ')) {
    if (chunk === '') continue;
    if (DIGITS.test(chunk)) numbers.push(chunk);
    else if (UNSPACED.test(chunk)) for (const part of segments(chunk)) (DIGITS.test(part) ? numbers : text).push(part);
    else text.push(chunk);
  }
  return { text, numbers };
}
