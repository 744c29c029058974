import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvToEntries, deriveId, type CsvProblem } from '../../scripts/resources/csv-to-entries';
import { formatProblem, importCsv, locateIssue } from '../../scripts/resources/import-csv';
import { readResourceFiles } from '../../scripts/resources/read-resources';
import { REPO_ROOT as REPO, realResourceFiles } from './support/real-directory';

const TODAY = '2026-11-29';
const FIXTURES = fileURLToPath(new URL('./fixtures/import', import.meta.url));
const GOOD_ROOT = fileURLToPath(new URL('./fixtures/good-resources', import.meta.url));
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

const HEADER = 'id,kind,name,summary,country,source,checked';
/** A CSV with the required columns plus `extra` columns; each row gives the required cells, then the extra ones. */
function csv(extra: string[], ...rows: string[]): string {
  return [[HEADER, ...extra].join(','), ...rows].join('\n');
}
const TIP = 'x-tip,tip,A tip,What to do,GB,https://example.org/,2026-11-01';
const where = (problems: CsvProblem[]) => problems.map(({ row, column }) => ({ row, column }));

describe('SMS short codes', () => {
  it('marks SMS numbers as short codes with sms_short_code, and the validator accepts them', () => {
    const text = csv(['phone', 'sms', 'sms_short_code'], `${TIP},020 7946 0100,23373,yes`);
    const { entries, problems } = csvToEntries(text);
    expect(problems).toEqual([]);
    expect(entries[0]?.contacts).toEqual([
      { type: 'phone', number: '020 7946 0100' },
      { type: 'sms', number: '23373', short: true },
    ]);
    expect(importCsv(text, { today: '2026-11-29', outFile: 'resources/local/services.json', existing: [] }).problems).toEqual([]);
  });

  it('without it, a short SMS number is refused as not valid for the country', () => {
    const text = csv(['sms'], `${TIP},23373`);
    const { problems } = importCsv(text, { today: '2026-11-29', outFile: 'resources/local/services.json', existing: [] });
    expect(problems).toEqual([
      expect.objectContaining({ row: 2, column: 'sms', message: expect.stringMatching(/set sms_short_code to yes/) }),
    ]);
  });
});

describe('two-digit short codes', () => {
  it('are taken on an emergency row, and refused on a helpline row', () => {
    const text = csv(
      ['phone', 'short_code'],
      'fr-emergency,emergency,Emergency numbers,Police.,FR,https://example.org/,2026-11-01,17; 112,yes',
      'fr-line,helpline,A line,Help.,FR,https://example.org/,2026-11-01,17,yes',
    );
    const { problems } = importCsv(text, { today: TODAY, outFile: 'resources/local/short.json', existing: [] });
    expect(problems).toEqual([
      { row: 3, column: 'phone', message: expect.stringContaining('"17" is not a short code: use 3 to 6 digits') },
    ]);
  });
});

