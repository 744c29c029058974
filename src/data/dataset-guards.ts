/**
 * Checks of untrusted JSON: what the network (or a tampered cache) hands the device must be a
 * dataset, an index, a delta, a bucket list or a bucket before anything reads it. Entries are
 * checked field by field from the schema's own field list (entry-fields.ts), so the device and
 * the build agree on what an entry is. Fields this app does not know are carried but never read;
 * a value it cannot show (an unknown kind, a link it would not open) refuses the whole download.
 */
import { contactForm, VALUE_FIELD } from '../rules/contacts';
import { hasAllowedScheme } from '../rules/link-schemes';
import {
  BUCKET_HASH_LENGTH,
  DATASET_FORMAT,
  type BucketList,
  type DatasetBucket,
  type DatasetDelta,
  type DatasetIndex,
  type PublishedFile,
} from './dataset-format';
import { EMERGENCY_SERVICES, WEEKDAYS, type CompiledEntry, type Dataset } from './entry';
import { ENTRY_FIELD_NAMES, ENTRY_FIELDS, type FieldForm } from './entry-fields';
import { sliceTimer } from './time-slice';

/** A download did not hold what the index promised, or not what the app can use. */
export class DatasetIntegrityError extends Error {
  override name = 'DatasetIntegrityError';
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isListOf = (value: unknown, item: (value: unknown) => boolean): boolean => Array.isArray(value) && value.every(item);
const isOneOf = (value: unknown, values: readonly string[]): boolean => isString(value) && values.includes(value);

/** Text in several languages: English there, every value a string. */
function isLocalized(value: unknown): boolean {
  return isObject(value) && isString(value.en) && Object.values(value).every(isString);
}

/** An optional localized field (a contact's label or note, the hours' note). */
const isOptionalLocalized = (object: JsonObject, key: string): boolean => !Object.hasOwn(object, key) || isLocalized(object[key]);

/** A contact with the value its type needs and a link the app would open. */
function isCompiledContact(value: unknown): boolean {
  if (!isObject(value)) return false;
  const form = contactForm(value.type);
  return (
    form !== undefined &&
    isString(value[VALUE_FIELD[form]]) &&
    isString(value.href) &&
    hasAllowedScheme(value.href) &&
    isOptionalLocalized(value, 'label') &&
    isOptionalLocalized(value, 'note') &&
    // The interface names an emergency number's service from its own words: only those it knows.
    (!Object.hasOwn(value, 'service') || isOneOf(value.service, EMERGENCY_SERVICES))
  );
}

function isWeeklyRow(value: unknown): boolean {
  return (
    isObject(value) && isListOf(value.days, (day) => isOneOf(day, WEEKDAYS)) && isString(value.open) && isString(value.close)
  );
}

/** One of the three shapes of Hours, read the way the interface reads them. */
function isHours(value: unknown): boolean {
  if (!isObject(value) || !isOptionalLocalized(value, 'note')) return false;
  if (Object.hasOwn(value, 'always')) return value.always === true;
  if (Object.hasOwn(value, 'weekly') || Object.hasOwn(value, 'timeZone')) {
    return isString(value.timeZone) && isListOf(value.weekly, isWeeklyRow);
  }
  return Object.hasOwn(value, 'note');
}

const FORM_CHECKS: { [K in FieldForm['kind']]: (value: unknown, form: Extract<FieldForm, { kind: K }>) => boolean } = {
  text: isString,
  'one-of': (value, form) => isOneOf(value, form.values),
  'text-list': (value) => isListOf(value, isString),
  'list-of': (value, form) => isListOf(value, (item) => isOneOf(item, form.values)),
  'yes-no': (value) => typeof value === 'boolean',
  localized: isLocalized,
  'localized-list': (value) => isListOf(value, isLocalized),
  contacts: (value) => isListOf(value, isCompiledContact),
  hours: isHours,
};

function hasForm(value: unknown, form: FieldForm): boolean {
  return (FORM_CHECKS[form.kind] as (value: unknown, form: FieldForm) => boolean)(value, form);
}

/** Every field of the schema present where required, and of its form where present. */
export function isCompiledEntry(value: unknown): value is CompiledEntry {
  if (!isObject(value)) return false;
  return ENTRY_FIELD_NAMES.every((key) => {
    const field = ENTRY_FIELDS[key];
    return Object.hasOwn(value, key) ? hasForm(value[key], field.form) : !field.required;
  });
}

/** The entries of a download; `what` names it in the error. */
export function checkEntries(value: unknown, what: string): CompiledEntry[] {
  if (!Array.isArray(value) || !value.every(isCompiledEntry))
    throw new DatasetIntegrityError(`${what} does not hold valid entries`);
  return value;
}

/** A dataset file's version and date, and its entries unchecked. */
function datasetParts(value: unknown, what: string): { version: string; generated: string; entries: unknown } {
  if (!isObject(value) || !isString(value.version) || !isString(value.generated)) {
    throw new DatasetIntegrityError(`${what} is not a dataset`);
  }
  return { version: value.version, generated: value.generated, entries: value.entries };
}

/** A whole dataset file. */
export function parseDataset(value: unknown, what: string): Dataset {
  const { entries, ...parts } = datasetParts(value, what);
  return { ...parts, entries: checkEntries(entries, what) };
}

/**
 * parseDataset, checking the entries in short slices with the page's turn between them: the
 * shipped directory's hundreds of entries, checked in one go, held a cheap phone's first visit
 * for a fifth of a second.
 */
export async function parseDatasetInSlices(value: unknown, what: string): Promise<Dataset> {
  const { entries, ...parts } = datasetParts(value, what);
  const invalid = () => new DatasetIntegrityError(`${what} does not hold valid entries`);
  if (!Array.isArray(entries)) throw invalid();
  const slice = sliceTimer();
  for (const entry of entries) {
    if (!isCompiledEntry(entry)) throw invalid();
    if (slice.due()) await slice.pause();
  }
  return { ...parts, entries: entries as CompiledEntry[] };
}

// Relative paths inside data/ only: a path from the network must not lead anywhere else.
const DATA_PATH = /^(?!.*\.\.)[\w.-]+(\/[\w.-]+)*$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/** A release sequence: a whole number from 1. */
const isSequence = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 1;

const isOptional = (object: JsonObject, key: string, check: (value: unknown) => boolean): boolean =>
  !Object.hasOwn(object, key) || check(object[key]);

/** A signed release as the index carries it: the manifest's exact text and the signature, both strings. */
const isSignedRelease = (value: unknown): boolean => isObject(value) && isString(value.manifest) && isString(value.signature);

function isPublishedFile(value: unknown): value is PublishedFile {
  return (
    isObject(value) &&
    isString(value.path) &&
    DATA_PATH.test(value.path) &&
    isString(value.sha256) &&
    SHA256_HEX.test(value.sha256)
  );
}

/** `data/index.json`. */
export function parseIndex(value: unknown): DatasetIndex {
  const index = value as DatasetIndex;
  if (
    !isObject(value) ||
    index.format !== DATASET_FORMAT ||
    !isString(index.version) ||
    !isString(index.generated) ||
    !Number.isInteger(index.count) ||
    !isPublishedFile(index.full) ||
    !isPublishedFile(index.buckets) ||
    !Number.isInteger(index.buckets.count) ||
    index.buckets.count < 1 ||
    !isString(index.bucketPath) ||
    !DATA_PATH.test(`${index.bucketPath}x`) ||
    !isObject(index.deltas) ||
    !Object.values(index.deltas).every(isPublishedFile) ||
    !isOptional(value, 'sequence', isSequence) ||
    !isOptional(value, 'content', (content) => isString(content) && SHA256_HEX.test(content)) ||
    !isOptional(value, 'release', isSignedRelease)
  ) {
    throw new DatasetIntegrityError('data/index.json is not a dataset index');
  }
  return index;
}

/** A delta from one version to another. */
export function parseDelta(value: unknown, what: string): DatasetDelta {
  if (!isObject(value) || !isString(value.from) || !isString(value.to) || !isListOf(value.removals, isString)) {
    throw new DatasetIntegrityError(`${what} is not a delta`);
  }
  return { from: value.from, to: value.to, upserts: checkEntries(value.upserts, what), removals: value.removals as string[] };
}

const BUCKET_HASH = new RegExp(`^[0-9a-f]{${BUCKET_HASH_LENGTH}}$`);

/** The list of bucket hashes. */
export function parseBucketList(value: unknown, what: string): BucketList {
  if (!isObject(value) || !isListOf(value.buckets, (hash) => isString(hash) && BUCKET_HASH.test(hash))) {
    throw new DatasetIntegrityError(`${what} is not a bucket list`);
  }
  return { buckets: value.buckets as string[] };
}

/** One bucket file. */
export function parseBucket(value: unknown, what: string): DatasetBucket {
  return { entries: checkEntries(isObject(value) ? value.entries : undefined, what) };
}
