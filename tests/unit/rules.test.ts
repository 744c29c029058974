import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS, type Confidence, type Contact } from '../../src/data/entry';
import { doubtOf, isUnverified } from '../../src/rules/confidence';
import { contactForm, isLinkContact, isPhoneContact, VALUE_FIELD } from '../../src/rules/contacts';
import { isListedByCountry } from '../../src/rules/kinds';
import { hasAllowedScheme, LINK_SCHEMES } from '../../src/rules/link-schemes';
import { safeHref } from '../../src/safety/links';

describe('link schemes', () => {
  it('links https:, tel:, sms: and mailto: addresses only', () => {
    expect(LINK_SCHEMES).toEqual(['https:', 'tel:', 'sms:', 'mailto:']);
    for (const href of [
      'https://example.org/',
      'tel:+441234567890',
      'sms:116006',
      'mailto:help@example.org',
      'HTTPS://example.org/',
    ]) {
      expect(hasAllowedScheme(href), href).toBe(true);
    }
    for (const href of [
      'http://example.org/',
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
      '/relative',
      '',
    ]) {
      expect(hasAllowedScheme(href), href).toBe(false);
    }
  });

  it('gives the interface the address only when it may become a link', () => {
    expect(safeHref('tel:112')).toBe('tel:112');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(undefined)).toBeNull();
  });
});

describe('confidence', () => {
  it('calls medium and low confidence not fully verified, and ranks low after medium after the rest', () => {
    expect([undefined, 'high', 'medium', 'low'].map((level) => isUnverified(level as Confidence | undefined))).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(doubtOf(undefined)).toBe(doubtOf('high'));
    expect(doubtOf('high')).toBeLessThan(doubtOf('medium'));
    expect(doubtOf('medium')).toBeLessThan(doubtOf('low'));
  });
});

describe('contact forms', () => {
  it('tells numbers, https addresses and e-mail addresses apart, and knows no other type', () => {
    expect(['phone', 'sms', 'whatsapp', 'tty', 'web', 'chat', 'email'].map(contactForm)).toEqual([
      'phone',
      'phone',
      'phone',
      'phone',
      'link',
      'link',
      'email',
    ]);
    for (const notAType of ['fax', 'toString', '__proto__', 42, undefined]) expect(contactForm(notAType)).toBeUndefined();
  });

  it('reads each form from its own field', () => {
    const contacts: Contact[] = [
      { type: 'sms', number: '116 006' },
      { type: 'chat', url: 'https://example.org/chat' },
      { type: 'email', address: 'help@example.org' },
    ];
    expect(
      contacts.map((contact) => (contact as unknown as Record<string, string>)[VALUE_FIELD[contactForm(contact.type)!]]),
    ).toEqual(['116 006', 'https://example.org/chat', 'help@example.org']);
    expect(contacts.map(isPhoneContact)).toEqual([true, false, false]);
    expect(contacts.map(isLinkContact)).toEqual([false, true, false]);
  });
});

describe('kinds', () => {
  it('lists emergency numbers, helplines and services country by country, and the rest once for everyone', () => {
    expect(ENTRY_KINDS.filter(isListedByCountry)).toEqual(['emergency', 'helpline', 'service']);
  });
});
