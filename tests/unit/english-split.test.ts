import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enFirst } from '../../src/i18n/english/first';
import { enLater } from '../../src/i18n/english/later';
import { createTranslator, loadEnglishLater } from '../../src/i18n/i18n';
import { firstPageModules, keysUsedIn } from './support/first-page-modules';

// English ships in two parts: what the first page shows, in it; the rest in a chunk that follows.
// A key a first-page module uses but finds only in the later part would show as its bare key
// until that chunk arrives (or for ever, offline before it was stored).
const ALL_KEYS = [...Object.keys(enFirst), ...Object.keys(enLater)];
const modules = firstPageModules().filter((file) => !/\/i18n\/(messages|english)\//.test(file));

describe('English in two parts', () => {
  it('finds the first page’s modules by following static imports from main.tsx', () => {
    const names = modules.map((file) => file.replace(/^.*\/src\//, ''));
    expect(names).toEqual(expect.arrayContaining(['main.tsx', 'app/AppRoot.tsx', 'ui/HomeView.tsx', 'ui/EntryCard.tsx']));
    // Loaded on use: never part of the first page.
    for (const lazy of ['ui/GuidanceBody.tsx', 'ui/CoverTracks.tsx', 'ui/PartnerView.tsx', 'ui/FirstMessage.tsx']) {
      expect(names).not.toContain(lazy);
    }
  });

  it('gives the first page every key its modules use', () => {
    const later = new Set(Object.keys(enLater));
    const misplaced = modules.flatMap((file) =>
      [...keysUsedIn(readFileSync(file, 'utf8'), ALL_KEYS)]
        .filter((key) => later.has(key))
        .map((key) => `${key} (used by ${file.replace(/^.*\/src\//, '')})`),
    );
    expect(misplaced).toEqual([]);
  });

  it('keeps each key in one part only', () => {
    expect(Object.keys(enFirst).filter((key) => key in enLater)).toEqual([]);
  });

  it('adds the later part to English translators made before it arrived', async () => {
    const english = createTranslator('en');
    const key = Object.keys(enLater)[0] as keyof typeof enLater;
    await loadEnglishLater();
    expect(english.t(key)).toBe(enLater[key]);
  });
});
