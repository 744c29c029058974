/**
 * Typo-tolerant search over the directory. The only module that imports fuse.js; pure: entries
 * and plain vocabulary in, ranked ids out (no DOM, no storage), so it runs in a worker.
 *
 * Fuse decides what matches and how well, but never runs over whole fields: each query word is
 * compared with the vocabulary of distinct words (word-index.ts), Fuse's matcher scoring the
 * words an edit-distance prefilter keeps, and an entry must match every query word. Entries are
 * ranked with Fuse's own formula (scoring.ts), in tiers (ranking.ts).
 */
import Fuse from 'fuse.js';
import type { CompiledEntry } from '../data/entry';
import { createCountryFinder } from '../places/country-finder';
import { closenessTo, kindOf, POLICE, TRAFFICKING } from './entry-facts';
import { IndexFormatError } from './index-format';
import { rankKey, rankMatches } from './ranking';
import { createScorer, type Candidates, type Matched } from './scoring';
import {
  buildData,
  deserializeData,
  fieldAt,
  serializeData,
  SITUATION_GROUP,
  WEIGHTS,
  type SearchData,
  type SearchVocabulary,
} from './search-data';
import { phraseForm, queryTokens, queryWords } from './text';
import { prefixRange, wordsNear, type WordIndex } from './word-index';

export { IndexFormatError, queryWords, type SearchVocabulary };

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
  /** The entry's words that matched, folded (digits for numbers): for highlighting, see highlight.ts. */
  terms?: string[];
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
  /** The built index as one buffer, to store and load again with loadDirectorySearch. */
  serialize(): ArrayBuffer;
}

/** Fuse's thresholds: for matches, and for the close entries offered when nothing matches. */
const STRICT = 0.34;
const LOOSE = 0.45;
/**
 * Query words this short are taken as typed so far: they match words starting with them, not
 * fuzzily ("t", "tr", "tra" would otherwise match nearly everything).
 */
const SHORTEST_FUZZY = 4;
/** Words of a query looked at: a pasted paragraph is searched by its first words (scoring counts words in a byte). */
const MOST_WORDS = 32;
/** One or two letters start a word of nearly every summary: they are not looked for there. */
const SHORT_PREFIX = 2;
const SUMMARY = fieldAt('summary');
/**
 * Fuse's score of an exact match inside a field (bitap's floor): a query word found as a whole word.
 * Fuse scores 0 only when the pattern is the whole field, which a word of a field never is.
 */
const EXACT = 0.001;
/**
 * A word the query word only starts (or sits inside) scores a little worse the more of it is
 * left untyped, so "help" puts "help" before "helpline", and prefixes rank as she types. Fuse
 * itself scores both as exact; fuzzy matches (errors / length) still score worse than either.
 */
const UNTYPED = 0.01;
/**
 * Fuse finds a misspelt word anywhere inside a longer one ("soeklo" in "shatratseklo") with the
 * score of a whole word one letter off ("sokelo"): the letters around the match cost this much
 * more, in proportion, so the word she meant comes first.
 */
const AROUND = 0.2;

/** Fuse's score for a word, from its bitap score: the whole word beats one it only starts or sits in. */
function wordScore(pattern: string, word: string, score: number): number {
  const around = Math.max(0, word.length - pattern.length) / word.length;
  if (score > EXACT) return score + AROUND * around;
  return word === pattern ? EXACT : EXACT + UNTYPED * around;
}

/**
 * Between equally good matches, a number not fully verified comes after one that is: Fuse's score
 * (0 is a perfect match) grows by a small penalty for medium and low confidence.
 */
const PENALTY_PER_DOUBT = 0.05;
/** Between matches still alike, lines to call before programmes: far smaller than any difference in match. */
const KIND_NUDGE = 1e-4;

/**
 * A query holds a word of a situation's phrase ("passport", "fake job", "estafa") when one of its
 * words (of three letters or more) is that word or its plural; or, in a word of seven letters or
 * more, that word with a small typo ("pasport"). Never a word it only starts ("contra",
 * "contract"), nor a short word one letter off: with the words of 24 languages, "phone" is one
 * letter from Vietnamese "phong" and "contra" from Portuguese "conta".
 */
const SITUATION_WORD_LENGTH = 3;
const SITUATION_TYPO_LENGTH = 7;
const SITUATION_TYPO_SCORE = 0.18;

/** Kind ranks for a country's own list (and ties): lines to call, then emergency numbers, then the rest. */
const KIND_RANK = { helpline: 0, service: 0, emergency: 1, tip: 2, programme: 3, publication: 3 } as const;

/** Fuse's matcher over the words the prefilter kept: Fuse decides what matches and scores it. */
function fuseScores(pattern: string, words: string[], threshold: number): { refIndex: number; score: number }[] {
  if (words.length === 0) return [];
  const fuse = new Fuse(words, {
    threshold,
    ignoreLocation: true,
    includeScore: true,
    shouldSort: false,
    // Words are folded already (text.ts): Fuse's own accent folding would strip Thai and
    // Devanagari vowel signs.
    isCaseSensitive: true,
  });
  return fuse.search(pattern).map((result) => ({ refIndex: result.refIndex, score: result.score ?? 1 }));
}

