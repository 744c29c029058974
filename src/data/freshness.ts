/** An entry not checked against its source for this long is flagged as stale. */
export const STALE_AFTER_DAYS = 365;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from one ISO date (YYYY-MM-DD) to another. */
export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function isStale(checked: string, today: string, staleAfterDays = STALE_AFTER_DAYS): boolean {
  return daysBetween(checked, today) > staleAfterDays;
}
