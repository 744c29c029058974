/**
 * Typo-tolerant search over the directory. The only module that imports fuse.js; pure:
 * entries and plain vocabulary in, ranked ids out (no DOM, no storage), so it can move into a worker.
 */
import Fuse, { type Expression, type FuseResult, type IFuseOptions } from 'fuse.js';
import type { CompiledEntry, LocalizedText } from '../data/entry';
import { createCountryFinder, placeNames } from '../places/country-finder';
import { reaches } from '../places/eu-members';
import { doubtOf } from '../rules/confidence';
import { isPhoneContact } from '../rules/contacts';

/**
 * Words the search needs that depend on the reader's language, as plain data (so it can be posted
 * to a worker): names of places, topics and kinds in her language.
 */
export interface SearchVocabulary {
  /** Language tag of the reader. */
  language: string;
  /** Place names by ISO 3166-1 code (and `EU`). */
  countryNames: Readonly<Record<string, string>>;
  topicLabels: Readonly<Record<string, string>>;
  kindLabels: Readonly<Record<string, string>>;
  /** Languages in which a place may be typed (each country's own is added): see places/country-finder. */
  placeLanguages: readonly string[];
}

export interface SearchOptions {
  limit?: number;
  /** Her country, when known: lines that reach her come first. */
  country?: string;
}

/** What a query found, and the country it names, if it names one. */
export interface SearchResult {
  hits: SearchHit[];
  namedCountry: string | null;
}

/** One match: the entry's id and its rank (lower is better). */
export interface SearchHit {
  id: string;
  score: number;
}

interface SearchDocument {
  entry: CompiledEntry;
  name: string;
  organisations: string;
  summary: string;
  places: string;
  tags: string;
  numbers: string;
}

export interface DirectorySearch {
  /**
   * Entries matching every word of the query (each word typo-tolerant), best first. A query that
   * names a country finds only lines that reach it (and entries for anywhere), never another
   * country's national line.
   */
  search(query: string, options?: SearchOptions): SearchResult;
  /**
   * Entries close to any word of the query: what to offer when nothing matches. Never another
   * country's national line when her country is known or named.
   */
  nearest(query: string, options?: SearchOptions): SearchHit[];
}

const KEYS = [
  { name: 'name', weight: 3 },
  { name: 'organisations', weight: 2 },
  { name: 'places', weight: 2 },
  { name: 'tags', weight: 1.5 },
  { name: 'numbers', weight: 1.5 },
  { name: 'summary', weight: 1 },
] as const;

const BASE_OPTIONS: IFuseOptions<SearchDocument> = {
  keys: [...KEYS],
  // Fields are short; whole-field matching finds words past the first 60 characters.
  ignoreLocation: true,
  minMatchCharLength: 2,
  includeScore: true,
};

/** A query word may match in any field. */
function anyField(word: string): Expression {
  return { $or: KEYS.map((key) => ({ [key.name]: word })) };
}

/** Every text of a localized field: a reader may type an entry's name in its own language. */
function allTexts(text: LocalizedText | undefined): string {
  return text ? Object.values(text).join(' ') : '';
}

function textIn(text: LocalizedText | undefined, language: string): string {
  if (!text) return '';
  return language !== 'en' && text[language] ? `${text[language]} ${text.en}` : text.en;
}

function toDocument(entry: CompiledEntry, words: SearchVocabulary): SearchDocument {
  const places = entry.countries.flatMap((code) => [code, words.countryNames[code] ?? code]);
  return {
    entry,
    name: allTexts(entry.name),
    organisations: (entry.organisations ?? []).join(' '),
    summary: [textIn(entry.summary, words.language), ...(entry.notes ?? []).map((n) => textIn(n, words.language))].join(' '),
    places: [...places, allTexts(entry.region)].join(' '),
    tags: [
      words.kindLabels[entry.kind] ?? entry.kind,
      ...entry.topics.map((topic) => words.topicLabels[topic] ?? topic),
      ...entry.topics.map((topic) => topic.replaceAll('-', ' ')),
      allTexts(entry.category),
    ].join(' '),
    // Numbers as published and as bare digits, so "116 016", "116016" and "116-016" all match.
    numbers: entry.contacts
      .flatMap((contact) => (isPhoneContact(contact) ? [contact.number, contact.number.replace(/\D/g, '')] : []))
      .join(' '),
  };
}

/**
 * Between equally good matches, a number not fully verified comes after one that is: Fuse's score
 * (0 is a perfect match) grows by a small penalty for medium and low confidence.
 */
const PENALTY_PER_DOUBT = 0.05;

function rankByTrust(results: FuseResult<SearchDocument>[]): SearchHit[] {
  const adjusted = (result: FuseResult<SearchDocument>) =>
    (result.score ?? 1) + doubtOf(result.item.entry.confidence) * PENALTY_PER_DOUBT;
  return results.map((result) => ({ id: result.item.entry.id, score: adjusted(result) })).sort((a, b) => a.score - b.score);
}

