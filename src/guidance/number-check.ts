/**
 * "Is this number real?": a number a recruiter or a "helpline" gave her, typed or pasted in any
 * form, against the numbers of the directory. Pure: entries and text in, matches out.
 *
 * The answer is only ever "this is in the directory, and here is whose line it is" or "this is
 * not in the directory". Neither means the caller is honest or a fraud: the wording of the screen
 * says so (see the number.* texts).
 */
import type { CompiledContact, CompiledEntry, PhoneContact } from '../data/entry';
import { reaches } from '../places/eu-members';
import { CALLING_CODES } from '../places/calling-codes';
import { dialledDigits, digitsOf, isPhoneContact } from '../rules/contacts';
import { isUnverified } from '../rules/confidence';

/** One line that has the number: the entry (its name, countries and operator say whose it is) and the contact. */
export interface NumberMatch {
  entry: CompiledEntry;
  contact: CompiledContact & PhoneContact;
  /** The entry is not fully verified: the screen says to confirm it. */
  unverified: boolean;
}

export type NumberCheck =
  /** Too little typed to look for (fewer than two digits). */
  { status: 'empty' } | { status: 'found'; matches: NumberMatch[] } | { status: 'not-found'; digits: string };

/** Fewer digits than this are not a number yet (France's emergency 17 has two). */
const FEWEST_DIGITS = 2;

/** Typed with an international prefix: "+971 …" or "00971 …". */
function typedInternational(typed: string): string | null {
  const trimmed = typed.trim();
  if (trimmed.startsWith('+')) return digitsOf(trimmed);
  const digits = digitsOf(trimmed);
  return digits.startsWith('00') ? digits.slice(2) : null;
}

/** The number without its country calling code (+44 800… → 800…), when the code is the country's. */
function nationalPart(full: string, country: string | undefined): string | null {
  for (const [code, countries] of Object.entries(CALLING_CODES)) {
    if (full.startsWith(code) && country !== undefined && countries.includes(country)) return full.slice(code.length);
  }
  return null;
}

/** The countries whose callers a short code works for: the contact's own, or the entry's. */
function shortCodeCountries(entry: CompiledEntry, contact: PhoneContact): readonly string[] {
  return contact.country ? [contact.country] : entry.countries;
}

/**
 * Whether what she typed is this contact's number. A full number matches however it is written:
 * international (+44…, 0044…), with the country code and no plus, the operator's published form,
 * or national with or without the trunk 0. A short code (1343, 116 016) is a number only inside
 * its country: it matches only when typed as is and the country is hers.
 */
function isSameNumber(typed: string, entry: CompiledEntry, contact: CompiledContact & PhoneContact, country: string): boolean {
  const international = typedInternational(typed);
  const digits = digitsOf(typed);
  const published = digitsOf(contact.number);
  if (contact.short) {
    return (
      international === null &&
      digits === published &&
      country !== '' &&
      shortCodeCountries(entry, contact).some((code) => reaches(code, country))
    );
  }
  const full = dialledDigits(contact.href);
  if (international !== null) return international === full;
  if (digits === full || digits === published) return true;
  const national = nationalPart(full, contact.country ?? entry.countries[0]);
  return national !== null && (digits === national || digits === `0${national}`);
}

/**
 * The directory's lines that have the number she typed, in the directory's order. `country` is
 * hers (ISO code, or '' when unknown): short codes are matched only within it.
 */
export function checkNumber(entries: readonly CompiledEntry[], typed: string, country: string): NumberCheck {
  const digits = digitsOf(typed);
  if (digits.length < FEWEST_DIGITS) return { status: 'empty' };
  const matches: NumberMatch[] = [];
  for (const entry of entries) {
    for (const contact of entry.contacts) {
      if (!isPhoneContact(contact)) continue;
      const phone = contact as CompiledContact & PhoneContact;
      if (isSameNumber(typed, entry, phone, country)) {
        matches.push({ entry, contact: phone, unverified: isUnverified(entry.confidence) });
        break;
      }
    }
  }
  return matches.length > 0 ? { status: 'found', matches } : { status: 'not-found', digits };
}
