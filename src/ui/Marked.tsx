import { matchRanges } from '../search/highlight';

interface Props {
  text: string;
  /** The hit's matched words, folded (SearchHit.terms); none marks nothing. */
  terms?: readonly string[] | undefined;
}

/**
 * Text with the words a search matched in <mark>: text nodes and <mark> elements only, never
 * HTML, so a name such as "<img onerror=…>" stays the characters it is.
 */
export function Marked({ text, terms }: Props) {
  if (!terms || terms.length === 0) return <>{text}</>;
  const ranges = matchRanges(text, terms);
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
