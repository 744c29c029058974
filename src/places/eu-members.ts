/**
 * The 27 member states of the European Union, where EU-wide numbers (116 006, 112) reach. From
 * ../shared/data/facts.json `eu_members` (Eurostat's glossary, cross-checked; Greece as GR).
 */
// biome-ignore format: the 27 codes read as a table.
export const EU_MEMBERS: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

/** True when a line for `lineCountry` (a country or `EU`) reaches someone in `country`. */
export function reaches(lineCountry: string, country: string): boolean {
  return lineCountry === country || (lineCountry === 'EU' && EU_MEMBERS.has(country));
}
