/**
 * Turns an NGO's spreadsheet export (CSV) into directory entries. Pure: CSV text in, entries and
 * problems out; nothing here reads files or knows today's date. It checks what only the
 * spreadsheet form can get wrong (columns, required cells, yes/no cells, enumerations, the hours
 * syntax); everything else (phone numbers, links, countries, dates, language tags, ids) is left
 * to the project's validator, which import-csv.ts runs on the result. The columns are listed in
 * csv-columns.ts, tied to the entry schema, and documented in CSV-COLUMNS.md.
 */
import Papa from 'papaparse';
import {
  AUDIENCES,
  ENTRY_KINDS,
  OPERATOR_FLAGS,
  OPERATOR_TYPES,
  TOPICS,
  WEEKDAYS,
  type Audience,
  type Contact,
  type Entry,
  type EntryKind,
  type Hours,
  type LocalizedText,
  type OperatorFlag,
  type OperatorType,
  type Topic,
  type Weekday,
} from '../../src/data/entry';
import { KNOWN_COLUMNS, type KnownColumn, LIST_SEPARATOR, REQUIRED_COLUMNS } from './csv-columns.ts';
import { formulaCellProblem } from './csv-formulas.ts';
import { canonicalLanguageTag, quote } from './message-text.ts';
import { didYouMean, unknownValueMessage } from './suggest.ts';
import { LIMITS } from './validate.ts';

/**
 * One problem, placed where the NGO can find it: `row` is the spreadsheet row number (the header
 * is row 1, the first data row is row 2; 0 for the whole file), `column` the column name (empty
 * when the problem concerns the whole row).
 */
export interface CsvProblem {
  row: number;
  column: string;
  message: string;
}

/**
 * A row read as an entry whether or not it had problems, so the validator can check the rest of
 * it too: an NGO should learn every problem of every row in one run, not one per attempt.
 */
export interface CsvDraft {
  entry: Entry;
  row: number;
  /** Columns whose problems are already reported (or that are missing): the validator would only repeat them. */
  reported: ReadonlySet<string>;
}

export interface CsvConversion {
  /** Rows that converted without problems, in spreadsheet order. */
  entries: Entry[];
  /** Spreadsheet row number of each entry (`rows[i]` belongs to `entries[i]`). */
  rows: number[];
  /** Every row that could be read, with or without problems, in spreadsheet order. */
  drafts: CsvDraft[];
  problems: CsvProblem[];
}

/** Kinds whose `website` is their official address (`url`) rather than a contact. */
const URL_KINDS: readonly EntryKind[] = ['programme', 'publication'];

const TRANSLATION_COLUMN = /^(name|summary)_(.+)$/;
const TIME_RANGE = /^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$/;

/** Splits a list cell on `;`, trimming items and dropping empty ones. */
function splitList(value: string): string[] {
  return value
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The id derived from country and English name: `gb-northbridge-worker-support-line`. */
export function deriveId(country: string, name: string): string {
  const slug = `${country}-${name}`
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 80) return slug;
  const cut = slug.slice(0, 81);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, 80)).replace(/-+$/, '');
}

/** The column delimiter, read from the header line (column names never contain , ; or tab). */
function headerDelimiter(text: string): string {
  const headerLine = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: headerLine.split(delimiter).length - 1 }));
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count > 0 ? best.delimiter : ',';
}

const isBlankRecord = (record: string[]): boolean => record.join('').trim() === '';

type Row = Record<string, string | string[] | undefined>;

/** What the header says: where each known column sits, translations, and problems with it. */
interface Header {
  /** Header key (as in the parsed rows) of each known column present. */
  keys: Map<KnownColumn, string>;
  translations: { field: 'name' | 'summary'; lang: string; column: string; key: string }[];
  /** Keys of columns without a name, with their 1-based position. */
  unnamed: { key: string; position: number }[];
  problems: CsvProblem[];
  /** Required columns the header lacks: no row can convert, but the rest of each row is still checked. */
  missing: KnownColumn[];
}

