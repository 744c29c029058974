/** Date fields: when a fact was checked (a real past day, stale after a while) and when a source was published. */
import { quote } from '../message-text.ts';
import { type Checker, typeName } from './checker.ts';
import type { Check } from './fields.ts';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a real YYYY-MM-DD date, or undefined for malformed/impossible dates. */
export function dayNumber(date: string): number | undefined {
  const match = DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  // Date.UTC rolls 2026-02-30 over to March 2; a real date survives the round trip.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return time / 86_400_000;
}

/** Reports anything but a real, past-or-today YYYY-MM-DD date; true when the date is fine. */
function isPastDate(value: unknown, path: string, c: Checker): value is string {
  if (typeof value !== 'string') c.error(path, `must be a date string YYYY-MM-DD, not ${typeName(value)}`);
  else if (!DATE_PATTERN.test(value)) c.error(path, `${quote(value)} must be a date written YYYY-MM-DD`);
  else if (dayNumber(value) === undefined) c.error(path, `${quote(value)} is not a real calendar date`);
  else if (value > c.options.today) c.error(path, `${quote(value)} is in the future (today is ${c.options.today})`);
  else return true;
  return false;
}

/**
 * `published`: the date a source shows, as precisely as it shows it. Sources often give only a
 * year or a month ("2013"), and a guessed day would claim more than the source says.
 */
export const checkSourceDate: Check = (value, path, c) => {
  if (typeof value === 'string' && /^\d{4}(-\d{2})?$/.test(value)) {
    const month = value.length === 7 ? Number(value.slice(5)) : 1;
    if (month < 1 || month > 12) c.error(path, `${quote(value)} is not a real month`);
    else if (value > c.options.today.slice(0, value.length)) c.error(path, `${quote(value)} is in the future (today is ${c.options.today})`);
    return;
  }
  void isPastDate(value, path, c);
};

/** `checked`: a past date, and a warning (not an error) when it is older than staleAfterDays. */
export const checkCheckedDate: Check = (value, path, c) => {
  if (!isPastDate(value, path, c)) return;
  const age = dayNumber(c.options.today)! - dayNumber(value)!;
  if (age > c.options.staleAfterDays) {
    c.warn(path, `last checked ${age} days ago (${value}), more than ${c.options.staleAfterDays}; re-check the source`);
  }
};
