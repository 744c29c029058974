/**
 * Search time per query as the directory grows: the real directory, then copies of it made up to
 * 1,000 and 10,000 entries. Typing stays smooth while a query takes well under ~50 ms; past that
 * the search would want a worker. Times are medians over several runs on this machine.
 */
import path from 'node:path';
import { compileEntries } from '../resources/compile.ts';
import { readResourceFiles } from '../resources/read-resources.ts';
import { validateResources } from '../resources/validate.ts';
import type { CompiledEntry } from '../../src/data/entry.ts';
import { createTranslator } from '../../src/i18n/i18n.ts';
import { vocabularyFor } from '../../src/app/vocabulary.ts';
import { createDirectorySearch } from '../../src/search/directory-search.ts';
import { printTable } from './table.ts';

const QUERIES = ['trafficing', 'helpline mexico', 'job ofer', '116 016', 'violence women'];
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(task: () => void): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

export function searchSpeed(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  const real = compileEntries(validateResources(readResourceFiles(root), { today: '2100-01-01' }).entries);
  const i18n = createTranslator('en');
  const words = vocabularyFor(i18n, real);
  const sizes = [real.length, 1_000, 10_000];
  const rows = [['entries', 'build index (ms)', 'per query (ms, median)', 'slowest query (ms)']];
  for (const size of sizes) {
    const entries: CompiledEntry[] = Array.from({ length: size }, (_, i) => ({ ...real[i % real.length]!, id: `entry-${i}` }));
    const builds: number[] = [];
    const perQuery: number[] = [];
    let slowest = 0;
    for (let run = 0; run < RUNS; run++) {
      let search = createDirectorySearch([], words);
      builds.push(time(() => (search = createDirectorySearch(entries, words))));
      for (const query of QUERIES) {
        const took = time(() => search.search(query));
        perQuery.push(took);
        if (run > 0) slowest = Math.max(slowest, took);
      }
    }
    rows.push([size.toLocaleString('en'), median(builds).toFixed(1), median(perQuery).toFixed(1), slowest.toFixed(1)]);
  }
  console.log('\nSearch time as the directory grows (Fuse.js, whole-field fuzzy matching, every word in any field)\n');
  printTable(rows);
}
