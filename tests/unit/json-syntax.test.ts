import { describe, expect, it } from 'vitest';
import { jsonSyntaxMessage, syntaxErrorOffset } from '../../scripts/resources/json-syntax';

/** The message for text JSON.parse refuses. */
function messageFor(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonSyntaxMessage(text, error as Error);
  }
  throw new Error(`valid JSON: ${text}`);
}

describe('jsonSyntaxMessage', () => {
  // Each: what the file holds, then the message line by line (the caret under the spot).
  it.each([
    [
      'gives line and column, the line, and a caret under the spot',
      '{\n  "entries": [\n    { "id": "x", },\n  ]\n}\n',
      'not valid JSON at line 3, column 18: Expected double-quoted property name (a comma before } is not allowed in JSON)',
      '  3 |     { "id": "x", },',
      '    |                  ^',
    ],
    [
      'finds the spot when JSON.parse gives no position (an unexpected token)',
      '{"entries": [1,\r\n]}',
      "not valid JSON at line 2, column 1: Unexpected token ']' (a comma before ] is not allowed in JSON)",
      '  2 | ]}',
      '    | ^',
    ],
    [
      'names a comment, and keeps the caret in line after a tab',
      '{\n\t"a": 1 // why\n}',
      "not valid JSON at line 2, column 9: Expected ',' or '}' after property value (JSON does not allow comments)",
      '  2 |  "a": 1 // why',
      '    |         ^',
    ],
  ])('%s', (_, text, ...lines) => {
    expect(messageFor(text)).toBe(lines.join('\n'));
  });

  it('places the end of the input, and names single quotes', () => {
    expect(messageFor('{"entries": ')).toMatch(/^not valid JSON at line 1, column 13: Unexpected end of JSON input\n/);
    expect(messageFor("{'a': 1}")).toMatch(/column 2: .* \(JSON strings take double quotes\)\n/);
  });

  it('leaves out a long line, and shows control characters as "?"', () => {
    expect(messageFor(`{"a": [${'1, '.repeat(60)}]}`)).toMatch(
      /^not valid JSON at line 1, column 188: Unexpected token '\]' \(a comma before \] is not allowed in JSON\)$/,
    );
    expect(messageFor('{"a": "\u001b[31m"}').split('\n')[1]).toBe('  1 | {"a": "?[31m"}');
  });
});

describe('syntaxErrorOffset', () => {
  it('accepts valid JSON and points at the first character that is not', () => {
    expect(syntaxErrorOffset('{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"], "b": {}}')).toBe(-1);
    expect(syntaxErrorOffset('[01]')).toBe(2);
    expect(syntaxErrorOffset('{} x')).toBe(3);
    expect(syntaxErrorOffset('{"a" 1}')).toBe(5);
    expect(syntaxErrorOffset('"\\x"')).toBe(1);
    expect(syntaxErrorOffset('')).toBe(0);
  });
});
