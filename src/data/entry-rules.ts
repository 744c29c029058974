/**
 * The build's own rules, run on the device over every entry of a downloaded directory before it
 * is stored. Hashes say a file is the one the index named; they say nothing of whether the build
 * would have accepted it. A directory with valid hashes and one bad entry (a wrong country code,
 * no `checked`) was once stored, and every later start showed "Loading the directory…" forever.
 *
 * The rules are the validator's (scripts/resources/validate/compiled.ts), with the numbering plans
 * of every country: too big for the first page, so they load here, when an update arrives. They
 * run in slices, so thousands of entries never freeze the page.
 */
import { isoDay, isRealDate, todayUtc } from '../rules/dates';
import type { CompiledEntry } from './entry';
import { sliceTimer } from './time-slice';

/** A downloaded directory breaks the build's rules: the whole of it is refused. */
export class DatasetRulesError extends Error {
  override name = 'DatasetRulesError';
}

/** Issues quoted in the error: enough to find the fault, not a wall of text. */
const QUOTED_ISSUES = 3;

/**
 * The day a directory's dates are checked against: the day it was built, as the build did.
 * The device's own clock may be wrong by years, and must never make a sound directory unusable.
 */
function dayOfBuild(generated: string): string {
  const moment = new Date(generated);
  const day = Number.isNaN(moment.getTime()) ? '' : isoDay(moment);
  return isRealDate(day) ? day : todayUtc();
}

/** Throws DatasetRulesError, quoting the first problems, unless every entry passes the build's rules. */
export async function checkWithBuildRules(entries: readonly CompiledEntry[], what: string, generated: string): Promise<void> {
  const { checkCompiledEntries, formatIssue } = await import('../../scripts/resources/validate/compiled');
  const check = checkCompiledEntries(what, { today: dayOfBuild(generated) });
  const slice = sliceTimer();
  let failed = 0;
  for (const entry of entries) {
    if (!check.check(entry)) failed++;
    if (slice.due()) await slice.pause();
  }
  if (failed === 0) return;
  const issues = check.errors();
  const quoted = issues.slice(0, QUOTED_ISSUES).map(formatIssue).join('; ');
  const more = issues.length > QUOTED_ISSUES ? ` (and ${issues.length - QUOTED_ISSUES} more)` : '';
  throw new DatasetRulesError(`${failed} of ${entries.length} entries break the build's rules: ${quoted}${more}`);
}