/** Words starting with `word`, scored as Fuse scores an exact match (see wordScore). */
function prefixCandidates(sorted: readonly string[], word: string, numbers: boolean): Candidates {
  const [from, to] = prefixRange(sorted, word);
  const ids: number[] = [];
  const scores: number[] = [];
  for (let w = from; w < to; w++) {
    ids.push(w);
    scores.push(wordScore(word, sorted[w]!, EXACT));
  }
  return { numbers, ids, scores };
}

function candidatesFor(index: WordIndex, word: string, numbers: boolean, threshold: number): Candidates {
  // Numbers match by their digits, exactly or as typed so far: never fuzzily ("1343" is not 1334).
  if (numbers) return prefixCandidates(index.numbers, word, true);
  if (word.length < SHORTEST_FUZZY) {
    const typed = prefixCandidates(index.words, word, false);
    // Looked for in names, organisations, places and topics only, until more is typed.
    return word.length <= SHORT_PREFIX ? { ...typed, onlyBefore: SUMMARY } : typed;
  }
  const near = wordsNear(index, word, Math.floor(threshold * word.length));
  const matched = fuseScores(
    word,
    near.map((w) => index.words[w]!),
    threshold,
  );
  return {
    numbers: false,
    ids: matched.map((match) => near[match.refIndex]!),
    scores: matched.map((match) => wordScore(word, index.words[near[match.refIndex]!]!, match.score)),
  };
}

