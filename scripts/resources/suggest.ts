/**
 * "Did you mean …?" for the validator and the CSV import alike: the closest allowed value to a
 * mistyped one, and the country code for a country written another way ("UK", "Kenya").
 * Pure; a suggestion is only offered when exactly one value is near, so it is never a guess
 * between two.
 */
import { createCountryFinder, placeNames, type CountryFinder } from '../../src/places/country-finder.ts';
import { ISO_COUNTRY_CODES } from './iso-countries.ts';
import { quote } from './message-text.ts';

/** Lower case, with spaces and underscores read as the hyphens the enumerations use. */
function normalize(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  // rows[i][j]: edits between the first i characters of a and the first j of b.
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const replace = rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, replace);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(best);
    }
  }
  return rows[a.length]![b.length]!;
}

/** How many typos a value of this length may hold and still point somewhere: none in "ngo" or "tip". */
function typosAllowed(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** The one allowed value nearest to `value` (case, spacing or a typo or two away), if there is one. */
export function closestValue(value: string, allowed: readonly string[]): string | undefined {
  const typed = normalize(value);
  const exact = allowed.find((candidate) => normalize(candidate) === typed);
  if (exact !== undefined) return exact === value ? undefined : exact;
  const limit = typosAllowed(typed.length);
  const scored = allowed.map((candidate) => ({ candidate, distance: editDistance(typed, normalize(candidate)) }));
  const best = Math.min(...scored.map(({ distance }) => distance));
  const nearest = scored.filter(({ distance }) => distance === best);
  return best <= limit && nearest.length === 1 ? nearest[0]!.candidate : undefined;
}

/** ` (did you mean "trafficking"?)`, or nothing when no value is near. */
export function didYouMean(value: string, allowed: readonly string[]): string {
  const closest = closestValue(value, allowed);
  return closest === undefined ? '' : ` (did you mean ${quote(closest)}?)`;
}

/** `unknown topic "trafiking" (did you mean "trafficking"?); expected one of: …`, the same words wherever a value is checked. */
export function unknownValueMessage(noun: string, value: string, allowed: readonly string[]): string {
  return `unknown ${noun} ${quote(value)}${didYouMean(value, allowed)}; expected one of: ${allowed.join(', ')}`;
}

// Codes people write for a country that are not its ISO code and are no place name either
// ("EN" is the language code for English, often typed for England).
const CODE_MISTAKES: Readonly<Record<string, string>> = { EN: 'GB' };

let finder: CountryFinder | undefined;
const englishNames = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * The ISO code meant by a country written some other way: "UK", "England", "USA", "UAE", "KSA",
 * a lower-case code, or a name ("Kenya", "Deutschland"), from the country finder the app uses
 * (Intl.DisplayNames names over the ISO list, plus its aliases). The whole value must name it.
 */
export function suggestCountryCode(value: string): string | undefined {
  const mistake = CODE_MISTAKES[value.trim().toUpperCase()];
  if (mistake !== undefined) return mistake;
  // Built on first use: only a file with a wrong country pays for the list of names.
  finder ??= createCountryFinder(placeNames(ISO_COUNTRY_CODES, ['en']));
  const words = value.split(/\s+/).filter((word) => word !== '');
  const named = finder.named(words);
  return named !== null && named.start === 0 && named.length === words.length && named.code !== value ? named.code : undefined;
}

/** ` (did you mean "GB", the code for United Kingdom?)`, or nothing when the value names no country. */
export function didYouMeanCountry(value: string): string {
  const code = suggestCountryCode(value);
  return code === undefined ? '' : ` (did you mean ${quote(code)}, the code for ${englishNames.of(code)}?)`;
}
