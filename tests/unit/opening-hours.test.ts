import { describe, expect, it } from 'vitest';
import type { Hours } from '../../src/data/entry';
import { isAlwaysOpen, isOpenAt, localTime } from '../../src/rules/opening-hours';

const at = (iso: string) => Date.parse(iso);

const weekdaysNineToFive = (timeZone: string): Hours => ({
  timeZone,
  weekly: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }],
});

describe('open at an instant', () => {
  it('reads the weekday and time in the line’s own zone, not the reader’s', () => {
    // Monday 2026-11-30 23:30 UTC is already Tuesday 08:30 in Tokyo (UTC+9).
    expect(localTime(at('2026-11-30T23:30:00Z'), 'Asia/Tokyo')).toEqual({ day: 'tue', minutes: 8 * 60 + 30 });
    expect(localTime(at('2026-11-30T23:30:00Z'), 'America/Lima')).toEqual({ day: 'mon', minutes: 18 * 60 + 30 });
  });

  it('is open inside the hours, and closed before, at and after the close, and on days not listed', () => {
    const hours = weekdaysNineToFive('Europe/London');
    // November: London is on UTC.
    expect(isOpenAt(hours, at('2026-11-30T09:00:00Z'))).toBe(true);
    expect(isOpenAt(hours, at('2026-11-30T16:59:00Z'))).toBe(true);
    expect(isOpenAt(hours, at('2026-11-30T08:59:00Z'))).toBe(false);
    expect(isOpenAt(hours, at('2026-11-30T17:00:00Z'))).toBe(false);
    // Saturday 5 December at noon.
    expect(isOpenAt(hours, at('2026-12-05T12:00:00Z'))).toBe(false);
  });

  it('follows summer time: the same UTC instant is open in July and closed in January in London', () => {
    const hours = weekdaysNineToFive('Europe/London');
    // 08:30 UTC is 09:30 BST on Monday 6 July, but 08:30 GMT on Monday 4 January.
    expect(isOpenAt(hours, at('2026-07-06T08:30:00Z'))).toBe(true);
    expect(isOpenAt(hours, at('2027-01-04T08:30:00Z'))).toBe(false);
  });

  it('opens for the same instant in one zone and not in another', () => {
    // Monday 2026-11-30 02:00 UTC: 10:00 in Manila (open), 21:00 on Sunday in Lima (closed).
    const instant = at('2026-11-30T02:00:00Z');
    expect(isOpenAt(weekdaysNineToFive('Asia/Manila'), instant)).toBe(true);
    expect(isOpenAt(weekdaysNineToFive('America/Lima'), instant)).toBe(false);
  });

  it('runs an overnight row into the next morning, and not into the morning before', () => {
    const hours: Hours = { timeZone: 'UTC', weekly: [{ days: ['fri'], open: '22:00', close: '06:00' }] };
    expect(isOpenAt(hours, at('2026-12-04T23:00:00Z'))).toBe(true); // Friday night
    expect(isOpenAt(hours, at('2026-12-05T05:59:00Z'))).toBe(true); // Saturday small hours
    expect(isOpenAt(hours, at('2026-12-05T06:00:00Z'))).toBe(false); // Saturday at the close
    expect(isOpenAt(hours, at('2026-12-04T05:00:00Z'))).toBe(false); // Friday small hours (Thursday not listed)
    expect(isOpenAt(hours, at('2026-12-04T21:59:00Z'))).toBe(false); // Friday before the open
  });

  it('wraps Sunday night into Monday morning', () => {
    const hours: Hours = { timeZone: 'UTC', weekly: [{ days: ['sun'], open: '20:00', close: '02:00' }] };
    expect(isOpenAt(hours, at('2026-11-30T01:00:00Z'))).toBe(true); // Monday 01:00
    expect(isOpenAt(hours, at('2026-12-01T01:00:00Z'))).toBe(false); // Tuesday 01:00
  });

  it('closes at 24:00 at the end of the day', () => {
    const hours: Hours = { timeZone: 'UTC', weekly: [{ days: ['mon'], open: '18:00', close: '24:00' }] };
    expect(isOpenAt(hours, at('2026-11-30T23:59:00Z'))).toBe(true);
    expect(isOpenAt(hours, at('2026-12-01T00:00:00Z'))).toBe(false);
  });

  it('is open if any row holds (split days)', () => {
    const hours: Hours = {
      timeZone: 'Europe/Paris',
      weekly: [
        { days: ['mon', 'tue'], open: '09:00', close: '12:00' },
        { days: ['mon', 'tue'], open: '14:00', close: '18:00' },
      ],
    };
    // Paris is UTC+1 in winter.
    expect(isOpenAt(hours, at('2026-11-30T10:00:00Z'))).toBe(true); // 11:00
    expect(isOpenAt(hours, at('2026-11-30T12:00:00Z'))).toBe(false); // 13:00
    expect(isOpenAt(hours, at('2026-11-30T14:00:00Z'))).toBe(true); // 15:00
  });

  it('is open round the clock when always open', () => {
    expect(isOpenAt({ always: true }, at('2026-12-06T03:00:00Z'))).toBe(true);
    expect(isAlwaysOpen({ always: true })).toBe(true);
    expect(isAlwaysOpen(weekdaysNineToFive('UTC'))).toBe(false);
  });

  it('never calls unknown hours open', () => {
    const instant = at('2026-11-30T10:00:00Z');
    expect(isOpenAt(undefined, instant)).toBe(false);
    expect(isOpenAt({ note: { en: 'Office hours' } }, instant)).toBe(false);
    expect(isOpenAt(weekdaysNineToFive('Not/AZone'), instant)).toBe(false);
    expect(isOpenAt({ timeZone: 'UTC', weekly: [{ days: ['mon'], open: '9am', close: '17:00' }] }, instant)).toBe(false);
    // Opening and closing at the same time says nothing clear.
    expect(isOpenAt({ timeZone: 'UTC', weekly: [{ days: ['mon'], open: '10:00', close: '10:00' }] }, instant)).toBe(false);
  });
});