/** `fields[i]` is the row key of column i, `names[i]` its name as written (trimmed). */
function readHeader(fields: readonly string[], names: readonly string[], row: number): Header {
  const header: Header = { keys: new Map(), translations: [], unnamed: [], problems: [], missing: [] };
  const problem = (column: string, message: string) => header.problems.push({ row, column, message });
  const seen = new Set<string>();
  fields.forEach((key, index) => {
    const name = names[index] ?? key;
    if (name === '') {
      header.unnamed.push({ key, position: index + 1 });
      return;
    }
    if (seen.has(name)) {
      problem(name, `duplicate column ${quote(name)}; each column may appear once`);
      return;
    }
    seen.add(name);
    if ((KNOWN_COLUMNS as readonly string[]).includes(name)) {
      header.keys.set(name as KnownColumn, key);
      return;
    }
    const translation = TRANSLATION_COLUMN.exec(name);
    if (translation) {
      const [, field, lang] = translation as unknown as [string, 'name' | 'summary', string];
      const canonical = canonicalLanguageTag(lang);
      if (canonical === undefined) {
        problem(
          name,
          `${quote(lang)} is not a BCP 47 language tag; translation columns are named like "${field}_es" or "${field}_pt-BR"`,
        );
      } else if (canonical !== lang) {
        problem(name, `language tag ${quote(lang)} should be written ${quote(canonical)} (column "${field}_${canonical}")`);
      } else if (lang === 'en') {
        problem(name, `English goes in the "${field}" column`);
      } else {
        header.translations.push({ field, lang, column: name, key });
      }
      return;
    }
    const lower = name.toLowerCase().replace(/\s+/g, '_');
    const hint =
      lower !== name && TRANSLATION_COLUMN.test(lower) ? ` (did you mean ${quote(lower)}?)` : didYouMean(name, KNOWN_COLUMNS);
    problem(name, `unknown column${hint}; known columns are ${KNOWN_COLUMNS.join(', ')}, name_<lang> and summary_<lang>`);
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!header.keys.has(column)) {
      problem(column, 'missing required column');
      header.missing.push(column);
    }
  }
  return header;
}

/** Reads `yes`/`no` (any case); empty is undefined. */
function yesNo(value: string, column: string, report: (column: string, message: string) => void): boolean | undefined {
  if (value === '') return undefined;
  const lower = value.toLowerCase();
  if (lower === 'yes') return true;
  if (lower === 'no') return false;
  report(column, `${quote(value)} must be yes or no (or empty when not stated)`);
  return undefined;
}

/** Parses `mon-fri`, `sat`, `mon,wed,fri`, `fri-sun`, `daily` into weekdays; undefined if not understood. */
function parseDays(spec: string): Weekday[] | undefined {
  const lower = spec.toLowerCase().replace(/\s+/g, '');
  if (lower === 'daily') return [...WEEKDAYS];
  const days: Weekday[] = [];
  for (const part of lower.split(',')) {
    const range = part.split('-');
    const indexes = range.map((day) => (WEEKDAYS as readonly string[]).indexOf(day));
    if (range.length > 2 || indexes.some((index) => index < 0)) return undefined;
    const [from, to = from] = indexes as [number, number?];
    // Ranges may wrap round the weekend: fri-mon is fri, sat, sun, mon.
    for (let i = from; ; i = (i + 1) % 7) {
      days.push(WEEKDAYS[i]!);
      if (i === to) break;
    }
  }
  return days;
}

const padTime = (hours: string, minutes: string) => `${hours.padStart(2, '0')}:${minutes}`;

/** Hours from the hours, time_zone and hours_note cells. */
function parseHours(
  hours: string,
  timeZone: string,
  note: string,
  report: (column: string, message: string) => void,
): Hours | undefined {
  const noteText = note === '' ? undefined : { note: { en: note } as LocalizedText };
  if (hours === '') return noteText;
  // The time zone only matters for weekly hours; a sheet that fills it on every row is fine.
  if (/^24\s*\/\s*7$/.test(hours)) return { always: true, ...noteText };
  const weekly: { days: Weekday[]; open: string; close: string }[] = [];
  let understood = true;
  // Every part is read, so each one not understood is reported in the same run.
  for (const part of splitList(hours)) {
    const match = /^(.*?[a-z])\s+(\d.*)$/i.exec(part);
    const days = match ? parseDays(match[1]!) : undefined;
    const times = match ? TIME_RANGE.exec(match[2]!.trim()) : null;
    if (!days || !times) {
      understood = false;
      report(
        'hours',
        `${quote(part)} is not understood; write "24/7", or days and times like "mon-fri 09:00-17:00; sat 10:00-14:00" (days: ${WEEKDAYS.join(', ')}, daily)`,
      );
      continue;
    }
    weekly.push({ days, open: padTime(times[1]!, times[2]!), close: padTime(times[3]!, times[4]!) });
  }
  // Only parts that read as weekly times make the zone required ("24 hours" needs none).
  if (timeZone === '' && weekly.length > 0) {
    report('time_zone', 'required when hours are weekly: an IANA time zone such as "Europe/London"');
    return undefined;
  }
  return understood ? { timeZone, weekly, ...noteText } : undefined;
}

/**
 * Converts one data row, reporting every problem; the entry comes back even when there were some,
 * for the validator to check the other cells. Values the validator checks (numbers, links, codes,
 * dates) are passed through as written.
 */
