/**
 * The vocabulary the search matches against: every distinct folded word of the directory, once,
 * with the entry fields it occurs in (posting lists), and the same for numbers. A query word is
 * compared with each distinct word once, never with whole fields, so a query costs the size of
 * the vocabulary, not of the directory.
 */

/** Lists of postings, one per word, packed: word `w`'s postings are `items[start[w]..start[w+1])`. */
export interface Postings {
  start: Uint32Array;
  items: Uint32Array;
}

/**
 * A posting is `field * entryCount + entry`; postings of a word ascend, so they come field by
 * field (a field can be skipped as one range: see fieldEnd). `norms` holds Fuse's field-length
 * norm of each entry field (1 / √words, to three decimals), at the same position.
 *
 * Words many entries share through what they are about (a topic's words in every language, a
 * kind's name) are stored once per group, not once per entry: a word's groups, and each group's
 * entries, whose `groupField` they belong to. The index stays small however many languages
 * the topic words come in.
 */
export interface WordIndex {
  fieldCount: number;
  entryCount: number;
  /** Words with a letter in them, sorted (code-unit order), so a prefix is a range. */
  words: string[];
  wordPostings: Postings;
  /** Numbers as digit strings, sorted. */
  numbers: string[];
  numberPostings: Postings;
  /** For each word, the groups whose texts hold it. */
  groupPostings: Postings;
  /** For each group, its entries. */
  groupEntries: Postings;
  groupField: number;
  norms: Float32Array;
  /** Every character of `words`; character `alphabet[i]` has the code i + 1. */
  alphabet: string;
  /** The words' characters as codes, word after word: what the edit-distance scan reads. */
  codes: Uint16Array;
  /** Where each word starts in `codes` (length words + 1). */
  codeStart: Uint32Array;
  /** Which characters each word holds, as bits (a code's bit is code mod 32): see wordsNear. */
  masks: Uint32Array;
}

/** Fuse's field-length norm for a field of `count` words (fuse.js tools/fieldNorm, weight 1). */
function fieldNorm(count: number): number {
  return Math.round(1000 / Math.sqrt(Math.max(count, 1))) / 1000;
}

class PostingCollector {
  readonly lists = new Map<string, number[]>();
  add(word: string, posting: number): void {
    const list = this.lists.get(word);
    if (!list) this.lists.set(word, [posting]);
    else if (list[list.length - 1] !== posting) list.push(posting);
  }
  /** The postings of each of `words` (sorted, holding every word collected here), packed, each list ascending. */
  pack(words: readonly string[]): Postings {
    const packed = packLists(words.map((word) => this.lists.get(word) ?? []));
    for (let w = 0; w < words.length; w++) packed.items.subarray(packed.start[w], packed.start[w + 1]).sort();
    return packed;
  }
}

function packLists(lists: readonly (readonly number[])[]): Postings {
  const start = new Uint32Array(lists.length + 1);
  let total = 0;
  lists.forEach((list, i) => {
    start[i] = total;
    total += list.length;
  });
  start[lists.length] = total;
  const items = new Uint32Array(total);
  lists.forEach((list, i) => {
    items.set(list, start[i]!);
  });
  return { start, items };
}

/**
 * Collects the words of each entry's fields, entry by entry in order, and of each group (see
 * WordIndex), then packs the index.
 */
export function createWordIndexBuilder(fieldCount: number, entryCount: number, groupField: number) {
  const text = new PostingCollector();
  const numbers = new PostingCollector();
  const groups = new PostingCollector();
  const groupCounts: number[] = [];
  const groupEntries: number[][] = [];
  const counts = new Uint32Array(entryCount * fieldCount);
  return {
    /** Words and numbers of one field of one entry; `count` words toward the field's norm. */
    add(entry: number, field: number, words: readonly string[], digits: readonly string[], count: number): void {
      const posting = field * entryCount + entry;
      counts[posting]! += count;
      for (const word of words) text.add(word, posting);
      for (const number of digits) numbers.add(number, posting);
    },
    /** Words of a group's texts; `count` words toward the norm of each of its entries' group field. */
    addGroupWords(group: number, words: readonly string[], count: number): void {
      groupCounts[group] = (groupCounts[group] ?? 0) + count;
      groupEntries[group] ??= [];
      for (const word of words) groups.add(word, group);
    },
    /** Puts an entry in a group (entries in order). */
    join(entry: number, group: number): void {
      groupEntries[group] ??= [];
      groupEntries[group].push(entry);
    },
    build(): WordIndex {
      groupEntries.forEach((members, group) => {
        for (const entry of members) counts[groupField * entryCount + entry]! += groupCounts[group] ?? 0;
      });
      const words = [...new Set([...text.lists.keys(), ...groups.lists.keys()])].sort();
      const numberList = [...numbers.lists.keys()].sort();
      const norms = new Float32Array(counts.length);
      for (let i = 0; i < counts.length; i++) norms[i] = fieldNorm(counts[i]!);
      const { alphabet, codes } = encodeWords(words);
      return {
        fieldCount,
        entryCount,
        words,
        wordPostings: text.pack(words),
        numbers: numberList,
        numberPostings: numbers.pack(numberList),
        groupPostings: groups.pack(words),
        groupEntries: packLists(Array.from({ length: groupEntries.length }, (_, group) => groupEntries[group] ?? [])),
        groupField,
        norms,
        alphabet,
        codes,
        codeStart: wordStarts(words),
        masks: wordMasks(codes, wordStarts(words)),
      };
    },
  };
}

