import { describe, expect, it } from 'vitest';
import type { CompiledEntry } from '../../src/data/entry';
import { EntryCard, type EntryDisplay } from '../../src/ui/EntryCard';
import { realDirectory } from '../unit/support/real-directory';
import { labelOf, renderView, textOf } from './support/render';
import { TODAY, compiledEntry, translator } from './support/views';

const ON_SCREEN: EntryDisplay = { mode: 'personal', saved: new Set(), onSavedChange: () => undefined };

/** A raw weekday code as the resource files write it, standing alone. */
const RAW_DAY = /\b(mon|tue|wed|thu|fri|sat|sun)\b/;

const WEEKLY_LINE = compiledEntry('nl-line', {
  name: { en: 'Netherlands line', es: 'Línea de los Países Bajos' },
  countries: ['NL'],
  hours: {
    timeZone: 'Europe/Amsterdam',
    weekly: [
      { days: ['mon', 'tue', 'wed', 'thu'], open: '09:00', close: '19:00' },
      { days: ['fri'], open: '09:00', close: '17:00' },
    ],
  },
});

async function renderCard(entry: CompiledEntry, language: 'en' | 'es' | 'fr' | 'ar' = 'en', display = ON_SCREEN) {
  const i18n = await translator(language);
  const { container } = renderView(<EntryCard entry={entry} i18n={i18n} today={TODAY} headingLevel={3} display={display} />);
  return { card: container.querySelector('article')!, i18n };
}

/** The "Hours: …" line of a card. */
function hoursLine(card: Element, label: string): string {
  const line = [...card.querySelectorAll('.entry__facts li')].map(textOf).find((text) => text.startsWith(`${label}:`));
  if (!line) throw new Error('the card shows no hours');
  return line;
}

