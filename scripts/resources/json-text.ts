/**
 * Turns the text of a hand-edited JSON file (an entry file, the deployment settings) into a value,
 * or into one message that says why not. Pure: text in, value or message out.
 *
 * Two traps of plain JSON.parse: Windows editors save a byte order mark, which it refuses with a
 * message that shows nothing wrong; and V8 parses arrays nested a hundred thousand deep, after
 * which every recursive check overflows the stack and the build dies with a RangeError that names
 * no file. So a leading mark is dropped, and nesting is measured before parsing.
 */
import { jsonSyntaxMessage, lineAndColumn } from './json-syntax.ts';

export type JsonText = { ok: true; value: unknown } | { ok: false; message: string };

/** The text without a leading byte order mark (U+FEFF). */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * How deep arrays and objects nest, and the offset of the first bracket deeper than `maxDepth`
 * (-1 when none is). Brackets inside strings do not count. One pass, no recursion, so any text
 * can be measured, valid JSON or not.
 */
export function nestingDepth(text: string, maxDepth: number): { depth: number; firstTooDeep: number } {
  let depth = 0;
  let deepest = 0;
  let firstTooDeep = -1;
  let inString = false;
  for (let at = 0; at < text.length; at++) {
    const ch = text[at];
    if (inString) {
      if (ch === '\\') at++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > maxDepth && firstTooDeep === -1) firstTooDeep = at;
    } else if (ch === ']' || ch === '}') depth--;
  }
  return { depth: deepest, firstTooDeep };
}

/** Parses JSON text (a leading byte order mark allowed), refusing arrays and objects nested deeper than `maxDepth`. */
export function parseJsonText(text: string, maxDepth: number): JsonText {
  const json = withoutByteOrderMark(text);
  const { depth, firstTooDeep } = nestingDepth(json, maxDepth);
  if (firstTooDeep !== -1) {
    const { line, column } = lineAndColumn(json, firstTooDeep);
    return {
      ok: false,
      message: `nests arrays and objects ${depth} levels deep (level ${maxDepth + 1} opens at line ${line}, column ${column}); at most ${maxDepth} allowed`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (error) {
    return { ok: false, message: jsonSyntaxMessage(json, error as Error) };
  }
}