describe('csvToEntries', () => {
  it('converts the sample spreadsheet into exactly the expected entry file', () => {
    const { entries, rows, problems } = csvToEntries(fixture('services.csv'));
    expect(problems).toEqual([]);
    expect({ entries }).toEqual(JSON.parse(fixture('services.expected.json')));
    expect(rows).toEqual([2, 3, 4, 5]);
  });

  it('numbers rows as the spreadsheet does: blank rows count, a cell with a line break stays one row', () => {
    const text = csv(
      [],
      TIP,
      ',,,,,,',
      '',
      'x-two,tip,"Two',
      'lines",Summary,GB,https://example.org/,2026-11-01',
      TIP.replace('x-tip', 'x-last'),
    );
    const { entries, rows } = csvToEntries(text);
    expect(entries.map((e) => e.id)).toEqual(['x-tip', 'x-two', 'x-last']);
    expect(rows).toEqual([2, 5, 6]);
  });

  it('reads semicolon- and tab-separated exports, a byte order mark and CRLF line ends', () => {
    const semicolon = `\uFEFF${HEADER.replaceAll(',', ';')};topics\r\n${TIP.replaceAll(',', ';')};"trafficking;shelter"\r\n`;
    expect(csvToEntries(semicolon).entries[0]).toMatchObject({ id: 'x-tip', topics: ['trafficking', 'shelter'] });
    const tab = `${HEADER.replaceAll(',', '\t')}\n${TIP.replaceAll(',', '\t')}\n`;
    expect(csvToEntries(tab)).toMatchObject({ problems: [], entries: [{ id: 'x-tip' }] });
  });

  it('trims cells and leaves empty optional cells out', () => {
    const { entries } = csvToEntries(csv(['organisation', 'audiences', 'free'], `${TIP.replace('A tip', '  A tip ')}, ,,`));
    expect(entries).toEqual([
      {
        id: 'x-tip',
        kind: 'tip',
        name: { en: 'A tip' },
        summary: { en: 'What to do' },
        countries: ['GB'],
        topics: [],
        contacts: [],
        source: 'https://example.org/',
        checked: '2026-11-01',
      },
    ]);
  });

  it('derives a missing id from country and name', () => {
    expect(deriveId('GB', 'Café & Advice: Line 2')).toBe('gb-cafe-and-advice-line-2');
    const long = deriveId('US', 'word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^us-word(-word)*$/);
    expect(csvToEntries(csv([], TIP.replace('x-tip', ''))).entries[0]!.id).toBe('gb-a-tip');
  });

  it('marks short codes, and makes a programme website its url rather than a contact', () => {
    const { entries } = csvToEntries(
      csv(
        ['phone', 'short_code', 'website'],
        `${TIP},112; 116 000,yes,https://example.org/tip`,
        'x-prog,programme,A programme,What it does,GB,https://example.org/,2026-11-01,,,https://example.org/programme',
      ),
    );
    expect(entries[0]!.contacts).toEqual([
      { type: 'phone', number: '112', short: true },
      { type: 'phone', number: '116 000', short: true },
      { type: 'web', url: 'https://example.org/tip' },
    ]);
    expect(entries[1]).toMatchObject({ contacts: [], url: 'https://example.org/programme' });
  });

  it('reads 24/7 and weekly hours', () => {
    const { entries, problems } = csvToEntries(
      csv(
        ['hours', 'time_zone', 'hours_note'],
        `${TIP},24/7,Europe/London,`,
        `${TIP.replace('x-tip', 'x-week')},"Mon - Wed,Fri 9:00-12:30; sat-sun 22:00 - 02:00; daily 13:00-14:00",Europe/Paris,Not on holidays.`,
        `${TIP.replace('x-tip', 'x-note')},,,Times vary; call first.`,
      ),
    );
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.hours)).toEqual([
      { always: true },
      {
        timeZone: 'Europe/Paris',
        weekly: [
          { days: ['mon', 'tue', 'wed', 'fri'], open: '09:00', close: '12:30' },
          { days: ['sat', 'sun'], open: '22:00', close: '02:00' },
          { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], open: '13:00', close: '14:00' },
        ],
        note: { en: 'Not on holidays.' },
      },
      { note: { en: 'Times vary; call first.' } },
    ]);
  });

  it('reports every cell it cannot read, and leaves those rows out of the entries', () => {
    const { entries, problems } = csvToEntries(
      csv(
        ['topics', 'hours', 'time_zone', 'free', 'short_code'],
        `${TIP},trafficking; smuggling,,,,`,
        `${TIP},,9 to 5,,,`,
        `${TIP},,mon-fri 09:00-17:00,,,`,
        `${TIP},,,,maybe,`,
        `${TIP},,,,,yes`,
        `${TIP.replace('x-tip', 'x-fine')},,,,,`,
      ),
    );
    expect(problems).toEqual([
      { row: 2, column: 'topics', message: expect.stringContaining('unknown topic "smuggling"') },
      { row: 3, column: 'hours', message: expect.stringContaining('"9 to 5" is not understood') },
      { row: 4, column: 'time_zone', message: expect.stringContaining('required when hours are weekly') },
      { row: 5, column: 'free', message: '"maybe" must be yes or no (or empty when not stated)' },
      { row: 6, column: 'short_code', message: 'is yes, but the phone column is empty' },
    ]);
    expect(entries.map((e) => e.id)).toEqual(['x-fine']);
  });

  it('checks the header: unknown, duplicate, unnamed and badly named translation columns', () => {
    const { problems } = csvToEntries(
      csv(['Phone', 'fax', 'notes', 'notes', 'name_pt-br', 'summary_en', ''], `${TIP},,,,,,`, `${TIP},,,,,,,oops`),
    );
    expect(problems).toEqual([
      { row: 1, column: 'Phone', message: expect.stringContaining('unknown column (did you mean "phone"?)') },
      { row: 1, column: 'fax', message: expect.stringContaining('unknown column') },
      { row: 1, column: 'notes', message: 'duplicate column "notes"; each column may appear once' },
      { row: 1, column: 'name_pt-br', message: 'language tag "pt-br" should be written "pt-BR" (column "name_pt-BR")' },
      { row: 1, column: 'summary_en', message: 'English goes in the "summary" column' },
      { row: 3, column: '', message: 'has a value in column 14, which has no name in the header row' },
    ]);
  });

  it('reports a missing required column, an empty file, broken quoting or extra cells', () => {
    expect(csvToEntries('id,kind,name\nx,tip,A\n').problems).toEqual(
      ['summary', 'country', 'source', 'checked'].map((column) => ({ row: 1, column, message: 'missing required column' })),
    );
    expect(csvToEntries('').problems).toEqual([{ row: 1, column: '', message: expect.stringContaining('the file is empty') }]);
    expect(csvToEntries(`${HEADER}\n`).problems).toEqual([{ row: 2, column: '', message: 'no data rows below the header' }]);
    expect(where(csvToEntries(csv([], TIP, 'x,tip,"A"x,B,GB,https://example.org/,2026-11-01', TIP)).problems)).toEqual([
      { row: 3, column: '' },
    ]);
    expect(csvToEntries(csv([], TIP, `${TIP},surplus`)).problems).toEqual([
      { row: 3, column: '', message: 'has 8 cells but the header names only 7 columns' },
    ]);
  });
});

