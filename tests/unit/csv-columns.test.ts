import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KNOWN_COLUMNS, LIST_COLUMNS, NOT_IMPORTED_FIELDS, REQUIRED_COLUMNS } from '../../scripts/resources/csv-columns';
import { LIMITS } from '../../scripts/resources/validate';
import { csvToEntries } from '../../scripts/resources/csv-to-entries';
import { importCsv } from '../../scripts/resources/import-csv';
import { AUDIENCES, ENTRY_KINDS, OPERATOR_FLAGS, OPERATOR_TYPES, TOPICS } from '../../src/data/entry';

const doc = readFileSync(new URL('../../scripts/resources/CSV-COLUMNS.md', import.meta.url), 'utf8');

/** The code spans of a piece of Markdown, without the `;` separators mentioned in passing. */
const codeSpans = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!).filter((span) => span !== ';');

/** The column table: name, "Required" cell, "What to write" cell. */
const rows = doc
  .split('\n')
  .map((line) => /^\| `([^`]+)` \| ([^|]+) \| ([^|]+) \|/.exec(line))
  .filter((match) => match !== null)
  .map(([, column, required, what]) => ({ column: column!, required: required!.trim(), what: what! }));
const fixedRows = rows.filter((row) => !row.column.includes('<lang>'));

describe('CSV-COLUMNS.md', () => {
  it('documents exactly the columns the import reads, in the same order', () => {
    expect(fixedRows.map((row) => row.column)).toEqual(KNOWN_COLUMNS);
    expect(rows.map((row) => row.column).filter((column) => column.includes('<lang>'))).toEqual([
      'name_<lang>',
      'summary_<lang>',
    ]);
  });

  it('marks as required exactly the required columns (and the id, which may be left empty)', () => {
    const required = fixedRows.filter((row) => row.required.startsWith('yes')).map((row) => row.column);
    expect(required).toEqual(['id', ...REQUIRED_COLUMNS]);
  });

  it('lists every value of each enumerated column, and no other', () => {
    const valuesOf = (column: string) => codeSpans(fixedRows.find((row) => row.column === column)!.what);
    expect(valuesOf('kind')).toEqual(ENTRY_KINDS);
    expect(valuesOf('topics')).toEqual(TOPICS);
    expect(valuesOf('audiences')).toEqual(AUDIENCES);
    expect(valuesOf('operator')).toEqual(OPERATOR_TYPES);
    expect(valuesOf('flags')).toEqual(OPERATOR_FLAGS);
  });

  it('says which columns hold lists, and the row limit the import enforces', () => {
    const lists = fixedRows.filter((row) => /separated by `;`/i.test(row.what)).map((row) => row.column);
    expect(lists).toEqual([...LIST_COLUMNS].sort((a, b) => KNOWN_COLUMNS.indexOf(a) - KNOWN_COLUMNS.indexOf(b)));
    expect(doc).toContain(`A sheet holds at most ${LIMITS.entriesPerFile} rows of entries`);
  });

  it('names the fields that have no column', () => {
    const paragraph = doc.slice(doc.indexOf('Some fields of an entry have no column'));
    expect(codeSpans(paragraph)).toEqual(NOT_IMPORTED_FIELDS);
  });
});

describe('operator and flags columns', () => {
  const HEADER = 'id,kind,name,summary,country,source,checked,phone,operator,flags';
  const ROW = 'gb-line,helpline,A line,Help,GB,https://example.org/,2026-11-01,020 7946 0100';

  it('carry who answers a line and what the source states about it', () => {
    const text = `${HEADER}\n${ROW},ngo,confidential; not-immigration\n`;
    const { entries, problems } = csvToEntries(text);
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ operator: 'ngo', flags: ['confidential', 'not-immigration'] });
    expect(Object.keys(entries[0]!)).toEqual([
      'id',
      'kind',
      'name',
      'summary',
      'countries',
      'topics',
      'contacts',
      'operator',
      'flags',
      'source',
      'checked',
    ]);
    expect(importCsv(text, { today: '2026-11-29', outFile: 'resources/local/lines.json', existing: [] }).problems).toEqual([]);
  });

  it('are left out when empty, and refuse values the directory does not know', () => {
    expect(csvToEntries(`${HEADER}\n${ROW},,\n`).entries[0]).not.toHaveProperty('operator');
    const { entries, problems } = csvToEntries(`${HEADER}\n${ROW},charity,free-to-call\n`);
    expect(entries).toEqual([]);
    expect(problems).toEqual([
      { row: 2, column: 'operator', message: expect.stringContaining('unknown operator type "charity"; expected one of: ngo,') },
      { row: 2, column: 'flags', message: expect.stringContaining('unknown flag "free-to-call"') },
    ]);
  });
});
