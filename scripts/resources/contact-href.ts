/**
 * Turns a contact into the link a tap opens. The validator uses the same phone helpers, so any
 * contact that passes validation is one this module can turn into a link.
 */
import { getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';
import type { Contact, PhoneContact } from '../../src/data/entry.ts';

// The "max" metadata checks each number against the national numbering patterns; the default
// "min" metadata only checks lengths, which lets plausible-looking wrong numbers through.
// This module runs at build time only, so the larger metadata costs the app nothing.

/** A short code's digits: spaces and hyphens removed. */
export function shortCodeDigits(number: string): string {
  return number.replace(/[\s-]/g, '');
}

/**
 * How many digits a short code of an entry of this kind may have. Two only for emergency
 * entries: France's 17 or Morocco's 19 are real, but a two-digit helpline is a data error.
 */
export function shortCodeDigitRange(kind: string | undefined): { min: number; max: number } {
  return { min: kind === 'emergency' ? 2 : 3, max: 6 };
}

/** True when a short code has as many digits as its entry's kind allows, once spaces and hyphens are removed. */
export function isShortCode(number: string, kind: string | undefined): boolean {
  const { min, max } = shortCodeDigitRange(kind);
  const digits = shortCodeDigits(number);
  return /^\d+$/.test(digits) && digits.length >= min && digits.length <= max;
}

/** Why a full number cannot be used, or the parsed number when it can. */
export type FullNumberResult =
  | { ok: true; phone: PhoneNumber }
  | { ok: false; reason: 'unsupported-country' | 'invalid' | 'other-country'; callingCode?: string };

/**
 * Parses a full (not short) number in the numbering plan of `country`. Rejects numbers that are
 * invalid there, and international-form numbers that dial a different country code
 * (a "+44" number on a US contact is a data mistake even though the number itself is valid).
 */
export function parseFullNumber(number: string, country: string): FullNumberResult {
  if (!isSupportedCountry(country)) return { ok: false, reason: 'unsupported-country' };
  const phone = parsePhoneNumberFromString(number, country);
  if (!phone?.isValid()) return { ok: false, reason: 'invalid' };
  // Compare calling codes, not countries: numbers shared by several countries (GB/JE/GG/IM,
  // the +1 plan) legitimately parse to a neighbour while still dialling the right place.
  if (phone.countryCallingCode !== getCountryCallingCode(country)) {
    return { ok: false, reason: 'other-country', callingCode: phone.countryCallingCode };
  }
  return { ok: true, phone };
}

/** The country whose numbering plan a phone contact follows: its own, else the entry's first. */
export function phoneCountry(contact: PhoneContact, entryCountry: string | undefined): string | undefined {
  return contact.country ?? entryCountry;
}

/** E.164 form (+15551234567) of a full number; throws when the number is not usable. */
function e164(contact: PhoneContact, entryCountry: string | undefined): string {
  const country = phoneCountry(contact, entryCountry);
  const result = country === undefined ? undefined : parseFullNumber(contact.number, country);
  if (!result?.ok) {
    // Never emit a guessed link: a wrong tel: href sends a caller nowhere.
    throw new Error(`${JSON.stringify(contact.number)} is not a valid phone number for ${country ?? 'an unknown country'}`);
  }
  return result.phone.number;
}

/** The dialable part of a phone-like contact: E.164 for full numbers, bare digits for short codes. */
function dialable(contact: PhoneContact, entryCountry: string | undefined): string {
  return contact.short === true ? shortCodeDigits(contact.number) : e164(contact, entryCountry);
}

/** The href for a contact: tel:+E164 for full phone/tty numbers (parsed with libphonenumber-js for the contact's `country` or else the entry's first country), tel:<digits> for short codes, sms:+E164 / sms:<digits> for SMS, https://wa.me/<E164 digits without +> for WhatsApp, the url for web/chat, mailto:<address> for email. */
export function contactHref(contact: Contact, entryCountry: string | undefined): string {
  switch (contact.type) {
    case 'phone':
    case 'tty':
      return `tel:${dialable(contact, entryCountry)}`;
    case 'sms':
      return `sms:${dialable(contact, entryCountry)}`;
    case 'whatsapp':
      // wa.me only understands full international numbers, never short codes.
      if (contact.short === true) throw new Error('a WhatsApp contact needs a full number, not a short code');
      return `https://wa.me/${e164(contact, entryCountry).slice(1)}`;
    case 'web':
    case 'chat':
      return contact.url;
    case 'email':
      return `mailto:${contact.address}`;
  }
}
