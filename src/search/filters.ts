/**
 * Filters that narrow a search answer or the home listing: country, kind, topic, who answers,
 * how to reach, language spoken, free of charge, open 24/7 and open now. Pure predicates over
 * entries (no DOM, no storage), so they run wherever the entries are, and the options offered
 * come from the entries present.
 *
 * Within a group any choice will do (helpline or service); across groups every group must hold
 * (a helpline, and reachable by WhatsApp). A filter is never guessed: an entry that does not say
 * it is free, what languages it speaks or when it is open does not pass that filter.
 */
import {
  ENTRY_KINDS,
  OPERATOR_TYPES,
  TOPICS,
  type CompiledEntry,
  type ContactType,
  type EntryKind,
  type OperatorType,
  type Topic,
} from '../data/entry';
import { reaches } from '../places/eu-members';
import { isAlwaysOpen, isOpenAt } from '../rules/opening-hours';
import type { ContactMethod, EntryFilters, FilterOperator } from './filter-set';

export * from './filter-set';

/** The ways to reach a line a filter offers, in the order it lists them. */
export const CONTACT_METHODS: readonly ContactMethod[] = ['phone', 'text', 'whatsapp', 'chat', 'email'];

const METHOD_CONTACTS: Record<ContactMethod, readonly ContactType[]> = {
  phone: ['phone'],
  text: ['sms'],
  whatsapp: ['whatsapp'],
  chat: ['chat'],
  email: ['email'],
};

const FILTER_OPERATORS = OPERATOR_TYPES.filter((type): type is FilterOperator => type !== 'unknown');

/** "zh-Hant" and "zh" speak the same language to a filter. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** The test an entry must pass for `filters`, with "now" at `instant` (milliseconds since the epoch). */
export function entryFilter(filters: EntryFilters, instant: number): (entry: CompiledEntry) => boolean {
  const { country, language, kinds, topics, operators, contacts, free, always, openNow } = filters;
  const contactTypes = new Set(contacts.flatMap((method) => METHOD_CONTACTS[method]));
  return (entry) =>
    (!country || entry.countries.some((code) => reaches(code, country))) &&
    (!language || (entry.languages ?? []).some((tag) => primaryLanguage(tag) === language)) &&
    (kinds.length === 0 || kinds.includes(entry.kind)) &&
    (topics.length === 0 || entry.topics.some((topic) => topics.includes(topic))) &&
    (operators.length === 0 || (entry.operator !== undefined && operators.includes(entry.operator as FilterOperator))) &&
    (contactTypes.size === 0 || entry.contacts.some((contact) => contactTypes.has(contact.type))) &&
    (!free || entry.free === true) &&
    (!always || isAlwaysOpen(entry.hours)) &&
    (!openNow || isOpenAt(entry.hours, instant));
}

/** The entries that pass `keep`, those reaching `country` first, then those for anywhere, then the rest. */
export function listPassing(
  entries: readonly CompiledEntry[],
  keep: (entry: CompiledEntry) => boolean,
  country: string,
): CompiledEntry[] {
  const rank = (entry: CompiledEntry) =>
    country && entry.countries.some((code) => reaches(code, country)) ? 0 : entry.countries.length === 0 ? 1 : 2;
  return entries
    .filter(keep)
    .map((entry, i) => ({ entry, i, rank: rank(entry) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ entry }) => entry);
}

/** What the filters can offer for these entries: only choices some entry has. */
export interface FilterOptions {
  countries: string[];
  languages: string[];
  kinds: EntryKind[];
  topics: Topic[];
  operators: FilterOperator[];
  contacts: ContactMethod[];
  free: boolean;
  always: boolean;
  /** Some entry has weekly hours or is always open: "open now" can say something. */
  openNow: boolean;
}

export function filterOptions(entries: readonly CompiledEntry[]): FilterOptions {
  const countries = new Set<string>();
  const languages = new Set<string>();
  const kinds = new Set<EntryKind>();
  const topics = new Set<Topic>();
  const operators = new Set<OperatorType>();
  const contactTypes = new Set<ContactType>();
  let free = false;
  let always = false;
  let hours = false;
  for (const entry of entries) {
    for (const code of entry.countries) if (code !== 'EU') countries.add(code);
    for (const tag of entry.languages ?? []) languages.add(primaryLanguage(tag));
    kinds.add(entry.kind);
    for (const topic of entry.topics) topics.add(topic);
    if (entry.operator) operators.add(entry.operator);
    for (const contact of entry.contacts) contactTypes.add(contact.type);
    free ||= entry.free === true;
    always ||= isAlwaysOpen(entry.hours);
    hours ||= entry.hours !== undefined && ('always' in entry.hours || 'weekly' in entry.hours);
  }
  return {
    countries: [...countries].sort(),
    languages: [...languages].sort(),
    kinds: ENTRY_KINDS.filter((kind) => kinds.has(kind)),
    topics: TOPICS.filter((topic) => topics.has(topic)),
    operators: FILTER_OPERATORS.filter((type) => operators.has(type)),
    contacts: CONTACT_METHODS.filter((method) => METHOD_CONTACTS[method].some((type) => contactTypes.has(type))),
    free,
    always,
    openNow: hours,
  };
}
