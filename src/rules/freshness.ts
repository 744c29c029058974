/** When an entry is stale: the badge on the device and the build's warning follow one rule. */
import { daysBetween } from './dates';

/** An entry not checked against its source for longer than this is stale. */
export const STALE_AFTER_DAYS = 365;

/** True when `checked` (YYYY-MM-DD) lies more than `staleAfterDays` before `today`. */
export function isStale(checked: string, today: string, staleAfterDays = STALE_AFTER_DAYS): boolean {
  return daysBetween(checked, today) > staleAfterDays;
}
