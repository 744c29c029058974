/** Date fields: when a fact was checked (a real past day, stale after a while) and when a source was published. */
import { DATE_PATTERN, daysBetween, isRealDate } from '../../../src/rules/dates.ts';
import { isStale } from '../../../src/rules/freshness.ts';
import { quote } from '../message-text.ts';
import { type Checker, typeName } from './checker.ts';
import type { Check } from './fields.ts';

/** Reports anything but a real, past-or-today YYYY-MM-DD date; true when the date is fine. */
function isPastDate(value: unknown, path: string, c: Checker): value is string {
  if (typeof value !== 'string') c.error(path, `must be a date string YYYY-MM-DD, not ${typeName(value)}`);
  else if (!DATE_PATTERN.test(value)) c.error(path, `${quote(value)} must be a date written YYYY-MM-DD`);
  else if (!isRealDate(value)) c.error(path, `${quote(value)} is not a real calendar date`);
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
    else if (value > c.options.today.slice(0, value.length))
      c.error(path, `${quote(value)} is in the future (today is ${c.options.today})`);
    return;
  }
  void isPastDate(value, path, c);
};

/** `checked`: a past date, and a warning (not an error) when it is older than staleAfterDays. */
export const checkCheckedDate: Check = (value, path, c) => {
  if (!isPastDate(value, path, c)) return;
  const { today, staleAfterDays } = c.options;
  if (isStale(value, today, staleAfterDays)) {
    c.warn(
      path,
      `last checked ${daysBetween(value, today)} days ago (${value}), more than ${staleAfterDays}; re-check the source`,
    );
  }
};
