import { describe, expect, it } from 'vitest';
import { compileDirectory, compileEntries } from '../../scripts/resources/compile';
import { checkEntries, isCompiledEntry, parseDatasetInSlices, parseIndex } from '../../src/data/dataset-guards';
import { ENTRY_FIELD_NAMES, ENTRY_FIELDS } from '../../src/data/entry-fields';
import { makeEntry } from './support/entries';

const entry: Record<string, unknown> = compileEntries([
  makeEntry('full-entry', {
    contacts: [
      { type: 'phone', number: '116 000', short: true, label: { en: 'Hotline' } },
      { type: 'web', url: 'https://example.org/' },
      { type: 'email', address: 'help@example.org' },
    ],
    hours: { timeZone: 'Europe/London', weekly: [{ days: ['mon'], open: '09:00', close: '17:00' }] },
    operator: 'ngo',
    flags: ['confidential'],
    conflicts: [{ en: 'Two numbers are printed.' }],
    published: '2025',
  }),
])[0]!;

const without = (key: string) => Object.fromEntries(Object.entries(entry).filter(([k]) => k !== key));

describe('downloaded entries', () => {
  it("take an emergency contact's service only from the set the interface can name", () => {
    const withService = (service: unknown) => ({
      ...entry,
      contacts: [{ type: 'phone', number: '112', short: true, href: 'tel:112', service }],
    });
    expect(isCompiledEntry(withService('police'))).toBe(true);
    expect(isCompiledEntry(withService('navy'))).toBe(false);
    expect(isCompiledEntry(withService({ en: 'Police' }))).toBe(false);
  });

  it('accept what the build compiles, with fields this app does not know carried along', () => {
    expect(isCompiledEntry(entry)).toBe(true);
    expect(isCompiledEntry({ ...entry, addedLater: { en: 'x' } })).toBe(true);
  });

  it('need every field the schema requires, and only those', () => {
    for (const field of ENTRY_FIELD_NAMES) {
      expect(isCompiledEntry(without(field)), field).toBe(!ENTRY_FIELDS[field].required);
    }
  });

  it.each([
    ['an unknown kind', { kind: 'hotline' }],
    ['an unknown topic', { topics: ['slavery'] }],
    ['an unknown operator type', { operator: 'charity' }],
    ['an unknown flag', { flags: ['free-to-call'] }],
    ['a name without English', { name: { fr: 'Ligne' } }],
    ['a number that is not a string', { contacts: [{ type: 'phone', number: 116000, href: 'tel:116000' }] }],
    ['a contact type the app cannot show', { contacts: [{ type: 'fax', number: '1', href: 'tel:1' }] }],
    ['a link the app must never open', { contacts: [{ type: 'web', url: 'https://x.org/', href: 'javascript:alert(1)' }] }],
    ['weekly hours without rows', { hours: { timeZone: 'Europe/London', weekly: 'mon-fri' } }],
    ['hours of no known shape', { hours: {} }],
    ['free as text', { free: 'yes' }],
    ['null for an optional field', { region: null }],
  ])('refuse %s', async (_, change) => {
    expect(isCompiledEntry({ ...entry, ...change })).toBe(false);
    expect(() => checkEntries([entry, { ...entry, ...change }], 'data/x.json')).toThrow(
      /data\/x\.json does not hold valid entries/,
    );
    // Checked in slices (the shipped directory on a first visit), the same entry is refused.
    const dataset = { version: 'v1', generated: '2026-11-01T00:00:00.000Z', entries: [entry, { ...entry, ...change }] };
    await expect(parseDatasetInSlices(dataset, 'data/x.json')).rejects.toThrow(/data\/x\.json does not hold valid entries/);
  });

  it('are checked in slices with the page given its turn between them, and all of them taken', async () => {
    const many = Array.from({ length: 30_000 }, (_, i) => ({ ...entry, id: `entry-${i}` }));
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    try {
      const dataset = await parseDatasetInSlices({ version: 'v1', generated: '2026-11-01T00:00:00.000Z', entries: many }, 'x');
      expect(dataset.entries).toHaveLength(30_000);
    } finally {
      clearInterval(counting);
    }
    // The page's timers ran while the entries were checked: it was never held for the whole list.
    expect(turns).toBeGreaterThan(0);
  });
});

describe('the update index', () => {
  const { index } = compileDirectory([makeEntry('a'), makeEntry('b')], '2026-11-01T00:00:00.000Z');

  it('accepts what the build publishes', () => {
    expect(parseIndex(JSON.parse(JSON.stringify(index)))).toEqual(index);
  });

  it.each([
    ['a path out of data/', { full: { ...index.full, path: '../secrets.json' } }],
    ['an address elsewhere', { full: { ...index.full, path: 'https://evil.example/d.json' } }],
    ['a bucket folder elsewhere', { bucketPath: '//evil.example/' }],
    ['a hash that is not one', { buckets: { ...index.buckets, sha256: 'abc' } }],
    ['another format', { format: 1 }],
    ['a sequence that is not a whole number from 1', { sequence: 0 }],
    ['a sequence as text', { sequence: '3' }],
    ['a content hash that is not one', { content: 'abc' }],
    ['a signature that is not text', { release: { manifest: '{}', signature: 42 } }],
  ])('refuses %s', (_, change) => {
    expect(() => parseIndex({ ...index, ...change })).toThrow(/not a dataset index/);
  });
});
