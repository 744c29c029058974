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
  SITUATIONS,
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

/** The fields whose values come from an enumeration (kind, topics, operator…). */
export type EnumeratedField = {
  [K in keyof Entry]-?: EntryFields[K]['form'] extends { values: readonly string[] } ? K : never;
}[keyof Entry];

export type EntryFields = {
  readonly [K in keyof Entry]-?: FieldSpec<IsRequired<Entry, K>, FormFor<NonNullable<Entry[K]>>>;
};

const text = { kind: 'text' } as const;
const textList = { kind: 'text-list' } as const;
const yesNo = { kind: 'yes-no' } as const;
const localized = { kind: 'localized' } as const;
const localizedList = { kind: 'localized-list' } as const;
const contactList = { kind: 'contacts' } as const;
const hours = { kind: 'hours' } as const;
const oneOf = <T extends string>(values: readonly T[]) => ({ kind: 'one-of', values }) as const;
const listOf = <T extends string>(values: readonly T[]) => ({ kind: 'list-of', values }) as const;
const required = <Form extends FieldForm>(form: Form): FieldSpec<true, Form> => ({ required: true, form });
const optional = <Form extends FieldForm>(form: Form): FieldSpec<false, Form> => ({ required: false, form });

/** Every field of Entry, in the order of the type (the order the validator checks them in). */
export const ENTRY_FIELDS: EntryFields = {
  // What the entry is
  id: required(text),
  kind: required(oneOf(ENTRY_KINDS)),
  name: required(localized),
  summary: required(localized),
  organisations: optional(textList),
  // Where, and what about
  countries: required(textList),
  region: optional(localized),
  topics: required(listOf(TOPICS)),
  audiences: optional(listOf(AUDIENCES)),
  // How to reach it
  languages: optional(textList),
  languagesNote: optional(localized),
  contacts: required(contactList),
  hours: optional(hours),
  free: optional(yesNo),
  // Who answers, and what a caller should know
  operator: optional(oneOf(OPERATOR_TYPES)),
  flags: optional(listOf(OPERATOR_FLAGS)),
  notes: optional(localizedList),
  category: optional(localized),
  situations: optional(listOf(SITUATIONS)),
  // Where the facts come from
  url: optional(text),
  source: required(text),
  additionalSources: optional(textList),
  checked: required(text),
  published: optional(text),
  // How sure they are
  confidence: optional(oneOf(CONFIDENCE_LEVELS)),
  confidenceNote: optional(localized),
  conflicts: optional(localizedList),
};

/** The keys of ENTRY_FIELDS, in order. */
export const ENTRY_FIELD_NAMES = Object.keys(ENTRY_FIELDS) as (keyof Entry)[];
