import { preloadKioskParts } from '../../src/ui/kiosk-parts';
import { describe, expect, it } from 'vitest';
import type { CompiledContact } from '../../src/data/entry';
import { ContactList } from '../../src/ui/ContactList';
import { renderView, textOf } from './support/render';
import { translator } from './support/views';

const CONTACTS: CompiledContact[] = [
  { type: 'phone', number: '08000 121 700', href: 'tel:+448000121700' },
  { type: 'sms', number: '233733', short: true, href: 'sms:233733', note: { en: 'Text HELP', es: 'Envíe AYUDA' } },
  { type: 'web', url: 'https://www.example.org/report', href: 'https://www.example.org/report', label: { en: 'Report online' } },
  { type: 'email', address: 'help@example.org', href: 'mailto:help@example.org' },
];

async function renderList(
  contacts: CompiledContact[],
  { language = 'en', kiosk = false }: { language?: 'en' | 'es' | 'ar'; kiosk?: boolean } = {},
) {
  const i18n = await translator(language);
  return renderView(<ContactList contacts={contacts} i18n={i18n} kiosk={kiosk} />).container;
}

describe('ContactList', () => {
  it('is a labelled list with a link for every way to reach the service', async () => {
    const container = await renderList(CONTACTS);
    expect(container.querySelector('ul')!.getAttribute('aria-label')).toBe('How to reach them');
    const links = [...container.querySelectorAll('a')].map((link) => [link.getAttribute('href'), textOf(link)]);
    expect(links).toEqual([
      ['tel:+448000121700', 'Call 08000 121 700'],
      ['sms:233733', 'Text 233733'],
      ['https://www.example.org/report', 'Report online (opens in a new window)'],
      ['mailto:help@example.org', 'Email help@example.org'],
    ]);
  });

  it('opens only web addresses in a new window, with no referrer', async () => {
    const container = await renderList(CONTACTS);
    for (const link of container.querySelectorAll('a')) {
      const web = link.getAttribute('href')!.startsWith('https:');
      expect(link.getAttribute('target')).toBe(web ? '_blank' : null);
      expect(link.getAttribute('rel')).toBe(web ? 'noreferrer noopener' : null);
    }
  });

  it('isolates each contact’s text (bdi, for right-to-left pages) and shows notes in the reader’s language', async () => {
    const container = await renderList(CONTACTS, { language: 'es' });
    expect(container.querySelectorAll('a bdi')).toHaveLength(CONTACTS.length);
    expect(textOf(container.querySelector('.contact--sms .contact__note'))).toBe('Envíe AYUDA');
  });

  it('never links a contact whose address is not a safe scheme: it is shown as text', async () => {
    const container = await renderList([
      { type: 'web', url: 'https://example.org/', href: 'javascript:alert(1)' },
      { type: 'chat', url: 'https://example.org/chat', href: 'data:text/html,<script>alert(1)</script>' },
      { type: 'phone', number: '0800 000 000', href: 'not a url' },
    ]);
    expect(container.querySelector('a')).toBeNull();
    expect([...container.querySelectorAll('li')].map(textOf)).toEqual(['Website', 'Chat online', 'Call 0800 000 000']);
  });

  it('in kiosk mode shows large text and a place for a QR code instead of links', async () => {
    // The QR code is a kiosk part (a chunk of its own, fetched as a kiosk starts).
    await preloadKioskParts();
    const container = await renderList(CONTACTS, { kiosk: true });
    expect(container.querySelector('ul')!.className).toBe('contacts contacts--kiosk');
    expect(container.querySelector('a')).toBeNull();
    expect(container.querySelectorAll('.qr')).toHaveLength(CONTACTS.length);
    const web = container.querySelector('.contact--web')!;
    expect(textOf(web.querySelector('.contact__text > bdi'))).toBe('Report online');
    expect(textOf(web.querySelector('.contact__address'))).toBe('www.example.org/report');
  });

  it('renders nothing when there is no contact', async () => {
    const container = await renderList([]);
    expect(container.innerHTML).toBe('');
  });
});

describe('ContactList on emergency numbers', () => {
  const EMERGENCY: CompiledContact[] = [
    { type: 'phone', number: '112', short: true, service: 'all', href: 'tel:112' },
    { type: 'phone', number: '17', short: true, service: 'police', href: 'tel:17' },
  ];

  it.each([
    ['en', ['Call All emergencies (112)', 'Call Police (17)']],
    ['th', ['โทร เหตุฉุกเฉินทุกประเภท (112)', 'โทร ตำรวจ (17)']],
  ] as const)('names each service in the reader’s language (%s), the number unchanged', async (language, expected) => {
    const i18n = await translator(language);
    const container = renderView(<ContactList contacts={EMERGENCY} i18n={i18n} />).container;
    const texts = [...container.querySelectorAll('a')].map(textOf);
    expect(texts).toEqual(expected);
  });
});