function encodeWords(words: readonly string[]): { alphabet: string; codes: Uint16Array } {
  const codeOf = new Map<string, number>();
  let total = 0;
  for (const word of words) total += word.length;
  const codes = new Uint16Array(total);
  let at = 0;
  for (const word of words) {
    for (let i = 0; i < word.length; i++) {
      const char = word[i]!;
      let code = codeOf.get(char);
      if (code === undefined) {
        code = codeOf.size + 1;
        codeOf.set(char, code);
      }
      codes[at++] = code;
    }
  }
  return { alphabet: [...codeOf.keys()].join(''), codes };
}

/** Where each word starts in the packed codes: derived from the words, so it is never stored. */
export function wordStarts(words: readonly string[]): Uint32Array {
  const start = new Uint32Array(words.length + 1);
  let at = 0;
  for (let w = 0; w < words.length; w++) {
    start[w] = at;
    at += words[w]!.length;
  }
  start[words.length] = at;
  return start;
}

/** Each word's characters as bits, from its codes: derived, so it is never stored. */
export function wordMasks(codes: Uint16Array, codeStart: Uint32Array): Uint32Array {
  const masks = new Uint32Array(codeStart.length - 1);
  for (let w = 0; w < masks.length; w++) {
    let mask = 0;
    for (let j = codeStart[w]!; j < codeStart[w + 1]!; j++) mask |= 1 << (codes[j]! & 31);
    masks[w] = mask;
  }
  return masks;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Where a word's postings (items[from..to)) in fields before `field` end. */
export function fieldEnd(items: Uint32Array, from: number, to: number, field: number, entryCount: number): number {
  const first = field * entryCount;
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (items[mid]! < first) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first position in `sorted` at or after `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The words of `sorted` that start with `prefix`, as the range [from, to). */
export function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  // U+FFFF sorts after every code unit a word holds.
  return [lowerBound(sorted, prefix), lowerBound(sorted, `${prefix}\uffff`)];
}

/**
 * Words within `maxErrors` edits of `pattern` somewhere inside them (the matching Fuse's bitap
 * does): Myers' bit-parallel edit distance, 32 pattern characters per machine word, run over the
 * packed vocabulary. A prefilter: it may keep a word Fuse then refuses, never drops one Fuse keeps.
 */
export function wordsNear(index: WordIndex, pattern: string, maxErrors: number): number[] {
  const m = pattern.length;
  const found: number[] = [];
  if (m === 0 || m > 32) return found;
  const peq = new Int32Array(index.alphabet.length + 1);
  for (let i = 0; i < m; i++) {
    const code = index.alphabet.indexOf(pattern[i]!) + 1;
    // A character no word holds matches nothing (code 0 keeps an empty mask).
    if (code > 0) peq[code]! |= 1 << i;
  }
  const last = 1 << (m - 1);
  const { codes, codeStart, masks } = index;
  const shortest = m - maxErrors;
  // Each character of the pattern a word lacks costs an edit: a word lacking more than
  // `maxErrors` of the pattern's characters (by their bits) cannot match, and is not scanned.
  let patternMask = 0;
  for (let i = 0; i < m; i++) {
    const code = index.alphabet.indexOf(pattern[i]!) + 1;
    patternMask |= 1 << (code & 31);
  }
  for (let w = 0, words = codeStart.length - 1; w < words; w++) {
    const from = codeStart[w]!;
    const to = codeStart[w + 1]!;
    if (to - from < shortest || bitCount(patternMask & ~masks[w]!) > maxErrors) continue;
    let pv = -1;
    let mv = 0;
    let score = m;
    for (let j = from; j < to; j++) {
      const eq = peq[codes[j]!]!;
      const xv = eq | mv;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & last) score++;
      else if (mh & last) score--;
      // The pattern may start anywhere in the word: no carry into the first row.
      ph <<= 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      if (score <= maxErrors) {
        found.push(w);
        break;
      }
    }
  }
  return found;
}
