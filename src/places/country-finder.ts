/**
 * Finds a country by any name a person would type: its name in each interface language and in the
 * country's own language (Intl.DisplayNames), common aliases ("UK", "Burma", "Dubai"), demonyms
 * ("Filipina"), its ISO code, and its calling code ("+44", "0044"). Offline and pure: no
 * geolocation, no lookup; used by the country choice and by the search.
 */
import { DEMONYMS, PLACE_ALIASES } from './aliases';
import { CALLING_CODES } from './calling-codes';

/** How a name names a country: a place's own name beats a demonym; codes only stand alone. */
export type NameKind = 'name' | 'alias' | 'calling-code' | 'demonym' | 'iso-code';

/** One name of one country, folded for matching. */
export interface PlaceName {
  folded: string;
  code: string;
  kind: NameKind;
}

/** A country the query names, and which of the query's words named it. */
export interface NamedCountry {
  code: string;
  /** Index of the first word that named it, and how many words. */
  start: number;
  length: number;
  kind: NameKind;
}

// Accents and vowel marks are folded only in scripts where a reader drops them (Latin, Greek,
// Cyrillic, Arabic); in Thai or Devanagari the marks are letters of the word.
const FOLDABLE_MARKS = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}])\p{M}+/gu;

/** The form names are compared in: lower case, no accents, no apostrophes or dots, one space between words. */
export function foldPlaceName(text: string): string {
  return text
    .normalize('NFD')
    .replace(FOLDABLE_MARKS, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’ʼ`.]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}+]+/gu, ' ')
    .trim();
}

/** The language a country's people mostly write, from CLDR's likely subtags (SA → ar, JP → ja). */
function ownLanguage(code: string): string | undefined {
  try {
    return new Intl.Locale(`und-${code}`).maximize().language;
  } catch {
    return undefined;
  }
}

/**
 * Every name of `codes` in `languages` (plus each country's own language), with aliases,
 * demonyms, ISO codes and calling codes.
 */
export function placeNames(codes: readonly string[], languages: readonly string[]): PlaceName[] {
  const names: PlaceName[] = [];
  const seen = new Set<string>();
  const add = (text: string, code: string, kind: NameKind) => {
    const folded = foldPlaceName(text);
    const key = `${folded}|${code}`;
    if (folded === '' || seen.has(key)) return;
    seen.add(key);
    names.push({ folded, code, kind });
  };
  const displayNames = new Map<string, Intl.DisplayNames>();
  const namesIn = (language: string) => {
    let names = displayNames.get(language);
    if (!names) {
      names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
      displayNames.set(language, names);
    }
    return names;
  };
  for (const code of codes) {
    if (!/^[A-Z]{2}$/.test(code)) continue;
    const own = ownLanguage(code);
    for (const language of own ? [...languages, own] : languages) {
      const name = namesIn(language).of(code);
      if (name) add(name, code, 'name');
    }
    for (const alias of PLACE_ALIASES[code] ?? []) add(alias, code, 'alias');
    for (const demonym of DEMONYMS[code] ?? []) add(demonym, code, 'demonym');
    add(code, code, 'iso-code');
  }
  const wanted = new Set(codes);
  for (const [callingCode, countries] of Object.entries(CALLING_CODES)) {
    // The main country of a shared code only: +44 is the United Kingdom, not Jersey.
    const main = countries.find((code) => wanted.has(code));
    if (main === countries[0] && main) {
      add(`+${callingCode}`, main, 'calling-code');
      add(`00${callingCode}`, main, 'calling-code');
    }
  }
  return names;
}

const KIND_RANK: Record<NameKind, number> = { name: 0, alias: 0, 'calling-code': 1, 'iso-code': 2, demonym: 3 };

// Rows of the distance table, reused: the search asks for thousands of distances per keystroke.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Edit distance with transpositions, stopping early past `max` (cells more than `max` off the diagonal are never read). */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rows[0]!.length) rows = rows.map(() => new Int32Array(b.length * 2 + 2));
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  const beyond = max + 1;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current[0] = i;
    if (from > 1) current[from - 1] = beyond;
    let best = from === 1 ? i : beyond;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(j < i + max ? previous[j]! + 1 : beyond, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < best) best = value;
    }
    if (to < b.length) current[to + 1] = beyond;
    if (best > max) return beyond;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, beyond);
}

/** Typos a name of this length may carry and still count: none for short names. */
function allowedTypos(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * Stricter, for a country found inside a search query: a short word one letter off a country's
 * name is usually another word ("child" is not Chile).
 */
function allowedTyposInQuery(length: number): number {
  return length >= 9 ? 2 : length >= 6 ? 1 : 0;
}

export interface CountryFinder {
  /**
   * Countries for the country choice, best first: exact names, then names starting with the
   * query, then names with a word starting with it, then near misses.
   */
  match(query: string, limit?: number): string[];
  /**
   * The country a search query names exactly (by a name, alias, calling code or demonym; an ISO
   * code only when it is the whole query), else one it names with a small typo; null if none.
   */
  named(words: readonly string[]): NamedCountry | null;
}

export function createCountryFinder(names: readonly PlaceName[]): CountryFinder {
  const byFolded = new Map<string, PlaceName[]>();
  for (const name of names) byFolded.set(name.folded, [...(byFolded.get(name.folded) ?? []), name]);
  const best = (candidates: readonly PlaceName[]) => [...candidates].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind])[0];
  // Names a typo may point at, by length: a phrase is only compared with names whose length is
  // within its allowed typos (the search asks on every keystroke).
  const typoNames = new Map<number, PlaceName[]>();
  for (const name of names) {
    if (name.kind !== 'name' && name.kind !== 'alias') continue;
    const list = typoNames.get(name.folded.length);
    if (list) list.push(name);
    else typoNames.set(name.folded.length, [name]);
  }

  return {
    match(query, limit = 8) {
      const folded = foldPlaceName(query);
      if (folded === '') return [];
      const ranked = new Map<string, number>();
      const offer = (code: string, rank: number) => {
        if ((ranked.get(code) ?? Number.POSITIVE_INFINITY) > rank) ranked.set(code, rank);
      };
      const typos = allowedTypos(folded.length);
      for (const name of names) {
        if (name.kind === 'demonym' && name.folded !== folded) continue;
        if (name.folded === folded) offer(name.code, 0);
        else if (name.folded.startsWith(folded)) offer(name.code, 1);
        else if (name.folded.split(' ').some((word) => word.startsWith(folded))) offer(name.code, 2);
        else if (typos > 0 && distance(folded, name.folded.slice(0, folded.length + typos), typos) <= typos) offer(name.code, 3);
      }
      return [...ranked.entries()]
        .sort((a, b) => a[1] - b[1])
        .slice(0, limit)
        .map(([code]) => code);
    },
    named(words) {
      const folded = words.map(foldPlaceName);
      // Longest phrases first ("south africa" before "africa"); a place's name beats a demonym.
      for (let length = Math.min(4, folded.length); length >= 1; length--) {
        let found: NamedCountry | null = null;
        for (let start = 0; start + length <= folded.length; start++) {
          const phrase = folded.slice(start, start + length).join(' ');
          const name = best((byFolded.get(phrase) ?? []).filter((n) => n.kind !== 'iso-code' || folded.length === 1));
          if (name && (!found || KIND_RANK[name.kind] < KIND_RANK[found.kind]))
            found = { code: name.code, start, length, kind: name.kind };
        }
        if (found) return found;
      }
      // A small typo in a long single word or phrase ("saudi arbia"), if it points at one country only.
      for (let length = Math.min(3, folded.length); length >= 1; length--) {
        for (let start = 0; start + length <= folded.length; start++) {
          const phrase = folded.slice(start, start + length).join(' ');
          const typos = allowedTyposInQuery(phrase.length);
          if (typos === 0) continue;
          const near = new Set<string>();
          for (let length = phrase.length - typos; length <= phrase.length + typos; length++)
            for (const name of typoNames.get(length) ?? [])
              if (distance(phrase, name.folded, typos) <= typos) near.add(name.code);
          if (near.size === 1) return { code: [...near][0]!, start, length, kind: 'name' };
        }
      }
      return null;
    },
  };
}
