import { getCountries, getCountryCallingCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../src/i18n/languages';
import { PLACE_ALIASES } from '../../src/places/aliases';
import { CALLING_CODES } from '../../src/places/calling-codes';
import { createCountryFinder, foldPlaceName, placeNames } from '../../src/places/country-finder';
import { reaches } from '../../src/places/eu-members';
import { realDirectory } from './support/real-directory';

const codes = [...new Set(realDirectory().entries.flatMap((entry) => entry.countries))].filter((code) => code !== 'EU');
const finder = createCountryFinder(
  placeNames(
    codes,
    SUPPORTED_LANGUAGES.map((language) => language.tag),
  ),
);
const named = (query: string) => finder.named(query.split(' '))?.code ?? null;

describe('country finder', () => {
  it('finds a country by the names people type: aliases, old names, cities for the country', () => {
    const cases: Record<string, string> = {
      uk: 'GB',
      britain: 'GB',
      'great britain': 'GB',
      england: 'GB',
      holland: 'NL',
      dubai: 'AE',
      burma: 'MM',
      türkiye: 'TR',
      turkey: 'TR',
      "côte d'ivoire": 'CI',
      'ivory coast': 'CI',
      'saudi arabia': 'SA',
      kosovo: 'XK',
    };
    for (const [query, code] of Object.entries(cases)) {
      expect([query, finder.match(query)[0]]).toEqual([query, code]);
      expect([query, named(query)]).toEqual([query, code]);
    }
  });

  it('finds a country by its name in other scripts and languages, and in its own language', () => {
    expect(finder.match('السعودية')[0]).toBe('SA');
    expect(finder.match('Alemania')[0]).toBe('DE');
    expect(finder.match('Pérou')[0]).toBe('PE');
    expect(finder.match('peru')[0]).toBe('PE');
    expect(finder.match('नेपाल')[0]).toBe('NP'); // Nepali, the country's own language
    expect(finder.match('日本')[0]).toBe('JP');
  });

  it('finds a country by ISO code and calling code, the main country of a shared code first', () => {
    expect(finder.match('ph')[0]).toBe('PH');
    expect(named('+44')).toBe('GB');
    expect(named('0044')).toBe('GB');
    expect(named('+1')).toBe('US');
    expect(named('+63')).toBe('PH');
  });

  it('"uk" is the United Kingdom before Ukraine; a typo in a long name still finds it', () => {
    expect(finder.match('uk').slice(0, 2)).toEqual(['GB', 'UA']);
    expect(finder.match('saudi arbia')[0]).toBe('SA');
    expect(named('philipines')).toBe('PH');
  });

  it('in a search, a place beats a demonym, and short words are never taken for a country', () => {
    expect(named('filipina in hong kong')).toBe('HK');
    expect(named('filipina')).toBe('PH');
    expect(named('child helpline')).toBeNull(); // not Chile
    expect(named('help in ph')).toBeNull(); // ISO codes only as a whole query
    expect(named('boss took my passport')).toBeNull();
    expect(named('helpline mexico')).toBe('MX');
  });

  it('folds accents and apostrophes where readers drop them, never Devanagari or Thai vowel signs', () => {
    expect(foldPlaceName('Côte d’Ivoire')).toBe('cote divoire');
    expect(foldPlaceName('Türkiye')).toBe('turkiye');
    expect(foldPlaceName('नेपाल')).toBe('नेपाल');
    expect(foldPlaceName('ไทย')).toBe('ไทย');
  });

  it('every alias is already folded, so it can match', () => {
    for (const aliases of Object.values(PLACE_ALIASES)) for (const alias of aliases) expect(foldPlaceName(alias)).toBe(alias);
  });

  it('calling codes match libphonenumber-js, main country first', () => {
    for (const country of getCountries()) {
      const code = getCountryCallingCode(country);
      expect(CALLING_CODES[code]).toContain(country);
    }
    expect(CALLING_CODES['44']![0]).toBe('GB');
  });

  it('EU-wide lines reach the 27 member states only', () => {
    expect(reaches('EU', 'DE')).toBe(true);
    expect(reaches('EU', 'GB')).toBe(false);
    expect(reaches('EU', 'CH')).toBe(false);
    expect(reaches('KE', 'KE')).toBe(true);
  });
});
