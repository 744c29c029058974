import { describe, expect, it } from 'vitest';
import { hasAllowedScheme, withFirstMessage } from '../../src/rules/link-schemes';
import { realDirectory } from './support/real-directory';

const TEXT = 'I need help. I speak မြန်မာ (Burmese). Is it safe to talk?';

describe('withFirstMessage', () => {
  it('fills an sms: link’s body, percent-encoded whole', () => {
    const href = withFirstMessage('sms:+447700900123', TEXT)!;
    expect(href).toBe(`sms:+447700900123?body=${encodeURIComponent(TEXT)}`);
    expect(decodeURIComponent(new URL(href).search.replace('?body=', ''))).toBe(TEXT);
    expect(withFirstMessage('sms:8020', 'hi')).toBe('sms:8020?body=hi');
  });

  it('fills a wa.me link’s text', () => {
    expect(withFirstMessage('https://wa.me/639171234567', TEXT)).toBe(
      `https://wa.me/639171234567?text=${encodeURIComponent(TEXT)}`,
    );
  });

  it('keeps what she chose from adding parameters or changing the number', () => {
    const href = withFirstMessage('sms:+447700900123', 'help&body=other?x=1#top')!;
    const url = new URL(href);
    expect(url.pathname).toBe('+447700900123');
    expect([...url.searchParams.keys()]).toEqual(['body']);
    expect(url.searchParams.get('body')).toBe('help&body=other?x=1#top');
    expect(url.hash).toBe('');
  });

  it('gives nothing for links that cannot carry a message, or an empty one', () => {
    expect(withFirstMessage('tel:+447700900123', TEXT)).toBeNull();
    expect(withFirstMessage('https://example.org/chat', TEXT)).toBeNull();
    expect(withFirstMessage('https://wa.me.example.org/6391712', TEXT)).toBeNull();
    expect(withFirstMessage('sms:+447700900123?body=already', TEXT)).toBeNull();
    expect(withFirstMessage('javascript:alert(1)', TEXT)).toBeNull();
    expect(withFirstMessage('sms:+447700900123', '  ')).toBeNull();
  });

  it('works for every text and WhatsApp line the build ships, and stays an allowed link', () => {
    const contacts = realDirectory()
      .entries.flatMap((entry) => entry.contacts)
      .filter((contact) => contact.type === 'sms' || contact.type === 'whatsapp');
    expect(contacts.some((contact) => contact.type === 'sms')).toBe(true);
    expect(contacts.some((contact) => contact.type === 'whatsapp')).toBe(true);
    for (const contact of contacts) {
      const href = withFirstMessage(contact.href, TEXT);
      expect(href, contact.href).not.toBeNull();
      expect(hasAllowedScheme(href!)).toBe(true);
    }
  });
});
