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
