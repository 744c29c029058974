/**
 * One set of entry rules on both sides: the device runs the build's validator over every entry
 * it downloads (src/data/entry-rules.ts), and the build over every entry it publishes.
 */
import { describe, expect, it } from 'vitest';
import { compileEntries } from '../../scripts/resources/compile';
import { checkCompiledEntries } from '../../scripts/resources/validate/compiled';
import { DatasetRulesError, checkWithBuildRules } from '../../src/data/entry-rules';
import type { CompiledEntry } from '../../src/data/entry';
import { makeEntries, makeEntry } from './support/entries';
import { realDirectory } from './support/real-directory';

const BUILT = '2026-11-20T00:00:00.000Z';

function errorsOf(entries: unknown[], today = '2026-11-20'): string[] {
  const check = checkCompiledEntries('data/directory.json', { today });
  for (const entry of entries) check.check(entry);
  return check.errors().map((issue) => `${issue.path}: ${issue.message}`);
}

const phoneEntry = compileEntries([makeEntry('gb-line', { contacts: [{ type: 'phone', number: '116 000', short: true }] })])[0]!;

describe("the build's rules on compiled entries", () => {
  it('accept every entry of the real directory as the build compiles it', () => {
    const { entries, info } = realDirectory();
    expect(errorsOf(entries, info.generated.slice(0, 10))).toEqual([]);
  });

  it('refuse what a resource file may not hold: a bad country code, a missing field, a duplicate id', () => {
    const [a, b] = compileEntries([makeEntry('a'), makeEntry('b')]);
    const { checked: _checked, ...noDate } = b!;
    expect(errorsOf([{ ...a!, countries: ['UK'] }, noDate, a])).toEqual([
      expect.stringMatching(/^entries\[0\]\.countries\[0\]: "UK" is not an ISO 3166-1 alpha-2 country code/),
      'entries[1].checked: missing required field "checked"',
      'entries[2].id: duplicate id "a": also used by entries[0] in this file',
    ]);
  });

  it('refuse a link that is not the one its contact makes, and a contact without one', () => {
    const swapped = { ...phoneEntry, contacts: [{ ...phoneEntry.contacts[0]!, href: 'tel:0900123456' }] };
    const { href: _href, ...bare } = phoneEntry.contacts[0]!;
    expect(errorsOf([swapped, { ...phoneEntry, id: 'other', contacts: [bare] }])).toEqual([
      'entries[0].contacts[0].href: "tel:0900123456" is not the link this contact makes ("tel:116000")',
      'entries[1].contacts[0].href: missing the link to open',
    ]);
  });

  it('carry fields a newer build may add, and hold `local` to its one value', () => {
    expect(errorsOf([{ ...phoneEntry, addedLater: { en: 'x' }, local: true }])).toEqual([]);
    expect(errorsOf([{ ...phoneEntry, local: 'yes' }])).toEqual(['entries[0].local: must be true when present']);
  });
});

describe('the device, before it stores a download', () => {
  it('passes a sound directory', async () => {
    await expect(checkWithBuildRules(compileEntries(makeEntries(30)), 'data/d.json', BUILT)).resolves.toBeUndefined();
  });

  it('refuses the whole directory for one bad entry, saying which and why', async () => {
    const entries: CompiledEntry[] = [...compileEntries(makeEntries(5)), { ...phoneEntry, countries: ['XX'] }];
    const failure = await checkWithBuildRules(entries, 'data/d.json', BUILT).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatasetRulesError);
    expect((failure as Error).message).toMatch(
      /^1 of 6 entries break the build's rules: data\/d\.json: entries\[5\]\.countries\[0\]: "XX" is not an ISO 3166-1/,
    );
  });

  it('checks dates against the day the directory was built, never the device clock', async () => {
    // Checked on 2026-11-01: a sound date for a directory built on 2026-11-20, whatever today is.
    await expect(checkWithBuildRules(compileEntries(makeEntries(2)), 'data/d.json', BUILT)).resolves.toBeUndefined();
    // A date after the build is one the build itself would have refused.
    await expect(checkWithBuildRules(compileEntries(makeEntries(2)), 'data/d.json', '2026-10-01T00:00:00.000Z')).rejects.toThrow(
      /is in the future \(today is 2026-10-01\)/,
    );
  });

  it('quotes a few problems and counts the rest', async () => {
    const entries = compileEntries(makeEntries(6)).map((entry) => ({ ...entry, countries: ['UK'] }));
    await expect(checkWithBuildRules(entries, 'data/d.json', BUILT)).rejects.toThrow(/^6 of 6 entries .*\(and 3 more\)$/);
  });
});
