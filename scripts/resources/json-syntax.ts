/**
 * Says where a JSON file stops being JSON: line and column, the line itself with a caret under
 * the spot, and a hint for the usual hand-editing slips (a trailing comma, a comment, single
 * quotes). Pure: text and JSON.parse's error in, one message out.
 */

// The longest line shown with a caret; a longer (minified) line would only wrap into noise.
const SHOWN_LINE_CHARS = 120;

/** The position JSON.parse names in its message ("… in JSON at position 41"), if it names one. */
function positionInMessage(message: string): number | undefined {
  const match = / at position (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}

/**
 * Offset of the first character that is not valid JSON; -1 for valid JSON. Needed because
 * JSON.parse's "Unexpected token" messages (a trailing comma, the commonest slip) give no position.
 */
export function syntaxErrorOffset(text: string): number {
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const word = (literal: string): boolean => {
    if (!text.startsWith(literal, at)) return false;
    at += literal.length;
    return true;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const number = (): boolean => {
    NUMBER.lastIndex = at;
    if (!NUMBER.test(text)) return false;
    at = NUMBER.lastIndex;
    return true;
  };
  const string = (): boolean => {
    if (text[at] !== '"') return false;
    for (at++; at < text.length; ) {
      const ch = text[at]!;
      if (ch === '"') {
        at++;
        return true;
      }
      if (ch < ' ') return false;
      const escaped = ch === '\\' ? /^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(text.slice(at, at + 6)) : null;
      if (ch === '\\' && !escaped) return false;
      at += escaped ? escaped[0].length : 1;
    }
    return false;
  };
  // Items separated by commas up to `close`; `at` is on the opening bracket.
  const items = (close: string, item: () => boolean): boolean => {
    at++;
    skipSpace();
    if (word(close)) return true;
    for (;;) {
      if (!item()) return false;
      skipSpace();
      if (word(close)) return true;
      if (!word(',')) return false;
      skipSpace();
    }
  };
  const member = (): boolean => {
    if (!string()) return false;
    skipSpace();
    if (!word(':')) return false;
    return value();
  };
  const value = (): boolean => {
    skipSpace();
    const ch = text[at];
    if (ch === '{') return items('}', member);
    if (ch === '[') return items(']', value);
    if (ch === '"') return string();
    return word('true') || word('false') || word('null') || number();
  };
  if (!value()) return at;
  skipSpace();
  return at === text.length ? -1 : at;
}

/** What the usual slips look like at the error, said plainly; empty when it is none of them. */
function hintAt(text: string, offset: number): string {
  const rest = text.slice(offset);
  if (/^[}\]]/.test(rest) && /,\s*$/.test(text.slice(0, offset))) return ` (a comma before ${rest[0]} is not allowed in JSON)`;
  if (/^\/[/*]/.test(rest)) return ' (JSON does not allow comments)';
  if (rest.startsWith("'")) return ' (JSON strings take double quotes)';
  return '';
}

/**
 * The line as it can be shown in a terminal: a tab as one space, and any other control or
 * direction-changing character as "?" (one character each, so the caret stays under its spot).
 */
function printable(line: string): string {
  return [...line]
    .map((ch) => {
      if (ch === '\t') return ' ';
      const code = ch.codePointAt(0)!;
      const hidden =
        code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
      return hidden ? '?' : ch;
    })
    .join('');
}

/** Line and column (1-based) of a UTF-16 offset; columns count characters, not UTF-16 units, as an editor does. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return { line: text.slice(0, lineStart).split('\n').length, column: [...text.slice(lineStart, offset)].length + 1 };
}

/**
 * `not valid JSON at line 4, column 5: Unexpected token ']' (a comma before ] is not allowed in JSON)`,
 * then the line with a caret when it is short enough to show.
 */
export function jsonSyntaxMessage(text: string, error: Error): string {
  const reason = error.message
    .replace(/(?: in JSON)? at position \d+.*$/s, '')
    // Newer messages quote the text around the spot ('Unexpected token ']', ..."1, ]}" is not valid JSON').
    .replace(/, (?:\.\.\.)?".*is not valid JSON$/s, '')
    .replace(/^SyntaxError: /, '');
  let offset = positionInMessage(error.message);
  if (offset === undefined) {
    // A deeply nested file could overflow the scanner's recursion; the reason alone still helps.
    try {
      offset = syntaxErrorOffset(text);
    } catch {
      return `not valid JSON: ${reason}`;
    }
  }
  if (offset < 0) return `not valid JSON: ${reason}`;
  const { line: lineNumber, column } = lineAndColumn(text, offset);
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
  const before = column - 1;
  const summary = `not valid JSON at line ${lineNumber}, column ${column}: ${reason}${hintAt(text, offset)}`;
  if ([...line].length > SHOWN_LINE_CHARS) return summary;
  const gutter = String(lineNumber);
  return `${summary}\n  ${gutter} | ${printable(line)}\n  ${' '.repeat(gutter.length)} | ${' '.repeat(before)}^`;
}
