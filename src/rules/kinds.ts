/** How the directory arranges kinds of entry. Their order is ENTRY_KINDS' own (entry.ts). */
import type { EntryKind } from '../data/entry';

// A reader needs the emergency numbers, helplines and services where she is; programmes,
// publications and tips are listed once, for everyone.
const LISTED_BY_COUNTRY: readonly EntryKind[] = ['emergency', 'helpline', 'service'];

/** True for kinds listed country by country, under a heading that names the country. */
export function isListedByCountry(kind: EntryKind): boolean {
  return LISTED_BY_COUNTRY.includes(kind);
}
