/**
 * "Is this job offer safe?": ten questions drawn from the red flags in the tips, and what her
 * answers show. Pure: answers in, a result out; nothing is stored.
 *
 * The result never calls an offer safe. With no red flag found it says what the check could not
 * check and to verify the offer anyway (the job.* texts); the screen always links lines to ask.
 */
import type { CompiledEntry } from '../data/entry';
import { helpFor } from '../rules/country-help';
import { routeOrder } from './needs';

/**
 * The red flags, in the order the questions ask about them. Each question is worded so that
 * "yes" is the warning sign.
 */
export const RED_FLAGS = [
  'recruiter-fees',
  'keeps-passport',
  'vague-employer',
  'unreadable-contract',
  'pay-too-good',
  'travel-debt',
  'pressure',
  'messaging-only',
  'job-changes',
  'intimate-photos',
] as const;
export type RedFlag = (typeof RED_FLAGS)[number];

export const ANSWERS = ['yes', 'no', 'unsure'] as const;
export type Answer = (typeof ANSWERS)[number];

/** Her answers so far: a question left out is unanswered. */
export type JobAnswers = Readonly<Partial<Record<RedFlag, Answer>>>;

export interface JobCheckResult {
  /** Red flags she answered "yes" to, in question order: each shown with its explanation and next step. */
  found: RedFlag[];
  /** Questions she answered "not sure": things to find out before deciding. */
  toFindOut: RedFlag[];
  /** Questions left unanswered, also things to find out. */
  unanswered: RedFlag[];
  /**
   * No red flag found. Never "safe": the screen then says what the check could not check.
   */
  noFlagFound: boolean;
  /** Lines of her country and, when she named one, of the job's country. */
  lines: { country: string; emergency: CompiledEntry | undefined; lines: CompiledEntry[] }[];
}

/** Her country's lines (its own, then those reaching it), non-police first: she may not want the police yet. */
function linesOf(entries: readonly CompiledEntry[], country: string) {
  const help = helpFor(entries, country);
  return { country, emergency: help.emergency, lines: [...help.own, ...help.reaching].sort(routeOrder(true)) };
}

/**
 * What the answers show. `country` is hers and `destination` the job's country (ISO codes, or
 * ''): each named country's lines are listed, hers first, under its own name.
 */
export function checkJobOffer(
  answers: JobAnswers,
  entries: readonly CompiledEntry[],
  country: string,
  destination = '',
): JobCheckResult {
  const found = RED_FLAGS.filter((flag) => answers[flag] === 'yes');
  const countries = [...new Set([country, destination])].filter((code) => code !== '');
  return {
    found,
    toFindOut: RED_FLAGS.filter((flag) => answers[flag] === 'unsure'),
    unanswered: RED_FLAGS.filter((flag) => answers[flag] === undefined),
    noFlagFound: found.length === 0,
    lines: countries.map((code) => linesOf(entries, code)),
  };
}
