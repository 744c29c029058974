import { describe, expect, it } from 'vitest';
import { compileEntries } from '../../scripts/resources/compile';
import { groupDirectory } from '../../src/ui/grouping';
import { mixedDirectory } from './support/entries';

const placeName = (code: string) => ({ GB: 'United Kingdom', FR: 'France', DE: 'Germany', EU: 'European Union' })[code] ?? code;

const entries = compileEntries(mixedDirectory());

describe('the whole directory, grouped', () => {
  it('puts the reader’s country first, then other countries by name, then programmes, publications and tips', () => {
    const groups = groupDirectory(entries, 'GB', placeName, 'en');
    expect(groups.map((group) => group.key)).toEqual([
      'helpline-GB',
      'helpline-FR',
      'helpline-DE',
      'programme',
      'publication',
      'tip',
    ]);
  });

  it('sorts countries by their name in the reader’s language when no country is known', () => {
    const groups = groupDirectory(entries, '', placeName, 'en');
    expect(groups.slice(0, 3).map((group) => group.country)).toEqual(['FR', 'DE', 'GB']);
  });

  it('lists a country’s verified lines before one that is not fully verified', () => {
    const france = groupDirectory(entries, 'FR', placeName, 'en')[0]!;
    expect(france.entries.map((entry) => entry.id)).toEqual(['fr-line', 'fr-unsure']);
  });

  it('loses no entry', () => {
    const grouped = groupDirectory(entries, 'GB', placeName, 'en').flatMap((group) => group.entries);
    expect(grouped).toHaveLength(entries.length);
  });
});
