/**
 * The spreadsheet's columns, tied to the entry schema: which columns each Entry field comes
 * from, or that the import does not carry it. Typed over every key of Entry, so a field added to
 * Entry must be given its columns here or listed as not imported, or the build fails to compile.
 * CSV-COLUMNS.md documents these columns; a unit test holds it to them.
 */
import type { ContactType, Entry } from '../../src/data/entry.ts';

/** A field the spreadsheet does not carry: it is written into the entry file by hand. */
export const NOT_IMPORTED = null;

/** The columns of every Entry field, or NOT_IMPORTED; `name_<lang>` and `summary_<lang>` come on top. */
export const ENTRY_COLUMNS = {
  id: ['id'],
  kind: ['kind'],
  name: ['name'],
  summary: ['summary'],
  organisations: ['organisation'],
  countries: ['country'],
  region: NOT_IMPORTED,
  topics: ['topics'],
  audiences: ['audiences'],
  languages: ['languages'],
  languagesNote: NOT_IMPORTED,
  contacts: ['phone', 'sms', 'whatsapp', 'short_code', 'sms_short_code', 'email', 'website', 'chat_url'],
  hours: ['hours', 'time_zone', 'hours_note'],
  free: ['free'],
  operator: ['operator'],
  flags: ['flags'],
  notes: ['notes'],
  category: NOT_IMPORTED,
  situations: NOT_IMPORTED,
  // For programmes and publications; for the other kinds the same column is a web contact.
  url: ['website'],
  source: ['source'],
  additionalSources: NOT_IMPORTED,
  checked: ['checked'],
  published: NOT_IMPORTED,
  confidence: NOT_IMPORTED,
  confidenceNote: NOT_IMPORTED,
  conflicts: NOT_IMPORTED,
} as const satisfies { [K in keyof Entry]-?: readonly string[] | typeof NOT_IMPORTED };

type ColumnsOf<T> = T extends readonly (infer Column)[] ? Column : never;
export type KnownColumn = ColumnsOf<(typeof ENTRY_COLUMNS)[keyof Entry]>;

/** Columns that must be present; every cell in them must be filled. */
export const REQUIRED_COLUMNS = [
  'kind',
  'name',
  'summary',
  'country',
  'source',
  'checked',
] as const satisfies readonly KnownColumn[];

/** Separator inside list cells (topics, phone numbers, notes…). */
export const LIST_SEPARATOR = ';';

/** Columns whose cells hold lists, items separated by LIST_SEPARATOR. */
export const LIST_COLUMNS = [
  'topics',
  'audiences',
  'languages',
  'phone',
  'sms',
  'whatsapp',
  'hours',
  'flags',
  'notes',
] as const satisfies readonly KnownColumn[];

/** Columns of phone numbers, where "+44 20 7946 0100" is a number and no formula. */
export const NUMBER_COLUMNS = ['phone', 'sms', 'whatsapp'] as const satisfies readonly KnownColumn[];

/** Every fixed column, in documentation order: id, the required ones, then the others in the order of Entry. */
export const KNOWN_COLUMNS: readonly KnownColumn[] = [
  ...new Set<KnownColumn>(['id', ...REQUIRED_COLUMNS, ...Object.values(ENTRY_COLUMNS).flatMap((columns) => columns ?? [])]),
];

/** Fields the spreadsheet does not carry. */
export const NOT_IMPORTED_FIELDS = (Object.keys(ENTRY_COLUMNS) as (keyof Entry)[]).filter(
  (field) => ENTRY_COLUMNS[field] === NOT_IMPORTED,
);

/** The column each type of contact comes from. */
export const CONTACT_COLUMNS: Record<ContactType, KnownColumn> = {
  phone: 'phone',
  tty: 'phone',
  sms: 'sms',
  whatsapp: 'whatsapp',
  email: 'email',
  web: 'website',
  chat: 'chat_url',
};

/** The one column a field comes from; empty when it has none or several. */
export function columnOfField(field: string): KnownColumn | '' {
  const columns: readonly KnownColumn[] | null = Object.hasOwn(ENTRY_COLUMNS, field) ? ENTRY_COLUMNS[field as keyof Entry] : null;
  return columns?.length === 1 ? columns[0]! : '';
}
