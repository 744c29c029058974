/**
 * Where a hit's matched terms (SearchHit.terms: folded words, digits for numbers) are in a text
 * the card shows, as character ranges, so the interface can wrap them in <mark> as text nodes,
 * never as HTML. Words are compared folded, as the search compares them (text.ts).
 */
import { foldText, numberForms, UNSPACED, wordSegments } from './text';

/** [start, end) ranges into the text, in order, never overlapping. */
export type MatchRange = [start: number, end: number];

const WORD = /[\p{L}\p{M}\p{N}'’ʼ`]+/gu;
const NUMBER = /\d(?:[\s\-()./]{0,2}\d)*/g;

/** The ranges of `text` holding one of `terms`. */
export function matchRanges(text: string, terms: readonly string[]): MatchRange[] {
  const words = new Set(terms.filter((term) => !/^\d+$/.test(term)));
  const numbers = terms.filter((term) => /^\d+$/.test(term));
  const ranges: MatchRange[] = [];
  if (words.size > 0) {
    for (const match of text.matchAll(WORD)) {
      const at = match.index;
      if (UNSPACED.test(match[0])) {
        for (const part of wordSegments(match[0]))
          if (words.has(foldText(part.segment))) ranges.push([at + part.index, at + part.index + part.segment.length]);
      } else if (words.has(foldText(match[0]).replaceAll(' ', ''))) {
        ranges.push([at, at + match[0].length]);
      }
    }
  }
  if (numbers.length > 0) {
    // A number is marked whole when a matched number is its digits, or starts them from a group.
    for (const match of text.matchAll(NUMBER)) {
      const forms = numberForms(match[0].split(/\D+/));
      if (numbers.some((number) => forms.some((form) => form.startsWith(number))))
        ranges.push([match.index, match.index + match[0].length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: MatchRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
