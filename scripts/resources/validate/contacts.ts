/** Contacts: the shape of each type, and phone numbers checked against real numbering plans. */
import {
  CONTACT_TYPES,
  EMERGENCY_SERVICES,
  type EmailContact,
  type LinkContact,
  type PhoneContact,
} from '../../../src/data/entry.ts';
import { contactForm } from '../../../src/rules/contacts.ts';
import { isShortCode, parseFullNumber, shortCodeDigitRange, shortCodeDigits } from '../contact-href.ts';
import { ISO_COUNTRY_SET } from '../iso-countries.ts';
import { quote } from '../message-text.ts';
import { type Checker, child, isObject, type JsonObject, typeName } from './checker.ts';
import {
  type Check,
  type ShapeOf,
  asName,
  checkBoolean,
  checkEmail,
  checkHttpsUrl,
  checkObject,
  checkString,
  countryCode,
  localized,
  LIMITS,
  oneOf,
  optional,
  required,
} from './fields.ts';

const contactText = { label: optional(asName(localized(LIMITS.labelChars))), note: optional(localized(LIMITS.textChars)) };
const acceptType = required(() => {}); // already checked before the shape is chosen

const CONTACT_SHAPES: { phone: ShapeOf<PhoneContact>; link: ShapeOf<LinkContact>; email: ShapeOf<EmailContact> } = {
  phone: {
    type: acceptType,
    number: required((value, path, c) => void checkString(value, path, c, LIMITS.numberChars)),
    country: optional(countryCode({ allowEU: false })),
    short: optional(checkBoolean),
    service: optional(oneOf(EMERGENCY_SERVICES, 'emergency service')),
    ...contactText,
  },
  link: { type: acceptType, url: required(checkHttpsUrl), ...contactText },
  email: { type: acceptType, address: required(checkEmail), ...contactText },
};

/**
 * A phone-like number: short codes are 3–6 digits (2–6 on an emergency entry); full numbers must
 * be valid in the numbering plan of the contact's country, else the entry's first country
 * (libphonenumber-js, not a regex).
 */
function checkPhoneNumber(contact: JsonObject, path: string, entry: JsonObject, c: Checker): void {
  const entryCountries = entry.countries;
  const { number, type } = contact;
  const numberPath = child(path, 'number');
  if (typeof number !== 'string' || number.trim() === '' || number.length > LIMITS.numberChars) return; // reported by the shape
  if (/\p{L}/u.test(number)) {
    c.error(
      numberPath,
      `${quote(number)} contains letters; write the digits here and the lettered form (e.g. "1-800-FOR-HELP") in "label"`,
    );
    return;
  }
  if (contact.short === true) {
    if (type === 'whatsapp') {
      c.error(child(path, 'short'), 'a WhatsApp contact needs a full international number, not a short code');
      return;
    }
    const kind = typeof entry.kind === 'string' ? entry.kind : undefined;
    if (!isShortCode(number, kind)) {
      const { min, max } = shortCodeDigitRange(kind);
      const twoDigits = /^\d{2}$/.test(shortCodeDigits(number)) ? '; two digits only on an entry of kind "emergency"' : '';
      c.error(
        numberPath,
        `${quote(number)} is not a short code: use ${min} to ${max} digits (spaces and hyphens allowed)${twoDigits}`,
      );
    }
    return;
  }
  if (!/^\+?[\d\s().\-/]+$/.test(number)) {
    c.error(numberPath, `${quote(number)} may only contain digits, spaces, a leading + and ( ) - . /`);
    return;
  }
  const ownCountry = contact.country;
  if (ownCountry !== undefined && (typeof ownCountry !== 'string' || !ISO_COUNTRY_SET.has(ownCountry))) return; // reported
  if (ownCountry === undefined && !Array.isArray(entryCountries)) return; // the bad "countries" is reported
  const country = ownCountry ?? (entryCountries as unknown[])[0];
  if (country === undefined) {
    c.error(
      numberPath,
      'needs a country: the entry lists no countries, so set the contact\'s "country" (or mark a short code "short": true)',
    );
    return;
  }
  if (country === 'EU') {
    c.error(numberPath, 'an EU-wide entry must set the contact\'s "country" or mark a short code "short": true');
    return;
  }
  if (typeof country !== 'string' || !ISO_COUNTRY_SET.has(country)) return; // the bad country is reported on its own
  const result = parseFullNumber(number, country);
  if (result.ok) return;
  if (result.reason === 'unsupported-country') {
    c.error(numberPath, `no telephone numbering plan is known for ${country}; set the contact's "country"`);
  } else if (result.reason === 'other-country') {
    c.error(
      numberPath,
      `${quote(number)} dials +${result.callingCode}, which is not a number for ${country}; set the contact's "country"`,
    );
  } else {
    c.error(numberPath, `${quote(number)} is not a valid phone number for ${country}`);
  }
}

/**
 * `service` names what an emergency number reaches, in the interface's words: only on an entry of
 * kind "emergency", and never with a `label` (two texts for one number could disagree).
 */
function checkService(contact: JsonObject, path: string, entry: JsonObject, c: Checker): void {
  const servicePath = child(path, 'service');
  if (entry.kind !== 'emergency') c.error(servicePath, 'only contacts of an entry of kind "emergency" name a "service"');
  if (Object.hasOwn(contact, 'label')) {
    c.error(child(path, 'label'), 'a contact with a "service" takes its label from the interface: remove "label"');
  }
}

/** Checks one contact; the entry's first country applies to numbers without their own, its kind to how short a short code may be. */
export const checkContact =
  (entry: JsonObject): Check =>
  (value, path, c) => {
    if (!isObject(value)) {
      c.error(path, `must be an object, not ${typeName(value)}`);
      return;
    }
    const { type } = value;
    if (!Object.hasOwn(value, 'type')) {
      c.error(child(path, 'type'), 'missing required field "type"');
      return;
    }
    const form = contactForm(type);
    if (form === undefined) return oneOf(CONTACT_TYPES, 'contact type')(type, child(path, 'type'), c);
    checkObject(value, path, CONTACT_SHAPES[form], c);
    if (form === 'phone') checkPhoneNumber(value, path, entry, c);
    if (Object.hasOwn(value, 'service')) checkService(value, path, entry, c);
  };