function convertRow(
  cell: (column: KnownColumn) => string,
  header: Header,
  row: Row,
  report: (column: string, message: string) => void,
): Entry {
  const requiredCell = (column: KnownColumn): string => {
    const value = cell(column);
    // A missing column is reported once, against the header, not again on every row.
    if (value === '' && !header.missing.includes(column)) report(column, 'required; this cell must not be empty');
    return value;
  };

  const kindCell = requiredCell('kind');
  const name = requiredCell('name');
  const summary = requiredCell('summary');
  const country = requiredCell('country');
  const source = requiredCell('source');
  const checked = requiredCell('checked');
  /** Reports a value outside an enumeration; true when it is one of them. */
  const known = (column: KnownColumn, value: string, allowed: readonly string[], noun: string): boolean => {
    if (allowed.includes(value)) return true;
    report(column, unknownValueMessage(noun, value, allowed));
    return false;
  };
  if (kindCell !== '') known('kind', kindCell, ENTRY_KINDS, 'kind');
  const kind = kindCell as EntryKind;

  const listOf = <T extends string>(column: KnownColumn, allowed: readonly T[], noun: string): T[] => {
    const values = splitList(cell(column));
    for (const value of values) known(column, value, allowed, noun);
    return values as T[];
  };
  const topics = listOf<Topic>('topics', TOPICS, 'topic');
  const audiences = listOf<Audience>('audiences', AUDIENCES, 'audience');
  const languages = splitList(cell('languages'));

  const short = yesNo(cell('short_code'), 'short_code', report);
  const phones = splitList(cell('phone'));
  if (short === true && phones.length === 0) report('short_code', 'is yes, but the phone column is empty');
  // Text lines are often short codes of their own (a helpline's number is full, its SMS line 5 digits).
  const smsShort = yesNo(cell('sms_short_code'), 'sms_short_code', report);
  const smsNumbers = splitList(cell('sms'));
  if (smsShort === true && smsNumbers.length === 0) report('sms_short_code', 'is yes, but the sms column is empty');
  const contacts: Contact[] = [
    ...phones.map((number): Contact => ({ type: 'phone', number, ...(short === true && { short: true }) })),
    ...smsNumbers.map((number): Contact => ({ type: 'sms', number, ...(smsShort === true && { short: true }) })),
    ...splitList(cell('whatsapp')).map((number): Contact => ({ type: 'whatsapp', number })),
  ];
  const email = cell('email');
  if (email !== '') contacts.push({ type: 'email', address: email });
  const website = cell('website');
  const websiteIsUrl = URL_KINDS.includes(kind);
  if (website !== '' && !websiteIsUrl) contacts.push({ type: 'web', url: website });
  const chat = cell('chat_url');
  if (chat !== '') contacts.push({ type: 'chat', url: chat });

  const hours = parseHours(cell('hours'), cell('time_zone'), cell('hours_note'), report);
  const free = yesNo(cell('free'), 'free', report);
  const operatorCell = cell('operator');
  const operator =
    operatorCell !== '' && known('operator', operatorCell, OPERATOR_TYPES, 'operator type')
      ? (operatorCell as OperatorType)
      : undefined;
  const flags = listOf<OperatorFlag>('flags', OPERATOR_FLAGS, 'flag');
  const notes = splitList(cell('notes')).map((note): LocalizedText => ({ en: note }));
  const organisation = cell('organisation');

  const localized = (field: 'name' | 'summary', english: string): LocalizedText => {
    const text: LocalizedText = { en: english };
    for (const translation of header.translations) {
      const value = String(row[translation.key] ?? '').trim();
      if (translation.field === field && value !== '') text[translation.lang] = value;
    }
    return text;
  };

  let id = cell('id');
  if (id === '' && country !== '' && name !== '') {
    id = deriveId(country, name);
    if (!/[a-z0-9]-[a-z0-9]/.test(id)) report('id', `cannot derive an id from the name ${quote(name)}; fill in the id column`);
  }

  // Keys in the order of the Entry type, so the written file reads like the hand-written ones.
  return {
    id,
    kind,
    name: localized('name', name),
    summary: localized('summary', summary),
    ...(organisation !== '' && { organisations: [organisation] }),
    countries: [country],
    topics,
    ...(audiences.length > 0 && { audiences }),
    ...(languages.length > 0 && { languages }),
    contacts,
    ...(hours !== undefined && { hours }),
    ...(free !== undefined && { free }),
    ...(operator !== undefined && { operator }),
    ...(flags.length > 0 && { flags }),
    ...(notes.length > 0 && { notes }),
    ...(websiteIsUrl && website !== '' && { url: website }),
    source,
    checked,
  };
}

