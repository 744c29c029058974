import type { MatchRange } from '../search/highlight';

/**
 * What marks a search's matched words in the cards: each hit's words (folded, SearchHit.terms) by
 * entry id, and the function that finds them in a text (search/highlight.ts matchRanges, passed
 * in so that its code loads with the search, not with the first page).
 */
export interface Marks {
  terms: ReadonlyMap<string, readonly string[]>;
  ranges: (text: string, terms: readonly string[]) => MatchRange[];
}

/** One card's words to mark. */
export interface CardMarks {
  terms: readonly string[];
  ranges: Marks['ranges'];
}

interface Props {
  text: string;
  marks?: CardMarks | undefined;
}

/**
 * Text with the words a search matched in <mark>: text nodes and <mark> elements only, never
 * HTML, so a name such as "<img onerror=…>" stays the characters it is.
 */
export function Marked({ text, marks }: Props) {
  if (!marks || marks.terms.length === 0) return <>{text}</>;
  const ranges = marks.ranges(text, marks.terms);
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
