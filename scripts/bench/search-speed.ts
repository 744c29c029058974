/**
 * Our search against naive Fuse.js (every field, ignoreLocation), MiniSearch and uFuzzy, on the
 * same seeded synthetic directories (1k, 10k, 50k entries: see synthetic-directory.ts) and the
 * same queries. Per engine and size: time per query (p50, p95: search, and for ours the close
 * entries offered when nothing matches, as the app asks), index build, serialized size, load
 * time, memory, typo recall@3; and recall@3 on the relevance set over the real directory. Then
 * whether each target of the search issue is met, and by how much it is missed.
 *
 * Naive Fuse takes seconds per query at 50k: it runs a prefix of the query list there (the
 * table says how many). The Chromium part of the issue's bench (4× throttling) is chromium-search.ts.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import uFuzzy from '@leeoniya/ufuzzy';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { CompiledEntry } from '../../src/data/entry.ts';
import { createDirectorySearch, loadDirectorySearch, type SearchVocabulary } from '../../src/search/directory-search.ts';
import { FIELDS } from '../../src/search/search-data.ts';
import { realDirectory } from '../../tests/unit/support/real-directory.ts';
import { relevanceCases } from '../../tests/unit/support/relevance-set.ts';
import { searchWords } from '../../tests/unit/support/search-words.ts';
import { syntheticDirectory } from './synthetic-directory.ts';
import { printTable } from './table.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** One engine under test: ids best first, for a query and (for ours) her country. */
interface Engine {
  search(query: string, country?: string): string[];
  /** The index as stored, and a way to load it back (undefined when the library has no index to store). */
  serialize?(): { bytes: number; load(): void };
}

interface Contender {
  name: string;
  build(entries: readonly CompiledEntry[], words: SearchVocabulary): Engine;
  /** How many queries it can afford at a size, if not all. */
  budget?(size: number): number;
  /** How many queries warm it up before timing (all of them unless said). */
  warmup?: number;
}

/** The fields every engine searches, as plain text. */
function plainFields(entry: CompiledEntry, words: SearchVocabulary) {
  const texts = (text: Record<string, string> | undefined) => (text ? Object.values(text).join(' ') : '');
  return {
    id: entry.id,
    name: texts(entry.name),
    organisations: (entry.organisations ?? []).join(' '),
    summary: texts(entry.summary),
    places: entry.countries.flatMap((code) => [code, words.countryNames[code] ?? code]).join(' '),
    tags: [words.kindLabels[entry.kind], ...entry.topics.map((topic) => words.topicLabels[topic] ?? topic)].join(' '),
    numbers: entry.contacts
      .flatMap((contact) => ('number' in contact ? [contact.number, contact.number.replace(/\D/g, '')] : []))
      .join(' '),
  };
}
type Plain = ReturnType<typeof plainFields>;
/** Our fields and weights (without the acronyms ours derives), for the engines that take weights. */
const KEYS = FIELDS.filter((field) => field.name !== 'acronyms').map(({ name, weight }) => ({ name, weight }));
const utf8 = (text: string) => new TextEncoder().encode(text).length;