/** Converts CSV text (with a header row; comma, semicolon or tab separated) into entries. */
export function csvToEntries(csvText: string): CsvConversion {
  const result = convert(csvText);
  // Stable: problems of one row keep the order of the columns they were found in.
  result.problems.sort((a, b) => a.row - b.row);
  return result;
}

function convert(csvText: string): CsvConversion {
  const text = csvText.replace(/^\uFEFF/, '');
  const result: CsvConversion = { entries: [], rows: [], drafts: [], problems: [] };
  const delimiter = headerDelimiter(text);

  // Every record, blank ones included, so data rows can be given their spreadsheet row number
  // (a quoted cell may span several lines, and blank rows still count in the spreadsheet).
  const records = Papa.parse<string[]>(text, { header: false, delimiter });
  const recordRows = records.data.flatMap((record, index) => (isBlankRecord(record) ? [] : [index + 1]));
  const reportedSyntax = new Set<number>();
  for (const error of records.errors) {
    const row = (error.row ?? 0) + 1;
    if (error.type !== 'Quotes' || reportedSyntax.has(row)) continue;
    reportedSyntax.add(row);
    result.problems.push({ row, column: '', message: `broken quoting: ${error.message}` });
  }

  // Row keys are the trimmed column names; an empty or repeated name gets a key of its own
  // (papaparse would rename it and warn on the console), and readHeader reports it.
  const names: string[] = [];
  const parsed = Papa.parse<Row>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    delimiter,
    transformHeader: (raw, index) => {
      const name = raw.trim();
      const key = name === '' || names.includes(name) ? `\u0000${index}` : name;
      names[index] = name;
      return key;
    },
  });
  const fields = parsed.meta.fields ?? [];
  const headerRow = recordRows[0] ?? 1;
  if (fields.length === 0) {
    result.problems.push({ row: headerRow, column: '', message: 'the file is empty; the first row must name the columns' });
    return result;
  }
  if (parsed.data.length !== recordRows.length - 1) {
    throw new Error(`internal error: ${parsed.data.length} data rows but ${recordRows.length - 1} non-blank records`);
  }
  const header = readHeader(fields, names, headerRow);
  result.problems.push(...header.problems);
  if (parsed.data.length === 0) {
    result.problems.push({ row: headerRow + 1, column: '', message: 'no data rows below the header' });
    return result;
  }
  // Said up front, in rows: converting a sheet this size only to refuse the file it makes would
  // take a while and then speak of bytes.
  if (parsed.data.length > LIMITS.entriesPerFile) {
    result.problems.push({
      row: 0,
      column: '',
      message: `has ${parsed.data.length} rows of entries; at most ${LIMITS.entriesPerFile} rows per file: split the sheet into several of at most ${LIMITS.entriesPerFile} rows and import each with its own --out resources/local/<name>.json`,
    });
    return result;
  }

  parsed.data.forEach((row, index) => {
    const rowNumber = recordRows[index + 1]!;
    // Broken quoting (reported above) garbles the cells; checking them would only add noise.
    if (reportedSyntax.has(rowNumber)) return;
    const reported = new Set<string>(header.missing);
    let ok = header.missing.length === 0;
    const report = (column: string, message: string) => {
      ok = false;
      reported.add(column);
      result.problems.push({ row: rowNumber, column, message });
    };
    // Stray cells are reported, and the named cells are still checked: each problem in one run.
    const extra = row.__parsed_extra;
    if (Array.isArray(extra) && extra.some((value) => value.trim() !== '')) {
      report('', `has ${fields.length + extra.length} cells but the header names only ${fields.length} columns`);
    }
    for (const { key, position } of header.unnamed) {
      if (String(row[key] ?? '').trim() !== '')
        report('', `has a value in column ${position}, which has no name in the header row`);
    }
    // A cell a spreadsheet would run as a formula is reported once, as that, and not again as a bad value.
    const formulaColumns = new Set<string>();
    const named = [...header.keys, ...header.translations.map(({ column, key }) => [column, key] as const)];
    for (const [column, key] of named) {
      const problem = formulaCellProblem(String(row[key] ?? ''), column);
      if (problem === undefined) continue;
      report(column, problem);
      formulaColumns.add(column);
    }
    const cell = (column: KnownColumn): string => {
      const key = header.keys.get(column);
      return key === undefined ? '' : String(row[key] ?? '').trim();
    };
    const entry = convertRow(cell, header, row, (column, message) => {
      if (!formulaColumns.has(column)) report(column, message);
    });
    result.drafts.push({ entry, row: rowNumber, reported });
    if (ok) {
      result.entries.push(entry);
      result.rows.push(rowNumber);
    }
  });
  return result;
}
