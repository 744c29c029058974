/** Small text helpers shared by the validator and the CSV import, so both report values alike. */

/** Quotes a value for a message, shortened, with invisible and direction-changing characters escaped. */
export function quote(value: string, maxChars = 60): string {
  const chars = [...value];
  const cut = chars.length > maxChars ? `${chars.slice(0, maxChars).join('')}…` : value;
  return JSON.stringify(cut).replace(
    /[\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `U+202E` style name of a character. */
export function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The canonical form of a well-formed language tag, or undefined when it is not one. */
export function canonicalLanguageTag(tag: string): string | undefined {
  // Intl also accepts 5–8 letter "languages", so words like "title" would pass as tags; no such
  // language subtag is registered, so insist on a 2- or 3-letter ISO 639 code.
  if (!/^[a-z]{2,3}(-|$)/i.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
