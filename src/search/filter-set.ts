/**
 * The filters' state: what she chose, none at the start, and how many are on. Plain data and one
 * count, apart from the predicates (filters.ts), so the model carries this at start and loads the
 * rest with the filters' panel.
 */
import type { EntryKind, OperatorType, Topic } from '../data/entry';

/** Ways to reach a line that a filter offers (filters.ts lists them and the contacts each stands for). */
export type ContactMethod = 'phone' | 'text' | 'whatsapp' | 'chat' | 'email';

/** Who answers, as a filter offers it: "not stated" is no choice anyone makes. */
export type FilterOperator = Exclude<OperatorType, 'unknown'>;

export interface EntryFilters {
  /** An ISO country code whose lines to keep (EU-wide lines reach EU members), or '' for any. */
  country: string;
  /** A language (primary subtag, e.g. "ar") the line answers in, or '' for any. */
  language: string;
  kinds: readonly EntryKind[];
  topics: readonly Topic[];
  operators: readonly FilterOperator[];
  contacts: readonly ContactMethod[];
  free: boolean;
  /** Open round the clock. */
  always: boolean;
  /** Open at the instant the filter is applied, by the line's own hours and time zone. */
  openNow: boolean;
}

export const NO_FILTERS: EntryFilters = {
  country: '',
  language: '',
  kinds: [],
  topics: [],
  operators: [],
  contacts: [],
  free: false,
  always: false,
  openNow: false,
};

/** How many filters are on: each choice counts once. */
export function activeFilterCount(filters: EntryFilters): number {
  return (
    (filters.country ? 1 : 0) +
    (filters.language ? 1 : 0) +
    filters.kinds.length +
    filters.topics.length +
    filters.operators.length +
    filters.contacts.length +
    (filters.free ? 1 : 0) +
    (filters.always ? 1 : 0) +
    (filters.openNow ? 1 : 0)
  );
}