describe('EntryCard', () => {
  it('is an article named by its heading, at the level asked for', async () => {
    const { card } = await renderCard(WEEKLY_LINE);
    expect(labelOf(card)).toBe(card.querySelector('h3'));
    expect(textOf(labelOf(card))).toBe('Netherlands line');
    // Content may be in another script than the interface: each name runs in its own direction.
    expect(labelOf(card).getAttribute('dir')).toBe('auto');
  });

  it('shows weekly hours with weekday names, 24-hour times and the time zone’s place', async () => {
    const { card } = await renderCard(WEEKLY_LINE);
    expect(hoursLine(card, 'Hours')).toBe('Hours: Monday – Thursday 09:00–19:00; Friday 09:00–17:00 (Central European Time)');
  });

  it.each(['es', 'ar'] as const)('in %s shows no raw weekday code or IANA zone in the hours', async (language) => {
    const { card, i18n } = await renderCard(WEEKLY_LINE, language);
    const hours = hoursLine(card, i18n.t('entry.hours'));
    expect(hours).not.toMatch(RAW_DAY);
    expect(hours).not.toContain('Europe/Amsterdam');
    expect(textOf(card)).not.toMatch(RAW_DAY);
    expect(hours).toContain(language === 'es' ? 'lunes' : 'الاثنين');
  });

  it.each(['es', 'ar'] as const)(
    'in %s shows the weekly hours of every real entry with no raw weekday code',
    async (language) => {
      const i18n = await translator(language);
      // Without the source's note, which the card shows in place of the times.
      const weekly = realDirectory().entries.flatMap((entry) =>
        entry.hours && 'weekly' in entry.hours
          ? [{ ...entry, hours: { timeZone: entry.hours.timeZone, weekly: entry.hours.weekly } }]
          : [],
      );
      expect(weekly.length).toBeGreaterThan(0);
      for (const entry of weekly) {
        const { container } = renderView(
          <EntryCard entry={entry} i18n={i18n} today={TODAY} headingLevel={3} display={ON_SCREEN} />,
        );
        const hours = hoursLine(container, i18n.t('entry.hours'));
        expect(hours).not.toMatch(RAW_DAY);
        expect(hours).not.toContain(entry.hours.timeZone);
      }
    },
  );

  it('says what the source said about the hours when it said something', async () => {
    const entry = compiledEntry('noted', {
      hours: {
        timeZone: 'Europe/London',
        weekly: [{ days: ['mon'], open: '09:00', close: '17:00' }],
        note: { en: 'Weekdays, not on bank holidays' },
      },
    });
    const { card } = await renderCard(entry);
    expect(hoursLine(card, 'Hours')).toBe('Hours: Weekdays, not on bank holidays');
  });

  it('warns that a low-confidence line is not fully verified, with the reason', async () => {
    const entry = compiledEntry('unsure', { confidence: 'low', confidenceNote: { en: 'Two printings of the number differ.' } });
    const { card, i18n } = await renderCard(entry);
    const warning = card.querySelector('[role="note"]');
    expect(textOf(warning)).toBe(`${i18n.t('entry.unverified')} Two printings of the number differ.`);
    const verified = await renderCard(compiledEntry('sure', { confidence: 'high' }));
    expect(verified.card.querySelector('[role="note"]')).toBeNull();
  });

  it('marks an entry not checked for over a year as stale, and a recent one not', async () => {
    const stale = await renderCard(compiledEntry('old', { checked: '2025-10-01' }));
    expect(textOf(stale.card.querySelector('.badge--stale'))).toBe('Not checked for over a year');
    const fresh = await renderCard(compiledEntry('new', { checked: '2026-11-01' }));
    expect(fresh.card.querySelector('.badge--stale')).toBeNull();
    expect(textOf(fresh.card.querySelector('.entry__source'))).toContain(`Checked ${fresh.i18n.formatDate('2026-11-01')}`);
  });

  it('links only to safe addresses: a javascript: official site or source is shown as text, never a link', async () => {
    const entry: CompiledEntry = {
      ...compiledEntry('hostile', { kind: 'programme' }),
      url: 'javascript:alert(1)',
      source: 'javascript:alert(2)',
    };
    const { card } = await renderCard(entry);
    expect(card.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(card.querySelector('.entry__official')).toBeNull();
    expect(textOf(card.querySelector('.entry__source'))).toMatch(/^Source · Checked/);
    expect(card.querySelector('.entry__source a')).toBeNull();
  });

  it('opens safe outside links in a new window with no referrer, and says so', async () => {
    const entry = compiledEntry('programme', { kind: 'programme', url: 'https://example.org/programme' });
    const { card } = await renderCard(entry);
    const official = card.querySelector<HTMLAnchorElement>('.entry__official a')!;
    expect(official.getAttribute('href')).toBe('https://example.org/programme');
    expect(official.target).toBe('_blank');
    expect(official.rel).toBe('noreferrer noopener');
    expect(textOf(official)).toBe('Official site (opens in a new window)');
  });

  it('in kiosk mode links nowhere: addresses as text, a print button, no saving', async () => {
    const entry = compiledEntry('kiosk-line', { url: 'https://example.org/line' });
    const printed: string[] = [];
    const { card } = await renderCard(entry, 'en', { mode: 'kiosk', onPrint: (printedEntry) => printed.push(printedEntry.id) });
    expect(card.querySelector('a')).toBeNull();
    expect(textOf(card.querySelector('.entry__official'))).toContain('example.org/line');
    expect(textOf(card.querySelector('.entry__source'))).toContain('Source: example.org');
    expect(card.querySelector('[aria-pressed]')).toBeNull();
    (card.querySelector('.entry__actions button') as HTMLButtonElement).click();
    expect(printed).toEqual(['kiosk-line']);
  });

  it('saving is a toggle button that reports the new state', async () => {
    const changes: [string, boolean][] = [];
    const display: EntryDisplay = {
      mode: 'personal',
      saved: new Set(['saved-line']),
      onSavedChange: (id, saved) => changes.push([id, saved]),
    };
    const { card } = await renderCard(compiledEntry('saved-line'), 'en', display);
    const toggle = card.querySelector<HTMLButtonElement>('button[aria-pressed]')!;
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(textOf(toggle)).toBe('Save on this device');
    toggle.click();
    expect(changes).toEqual([['saved-line', false]]);
  });
});

describe('EntryCard: who answers, and how far to trust it', () => {
  it('says who answers, a police line plainly, and only the flags its source states', async () => {
    const entry = compiledEntry('police-line', { operator: 'police', flags: ['anonymous', 'reports-to-police'] });
    const { card } = await renderCard(entry);
    const labels = [...card.querySelectorAll('.entry__operator li')].map(textOf);
    expect(labels).toEqual(['Police line', 'You can stay anonymous', 'What you report may go to the police']);
    expect(card.querySelector('.operator--police')).not.toBeNull();
    const ngo = await renderCard(compiledEntry('ngo-line', { operator: 'ngo' }), 'es');
    expect([...ngo.card.querySelectorAll('.entry__operator li')].map(textOf)).toEqual(['Gestionada por una ONG']);
  });

  it('shows the source’s own date beside the date it was read, as precisely as the source gives it', async () => {
    const { card, i18n } = await renderCard(compiledEntry('dated', { published: '2013', checked: '2026-11-29' }));
    const source = textOf(card.querySelector('.entry__source'));
    expect(source).toContain('Source dated 2013');
    expect(source).toContain(`Checked ${i18n.formatDate('2026-11-29')}`);
    const month = await renderCard(compiledEntry('dated-month', { published: '2025-03' }), 'fr');
    expect(textOf(month.card.querySelector('.entry__source'))).toContain('mars 2025');
  });

  it('gives a source over three years old the caution of a doubtful line, and a recent one none', async () => {
    const old = await renderCard(compiledEntry('old', { published: '2013-06' }));
    expect(textOf(old.card.querySelector('.entry__warning--old'))).toContain('This source is from 2013');
    const recent = await renderCard(compiledEntry('recent', { published: '2025-01-10' }));
    expect(recent.card.querySelector('.entry__warning--old')).toBeNull();
  });

  it('lists what sources disagree on, in its own direction', async () => {
    const entry = compiledEntry('disputed', { conflicts: [{ en: 'Two printings of the number differ: 116 and 117.' }] });
    const { card } = await renderCard(entry, 'ar');
    const item = card.querySelector('.entry__conflicts li')!;
    expect(textOf(item)).toBe('Two printings of the number differ: 116 and 117.');
    expect(item.getAttribute('dir')).toBe('auto');
    expect(item.getAttribute('lang')).toBe('en');
  });
});

describe('EntryCard for emergency numbers', () => {
  const FR = realDirectory().entries.find((entry) => entry.id === 'fr-emergency')!;

  it.each(['th', 'my', 'zh-Hans', 'sw'] as const)(
    'in %s gives the name, summary and services in that language',
    async (language) => {
      const i18n = await translator(language);
      const { container } = renderView(<EntryCard entry={FR} i18n={i18n} today={TODAY} headingLevel={3} display={ON_SCREEN} />);
      const card = container.querySelector('article')!;
      expect(textOf(card.querySelector('h3'))).toBe(i18n.t('kind.emergency'));
      expect(card.querySelector('h3')!.getAttribute('lang')).toBe(language);
      expect(textOf(card.querySelector('.entry__summary'))).toBe(i18n.t('emergency.summary'));
      const calls = [...card.querySelectorAll('.contacts a')].map(textOf);
      expect(calls[0]).toBe(i18n.t('contact.phone', { number: `${i18n.t('service.all')} (112)` }));
      expect(calls[1]).toBe(i18n.t('contact.phone', { number: `${i18n.t('service.police')} (17)` }));
      // Nothing on the card is left in English.
      expect(textOf(card)).not.toMatch(/Emergency numbers|immediate danger|All emergencies|Police/);
    },
  );
});

describe('EntryCard in a right-to-left page', () => {
  it('isolates an English languages note, so its full stop stays at its own end', async () => {
    const entry = compiledEntry('ae-line', { countries: ['AE'], languagesNote: { en: 'Several languages.' } });
    const { card } = await renderCard(entry, 'ar');
    const note = [...card.querySelectorAll('.entry__facts bdi')].find((element) => textOf(element) === 'Several languages.');
    expect(note?.getAttribute('lang')).toBe('en');
  });
});
