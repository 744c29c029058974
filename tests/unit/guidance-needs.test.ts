import { describe, expect, it } from 'vitest';
import { compileEntries } from '../../scripts/resources/compile';
import type { CompiledEntry } from '../../src/data/entry';
import { NEEDS, routeFor, tipsFor } from '../../src/guidance/needs';
import { makeEntry } from './support/entries';
import { realDirectory } from './support/real-directory';

const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id);

const fixtures = compileEntries([
  makeEntry('sa-emergency', { kind: 'emergency', countries: ['SA'], topics: ['emergency'] }),
  makeEntry('sa-police-trafficking', { countries: ['SA'], operator: 'police', topics: ['trafficking'] }),
  makeEntry('sa-ngo-migrants', { countries: ['SA'], operator: 'ngo', topics: ['migration'], confidence: 'medium' }),
  makeEntry('sa-gov-reports', {
    countries: ['SA'],
    operator: 'government',
    flags: ['reports-to-police'],
    topics: ['labour-exploitation'],
  }),
  makeEntry('sa-ngo-doubtful', { countries: ['SA'], operator: 'ngo', topics: ['trafficking'], confidence: 'low' }),
  makeEntry('sa-dv-line', { countries: ['SA'], operator: 'government', topics: ['domestic-violence'] }),
  makeEntry('gcc-line', { countries: ['SA', 'AE'], operator: 'international', topics: ['migration'] }),
  makeEntry('ae-trafficking', { countries: ['AE'], operator: 'ngo', topics: ['trafficking'] }),
  makeEntry('global-trafficking', { countries: [], operator: 'international', topics: ['trafficking'] }),
  makeEntry('global-health', { countries: [], operator: 'ngo', topics: ['health'] }),
  makeEntry('tip-documents', { kind: 'tip', countries: [], topics: ['online-safety'], situations: ['money-documents'] }),
  makeEntry('tip-job', { kind: 'tip', countries: [], topics: ['online-safety', 'migration'], situations: ['job-offer'] }),
  makeEntry('tip-online', { kind: 'tip', countries: [], topics: ['online-safety'], situations: ['online-contact'] }),
  makeEntry('tip-gb-only', { kind: 'tip', countries: ['GB'], topics: ['online-safety'], situations: ['money-documents'] }),
  // No situations yet (before the tips by situation landed): filed by its topics instead.
  makeEntry('tip-unfiled-passport', { kind: 'tip', countries: [], topics: ['online-safety', 'migration'] }),
]);

describe('triage: the route for each answer', () => {
  it('passport taken, in Saudi Arabia: emergency, then non-police lines first, low confidence last, another country never', () => {
    const route = routeFor(fixtures, 'documents', 'SA');
    expect(route.emergency?.id).toBe('sa-emergency');
    // The medium-confidence NGO line comes before the verified police line; the line whose
    // reports go to the police comes with the police; a low-confidence line comes after every confirmed one.
    expect(ids(route.lines)).toEqual(['sa-ngo-migrants', 'sa-gov-reports', 'sa-police-trafficking', 'sa-ngo-doubtful']);
    expect(route.policeLast).toBe(true);
    expect(ids(route.otherLines)).toEqual(['sa-dv-line']);
    expect(ids(route.reaching)).toEqual(['gcc-line']);
    expect(ids(route.anywhere)).toEqual(['global-trafficking']);
    const all = [...route.lines, ...route.otherLines, ...route.reaching];
    expect(all.every((entry) => entry.countries.includes('SA'))).toBe(true);
    expect(route.offerJobCheck).toBe(false);
  });

  it('non-police first also for "not paid" and "got away", but not for "help someone else"', () => {
    const isPolice = (entry: CompiledEntry) => entry.operator === 'police' || entry.flags?.includes('reports-to-police');
    for (const need of ['unfree', 'got-away'] as const) {
      const confirmed = routeFor(fixtures, need, 'SA').lines.filter((entry) => entry.confidence !== 'low');
      const firstPolice = confirmed.findIndex(isPolice);
      expect(confirmed.slice(firstPolice).every(isPolice), need).toBe(true);
    }
    const helping = routeFor(fixtures, 'helping', 'SA');
    expect(helping.policeLast).toBe(false);
    expect(ids(helping.lines)).toEqual(['sa-gov-reports', 'sa-police-trafficking', 'sa-ngo-doubtful']);
  });

  it('"in danger now" has her country’s emergency numbers, and no job check', () => {
    const route = routeFor(fixtures, 'danger', 'SA');
    expect(route.emergency?.id).toBe('sa-emergency');
    expect(route.offerJobCheck).toBe(false);
    expect(ids(route.otherLines)).not.toContain('sa-emergency');
  });

  it('a job offer offers the check, with the job and online tips', () => {
    const route = routeFor(fixtures, 'job-online', 'SA');
    expect(route.offerJobCheck).toBe(true);
    expect(ids(route.tips)).toEqual(['tip-job', 'tip-online']);
  });

  it('tips by situation, for her country only; a tip naming no situation falls back to its topics', () => {
    expect(ids(tipsFor(fixtures, 'documents', 'SA'))).toEqual(['tip-documents', 'tip-unfiled-passport']);
    expect(ids(tipsFor(fixtures, 'documents', 'GB'))).toEqual(['tip-documents', 'tip-gb-only', 'tip-unfiled-passport']);
  });

  it('with no country known: no line is shown as hers, only lines for anywhere', () => {
    const route = routeFor(fixtures, 'documents', '');
    expect(route.emergency).toBeUndefined();
    expect(route.lines).toEqual([]);
    expect(route.otherLines).toEqual([]);
    expect(route.reaching).toEqual([]);
    expect(ids(route.anywhere)).toEqual(['global-trafficking']);
  });

  it('a country with no line gets none of another country’s', () => {
    const route = routeFor(fixtures, 'documents', 'QA');
    expect([...route.lines, ...route.otherLines, ...route.reaching]).toEqual([]);
  });
});

describe('triage on the real directory', () => {
  const entries = realDirectory().entries;

  it('every answer, in every country, lists only lines whose countries reach hers', () => {
    const countries = [...new Set(entries.flatMap((entry) => entry.countries))].filter((code) => code !== 'EU');
    for (const need of NEEDS) {
      for (const country of countries) {
        const route = routeFor(entries, need, country);
        if (route.emergency) expect(route.emergency.countries).toContain(country);
        for (const entry of [...route.lines, ...route.otherLines]) expect(entry.countries).toEqual([country]);
        for (const entry of route.anywhere) expect(entry.countries).toEqual([]);
      }
    }
  });

  it('passport taken in Saudi Arabia: its emergency numbers, and its one line among the others there', () => {
    const route = routeFor(entries, 'documents', 'SA');
    expect(route.emergency?.id).toBe('sa-emergency');
    expect(ids([...route.lines, ...route.otherLines])).toEqual(['sa-1919-domestic-violence']);
    expect(ids(route.tips)).toEqual(expect.arrayContaining(['tip-never-give-passport', 'tip-keep-document-copies']));
  });

  it('a job offer in the Philippines: the emergency numbers, the 1343 Actionline, the job-offer check and job tips', () => {
    const route = routeFor(entries, 'job-online', 'PH');
    expect(route.emergency?.id).toBe('ph-emergency');
    expect(ids(route.lines)).toEqual(['ph-1343-actionline']);
    expect(route.offerJobCheck).toBe(true);
    expect(ids(route.tips)).toEqual(expect.arrayContaining(['tip-no-recruitment-fees', 'tip-too-good-job-ads']));
  });
});
