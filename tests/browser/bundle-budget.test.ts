/**
 * Bytes shipped are a deterministic budget: what the first page loads (its scripts and styles,
 * gzipped as a server would send them) must stay small for a cheap phone on a slow connection.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import './support/provided';

const appDir = inject('waypointAppDir');

/**
 * JavaScript and CSS the first page loads, gzipped: issue 12's budget, with 20+ languages (each its
 * own chunk). About 31 KiB today; the rest is headroom for new screens, whose heavy parts load lazily.
 */
const FIRST_PAGE_BUDGET_GZIP = 35 * 1024;
/**
 * The whole directory as shipped, gzipped: at most this much per entry on average, and never more
 * than the absolute cap, so a cheap phone on a slow connection gets every country in one download.
 * It is about 590 B an entry (316 KiB): 230 countries' emergency numbers, 148 countries' helplines
 * in English and their own languages, and every tip in all 24 interface languages, which the
 * device keeps whole so a search in any script finds them. (English only, it was 270 B.)
 */
const DATASET_BUDGET_GZIP_PER_ENTRY = 640;
const DATASET_BUDGET_GZIP = 384 * 1024;

const gzipSize = (file: string) => gzipSync(readFileSync(path.join(appDir, file)), { level: 9 }).byteLength;

describe('bytes shipped', () => {
  test(`the first page loads at most ${FIRST_PAGE_BUDGET_GZIP / 1024} KiB of gzipped JavaScript and CSS`, () => {
    const html = readFileSync(path.join(appDir, 'index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
    expect(assets.some((file) => file.endsWith('.js'))).toBe(true);
    expect(assets.some((file) => file.endsWith('.css'))).toBe(true);
    const total = assets.reduce((sum, file) => sum + gzipSize(file), 0);
    console.log(`first page: ${assets.join(', ')} = ${(total / 1024).toFixed(1)} KiB gzipped`);
    expect(total).toBeLessThanOrEqual(FIRST_PAGE_BUDGET_GZIP);
  });

  test('the QR encoder is not part of the first page', () => {
    const html = readFileSync(path.join(appDir, 'index.html'), 'utf8');
    const entry = html.match(/src="\.\/(assets\/[^"]+\.js)"/)![1]!;
    // An error message of the encoder (uqr), present in its chunk, absent from the entry.
    expect(readFileSync(path.join(appDir, entry), 'utf8')).not.toContain('Mask value out of range');
  });

  test('the search engine (fuse.js) is not part of the first page', () => {
    const html = readFileSync(path.join(appDir, 'index.html'), 'utf8');
    const entry = html.match(/src="\.\/(assets\/[^"]+\.js)"/)![1]!;
    // An error message of fuse.js, present in its chunk, absent from the entry.
    expect(readFileSync(path.join(appDir, entry), 'utf8')).not.toContain('Pattern length exceeds max of');
  });

  test('the directory code (IndexedDB, the shipped copy, signed updates) is not part of the first page', () => {
    const html = readFileSync(path.join(appDir, 'index.html'), 'utf8');
    const entry = readFileSync(path.join(appDir, html.match(/src="\.\/(assets\/[^"]+\.js)"/)![1]!), 'utf8');
    // Messages of the store (store.ts) and of the release check (release-signature.ts), present in their chunks.
    expect(entry).not.toContain('Could not save the directory on this device');
    expect(entry).not.toContain('Ed25519');
    // The chunks exist and the service worker precaches them: the directory still loads offline.
    const worker = readFileSync(path.join(appDir, 'sw.js'), 'utf8');
    for (const chunk of ['store', 'directory-loader']) {
      expect(worker).toMatch(new RegExp(`assets/${chunk}-[\\w-]+\\.js`));
    }
  });

  test(`the bundled directory stays under ${DATASET_BUDGET_GZIP_PER_ENTRY} B gzipped per entry and ${DATASET_BUDGET_GZIP / 1024} KiB in all`, () => {
    const index = JSON.parse(readFileSync(path.join(appDir, 'data/index.json'), 'utf8')) as {
      full: { path: string };
      count: number;
    };
    const bytes = gzipSize(path.join('data', index.full.path));
    console.log(
      `directory: ${index.count} entries, ${(bytes / 1024).toFixed(1)} KiB gzipped (${Math.round(bytes / index.count)} B each)`,
    );
    expect(index.count).toBeGreaterThan(500);
    expect(bytes).toBeLessThanOrEqual(DATASET_BUDGET_GZIP_PER_ENTRY * index.count);
    expect(bytes).toBeLessThanOrEqual(DATASET_BUDGET_GZIP);
  });
});