/** The words of a query; a run of digit groups ("0800 121 700") is one word: a number. */
export function queryWords(query: string): string[] {
  return (
    query
      .normalize('NFC')
      .replace(/\d[\d\s\-().]*\d/g, (number) => number.replace(/\D/g, ''))
      .split(/\s+/)
      .filter((word) => word.length > 0)
      // Fuse's fuzzy matcher handles patterns of up to 32 characters.
      .map((word) => word.slice(0, 32))
  );
}

/** What a country's own list shows first: lines to call, then its emergency numbers, then the rest. */
const KIND_RANK: Record<CompiledEntry['kind'], number> = {
  helpline: 0,
  service: 0,
  emergency: 1,
  tip: 2,
  programme: 3,
  publication: 3,
};

export function createDirectorySearch(entries: readonly CompiledEntry[], words: SearchVocabulary): DirectorySearch {
  const documents = entries.map((entry) => toDocument(entry, words));
  // ignoreDiacritics strips vowel signs of some scripts too; it is right for the Latin and
  // Arabic scripts the interface ships in.
  const options = { ...BASE_OPTIONS, ignoreDiacritics: true };
  // One index serves both thresholds: building it is most of the cost.
  const index = Fuse.createIndex([...KEYS], documents);
  const strict = new Fuse(documents, { ...options, threshold: 0.34 }, index);
  const loose = new Fuse(documents, { ...options, threshold: 0.6 }, index);

  const codes = [...new Set(entries.flatMap((entry) => entry.countries))].filter((code) => code !== 'EU');
  const finder = createCountryFinder(placeNames(codes, words.placeLanguages));
  const entryAt = new Map(documents.map((document, i) => [document.entry.id, i]));

  /** An entry for `country`: its own lines, EU-wide ones for a member, or one for anywhere. */
  const reachesCountry = (entry: CompiledEntry, country: string) =>
    entry.countries.length === 0 || entry.countries.some((code) => reaches(code, country));
  /** Its own lines before those that also reach it (EU-wide, regional), those before global entries. */
  const closeness = (entry: CompiledEntry, country: string) =>
    entry.countries.includes(country) ? 0 : entry.countries.length > 0 ? 1 : 2;

  /** Her country's lines first, otherwise by rank: a stable partition. */
  const homeFirst = (hits: SearchHit[], country: string | undefined): SearchHit[] => {
    if (!country) return hits;
    const home = (hit: SearchHit) =>
      reachesCountry(documents[entryAt.get(hit.id)!]!.entry, country) &&
      documents[entryAt.get(hit.id)!]!.entry.countries.length > 0;
    return [...hits.filter(home), ...hits.filter((hit) => !home(hit))];
  };

  /** Everything for a named country, no other words: its own help first, then what reaches it. */
  const allFor = (country: string, limit: number): SearchHit[] =>
    documents
      .filter((document) => document.entry.countries.length > 0 && reachesCountry(document.entry, country))
      .map((document) => {
        const { entry } = document;
        // Lines to call first, then the emergency numbers, then tips and programmes; among lines, those
        // for trafficking before others, and police lines after the rest (each says who answers).
        const rank =
          KIND_RANK[entry.kind] * 100 +
          closeness(entry, country) * 10 +
          doubtOf(entry.confidence) * 2 +
          (entry.topics.includes('trafficking') ? 0 : 1) +
          (entry.operator === 'police' ? 1 : 0);
        return { id: entry.id, score: rank / 1000 };
      })
      .sort((a, b) => a.score - b.score)
      .slice(0, limit);

  return {
    search(query, { limit = 50, country } = {}) {
      const wordsInQuery = queryWords(query);
      if (wordsInQuery.length === 0) return { hits: [], namedCountry: null };
      const named = finder.named(wordsInQuery);
      if (named) {
        const rest = wordsInQuery.filter((_, i) => i < named.start || i >= named.start + named.length);
        if (rest.length === 0) return { hits: allFor(named.code, limit), namedCountry: named.code };
        // The other words, among what reaches the country named: exact before fuzzy.
        const matches = strict
          .search({ $and: rest.map(anyField) })
          .filter((result) => reachesCountry(result.item.entry, named.code));
        const hits = rankByTrust(matches).sort(
          (a, b) =>
            closeness(documents[entryAt.get(a.id)!]!.entry, named.code) -
            closeness(documents[entryAt.get(b.id)!]!.entry, named.code),
        );
        return { hits: hits.slice(0, limit), namedCountry: named.code };
      }
      // Every word must match somewhere (a place in one field, a topic in another), each fuzzily.
      const hits = rankByTrust(strict.search({ $and: wordsInQuery.map(anyField) }, { limit: country ? limit * 4 : limit }));
      return { hits: homeFirst(hits, country).slice(0, limit), namedCountry: null };
    },
    nearest(query, { limit = 3, country } = {}) {
      const wordsInQuery = queryWords(query);
      if (wordsInQuery.length === 0) return [];
      const named = finder.named(wordsInQuery)?.code ?? country;
      // Anything close to any one word; never another country's national line as if it were hers.
      return loose
        .search({ $or: wordsInQuery.map(anyField) }, { limit: named ? limit * 10 : limit })
        .filter((result) => !named || reachesCountry(result.item.entry, named))
        .slice(0, limit)
        .map((result) => ({ id: result.item.entry.id, score: result.score ?? 1 }));
    },
  };
}
