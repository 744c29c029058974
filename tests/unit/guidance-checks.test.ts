import { describe, expect, it } from 'vitest';
import { compileEntries } from '../../scripts/resources/compile';
import { RED_FLAGS, checkJobOffer, type JobAnswers } from '../../src/guidance/job-check';
import { checkNumber } from '../../src/guidance/number-check';
import { makeEntry } from './support/entries';
import { realDirectory } from './support/real-directory';

const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id);

describe('job-offer check', () => {
  const entries = compileEntries([
    makeEntry('ph-emergency', { kind: 'emergency', countries: ['PH'], topics: ['emergency'] }),
    makeEntry('ph-police', { countries: ['PH'], operator: 'police' }),
    makeEntry('ph-ngo', { countries: ['PH'], operator: 'ngo' }),
    makeEntry('ae-line', { countries: ['AE'], operator: 'government' }),
    makeEntry('gb-line', { countries: ['GB'] }),
  ]);
  const all = (answer: 'yes' | 'no' | 'unsure'): JobAnswers => Object.fromEntries(RED_FLAGS.map((flag) => [flag, answer]));

  it('every "yes" is a red flag found, in question order', () => {
    const result = checkJobOffer({ pressure: 'yes', 'recruiter-fees': 'yes', 'keeps-passport': 'no' }, entries, 'PH');
    expect(result.found).toEqual(['recruiter-fees', 'pressure']);
    expect(result.noFlagFound).toBe(false);
    expect(checkJobOffer(all('yes'), entries, 'PH').found).toEqual([...RED_FLAGS]);
  });

  it('"not sure" is something to find out, never a flag; unanswered questions are listed apart', () => {
    const result = checkJobOffer({ 'messaging-only': 'unsure', 'pay-too-good': 'no' }, entries, 'PH');
    expect(result.found).toEqual([]);
    expect(result.toFindOut).toEqual(['messaging-only']);
    expect(result.unanswered).toEqual(RED_FLAGS.filter((flag) => flag !== 'messaging-only' && flag !== 'pay-too-good'));
  });

  it('all "no" finds no flag, nothing to find out: the screen then says what it could not check', () => {
    const result = checkJobOffer(all('no'), entries, 'PH');
    expect(result).toMatchObject({ found: [], toFindOut: [], unanswered: [], noFlagFound: true });
  });

  it('links her country’s lines, non-police first, and the job’s country’s when she names one', () => {
    const here = checkJobOffer({}, entries, 'PH');
    expect(here.lines.map((place) => place.country)).toEqual(['PH']);
    expect(here.lines[0]!.emergency?.id).toBe('ph-emergency');
    expect(ids(here.lines[0]!.lines)).toEqual(['ph-ngo', 'ph-police']);
    const abroad = checkJobOffer({}, entries, 'PH', 'AE');
    expect(abroad.lines.map((place) => place.country)).toEqual(['PH', 'AE']);
    expect(ids(abroad.lines[1]!.lines)).toEqual(['ae-line']);
    // Nothing of a third country; the same country twice is listed once.
    expect(checkJobOffer({}, entries, 'PH', 'PH').lines).toHaveLength(1);
    expect(checkJobOffer({}, entries, '', '').lines).toEqual([]);
  });
});

describe('number check', () => {
  const entries = realDirectory().entries;
  const found = (typed: string, country = '') => {
    const check = checkNumber(entries, typed, country);
    return check.status === 'found' ? ids(check.matches.map((match) => match.entry)) : [];
  };

  it('finds a full number however it is typed: international, 00, national, spaced, dashed, bracketed', () => {
    for (const typed of [
      '+44 8000 121 700',
      '+448000121700',
      '0044 8000 121700',
      '08000 121 700',
      '08000-121-700',
      '(0800) 0121700',
      '448000121700',
    ]) {
      expect(found(typed), typed).toEqual(['gb-modern-slavery-exploitation-helpline']);
    }
  });

  it('says whose line it is: the entry, its countries and operator', () => {
    const check = checkNumber(entries, '+44 8000 121 700', 'PH');
    expect(check.status).toBe('found');
    if (check.status !== 'found') return;
    const { entry, contact } = check.matches[0]!;
    expect(entry.countries).toEqual(['GB']);
    expect(entry.operator).toBeDefined();
    expect(contact.number).toBe('08000 121 700');
  });

  it('a short code matches only within its country', () => {
    expect(found('1343', 'PH')).toEqual(['ph-1343-actionline']);
    expect(found('1343', 'SA')).toEqual([]);
    expect(found('1343', '')).toEqual([]);
    expect(found('1919', 'SA')).toEqual(['sa-1919-domestic-violence']);
    // Typed as an international number, a short code is not it.
    expect(found('+1343', 'PH')).toEqual([]);
    // EU-wide 116 006 reaches a member state, not the UK.
    expect(found('116 006', 'DE')).toContain('eu-116-006');
    expect(found('116 006', 'GB')).not.toContain('eu-116-006');
  });

  it('one digit different is another number, and a number that is not there is "not found"', () => {
    expect(found('+44 8000 121 701')).toEqual([]);
    expect(checkNumber(entries, '+44 7700 900123', 'GB')).toEqual({ status: 'not-found', digits: '447700900123' });
  });

  it('too little typed is not yet a number', () => {
    expect(checkNumber(entries, '', 'GB')).toEqual({ status: 'empty' });
    expect(checkNumber(entries, '+ 1', 'GB')).toEqual({ status: 'empty' });
    expect(checkNumber(entries, 'call me', 'GB')).toEqual({ status: 'empty' });
  });

  it('marks a line that is not fully verified', () => {
    const check = checkNumber(entries, '1919', 'SA');
    expect(check.status === 'found' && check.matches[0]!.unverified).toBe(true);
  });
});
