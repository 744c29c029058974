/**
 * How many bytes a device downloads to go from directory version N to N+1,
 * for a synthetic 10,000-entry directory in which 1 % of entries change.
 *
 * Strategies compared side by side, each measured on the files the build really writes:
 *   - full file:        download the whole dataset again;
 *   - country chunks:   one file per (kind, country) with its hash (the alternative the issue names);
 *   - hash buckets:     Waypoint's way for any device: the list of bucket hashes plus the changed buckets;
 *   - delta:            Waypoint's way for a device on a recorded release: one file of what changed.
 * Two change patterns: edits spread across the directory, and edits all in one country (an NGO
 * updating its own region). Sizes are raw bytes and gzip bytes (what a server sends compressed).
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileDirectory, sha256Hex } from '../resources/compile.ts';
import { readResourceFiles } from '../resources/read-resources.ts';
import { validateResources } from '../resources/validate.ts';
import { printTable } from './table.ts';
import type { BucketList } from '../../src/data/dataset-format.ts';
import type { CompiledEntry, Entry } from '../../src/data/entry.ts';
import { releaseRecordOf } from '../resources/releases.ts';
import { pickFrom, seededRandom } from './seeded-random.ts';

const ENTRY_COUNT = 10_000;
const CHANGED_SHARE = 0.01;
const COUNTRIES = [
  'GB',
  'US',
  'FR',
  'DE',
  'ES',
  'IT',
  'NL',
  'PL',
  'RO',
  'MD',
  'UA',
  'MX',
  'BR',
  'CO',
  'NG',
  'KE',
  'ZA',
  'IN',
  'BD',
  'NP',
  'TH',
  'VN',
  'KH',
  'MY',
  'ID',
  'PH',
  'AU',
  'CA',
  'AR',
  'PE',
];

/**
 * Text for synthetic entries comes from the real directory's own summaries and notes, so the
 * synthetic files compress like real ones (made-up text from a tiny vocabulary compresses far
 * better and would flatter the full download).
 */
function realSentences(): string[] {
  const { entries } = validateResources(readResourceFiles(path.resolve(import.meta.dirname, '../..')), { today: '2100-01-01' });
  return entries.flatMap((entry) => [entry.summary.en, ...(entry.notes ?? []).map((note) => note.en)]);
}

function syntheticEntry(i: number, next: () => number, sentences: readonly string[]): Entry {
  const country = COUNTRIES[i % COUNTRIES.length]!;
  const id = `${country.toLowerCase()}-service-${String(i).padStart(5, '0')}`;
  return {
    id,
    kind: i % 5 === 0 ? 'programme' : 'helpline',
    name: { en: `Service ${i}: ${pickFrom(sentences, next).split(' ').slice(0, 4).join(' ')}` },
    summary: { en: pickFrom(sentences, next) },
    notes: [{ en: pickFrom(sentences, next) }],
    organisations: [`Organisation ${i % 700}`],
    countries: [country],
    topics: ['trafficking', 'labour-exploitation'],
    contacts: [
      { type: 'phone', number: String(100 + (i % 900)), short: true },
      { type: 'web', url: `https://example.org/${id}` },
    ],
    hours: { always: true },
    source: `https://example.org/${id}/about`,
    checked: '2026-11-01',
  };
}

interface Strategy {
  name: string;
  files: number;
  raw: number;
  gzip: number;
}

const gz = (text: string) => gzipSync(text, { level: 9 }).byteLength;
const bytes = (text: string) => Buffer.byteLength(text);

