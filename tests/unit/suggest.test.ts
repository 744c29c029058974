import { describe, expect, it } from 'vitest';
import {
  closestValue,
  didYouMeanCountry,
  editDistance,
  suggestCountryCode,
  unknownValueMessage,
} from '../../scripts/resources/suggest';
import { AUDIENCES, ENTRY_KINDS, OPERATOR_TYPES, TOPICS } from '../../src/data/entry';

describe('closestValue', () => {
  it('counts inserts, deletes, replacements and swapped neighbours', () => {
    expect(editDistance('trafiking', 'trafficking')).toBe(2);
    expect(editDistance('polcie', 'police')).toBe(1);
    expect(editDistance('', 'ngo')).toBe(3);
    expect(editDistance('tip', 'tip')).toBe(0);
  });

  it.each([
    ['trafiking', TOPICS, 'trafficking'],
    ['Labour exploitation', TOPICS, 'labour-exploitation'],
    ['legal_aid', TOPICS, 'legal-aid'],
    ['migrant', AUDIENCES, 'migrants'],
    ['helpine', ENTRY_KINDS, 'helpline'],
    ['NGO', OPERATOR_TYPES, 'ngo'],
    ['goverment', OPERATOR_TYPES, 'government'],
  ])('suggests %s → %s', (typed, allowed, expected) => {
    expect(closestValue(typed, allowed)).toBe(expected);
  });

  it('suggests nothing when no value is near, or when the value is already allowed', () => {
    expect(closestValue('slavery', TOPICS)).toBeUndefined();
    expect(closestValue('hotline', ENTRY_KINDS)).toBeUndefined();
    // Too short to carry a typo: "ngx" is not taken for "ngo".
    expect(closestValue('ngx', OPERATOR_TYPES)).toBeUndefined();
    expect(closestValue('tip', ENTRY_KINDS)).toBeUndefined();
  });

  it('suggests nothing when two values are equally near', () => {
    expect(closestValue('cat', ['bat', 'car', 'dog'])).toBeUndefined();
    expect(closestValue('catt', ['cart', 'bats'])).toBe('cart');
    expect(closestValue('catt', ['cart', 'cast'])).toBeUndefined();
  });

  it('words the message the same wherever a value is checked', () => {
    expect(unknownValueMessage('topic', 'trafiking', ['trafficking', 'shelter'])).toBe(
      'unknown topic "trafiking" (did you mean "trafficking"?); expected one of: trafficking, shelter',
    );
    expect(unknownValueMessage('kind', 'hotline', ['helpline', 'tip'])).toBe(
      'unknown kind "hotline"; expected one of: helpline, tip',
    );
  });
});

describe('suggestCountryCode', () => {
  it.each([
    ['UK', 'GB'],
    ['EN', 'GB'],
    ['England', 'GB'],
    ['USA', 'US'],
    ['UAE', 'AE'],
    ['KSA', 'SA'],
    ['gb', 'GB'],
    ['Kenya', 'KE'],
    ['united kingdom', 'GB'],
    ['Deutschland', 'DE'],
    ['Phillipines', 'PH'],
  ])('%s → %s', (typed, code) => {
    expect(suggestCountryCode(typed)).toBe(code);
  });

  it('suggests nothing for codes that name no country, or a value naming more than one', () => {
    for (const typed of ['XX', 'XA', 'Kenya, Uganda', 'Kenya and Uganda', 'GB'])
      expect(suggestCountryCode(typed), typed).toBeUndefined();
  });

  it('says which country the suggested code is', () => {
    expect(didYouMeanCountry('UK')).toBe(' (did you mean "GB", the code for United Kingdom?)');
    expect(didYouMeanCountry('Kenya')).toBe(' (did you mean "KE", the code for Kenya?)');
    expect(didYouMeanCountry('XX')).toBe('');
  });
});