function createEngine(data: SearchData): DirectorySearch {
  const { index, facts } = data;
  const n = index.entryCount;
  const finder = createCountryFinder(data.places);
  const scorer = createScorer(index, WEIGHTS);
  const keys = new Float64Array(n);
  const kindNudges = Float64Array.from({ length: n }, (_, e) => KIND_RANK[kindOf(facts, e)] * KIND_NUDGE);
  /** Fuse's score with the penalty for doubt, as a logarithm. */
  const trusted = (e: number, logScore: number) =>
    (facts.doubts[e] ? Math.log(Math.exp(logScore) + facts.doubts[e]! * PENALTY_PER_DOUBT) : logScore) + kindNudges[e]!;

  /** Entries named exactly by `phrase` (a name, a part of one, an organisation or an acronym). */
  function exactlyNamed(phrase: string, into: Set<number>): void {
    const { phrases, start, entries } = data.exact;
    const [from] = prefixRange(phrases, phrase);
    if (phrases[from] !== phrase) return;
    for (let i = start[from]!; i < start[from + 1]!; i++) into.add(entries[i]!);
  }

  /** Each distinct word of the query (a word said twice counts once), with what it matches. */
  function candidateLists(words: readonly string[], threshold: number): (Candidates & { pattern: string })[] {
    const text = new Set<string>();
    const numbers = new Set<string>();
    for (const word of words) {
      const tokens = queryTokens(word);
      for (const token of tokens.text) text.add(token.slice(0, 32));
      for (const digits of tokens.numbers) numbers.add(digits);
    }
    return [
      ...[...text].map((token) => ({ ...candidatesFor(index, token, false, threshold), pattern: token })),
      ...[...numbers].map((digits) => ({ ...candidatesFor(index, digits, true, threshold), pattern: digits })),
    ].slice(0, MOST_WORDS);
  }

  /**
   * The tips for the situations the query names ("my boss took my passport" names money and
   * documents: it holds every word of one of its phrases): a question about her situation, which
   * its tips answer before any line.
   */
  function situationTips(lists: readonly (Candidates & { pattern: string })[]): Set<number> {
    // The words of the vocabulary the query holds: each query word, its plural, or a small typo of a long word.
    const held = new Set<string>();
    for (const list of lists) {
      const length = [...list.pattern].length;
      if (list.numbers || length < SITUATION_WORD_LENGTH) continue;
      list.ids.forEach((w, c) => {
        const word = index.words[w]!;
        const same = word === list.pattern || word === `${list.pattern}s` || `${word}s` === list.pattern;
        const typo = length >= SITUATION_TYPO_LENGTH && !word.startsWith(list.pattern) && list.scores[c]! <= SITUATION_TYPO_SCORE;
        if (same || typo) held.add(word);
      });
    }
    const named = new Set<number>();
    for (const phrase of data.situationPhrases) if (phrase.words.every((word) => held.has(word))) named.add(phrase.situation);
    const tips = new Set<number>();
    const { groupEntries } = index;
    for (const situation of named) {
      const group = SITUATION_GROUP + situation;
      for (let i = groupEntries.start[group]!; i < groupEntries.start[group + 1]!; i++) tips.add(groupEntries.items[i]!);
    }
    return tips;
  }

  /** The best `limit` of what matched, in tiers; `keep` leaves out entries that must not show. */
  function rank(matched: Matched, tierOf: (e: number) => number, keep: (e: number) => boolean, limit: number): SearchHit[] {
    const candidates: number[] = [];
    for (const e of matched.entries) {
      if (!keep(e)) continue;
      keys[e] = rankKey(tierOf(e), trusted(e, matched.logScores[e]!));
      candidates.push(e);
    }
    const ranked = rankMatches(candidates, candidates.length, keys, facts, limit);
    const terms = matched.terms(ranked);
    return ranked.map((e) => ({
      id: facts.ids[e]!,
      // Fuse's score (0 best) with the penalty for doubt, after the tier.
      score: tierOf(e) + Math.min(Math.exp(keys[e]! - rankKey(tierOf(e), 0)), 0.999),
      terms: terms.get(e)!,
    }));
  }

  /** Everything for a named country, no other words: its own help first, then what reaches it. */
  function allFor(country: string, limit: number): SearchHit[] {
    const ranked: { e: number; rank: number }[] = [];
    const closeness = closenessTo(facts, country);
    for (let e = 0; e < n; e++) {
      const close = closeness(e);
      if (close > 1) continue;
      // Lines to call first, then the emergency numbers, then tips and programmes; among lines, those
      // for trafficking before others, and police lines after the rest (each says who answers).
      const flags = facts.flags[e]!;
      const rank =
        KIND_RANK[kindOf(facts, e)] * 100 +
        close * 10 +
        facts.doubts[e]! * 2 +
        (flags & TRAFFICKING ? 0 : 1) +
        (flags & POLICE ? 1 : 0);
      ranked.push({ e, rank });
    }
    return ranked
      .sort((a, b) => a.rank - b.rank || a.e - b.e)
      .slice(0, limit)
      .map(({ e, rank }) => ({ id: facts.ids[e]!, score: rank / 1000, terms: [] }));
  }

  return {
    search(query, { limit = 50, country } = {}) {
      const words = queryWords(query);
      if (words.length === 0) return { hits: [], namedCountry: null };
      const named = finder.named(words);
      const namedCountry = named?.code ?? null;
      const rest = named ? words.filter((_, i) => i < named.start || i >= named.start + named.length) : words;
      if (named && rest.length === 0) return { hits: allFor(named.code, limit), namedCountry };
      const lists = candidateLists(rest, STRICT);
      if (lists.length === 0) return { hits: [], namedCountry };
      // A question about her situation (no country named): its tips come first even when they do
      // not hold every word of it ("is this job offer a scam"), then what matches every word.
      const tips = named ? new Set<number>() : situationTips(lists);
      const matched = scorer.match(lists, tips.size === 0);
      // Exact names and acronyms: what is left once a country is taken out, or the whole query.
      const exact = new Set<number>();
      exactlyNamed(phraseForm(rest.join(' ')), exact);
      exactlyNamed(phraseForm(words.join(' ')), exact);
      const home = named?.code ?? country;
      const closeness = home ? closenessTo(facts, home) : () => 2;
      const matchTier = (e: number) => {
        const exactTier = exact.has(e) ? 0 : 1;
        // A named country: its own lines, then those reaching it (EU-wide), then those for anywhere.
        if (named) return closeness(e) * 2 + exactTier;
        // Her country: lines that reach her, then the rest.
        if (country) return (closeness(e) <= 1 ? 0 : 2) + exactTier;
        return exactTier;
      };
      // The situation's tips first, by Fuse's score (a tip whose own words hold the query's comes
      // before one found through its situation's words alone); every line after every tip.
      const tierOf = tips.size === 0 ? matchTier : (e: number) => (tips.has(e) ? 0 : 1 + matchTier(e));
      const everyWord = (e: number) => tips.size === 0 || matched.wordCounts[e] === lists.length;
      const keep = (e: number) => (tips.has(e) || everyWord(e)) && (!named || closeness(e) <= 2);
      return { hits: rank(matched, tierOf, keep, limit), namedCountry };
    },
    nearest(query, { limit = 3, country } = {}) {
      const words = queryWords(query);
      if (words.length === 0) return [];
      const home = finder.named(words)?.code ?? country;
      const closeness = home ? closenessTo(facts, home) : () => 2;
      // Close to any word, by Fuse's score (which grows with each word matched); never another
      // country's national line as if it were hers.
      const matched = scorer.match(candidateLists(words, LOOSE), false);
      return rank(
        matched,
        () => 0,
        (e) => closeness(e) <= 2,
        limit,
      );
    },
    serialize: () => serializeData(data),
  };
}

export function createDirectorySearch(entries: readonly CompiledEntry[], words: SearchVocabulary): DirectorySearch {
  return createEngine(buildData(entries, words));
}

/**
 * The search from an index `serialize` stored: no entries needed, nothing rebuilt. Throws
 * IndexFormatError when the buffer holds another version's index (then build it again).
 */
export function loadDirectorySearch(buffer: ArrayBuffer): DirectorySearch {
  return createEngine(deserializeData(buffer));
}
