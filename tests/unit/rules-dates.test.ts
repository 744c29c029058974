import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayNumber, daysBetween, isoDay, isRealDate, parseIsoDate, todayUtc } from '../../src/rules/dates';
import { isStale, STALE_AFTER_DAYS } from '../../src/rules/freshness';

describe('dates', () => {
  afterEach(() => vi.useRealTimers());

  it('takes today as the UTC day, whatever the local clock says near midnight', () => {
    vi.useFakeTimers();
    // 23:30 in New York is already the next day in UTC; the build, the import and the device agree on it.
    vi.setSystemTime(new Date('2026-11-29T23:30:00-05:00'));
    expect(todayUtc()).toBe('2026-11-30');
    expect(isoDay(new Date('2026-11-30T00:30:00+01:00'))).toBe('2026-11-29');
  });

  it('reads only real days written YYYY-MM-DD', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(isRealDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-30', '2026-13-01', '2026-1-01', '29/11/2026', '2026-11-29T00:00:00Z', '']) {
      expect(isRealDate(bad), bad).toBe(false);
    }
  });

  it('counts whole days between two days, and refuses to count from a day that does not exist', () => {
    expect(daysBetween('2025-06-01', '2026-11-29')).toBe(546);
    expect(daysBetween('2026-11-29', '2026-11-28')).toBe(-1);
    expect(daysBetween('2026-02-30', '2026-03-02')).toBeNaN();
  });

  it('parses a day as midnight UTC and a timestamp as written', () => {
    expect(parseIsoDate('2026-11-29')?.toISOString()).toBe('2026-11-29T00:00:00.000Z');
    expect(parseIsoDate('2026-11-20T10:15:00.000Z')?.toISOString()).toBe('2026-11-20T10:15:00.000Z');
    expect(parseIsoDate('not a date')).toBeUndefined();
  });
});

describe('freshness', () => {
  it('is stale only after more than a year, on the device and in the build alike', () => {
    expect(STALE_AFTER_DAYS).toBe(365);
    expect(isStale('2025-11-29', '2026-11-29')).toBe(false);
    expect(isStale('2025-11-28', '2026-11-29')).toBe(true);
    expect(isStale('2026-10-01', '2026-11-29', 30)).toBe(true);
  });
});
