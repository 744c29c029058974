/**
 * When an entry is stale (not checked for a year), and when its source is old (dated more than
 * three years ago): the badge and caution on the device and the build's warning follow one rule.
 */
import { daysBetween } from './dates';

/** An entry not checked against its source for longer than this is stale. */
export const STALE_AFTER_DAYS = 365;

/** True when `checked` (YYYY-MM-DD) lies more than `staleAfterDays` before `today`. */
export function isStale(checked: string, today: string, staleAfterDays = STALE_AFTER_DAYS): boolean {
  return daysBetween(checked, today) > staleAfterDays;
}

/** A source dated longer ago than this gets the same caution as a line not fully verified. */
export const OLD_SOURCE_AFTER_YEARS = 3;

/** The last day a partial date (YYYY, YYYY-MM or YYYY-MM-DD) can mean. */
function lastDayOf(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  }
  return date;
}

/** True when the source's own date (as precise as it gives it) is over three years before `today`. */
export function isOldSource(published: string | undefined, today: string): boolean {
  if (!published) return false;
  const end = lastDayOf(published);
  const threshold = `${Number(today.slice(0, 4)) - OLD_SOURCE_AFTER_YEARS}${today.slice(4)}`;
  return end < threshold;
}
