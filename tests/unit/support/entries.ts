import type { Entry } from '../../../src/data/entry';

/** A valid entry for tests; vary it with `changes`. */
export function makeEntry(id: string, changes: Partial<Entry> = {}): Entry {
  return {
    id,
    kind: 'helpline',
    name: { en: `Service ${id}` },
    summary: { en: `Help offered by ${id}.` },
    countries: ['GB'],
    topics: ['trafficking'],
    contacts: [{ type: 'web', url: `https://example.org/${id}` }],
    source: `https://example.org/${id}/about`,
    checked: '2026-11-01',
    ...changes,
  };
}

/** `count` entries with ids entry-0000, entry-0001, … */
export function makeEntries(count: number, changes: Partial<Entry> = {}): Entry[] {
  return Array.from({ length: count }, (_, i) => makeEntry(`entry-${String(i).padStart(4, '0')}`, changes));
}

/**
 * A small directory of every shape the grouped view handles: helplines in three countries (one
 * not fully verified), a tip, a programme and a publication, in no particular order.
 */
export function mixedDirectory(): Entry[] {
  return [
    makeEntry('de-line', { countries: ['DE'] }),
    makeEntry('fr-unsure', { countries: ['FR'], confidence: 'low' }),
    makeEntry('fr-line', { countries: ['FR'] }),
    makeEntry('gb-line', { countries: ['GB'] }),
    makeEntry('tip-a', { kind: 'tip', countries: [] }),
    makeEntry('prog-a', { kind: 'programme', countries: [] }),
    makeEntry('pub-a', { kind: 'publication', countries: [] }),
  ];
}
