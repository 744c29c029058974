/**
 * Calendar days, the one way the build, the CSV import and the device read and compare them.
 * Every day is a UTC day written YYYY-MM-DD: a local-time "today" would disagree with the
 * build's near midnight, and a date would mean another day in another time zone.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** A day written YYYY-MM-DD, real or not: tells "badly written" apart from "no such day". */
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a real calendar day written YYYY-MM-DD; undefined for anything else, 2026-02-30 included. */
export function dayNumber(date: string): number | undefined {
  const match = DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  // Date.UTC rolls 2026-02-30 over to March 2; a real date survives the round trip.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return time / DAY_MS;
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isRealDate(date: string): boolean {
  return dayNumber(date) !== undefined;
}

/** The UTC day of a moment, YYYY-MM-DD. */
export function isoDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** Today as a UTC day, YYYY-MM-DD. */
export function todayUtc(): string {
  return isoDay(new Date());
}

/** Whole days from one day (YYYY-MM-DD) to another; negative when `to` is earlier, NaN when either is not a real day. */
export function daysBetween(from: string, to: string): number {
  return (dayNumber(to) ?? Number.NaN) - (dayNumber(from) ?? Number.NaN);
}

/** A day (YYYY-MM-DD, read as midnight UTC) or a full ISO date and time as a Date; undefined when it is neither. */
export function parseIsoDate(text: string): Date | undefined {
  const date = new Date(DATE_PATTERN.test(text) ? `${text}T00:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
