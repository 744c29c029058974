/**
 * The order of results. Each match has a key: its tier (her country's lines, then exact name and
 * acronym matches, then the rest) and, within a tier, Fuse's score (as a logarithm: more negative
 * is better). The best `limit` are taken without sorting every match, then lines answering the
 * same need are reordered so that one not fully verified never comes before a verified one.
 */
import type { EntryFacts } from './entry-facts';

/** Tiers are this far apart in a key: a score's logarithm never reaches half of it. */
export const TIER = 1e6;
const LOWEST_SCORE = -TIER / 4;

/** A match's key: tier first, then score (a logarithm, ≤ 0). */
export function rankKey(tier: number, logScore: number): number {
  return tier * TIER + Math.max(logScore, LOWEST_SCORE);
}

function tierOf(key: number): number {
  return Math.round(key / TIER);
}

/** a before b: a smaller key, then the earlier entry (the directory's own order). */
function before(keys: Float64Array, a: number, b: number): boolean {
  return keys[a]! < keys[b]! || (keys[a] === keys[b] && a < b);
}

/** The best `limit` of `matches` by key, best first. */
function best(matches: ArrayLike<number>, count: number, keys: Float64Array, limit: number): number[] {
  // A max-heap of the best so far: its root is the worst kept, replaced by anything better.
  const heap: number[] = [];
  const down = (from: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && before(keys, heap[worst]!, heap[left]!)) worst = left;
      if (right < heap.length && before(keys, heap[worst]!, heap[right]!)) worst = right;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst]!, heap[i]!];
      i = worst;
    }
  };
  for (let i = 0; i < count; i++) {
    const e = matches[i]!;
    if (heap.length < limit) {
      heap.push(e);
      for (let j = heap.length - 1; j > 0; ) {
        const parent = (j - 1) >> 1;
        if (!before(keys, heap[parent]!, heap[j]!)) break;
        [heap[parent], heap[j]] = [heap[j]!, heap[parent]!];
        j = parent;
      }
    } else if (limit > 0 && before(keys, e, heap[0]!)) {
      heap[0] = e;
      down(0);
    }
  }
  return heap.sort((a, b) => (before(keys, a, b) ? -1 : 1));
}

/**
 * The best `limit` matches, best first. Within a tier, the places held by lines with the same need
 * go to the verified ones first: a line not fully verified never outranks a verified one for the
 * same need, whatever their scores.
 */
export function rankMatches(
  matches: ArrayLike<number>,
  count: number,
  keys: Float64Array,
  facts: EntryFacts,
  limit: number,
): number[] {
  const top = best(matches, count, keys, limit);
  const groupOf = (e: number) => facts.needs[e]! * 8 + Math.min(tierOf(keys[e]!), 7);
  const seats = new Map<number, number>();
  for (const e of top) seats.set(groupOf(e), (seats.get(groupOf(e)) ?? 0) + 1);
  // For each group on the list, its best members by doubt, then key: as many as it has places.
  const members = new Map<number, number[]>();
  const ahead = (a: number, b: number) =>
    facts.doubts[a]! < facts.doubts[b]! || (facts.doubts[a] === facts.doubts[b] && before(keys, a, b));
  for (let i = 0; i < count; i++) {
    const e = matches[i]!;
    const group = groupOf(e);
    const places = seats.get(group);
    if (places === undefined) continue;
    const list = members.get(group) ?? [];
    members.set(group, list);
    if (list.length === places && !ahead(e, list[places - 1]!)) continue;
    let at = list.length;
    while (at > 0 && ahead(e, list[at - 1]!)) at--;
    list.splice(at, 0, e);
    if (list.length > places) list.pop();
  }
  const taken = new Map<number, number>();
  return top.map((e) => {
    const group = groupOf(e);
    const next = taken.get(group) ?? 0;
    taken.set(group, next + 1);
    return members.get(group)![next]!;
  });
}
