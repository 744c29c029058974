/**
 * Every field of an entry, once, as a JSON file holds it: whether it is required and what form
 * its value takes. Typed over every key of Entry (required exactly where Entry requires it), so
 * a field added to Entry and forgotten here fails to compile. The validator's entry shape, the
 * CSV column map and the device's check of downloaded entries are built on these keys.
 */
import {
  AUDIENCES,
  CONFIDENCE_LEVELS,
  ENTRY_KINDS,
  OPERATOR_FLAGS,
  OPERATOR_TYPES,
  TOPICS,
  type Contact,
  type Entry,
  type Hours,
  type LocalizedText,
} from './entry';

/** `true` when K is a required key of T, `false` when it is optional. */
export type IsRequired<T, K extends keyof T> = Partial<Pick<T, K>> extends Pick<T, K> ? false : true;

/** The JSON form of a field's value. */
export type FieldForm =
  | { kind: 'text' }
  | { kind: 'one-of'; values: readonly string[] }
  | { kind: 'text-list' }
  | { kind: 'list-of'; values: readonly string[] }
  | { kind: 'yes-no' }
  | { kind: 'localized' }
  | { kind: 'localized-list' }
  | { kind: 'contacts' }
  | { kind: 'hours' };

// The form a value of type T may take: an enumeration must list its values, and their type
// must match the field's.
type FormFor<T> = [T] extends [boolean]
  ? { kind: 'yes-no' }
  : [T] extends [LocalizedText]
    ? { kind: 'localized' }
    : [T] extends [Hours]
      ? { kind: 'hours' }
      : [T] extends [Contact[]]
        ? { kind: 'contacts' }
        : [T] extends [LocalizedText[]]
          ? { kind: 'localized-list' }
          : [T] extends [string[]]
            ? string extends T[number]
              ? { kind: 'text-list' }
              : { kind: 'list-of'; values: readonly T[number][] }
            : [T] extends [string]
              ? string extends T
                ? { kind: 'text' }
                : { kind: 'one-of'; values: readonly T[] }
              : never;

export interface FieldSpec<Required extends boolean, Form extends FieldForm> {
  readonly required: Required;
  readonly form: Form;
}

export type EntryFields = {
  readonly [K in keyof Entry]-?: FieldSpec<IsRequired<Entry, K>, FormFor<NonNullable<Entry[K]>>>;
};

const text = { kind: 'text' } as const;
const textList = { kind: 'text-list' } as const;
const yesNo = { kind: 'yes-no' } as const;
const localized = { kind: 'localized' } as const;
const localizedList = { kind: 'localized-list' } as const;
const oneOf = <T extends string>(values: readonly T[]) => ({ kind: 'one-of', values }) as const;
const listOf = <T extends string>(values: readonly T[]) => ({ kind: 'list-of', values }) as const;

/** Every field of Entry, in the order of the type (the order the validator checks them in). */
export const ENTRY_FIELDS: EntryFields = {
  id: { required: true, form: text },
  kind: { required: true, form: oneOf(ENTRY_KINDS) },
  name: { required: true, form: localized },
  summary: { required: true, form: localized },
  organisations: { required: false, form: textList },
  countries: { required: true, form: textList },
  region: { required: false, form: localized },
  topics: { required: true, form: listOf(TOPICS) },
  audiences: { required: false, form: listOf(AUDIENCES) },
  languages: { required: false, form: textList },
  languagesNote: { required: false, form: localized },
  contacts: { required: true, form: { kind: 'contacts' } },
  hours: { required: false, form: { kind: 'hours' } },
  free: { required: false, form: yesNo },
  operator: { required: false, form: oneOf(OPERATOR_TYPES) },
  flags: { required: false, form: listOf(OPERATOR_FLAGS) },
  notes: { required: false, form: localizedList },
  category: { required: false, form: localized },
  url: { required: false, form: text },
  source: { required: true, form: text },
  additionalSources: { required: false, form: textList },
  checked: { required: true, form: text },
  published: { required: false, form: text },
  confidence: { required: false, form: oneOf(CONFIDENCE_LEVELS) },
  confidenceNote: { required: false, form: localized },
  conflicts: { required: false, form: localizedList },
};

/** The keys of ENTRY_FIELDS, in order. */
export const ENTRY_FIELD_NAMES = Object.keys(ENTRY_FIELDS) as (keyof Entry)[];
