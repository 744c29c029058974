import { describe, expect, it } from 'vitest';
import type { CompiledEntry, Entry } from '../../src/data/entry';
import { activeFilterCount, entryFilter, filterOptions, NO_FILTERS, type EntryFilters } from '../../src/search/filters';
import { makeEntry } from './support/entries';

const compiled = (entry: Entry): CompiledEntry => ({
  ...entry,
  contacts: entry.contacts.map((contact) => ({ ...contact, href: 'https://example.org/' })),
});

const MONDAY_10_UTC = Date.parse('2026-11-30T10:00:00Z');
const SUNDAY_10_UTC = Date.parse('2026-12-06T10:00:00Z');

const directory = [
  makeEntry('ke-ngo', {
    countries: ['KE'],
    operator: 'ngo',
    languages: ['en', 'sw'],
    free: true,
    hours: { always: true },
    contacts: [
      { type: 'phone', number: '116', short: true },
      { type: 'whatsapp', number: '+254 700 000 000' },
    ],
  }),
  makeEntry('ke-police', {
    countries: ['KE'],
    operator: 'police',
    topics: ['law-enforcement'],
    hours: { timeZone: 'Africa/Nairobi', weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:00', close: '17:00' }] },
    contacts: [{ type: 'sms', number: '1195', short: true }],
  }),
  makeEntry('eu-line', {
    countries: ['EU'],
    operator: 'government',
    languages: ['fr-BE', 'de'],
    contacts: [{ type: 'email', address: 'help@example.org' }],
    hours: { note: { en: 'Office hours' } },
  }),
  makeEntry('tip', { kind: 'tip', countries: [], topics: ['online-safety'], contacts: [] }),
].map(compiled);

const ids = (filters: Partial<EntryFilters>, instant = MONDAY_10_UTC) =>
  directory.filter(entryFilter({ ...NO_FILTERS, ...filters }, instant)).map((entry) => entry.id);

describe('filters', () => {
  it('let everything through when none is on', () => {
    expect(ids({})).toEqual(['ke-ngo', 'ke-police', 'eu-line', 'tip']);
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
  });

  it('keep a country’s lines and the EU-wide lines for an EU member, never another country’s', () => {
    expect(ids({ country: 'KE' })).toEqual(['ke-ngo', 'ke-police']);
    expect(ids({ country: 'BE' })).toEqual(['eu-line']);
    expect(ids({ country: 'GB' })).toEqual([]);
  });

  it('take any choice within a group and every group together', () => {
    expect(ids({ operators: ['ngo', 'police'] })).toEqual(['ke-ngo', 'ke-police']);
    expect(ids({ operators: ['ngo', 'police'], contacts: ['text'] })).toEqual(['ke-police']);
    expect(ids({ kinds: ['tip'] })).toEqual(['tip']);
    expect(ids({ topics: ['online-safety', 'law-enforcement'] })).toEqual(['ke-police', 'tip']);
    expect(activeFilterCount({ ...NO_FILTERS, operators: ['ngo', 'police'], contacts: ['text'], openNow: true })).toBe(4);
  });

  it('match contact methods by the contacts an entry has', () => {
    expect(ids({ contacts: ['whatsapp'] })).toEqual(['ke-ngo']);
    expect(ids({ contacts: ['phone'] })).toEqual(['ke-ngo']);
    expect(ids({ contacts: ['email'] })).toEqual(['eu-line']);
    expect(ids({ contacts: ['chat'] })).toEqual([]);
  });

  it('match a language by its primary subtag, and never guess one an entry does not list', () => {
    expect(ids({ language: 'fr' })).toEqual(['eu-line']);
    expect(ids({ language: 'sw' })).toEqual(['ke-ngo']);
    expect(ids({ language: 'ar' })).toEqual([]);
  });

  it('keep only lines that say they are free or always open', () => {
    expect(ids({ free: true })).toEqual(['ke-ngo']);
    expect(ids({ always: true })).toEqual(['ke-ngo']);
  });

  it('keep lines open now by their own hours and zone; unknown hours are not open', () => {
    // 10:00 UTC on a Monday is 13:00 in Nairobi: the police line is open; the EU line's hours are words only.
    expect(ids({ openNow: true }, MONDAY_10_UTC)).toEqual(['ke-ngo', 'ke-police']);
    expect(ids({ openNow: true }, SUNDAY_10_UTC)).toEqual(['ke-ngo']);
  });

  it('offer only what the entries have', () => {
    const options = filterOptions(directory);
    expect(options.countries).toEqual(['KE']);
    expect(options.languages).toEqual(['de', 'en', 'fr', 'sw']);
    expect(options.kinds).toEqual(['helpline', 'tip']);
    expect(options.operators).toEqual(['ngo', 'government', 'police']);
    expect(options.contacts).toEqual(['phone', 'text', 'whatsapp', 'email']);
    expect(options.topics).toEqual(['trafficking', 'online-safety', 'law-enforcement']);
    expect(options).toMatchObject({ free: true, always: true, openNow: true });
    expect(filterOptions([])).toMatchObject({ countries: [], free: false, always: false, openNow: false });
  });
});
