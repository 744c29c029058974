/**
 * Typo-tolerant search over the directory. The only module that imports fuse.js; pure:
 * entries in, ranked entries out (no DOM, no storage), so it can move into a worker.
 */
import Fuse, { type Expression, type FuseResult, type IFuseOptions } from 'fuse.js';
import type { CompiledEntry, LocalizedText } from '../data/entry';
import { doubtOf } from '../rules/confidence';
import { isPhoneContact } from '../rules/contacts';

/** Words the search needs that depend on the reader's language. */
export interface SearchVocabulary {
  /** Language tag of the reader, for names of places and tags. */
  language: string;
  countryName(code: string): string;
  topicLabel(topic: string): string;
  kindLabel(kind: string): string;
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
  /** Entries matching every word of the query (each word typo-tolerant), best first. */
  search(query: string, limit?: number): CompiledEntry[];
  /** Entries close to any word of the query: what to offer when nothing matches. */
  nearest(query: string, limit?: number): CompiledEntry[];
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
  const places = entry.countries.flatMap((code) => [code, words.countryName(code)]);
  return {
    entry,
    name: allTexts(entry.name),
    organisations: (entry.organisations ?? []).join(' '),
    summary: [textIn(entry.summary, words.language), ...(entry.notes ?? []).map((n) => textIn(n, words.language))].join(' '),
    places: [...places, allTexts(entry.region)].join(' '),
    tags: [
      words.kindLabel(entry.kind),
      ...entry.topics.map((topic) => words.topicLabel(topic)),
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

function rankByTrust(results: FuseResult<SearchDocument>[]): CompiledEntry[] {
  const adjusted = (result: FuseResult<SearchDocument>) =>
    (result.score ?? 1) + doubtOf(result.item.entry.confidence) * PENALTY_PER_DOUBT;
  return results
    .map((result) => ({ entry: result.item.entry, rank: adjusted(result) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ entry }) => entry);
}

/** The words of a query; a run of digit groups ("0800 121 700") is one word: a number. */
export function queryWords(query: string): string[] {
  return query
    .normalize('NFC')
    .replace(/\d[\d\s\-().]*\d/g, (number) => number.replace(/\D/g, ''))
    .split(/\s+/)
    .filter((word) => word.length > 0)
    // Fuse's fuzzy matcher handles patterns of up to 32 characters.
    .map((word) => word.slice(0, 32));
}

export function createDirectorySearch(entries: readonly CompiledEntry[], words: SearchVocabulary): DirectorySearch {
  const documents = entries.map((entry) => toDocument(entry, words));
  // ignoreDiacritics strips vowel signs of some scripts too; it is right for the Latin and
  // Arabic scripts the interface ships in.
  const strict = new Fuse(documents, { ...BASE_OPTIONS, threshold: 0.34, ignoreDiacritics: true });
  const loose = new Fuse(documents, { ...BASE_OPTIONS, threshold: 0.6, ignoreDiacritics: true });

  return {
    search(query, limit = 50) {
      const wordsInQuery = queryWords(query);
      if (wordsInQuery.length === 0) return [];
      // Every word must match somewhere (a place in one field, a topic in another), each fuzzily.
      return rankByTrust(strict.search({ $and: wordsInQuery.map(anyField) }, { limit }));
    },
    nearest(query, limit = 3) {
      const wordsInQuery = queryWords(query);
      if (wordsInQuery.length === 0) return [];
      // Anything close to any one word.
      return loose.search({ $or: wordsInQuery.map(anyField) }, { limit }).map((result) => result.item.entry);
    },
  };
}
