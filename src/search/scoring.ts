/**
 * Fuse's formula, from posting lists: an entry's score is the product, over each query word and
 * each field it matched in, of the word's score raised to the field's weight times its length
 * norm (fuse.js computeScore). Kept as a sum of logarithms: no product of many small numbers
 * ever rounds to zero. Scratch arrays are reused across queries, so typing allocates little.
 */
import { fieldEnd, type WordIndex } from './word-index';

/** The vocabulary's words (or numbers) a query word matches, with Fuse's score for each (0 is perfect). */
export interface Candidates {
  numbers: boolean;
  ids: number[];
  scores: number[];
  /**
   * Only fields before this one are looked in (see directory-search: one or two letters typed are
   * not looked for in summaries, the last field).
   */
  onlyBefore?: number;
}

/** What a query's words matched. `logScores` and `wordCounts` are read by entry and valid until the next query. */
export interface Matched {
  entries: number[];
  logScores: Float64Array;
  wordCounts: Uint8Array;
  /** The folded words and numbers each of `hits` matched, for highlighting. */
  terms(hits: readonly number[]): Map<number, string[]>;
}

/** Fuse's score of a perfect match, 0, counts as this in its formula (fuse.js computeScore). */
const PERFECT = Number.EPSILON;

/** How many entry fields a query word's candidates reach: the cost of visiting them. */
function postingCount(index: WordIndex, candidates: Candidates): number {
  const { start } = candidates.numbers ? index.numberPostings : index.wordPostings;
  const { groupPostings, groupEntries } = index;
  let total = 0;
  for (const w of candidates.ids) {
    total += start[w + 1]! - start[w]!;
    if (candidates.numbers) continue;
    for (let g = groupPostings.start[w]!; g < groupPostings.start[w + 1]!; g++) {
      const group = groupPostings.items[g]!;
      total += groupEntries.start[group + 1]! - groupEntries.start[group]!;
    }
  }
  return total;
}

/** Pairs (entry, word id; a number's as ~id) of what one query word matched. */
class PairList {
  items = new Int32Array(1024);
  length = 0;
  push(entry: number, word: number): void {
    if (this.length + 2 > this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = entry;
    this.items[this.length++] = word;
  }
}

/** A scorer for `index`, with Fuse's normalised key weights by field. */
export function createScorer(index: WordIndex, weights: Float64Array) {
  const n = index.entryCount;
  const k = index.fieldCount;
  const logScores = new Float64Array(n);
  const wordCounts = new Uint8Array(n);
  const entryStamp = new Uint32Array(n);
  const termStamp = new Uint32Array(n);
  // Per entry field, for the current query word: its best score and word. Allocated on first use.
  let best: Float64Array | null = null;
  let bestWord: Int32Array | null = null;
  let stamp: Uint32Array | null = null;
  let touched: Uint32Array | null = null;
  const pairLists: PairList[] = [];
  const groupBest = new Float64Array(index.groupEntries.start.length - 1);
  const groupWord = new Int32Array(groupBest.length);
  let serial = 0;
  let querySerial = 0;

  return {
    /**
     * Scores entries against each query word's candidates. With `every`, an entry must match every
     * word (the words with the fewest postings go first, so later words only visit the survivors);
     * otherwise any.
     */
    match(lists: readonly Candidates[], every: boolean): Matched {
      best ??= new Float64Array(n * k);
      bestWord ??= new Int32Array(n * k);
      stamp ??= new Uint32Array(n * k);
      touched ??= new Uint32Array(n * k);
      querySerial++;
      const order = every ? [...lists].sort((a, b) => postingCount(index, a) - postingCount(index, b)) : lists;
      let entries: number[] = [];
      const used: { numbers: boolean; pairs: PairList }[] = [];
      order.forEach((candidates, t) => {
        serial++;
        const { start, items } = candidates.numbers ? index.numberPostings : index.wordPostings;
        let touchedCount = 0;
        /** Keeps the best score of the current word for one entry field. */
        const visit = (p: number, w: number, score: number) => {
          if (every && t > 0) {
            const e = p % n;
            if (entryStamp[e] !== querySerial || wordCounts[e] !== t) return;
          }
          if (stamp![p] !== serial) {
            stamp![p] = serial;
            best![p] = score;
            bestWord![p] = w;
            touched![touchedCount++] = p;
          } else if (score < best![p]!) {
            best![p] = score;
            bestWord![p] = w;
          }
        };
        const { groupPostings, groupEntries, groupField } = index;
        const skipFrom = candidates.onlyBefore ?? -1;
        groupBest.fill(Number.POSITIVE_INFINITY);
        for (let c = 0; c < candidates.ids.length; c++) {
          const w = candidates.ids[c]!;
          const score = candidates.scores[c]!;
          // A field left out is the last of the word's postings (FIELDS order): its range is skipped.
          const end = skipFrom < 0 ? start[w + 1]! : fieldEnd(items, start[w]!, start[w + 1]!, skipFrom, n);
          for (let i = start[w]!; i < end; i++) visit(items[i]!, w, score);
          if (candidates.numbers) continue;
          // A group (a topic's words in every language) takes its best word's score: many words of
          // one topic may match, and its entries are visited once.
          for (let g = groupPostings.start[w]!, end = groupPostings.start[w + 1]!; g < end; g++) {
            const group = groupPostings.items[g]!;
            if (score < groupBest[group]!) {
              groupBest[group] = score;
              groupWord[group] = w;
            }
          }
        }
        for (let group = 0; group < groupBest.length; group++) {
          if (groupBest[group] === Number.POSITIVE_INFINITY) continue;
          for (let i = groupEntries.start[group]!, last = groupEntries.start[group + 1]!; i < last; i++)
            visit(groupField * n + groupEntries.items[i]!, groupWord[group]!, groupBest[group]!);
        }
        pairLists[t] ??= new PairList();
        const pairs = pairLists[t];
        pairs.length = 0;
        used.push({ numbers: candidates.numbers, pairs });
        const found: number[] = [];
        for (let i = 0; i < touchedCount; i++) {
          const p = touched![i]!;
          const e = p % n;
          if (entryStamp[e] !== querySerial) {
            entryStamp[e] = querySerial;
            wordCounts[e] = 0;
            logScores[e] = 0;
          }
          // Each query word counts once per entry, however many of its fields it matched.
          if (termStamp[e] !== serial) {
            termStamp[e] = serial;
            wordCounts[e] = wordCounts[e]! + 1;
            found.push(e);
          }
          logScores[e]! += weights[(p - e) / n]! * index.norms[p]! * Math.log(Math.max(best![p]!, PERFECT));
          pairs.push(e, candidates.numbers ? ~bestWord![p]! : bestWord![p]!);
        }
        if (every) entries = found;
        else for (const e of found) if (wordCounts[e] === 1) entries.push(e);
      });
      return {
        entries,
        logScores,
        wordCounts,
        terms(hits) {
          const terms = new Map<number, Set<string>>(hits.map((e) => [e, new Set()]));
          for (const { pairs } of used) {
            for (let i = 0; i < pairs.length; i += 2) {
              const set = terms.get(pairs.items[i]!);
              const ref = pairs.items[i + 1]!;
              set?.add(ref < 0 ? index.numbers[~ref]! : index.words[ref]!);
            }
          }
          return new Map([...terms].map(([e, set]) => [e, [...set]]));
        },
      };
    },
  };
}