describe('importCsv', () => {
  const options = (outFile: string) => ({ today: TODAY, outFile, existing: realResourceFiles() });

  it('passes the sample through the validator untouched and renders the exact file', () => {
    const result = importCsv(fixture('services.csv'), options('resources/local/services.json'));
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.text).toBe(fixture('services.expected.json'));
  });

  it('reports one problem per bad row, at its spreadsheet row and column', () => {
    const { problems } = importCsv(fixture('bad.csv'), options('resources/local/bad.json'));
    expect(where(problems)).toEqual([
      { row: 1, column: 'fax' }, // unknown column
      { row: 2, column: 'name' }, // missing name
      { row: 3, column: 'country' }, // "UK" is not an ISO code
      // row 4 is blank
      { row: 5, column: 'phone' }, // a digit short for GB
      { row: 6, column: 'website' }, // http:
      { row: 7, column: 'kind' }, // "hotline"
      { row: 8, column: 'checked' }, // 29/11/2026
      { row: 9, column: 'summary' }, // a line break inside the cell
      { row: 10, column: 'checked' }, // in the future
      // row 11 is fine
    ]);
    expect(problems.map((problem) => formatProblem('bad.csv', problem))).toEqual([
      expect.stringMatching(/^bad\.csv: row 1, column "fax": unknown column/),
      'bad.csv: row 2, column "name": required; this cell must not be empty',
      'bad.csv: row 3, column "country": "UK" is not an ISO 3166-1 alpha-2 country code or "EU" (did you mean "GB", the code for United Kingdom?)',
      'bad.csv: row 5, column "phone": "020 7946 071" is not a valid phone number for GB',
      'bad.csv: row 6, column "website": "http://plain.example.org/" must be an https: link, not http:',
      expect.stringMatching(/^bad\.csv: row 7, column "kind": unknown kind "hotline"/),
      'bad.csv: row 8, column "checked": "29/11/2026" must be a date written YYYY-MM-DD',
      expect.stringMatching(/^bad\.csv: row 9, column "summary": contains a control character/),
      'bad.csv: row 10, column "checked": "2027-01-01" is in the future (today is 2026-11-29)',
    ]);
  });

  it('suggests the fix: the closest allowed value, the code for a country written another way', () => {
    const text = csv(
      ['topics', 'operator', 'Time Zone'],
      'x-tip,tip,A tip,What to do,Kenya,https://example.org/,2026-11-01,trafiking,NGO,',
    );
    expect(
      importCsv(text, options('resources/local/typos.json')).problems.map((problem) => formatProblem('typos.csv', problem)),
    ).toEqual([
      expect.stringMatching(
        /^typos\.csv: row 1, column "Time Zone": unknown column \(did you mean "time_zone"\?\); known columns are id, /,
      ),
      expect.stringMatching(
        /^typos\.csv: row 2, column "topics": unknown topic "trafiking" \(did you mean "trafficking"\?\); expected one of: trafficking, /,
      ),
      expect.stringMatching(
        /^typos\.csv: row 2, column "operator": unknown operator type "NGO" \(did you mean "ngo"\?\); expected one of: ngo, /,
      ),
      'typos.csv: row 2, column "country": "Kenya" is not an ISO 3166-1 alpha-2 country code or "EU" (did you mean "KE", the code for Kenya?)',
    ]);
  });

  it('reports every problem of every row in one run, each once', () => {
    const text = csv(
      ['phone', 'topics', 'hours', 'free', 'website'],
      'gb-many,hotline,Many Problems,Every cell is wrong.,UK,https://example.org/,29/11/2026,020 7946 071,slavery; trafiking,9 to 5; sat 10-14,maybe,http://example.org/',
      'gb-also,helpline,,Second row.,GB,http://example.org/,2027-01-01,123,,,,',
    );
    const { problems, entries } = importCsv(text, options('resources/local/many.json'));
    expect(entries).toEqual([]);
    expect(problems.map(({ row, column }) => `${row} ${column}`)).toEqual([
      ...['kind', 'topics', 'topics', 'hours', 'hours', 'free', 'country', 'website', 'checked'].map((column) => `2 ${column}`),
      ...['name', 'phone', 'source', 'checked'].map((column) => `3 ${column}`),
    ]);
    // The phone of row 2 is read for the country it names, and "UK" names none: no guess.
    expect(problems.filter(({ row, column }) => row === 2 && column === 'phone')).toEqual([]);
  });

  it('still checks the rest of each row when the header lacks a required column or a row has stray cells', () => {
    const missing = importCsv(
      'kind,name,summary,country,source,phone\ntip,A tip,What,GB,https://example.org/,123\n',
      options('resources/local/m.json'),
    );
    expect(missing.problems).toEqual([
      { row: 1, column: 'checked', message: 'missing required column' },
      { row: 2, column: 'phone', message: '"123" is not a valid phone number for GB' },
    ]);
    const stray = importCsv(csv(['phone'], `${TIP},123,surplus`), options('resources/local/s.json'));
    expect(stray.problems).toEqual([
      { row: 2, column: '', message: 'has 9 cells but the header names only 8 columns' },
      { row: 2, column: 'phone', message: '"123" is not a valid phone number for GB' },
    ]);
  });

  it('catches duplicate ids in the spreadsheet and against resources/, naming rows', () => {
    const text = csv([], TIP.replace('x-tip', ''), TIP.replace('x-tip', ''), TIP.replace('x-tip', 'us-trafficking-hotline'));
    const { problems } = importCsv(text, {
      today: TODAY,
      outFile: 'resources/local/dup.json',
      existing: readResourceFiles(GOOD_ROOT),
    });
    expect(problems).toEqual([
      { row: 3, column: 'id', message: 'duplicate id "gb-a-tip": also used by row 2 of this spreadsheet' },
      {
        row: 4,
        column: 'id',
        message:
          'duplicate id "us-trafficking-hotline": used in both resources/directory/helplines/helplines.json (entries[0]) and this spreadsheet (row 4)',
      },
    ]);
  });

  it('maps validator paths back to columns', () => {
    const { entries, rows } = csvToEntries(
      csv(
        ['name_es', 'phone', 'sms', 'email', 'website', 'chat_url', 'hours', 'time_zone', 'hours_note', 'organisation'],
        `${TIP},Un consejo,020 7946 0100,201-555-0123,a@example.org,https://example.org/w,https://example.org/c,mon 09:00-10:00,Europe/London,Note,Org`,
      ),
    );
    const at = (fieldPath: string) => locateIssue(fieldPath, entries, rows);
    expect(at('entries[0].contacts[0].number')).toEqual({ row: 2, column: 'phone' });
    expect(at('entries[0].contacts[0].short')).toEqual({ row: 2, column: 'short_code' });
    expect(at('entries[0].contacts[1].number')).toEqual({ row: 2, column: 'sms' });
    expect(at('entries[0].contacts[2].address')).toEqual({ row: 2, column: 'email' });
    expect(at('entries[0].contacts[3].url')).toEqual({ row: 2, column: 'website' });
    expect(at('entries[0].contacts[4].url')).toEqual({ row: 2, column: 'chat_url' });
    expect(at('entries[0].name.en')).toEqual({ row: 2, column: 'name' });
    expect(at('entries[0].name.es')).toEqual({ row: 2, column: 'name_es' });
    expect(at('entries[0].hours.timeZone')).toEqual({ row: 2, column: 'time_zone' });
    expect(at('entries[0].hours.weekly[0].open')).toEqual({ row: 2, column: 'hours' });
    expect(at('entries[0].hours.note.en')).toEqual({ row: 2, column: 'hours_note' });
    expect(at('entries[0].organisations[0]')).toEqual({ row: 2, column: 'organisation' });
    expect(at('entries[0].languages[1]')).toEqual({ row: 2, column: 'languages' });
    expect(at('entries')).toEqual({ row: 0, column: '' });
  });

  it('formats problems with and without a column or row', () => {
    expect(formatProblem('a.csv', { row: 7, column: 'phone', message: 'bad' })).toBe('a.csv: row 7, column "phone": bad');
    expect(formatProblem('a.csv', { row: 7, column: '', message: 'bad' })).toBe('a.csv: row 7: bad');
    expect(formatProblem('a.csv', { row: 0, column: '', message: 'bad' })).toBe('a.csv: bad');
    expect(formatProblem('a.csv', { row: 3, column: 'checked', message: 'old' }, 'warning')).toBe(
      'a.csv: row 3, column "checked": warning: old',
    );
  });
});

