/**
 * What the ranking needs to know of each entry, as packed arrays rather than the entries
 * themselves: a stored index then loads without the directory, and a worker needs no copy of it.
 */
import type { CompiledEntry, EntryKind } from '../data/entry';
import { ENTRY_KINDS } from '../data/entry';
import { reaches } from '../places/eu-members';
import { doubtOf } from '../rules/confidence';

export const TRAFFICKING = 1;
export const POLICE = 2;

/** Entry `e`'s countries are `codes[countryCodes[countryStart[e]..countryStart[e + 1])]`. */
export interface EntryFacts {
  ids: string[];
  kinds: Uint8Array;
  doubts: Uint8Array;
  /** TRAFFICKING (a trafficking line) and POLICE (the police answer it). */
  flags: Uint8Array;
  /**
   * Entries that answer the same need share a number: the same kind, countries and first topic.
   * A line not fully verified never comes before a verified one with the same need.
   */
  needs: Uint32Array;
  countryStart: Uint32Array;
  countryCodes: Uint16Array;
  codes: string[];
}

export function entryFacts(entries: readonly CompiledEntry[]): EntryFacts {
  const n = entries.length;
  const codeOf = new Map<string, number>();
  const needOf = new Map<string, number>();
  const kinds = new Uint8Array(n);
  const doubts = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const needs = new Uint32Array(n);
  const countryStart = new Uint32Array(n + 1);
  const countryCodes: number[] = [];
  entries.forEach((entry, e) => {
    kinds[e] = ENTRY_KINDS.indexOf(entry.kind);
    doubts[e] = doubtOf(entry.confidence);
    flags[e] = (entry.topics.includes('trafficking') ? TRAFFICKING : 0) | (entry.operator === 'police' ? POLICE : 0);
    const need = `${entry.kind}|${[...entry.countries].sort().join(',')}|${entry.topics[0] ?? ''}`;
    if (!needOf.has(need)) needOf.set(need, needOf.size);
    needs[e] = needOf.get(need)!;
    countryStart[e] = countryCodes.length;
    for (const code of entry.countries) {
      if (!codeOf.has(code)) codeOf.set(code, codeOf.size);
      countryCodes.push(codeOf.get(code)!);
    }
  });
  countryStart[n] = countryCodes.length;
  return {
    ids: entries.map((entry) => entry.id),
    kinds,
    doubts,
    flags,
    needs,
    countryStart,
    countryCodes: Uint16Array.from(countryCodes),
    codes: [...codeOf.keys()],
  };
}

export function kindOf(facts: EntryFacts, e: number): EntryKind {
  return ENTRY_KINDS[facts.kinds[e]!]!;
}

/**
 * How close each entry is to `country`: 0 its own line, 1 one that also reaches it (EU-wide), 2
 * for anywhere, 3 not for it. Worked out once per country code, then read per entry.
 */
export function closenessTo(facts: EntryFacts, country: string): (e: number) => number {
  const byCode = Uint8Array.from(facts.codes, (code) => (code === country ? 0 : reaches(code, country) ? 1 : 3));
  return (e) => {
    const from = facts.countryStart[e]!;
    const to = facts.countryStart[e + 1]!;
    if (from === to) return 2;
    let best = 3;
    for (let i = from; i < to; i++) best = Math.min(best, byCode[facts.countryCodes[i]!]!);
    return best;
  };
}

/** Every entry's countries, for the country finder (ISO codes only, not EU). */
export function countriesOf(facts: EntryFacts): string[] {
  return facts.codes.filter((code) => code !== 'EU');
}