const CONTENDERS: Contender[] = [
  {
    name: 'Waypoint (ours)',
    build(entries, words) {
      const engine = createDirectorySearch(entries, words);
      return {
        search(query, country) {
          const options = country ? { country } : {};
          const { hits } = engine.search(query, options);
          // What she is shown: the matches, or when there are none the closest entries.
          return (hits.length > 0 ? hits : engine.nearest(query, options)).map((hit) => hit.id);
        },
        serialize() {
          const buffer = engine.serialize();
          return { bytes: buffer.byteLength, load: () => void loadDirectorySearch(buffer) };
        },
      };
    },
  },
  {
    name: 'naive Fuse.js',
    budget: (size) => (size >= 50_000 ? 5 : size >= 10_000 ? 20 : Number.POSITIVE_INFINITY),
    warmup: 2,
    build(entries, words) {
      const docs = entries.map((entry) => plainFields(entry, words));
      const options = { keys: KEYS, ignoreLocation: true, includeScore: true };
      const index = Fuse.createIndex(KEYS, docs);
      const fuse = new Fuse(docs, options, index);
      return {
        search: (query) => fuse.search(query, { limit: 10 }).map((result) => result.item.id),
        serialize() {
          const json = JSON.stringify(index.toJSON());
          return { bytes: utf8(json), load: () => void new Fuse(docs, options, Fuse.parseIndex<Plain>(JSON.parse(json))) };
        },
      };
    },
  },
  {
    name: 'MiniSearch',
    build(entries, words) {
      const options = {
        fields: KEYS.map((key) => key.name),
        searchOptions: { fuzzy: 0.2, prefix: true, boost: Object.fromEntries(KEYS.map((key) => [key.name, key.weight])) },
      };
      const mini = new MiniSearch<Plain>(options);
      mini.addAll(entries.map((entry) => plainFields(entry, words)));
      return {
        search: (query) =>
          mini
            .search(query)
            .slice(0, 10)
            .map((result) => String(result.id)),
        serialize() {
          const json = JSON.stringify(mini);
          return { bytes: utf8(json), load: () => void MiniSearch.loadJSON(json, options) };
        },
      };
    },
  },
  {
    name: 'uFuzzy',
    build(entries, words) {
      // One haystack line per entry; uFuzzy has no index (it filters the strings on each query).
      const haystack = entries.map((entry) => uFuzzy.latinize(Object.values(plainFields(entry, words)).slice(1).join(' ')));
      const fuzzy = new uFuzzy({
        unicode: true,
        interSplit: "[^\\p{L}\\d']+",
        intraSplit: '\\p{Ll}\\p{Lu}',
        intraMode: 1,
        intraIns: 1,
      });
      return {
        search(query) {
          const [idxs, info, order] = fuzzy.search(haystack, uFuzzy.latinize(query), 1, 1000);
          if (!idxs) return [];
          const ranked = order && info ? order.map((i) => info.idx[i]!) : idxs;
          return ranked.slice(0, 10).map((i) => entries[i]!.id);
        },
      };
    },
  },
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/**
 * CPU time a task takes, in ms: the machine may be running other work, and what a query costs is
 * the CPU it takes, not the time it waited for a core.
 */
function time(task: () => void): number {
  const start = process.cpuUsage();
  task();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : 2));
const percent = (hits: number, total: number) => `${((100 * hits) / total).toFixed(0)}%`;
const found = (results: readonly boolean[]) => results.filter(Boolean).length;
const typoRecall = (results: readonly boolean[]) =>
  `${percent(found(results), results.length)} (${found(results)}/${results.length})`;

interface Measured {
  p50: number;
  p95: number;
  queries: number;
  build: number;
  bytes?: number;
  load?: number;
  memory: number;
  /** Whether each typo query it ran found its entry in the first three. */
  typos: boolean[];
}

function measure(
  contender: Contender,
  entries: readonly CompiledEntry[],
  words: SearchVocabulary,
  data: ReturnType<typeof syntheticDirectory>,
): Measured {
  // The heap and typed arrays' buffers (outside the heap) the engine keeps.
  const used = () => {
    gc();
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return heapUsed + arrayBuffers;
  };
  const before = used();
  let engine: Engine | undefined;
  const build = time(() => (engine = contender.build(entries, words)));
  const memory = used() - before;
  const stored = engine!.serialize?.();
  const load = stored ? time(() => stored.load()) : undefined;
  const budget = Math.min(contender.budget?.(entries.length) ?? Number.POSITIVE_INFINITY, data.queries.length);
  const queries = data.queries.slice(0, budget);
  // Warm up the JIT, then time each query once.
  for (const query of queries.slice(0, contender.warmup ?? budget)) engine!.search(query);
  const times = queries.map((query) => time(() => engine!.search(query))).sort((a, b) => a - b);
  const typos = data.typoQueries.slice(0, budget).map((typo) => engine!.search(typo.query).slice(0, 3).includes(typo.expect));
  return {
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    queries: queries.length,
    build,
    ...(stored ? { bytes: stored.bytes, load } : {}),
    memory,
    typos,
  };
}