describe('cells a spreadsheet would run as formulas', () => {
  const importOf = (text: string) => importCsv(text, { today: TODAY, outFile: 'resources/local/sheet.json', existing: [] });

  it('refuses =HYPERLINK(...), naming the row, the column and the address it hides', () => {
    const text = csv(
      ['website'],
      `${TIP},"=HYPERLINK(""https://elsewhere.example/"",""Helpline"")"`,
      `${TIP.replace('x-tip', 'x-two').replace('A tip', '=1+1')},`,
    );
    expect(importOf(text).problems).toEqual([
      {
        row: 2,
        column: 'website',
        message:
          '"=HYPERLINK(\\"https://elsewhere.example/\\",\\"Helpline\\")" starts with "=", so a spreadsheet would run it as a formula; write the address itself (this one opens "https://elsewhere.example/": check it is the operator\'s)',
      },
      {
        row: 3,
        column: 'name',
        message: '"=1+1" starts with "=", so a spreadsheet would run it as a formula; write the value itself, not a formula',
      },
    ]);
  });

  it.each([
    ['+', 'hours_note', '+SUM(A1)'],
    ['-', 'organisation', '-2+3'],
    ['@', 'name_es', '@SUM(A1)'],
    ['\t', 'notes', '\t=1'],
    ['\r', 'hours_note', '\r=1'],
  ])('refuses a cell starting with %j (column %s)', (start, column, value) => {
    const { problems } = importOf(csv([column], `${TIP},"${value.replaceAll('"', '""')}"`));
    const named = start === '\t' ? 'a tab' : start === '\r' ? 'a carriage return' : `"${start}"`;
    expect(problems).toEqual([{ row: 2, column, message: expect.stringContaining(`starts with ${named}`) }]);
  });

  it('checks each item of a list cell, and reports a refused cell once, not again as a bad value', () => {
    const text = csv(['notes', 'topics'], `${TIP},Call us.; -Or write.,-trafficking`);
    expect(importOf(text).problems).toEqual([
      { row: 2, column: 'notes', message: expect.stringContaining('"-Or write." starts with "-"') },
      { row: 2, column: 'topics', message: expect.stringContaining('"-trafficking" starts with "-"') },
    ]);
  });

  it('keeps phone numbers written with a leading +, and refuses anything else starting so in a number column', () => {
    const ok = csv(['phone', 'whatsapp'], `${TIP},+44 20 7946 0100; +44 20 7946 0101,+44 20 7946 0102`);
    expect(importOf(ok).problems).toEqual([]);
    expect(csvToEntries(ok).entries[0]?.contacts.map((contact) => contact.type)).toEqual(['phone', 'phone', 'whatsapp']);
    expect(importOf(csv(['phone'], `${TIP},+cmd|' /C calc'!A0`)).problems).toEqual([
      { row: 2, column: 'phone', message: expect.stringContaining('write the number alone, such as "+44 20 7946 0100"') },
    ]);
  });
});

