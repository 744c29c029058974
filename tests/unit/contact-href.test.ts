import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/data/entry';
import { contactHref, isShortCode } from '../../scripts/resources/contact-href';
import { readResourceFiles } from '../../scripts/resources/read-resources';
import { validateResources } from '../../scripts/resources/validate';

describe('contactHref', () => {
  it.each<[string, Contact, string | undefined, string]>([
    ['a US toll-free number', { type: 'phone', number: '1-888-373-7888' }, 'US', 'tel:+18883737888'],
    ['a UK freephone number', { type: 'phone', number: '08000 121 700' }, 'GB', 'tel:+448000121700'],
    ['a short code, digits only', { type: 'phone', number: '116 016', short: true }, 'EU', 'tel:116016'],
    ['a TTY short code', { type: 'tty', number: '711', short: true }, 'US', 'tel:711'],
    ['a two-digit emergency code', { type: 'phone', number: '17', short: true }, 'FR', 'tel:17'],
    ['an SMS short code', { type: 'sms', number: '233733', short: true }, 'US', 'sms:233733'],
    ['an SMS full number', { type: 'sms', number: '(888) 373-7888' }, 'US', 'sms:+18883737888'],
    ["a contact country over the entry's", { type: 'phone', number: '030 1234567', country: 'DE' }, 'EU', 'tel:+49301234567'],
    ['WhatsApp with a country', { type: 'whatsapp', number: '07400 123456', country: 'GB' }, 'US', 'https://wa.me/447400123456'],
    ['email', { type: 'email', address: 'help@humantraffickinghotline.org' }, 'US', 'mailto:help@humantraffickinghotline.org'],
    [
      'a web url, unchanged',
      { type: 'web', url: 'https://www.modernslaveryhelpline.org/?lang=en' },
      'GB',
      'https://www.modernslaveryhelpline.org/?lang=en',
    ],
    [
      'a chat url, unchanged',
      { type: 'chat', url: 'https://humantraffickinghotline.org/en/chat' },
      undefined,
      'https://humantraffickinghotline.org/en/chat',
    ],
  ])('%s', (_, contact, entryCountry, href) => {
    expect(contactHref(contact, entryCountry)).toBe(href);
  });

  it('takes two-digit short codes on emergency entries only', () => {
    expect(isShortCode('17', 'emergency')).toBe(true);
    expect(isShortCode('1 5', 'emergency')).toBe(true);
    expect(isShortCode('17', 'helpline')).toBe(false);
    expect(isShortCode('17', undefined)).toBe(false);
    expect(isShortCode('1', 'emergency')).toBe(false);
    expect(isShortCode('1234567', 'emergency')).toBe(false);
    expect(isShortCode('116 000', 'helpline')).toBe(true);
  });

  it('throws instead of guessing a link for a number it cannot read', () => {
    expect(() => contactHref({ type: 'phone', number: '123' }, 'US')).toThrow('"123" is not a valid phone number for US');
    expect(() => contactHref({ type: 'phone', number: '030 1234567' }, undefined)).toThrow(/not a valid phone number/);
    expect(() => contactHref({ type: 'phone', number: '030 1234567' }, 'EU')).toThrow(/not a valid phone number for EU/);
    expect(() => contactHref({ type: 'whatsapp', number: '233733', short: true }, 'US')).toThrow(/WhatsApp/);
  });

  it('can build a link for every contact the validator accepts', () => {
    const root = fileURLToPath(new URL('./fixtures/good-resources', import.meta.url));
    const { entries } = validateResources(readResourceFiles(root), { today: '2026-11-29' });
    const hrefs = entries.flatMap((entry) => entry.contacts.map((contact) => contactHref(contact, entry.countries[0])));
    expect(hrefs).toHaveLength(10);
    expect(hrefs.every((href) => /^(tel:|sms:|mailto:|https:\/\/)/.test(href))).toBe(true);
  });
});