/** Recall@3 of each engine on the relevance set, over the real directory. */
function relevance(words: SearchVocabulary, entries: readonly CompiledEntry[]): Map<string, string> {
  const cases = relevanceCases();
  const found = new Map<string, string>();
  for (const contender of CONTENDERS) {
    const engine = contender.build(entries, words);
    const hits = cases.filter((each) => engine.search(each.query, each.country).slice(0, 3).includes(each.expect)).length;
    found.set(contender.name, `${percent(hits, cases.length)} (${hits}/${cases.length})`);
  }
  return found;
}

function target(label: string, value: number, limit: number, unit: string, higherIsBetter = false): string {
  const met = higherIsBetter ? value >= limit : value <= limit;
  const by = higherIsBetter ? limit - value : value - limit;
  return `- ${label}: ${met ? 'met' : `MISSED by ${by.toFixed(1)} ${unit}`} (${value.toFixed(1)} ${unit}; target ${higherIsBetter ? '≥' : '≤'} ${limit} ${unit})`;
}

export async function searchSpeed(): Promise<void> {
  const real = realDirectory().entries;
  const words = await searchWords('en', real);
  console.log('\nSearch: our engine against naive Fuse.js, MiniSearch and uFuzzy (Node; seeded synthetic directories)');
  console.log('Times are CPU time per query (one run each, after a warm-up pass); heap is heap and buffers kept after build.\n');
  const rows = [
    ['entries', 'engine', 'p50 ms', 'p95 ms', 'queries', 'build ms', 'stored size', 'load ms', 'heap MB', 'typo recall@3'],
  ];
  const results = new Map<string, Measured>();
  for (const size of [1_000, 10_000, 50_000]) {
    const data = syntheticDirectory(size, real);
    for (const contender of CONTENDERS) {
      process.stderr.write(`  ${contender.name}, ${size.toLocaleString('en')} entries…\n`);
      const result = measure(contender, data.entries, words, data);
      results.set(`${contender.name}@${size}`, result);
      rows.push([
        size.toLocaleString('en'),
        contender.name,
        ms(result.p50),
        ms(result.p95),
        String(result.queries),
        ms(result.build),
        result.bytes === undefined ? '— (no index)' : `${(result.bytes / 1024 / 1024).toFixed(2)} MB`,
        result.load === undefined ? '—' : ms(result.load),
        (result.memory / 1024 / 1024).toFixed(1),
        typoRecall(result.typos),
      ]);
    }
  }
  printTable(rows);

  console.log('\nRecall@3 on the relevance set (tests/unit/support/relevance-set.ts), real directory\n');
  const recall = relevance(words, real);
  printTable([['engine', 'recall@3'], ...[...recall].map(([name, value]) => [name, value])]);

  const ours = (size: number) => results.get(`Waypoint (ours)@${size}`)!;
  const naive = (size: number) => results.get(`naive Fuse.js@${size}`)!;
  console.log('\nTargets (search issue), Node');
  console.log(target('10k entries, p95 per query', ours(10_000).p95, 8, 'ms'));
  console.log(target('50k entries, p95 per query', ours(50_000).p95, 40, 'ms'));
  for (const size of [1_000, 10_000, 50_000]) {
    // On the typo queries naive Fuse ran (all of them below 50k).
    const theirs = naive(size).typos;
    const mine = ours(size).typos.slice(0, theirs.length);
    console.log(
      target(
        `${size.toLocaleString('en')} entries, typo recall@3 ≥ naive Fuse's (${theirs.length} queries)`,
        (100 * found(mine)) / mine.length,
        (100 * found(theirs)) / theirs.length,
        '%',
        true,
      ),
    );
  }
  const warm = ours(10_000);
  console.log(
    `- warm start at 10k: loading the stored index takes ${ms(warm.load!)} ms against ${ms(warm.build)} ms to build it (${(warm.build / warm.load!).toFixed(0)}× faster)`,
  );
  console.log('- Chromium at 4× CPU throttling (keystroke to render, warm start to search-ready): see the next table');
}
