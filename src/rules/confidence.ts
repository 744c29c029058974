/**
 * How far a line is from fully verified. The card's "not fully verified" warning, the order
 * of a country's lines and the search ranking all read it from here.
 */
import type { Confidence } from '../data/entry';

/** 0 for high confidence (or none stated), 1 for medium, 2 for low. */
const DOUBT: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

/** How much doubt a confidence level carries: lists and results put more doubt later. */
export function doubtOf(confidence: Confidence | undefined): number {
  return confidence === undefined ? 0 : (DOUBT[confidence] ?? 0);
}

/** Medium or low confidence: the entry is shown as not fully verified. */
export function isUnverified(confidence: Confidence | undefined): boolean {
  return doubtOf(confidence) > 0;
}

/**
 * The order of a country's lines wherever they are listed: the deployment's own entries first (an
 * NGO's service must not sit after every other line), then verified before doubtful. A sort
 * comparator; equal entries keep their order.
 */
export function byTrust(a: { local?: true; confidence?: Confidence }, b: { local?: true; confidence?: Confidence }): number {
  return Number(b.local === true) - Number(a.local === true) || doubtOf(a.confidence) - doubtOf(b.confidence);
}
