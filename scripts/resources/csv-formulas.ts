/**
 * Cells a spreadsheet would run as a formula (CSV injection). A value that starts with =, +, -, @,
 * a tab or a carriage return turns into a formula when the directory is ever exported and opened
 * in a spreadsheet again, and `=HYPERLINK("https://elsewhere", "Helpline")` shows one thing while
 * it opens another. The import refuses such cells, saying how to write them, rather than carry
 * them into the directory. A number such as "+44 20 7946 0100" in a phone column is what it looks
 * like and stays allowed. Pure.
 */
import { LIST_COLUMNS, LIST_SEPARATOR, NUMBER_COLUMNS } from './csv-columns.ts';
import { quote } from './message-text.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const PHONE_NUMBER = /^\+[\d\s().\-/]+$/;
const HYPERLINK = /^=\s*HYPERLINK\s*\(\s*"([^"]*)"/i;

/** Why one value could run as a formula, and what to write instead; undefined when it cannot. */
function formulaProblem(value: string, column: string): string | undefined {
  const start = value[0];
  if (start === undefined || !FORMULA_START.test(value)) return undefined;
  if ((NUMBER_COLUMNS as readonly string[]).includes(column) && PHONE_NUMBER.test(value.trim())) return undefined;
  if (start === '\t' || start === '\r') {
    return `${quote(value)} starts with a ${start === '\t' ? 'tab' : 'carriage return'}, which lets a spreadsheet read it as a formula; remove it`;
  }
  const link = HYPERLINK.exec(value)?.[1];
  const instead =
    link !== undefined
      ? `write the address itself (this one opens ${quote(link)}: check it is the operator's)`
      : start === '+' && (NUMBER_COLUMNS as readonly string[]).includes(column)
        ? 'write the number alone, such as "+44 20 7946 0100"'
        : start === '='
          ? 'write the value itself, not a formula'
          : `start the text with something other than "${start}"`;
  return `${quote(value)} starts with "${start}", so a spreadsheet would run it as a formula; ${instead}`;
}

/**
 * The problem with a cell (as written, before trimming) that a spreadsheet could run as a
 * formula; in a list column each item is checked, as each becomes a value of its own.
 */
export function formulaCellProblem(raw: string, column: string): string | undefined {
  const values = (LIST_COLUMNS as readonly string[]).includes(column) ? raw.split(LIST_SEPARATOR) : [raw];
  for (const value of values) {
    const problem = formulaProblem(value.replace(/^ +/, ''), column);
    if (problem !== undefined) return problem;
  }
  return undefined;
}
