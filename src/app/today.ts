/** Today as YYYY-MM-DD (UTC), for the stale badge. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}