describe('sheets too big for one entry file', () => {
  it('says the row limit up front, in rows, without converting 100,000 rows', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => TIP.replace('x-tip', `x-tip-${i}`));
    const started = performance.now();
    const { problems } = importCsv(csv([], ...rows), { today: TODAY, outFile: 'resources/local/big.json', existing: [] });
    expect(problems).toEqual([
      {
        row: 0,
        column: '',
        message:
          'has 100000 rows of entries; at most 5000 rows per file: split the sheet into several of at most 5000 rows and import each with its own --out resources/local/<name>.json',
      },
    ]);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('gives the size limit in rows too, for fewer rows that are long', () => {
    const summary = 'Help '.repeat(110).trim();
    const rows = Array.from({ length: 4000 }, (_, i) => `x-tip-${i},tip,A tip,${summary},GB,https://example.org/,2026-11-01`);
    const { problems } = importCsv(csv([], ...rows), { today: TODAY, outFile: 'resources/local/big.json', existing: [] });
    expect(problems).toEqual([
      {
        row: 0,
        column: '',
        message: expect.stringMatching(
          /^its 4000 rows would make an entry file of \d\.\d MB, more than the 2 MB one file may hold: split the sheet into several of at most \d{4} rows$/,
        ),
      },
    ]);
  });
});