/** Per-(kind, country) chunks with a manifest of chunk hashes. */
function countryChunks(entries: readonly CompiledEntry[]): Map<string, string> {
  const groups = new Map<string, CompiledEntry[]>();
  for (const entry of entries) {
    const key = `${entry.kind}-${entry.countries[0] ?? 'global'}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return new Map([...groups].map(([key, group]) => [key, JSON.stringify({ entries: group })]));
}

function measure(before: Entry[], after: Entry[]): Strategy[] {
  const v1 = compileDirectory(before, '2026-11-01T00:00:00.000Z');
  // Waypoint publishes both: a delta for devices on a recorded release, buckets for the rest.
  const v2 = compileDirectory(after, '2026-11-20T00:00:00.000Z', [
    releaseRecordOf(v1.info.version, v1.info.generated, v1.entries),
  ]);
  const file = (path: string) => v2.files.get(`data/${path}`)!;
  const full = file(v2.index.full.path);
  const index = v2.files.get('data/index.json')!;

  // Hash buckets: the index, the bucket list, then every bucket whose hash changed.
  const bucketsBefore = (JSON.parse(v1.files.get(`data/${v1.index.buckets.path}`)!) as BucketList).buckets;
  const bucketsAfter = (JSON.parse(file(v2.index.buckets.path)) as BucketList).buckets;
  const changedBuckets = bucketsAfter.filter((hash, i) => hash !== bucketsBefore[i]).map((hash) => file(`b/${hash}.json`));

  // Delta: the index, then the one delta file from the device's version.
  const delta = file(v2.index.deltas[v1.info.version]!.path);

  // Country chunks: a manifest of chunk hashes, then every chunk whose content changed.
  const chunksBefore = countryChunks(v1.entries);
  const chunksAfter = countryChunks(v2.entries);
  const manifest = JSON.stringify([...chunksAfter].map(([key, text]) => [key, sha256Hex(text).slice(0, 12)]));
  const changedChunks = [...chunksAfter].filter(([key, text]) => chunksBefore.get(key) !== text).map(([, text]) => text);

  const strategy = (name: string, texts: string[]): Strategy => ({
    name,
    files: texts.length,
    raw: texts.reduce((sum, text) => sum + bytes(text), 0),
    gzip: texts.reduce((sum, text) => sum + gz(text), 0),
  });
  return [
    strategy('full file', [full]),
    strategy('country chunks', [manifest, ...changedChunks]),
    strategy('hash buckets (Waypoint, any version)', [index, file(v2.index.buckets.path), ...changedBuckets]),
    strategy('delta (Waypoint, recorded release)', [index, delta]),
  ];
}

function edit(entry: Entry): Entry {
  return { ...entry, summary: { en: `${entry.summary.en} (updated)` } };
}

export function updateSize(): void {
  const next = seededRandom(2026);
  const sentences = realSentences();
  const before = Array.from({ length: ENTRY_COUNT }, (_, i) => syntheticEntry(i, next, sentences));
  const changeCount = Math.round(ENTRY_COUNT * CHANGED_SHARE);

  // Spread: entries drawn at random across the whole directory.
  const spreadIds = new Set<string>();
  while (spreadIds.size < changeCount) spreadIds.add(pickFrom(before, next).id);
  // Clustered: the first 100 entries of one country.
  const clusteredIds = new Set(
    before
      .filter((entry) => entry.countries[0] === 'MX')
      .slice(0, changeCount)
      .map((entry) => entry.id),
  );

  const scenarios = [
    { name: `${changeCount} entries changed, spread out`, ids: spreadIds },
    { name: `${changeCount} entries changed, all in MX`, ids: clusteredIds },
  ];

  console.log(
    `Update download for a ${ENTRY_COUNT.toLocaleString('en')}-entry directory, ${CHANGED_SHARE * 100} % of entries changed\n`,
  );
  const rows: string[][] = [['scenario', 'strategy', 'files', 'raw bytes', 'gzip bytes', '% of full (gzip)']];
  for (const scenario of scenarios) {
    const after = before.map((entry) => (scenario.ids.has(entry.id) ? edit(entry) : entry));
    const results = measure(before, after);
    const fullGzip = results[0]!.gzip;
    for (const result of results) {
      rows.push([
        scenario.name,
        result.name,
        String(result.files),
        result.raw.toLocaleString('en'),
        result.gzip.toLocaleString('en'),
        `${((result.gzip / fullGzip) * 100).toFixed(1)} %`,
      ]);
    }
  }
  printTable(rows);
}
