import { describe, expect, it } from 'vitest';
import { compileEntries } from '../../scripts/resources/compile';
import { helpFor } from '../../src/rules/country-help';
import { makeEntry } from './support/entries';

const entries = [
  ...compileEntries([
    makeEntry('de-emergency', { kind: 'emergency', countries: ['DE'], topics: ['emergency'] }),
    makeEntry('de-doubtful', { countries: ['DE'], confidence: 'low' }),
    makeEntry('de-verified', { countries: ['DE'] }),
    makeEntry('eu-116-006', { countries: ['EU'] }),
    makeEntry('asean-line', { countries: ['TH', 'DE'] }),
    makeEntry('fr-line', { countries: ['FR'] }),
    makeEntry('global-line', { countries: [] }),
    makeEntry('global-programme', { kind: 'programme', countries: [], contacts: [] }),
  ]),
  ...compileEntries([makeEntry('de-ngo-own', { countries: ['DE'], confidence: 'medium' })], new Set(['de-ngo-own'])),
];
const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id);

describe('her country’s help', () => {
  it('puts the deployment’s own entries first, then verified before doubtful lines', () => {
    expect(ids(helpFor(entries, 'DE').own)).toEqual(['de-ngo-own', 'de-verified', 'de-doubtful']);
  });

  it('has its emergency numbers apart, and the lines that also reach it (EU-wide, regional)', () => {
    const help = helpFor(entries, 'DE');
    expect(help.emergency?.id).toBe('de-emergency');
    expect(ids(help.reaching).sort()).toEqual(['asean-line', 'eu-116-006']);
    expect(ids(help.anywhere)).toEqual(['global-line']);
  });

  it('never holds another country’s national line: a country with none of its own gets nothing in its place', () => {
    const help = helpFor(entries, 'QA');
    expect(help.own).toEqual([]);
    expect(help.emergency).toBeUndefined();
    expect(help.reaching).toEqual([]);
    expect(ids(help.anywhere)).toEqual(['global-line']);
    expect(ids(helpFor(entries, 'GB').reaching)).toEqual([]); // not an EU member
  });
});