describe('resources:import CLI', () => {
  const TSX = path.join(REPO, 'node_modules/.bin/tsx');
  const SCRIPT = path.join(REPO, 'scripts/resources/import-csv.ts');
  let root: string;

  /** Runs the CLI in a temporary copy of the good-resources fixture, as `npm run` would from the repo root. */
  const run = (...args: string[]) => spawnSync(TSX, [SCRIPT, ...args], { cwd: root, encoding: 'utf8' });
  const localFiles = () => readdirSync(path.join(root, 'resources/local')).sort();

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'waypoint-import-'));
    cpSync(path.join(GOOD_ROOT, 'resources'), path.join(root, 'resources'), { recursive: true });
    cpSync(path.join(FIXTURES, 'services.csv'), path.join(root, 'services.csv'));
    cpSync(path.join(FIXTURES, 'bad.csv'), path.join(root, 'bad.csv'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('exits 1 and writes nothing when a row is bad', { timeout: 30_000 }, () => {
    const result = run('bad.csv', '--today', TODAY);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bad.csv: row 5, column "phone": "020 7946 071" is not a valid phone number for GB');
    expect(result.stderr).toContain('9 problems in bad.csv; nothing written.');
    expect(result.stdout).toBe('');
    expect(localFiles()).toEqual(['tips.json']);
  });

  it('writes resources/local/<name>.json for a good sheet, and refuses to overwrite it without --force', {
    timeout: 30_000,
  }, () => {
    const written = path.join(root, 'resources/local/services.json');
    const first = run('services.csv', '--today', TODAY);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe('Wrote 4 entries to resources/local/services.json.\n');
    expect(first.status).toBe(0);
    expect(readFileSync(written, 'utf8')).toBe(fixture('services.expected.json'));

    writeFileSync(written, '{ "entries": [] }\n');
    const again = run('services.csv', '--today', TODAY);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('resources/local/services.json already exists');
    expect(readFileSync(written, 'utf8')).toBe('{ "entries": [] }\n');

    // Replacing the file: its own old entries do not count as duplicate ids.
    writeFileSync(written, fixture('services.expected.json'));
    const forced = run('services.csv', '--today', TODAY, '--force', '--out', 'resources/local/services.json');
    expect(forced.status).toBe(0);
    expect(readFileSync(written, 'utf8')).toBe(fixture('services.expected.json'));
  });

  it('writes to --out and refuses paths outside resources/local', { timeout: 30_000 }, () => {
    expect(run('services.csv', '--today', TODAY, '--out', 'resources/local/ngo/sheet.json').status).toBe(0);
    expect(existsSync(path.join(root, 'resources/local/ngo/sheet.json'))).toBe(true);
    const outside = run('services.csv', '--today', TODAY, '--out', 'resources/directory/sheet.json');
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain('--out must be a .json file in resources/local/');
    expect(existsSync(path.join(root, 'resources/directory/sheet.json'))).toBe(false);
  });
});
