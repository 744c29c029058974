import { describe, expect, it } from 'vitest';
import { formatDays, formatTime, formatWeeklyHours, timeZoneName } from '../../src/i18n/format-hours';

// Intl puts thin spaces (U+2009) around the dash of a range of days in some languages.
const spaces = (text: string) => text.replace(/\u2009/g, ' ');

const WEEK = [
  { days: ['mon', 'tue', 'wed', 'thu'], open: '09:00', close: '19:00' },
  { days: ['fri'], open: '09:00', close: '17:00' },
] as const;

describe('weekly opening hours in the reader’s language', () => {
  it.each([
    ['en', 'Monday – Thursday 09:00–19:00; Friday 09:00–17:00 (Central European Time)'],
    ['es', 'lunes – jueves 09:00–19:00; viernes 09:00–17:00 (hora de Europa central)'],
    ['fr', 'lundi – jeudi 09:00–19:00; vendredi 09:00–17:00 (heure d’Europe centrale)'],
    ['ar', 'الاثنين – الخميس 09:00–19:00؛ الجمعة 09:00–17:00 (توقيت وسط أوروبا)'],
  ])('%s: weekday names, a range for days in a row, 24-hour times, the zone by its place', (language, text) => {
    expect(spaces(formatWeeklyHours(WEEK, 'Europe/Amsterdam', language))).toBe(text);
  });

  it.each(['en', 'es', 'fr', 'ar'])('%s: never a raw day code or IANA name', (language) => {
    const text = formatWeeklyHours(
      [{ days: ['sat', 'sun', 'mon', 'wed'], open: '10:00', close: '14:00' }],
      'Europe/London',
      language,
    );
    expect(text).not.toMatch(/\b(mon|tue|wed|thu|fri|sat|sun)\b/);
    expect(text).not.toContain('Europe/London');
  });
});

describe('days', () => {
  it('lists two days in a row by name and joins the parts as the language does', () => {
    expect(spaces(formatDays(['mon', 'wed', 'sat', 'sun'], 'en'))).toBe('Monday, Wednesday, Saturday, and Sunday');
    expect(spaces(formatDays(['mon', 'tue', 'wed', 'fri'], 'es'))).toBe('lunes – miércoles y viernes');
    expect(spaces(formatDays(['sat', 'sun'], 'fr'))).toBe('samedi et dimanche');
  });

  it('orders days from Monday and ignores repeats', () => {
    expect(spaces(formatDays(['fri', 'mon', 'wed', 'tue', 'mon'], 'en'))).toBe('Monday – Wednesday and Friday');
  });

  it('shows a whole week as one range', () => {
    expect(spaces(formatDays(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], 'en'))).toBe('Monday – Sunday');
  });
});

describe('times', () => {
  it('uses the 24-hour clock with two-digit hours in every language', () => {
    for (const language of ['en', 'es', 'fr', 'ar']) {
      expect(formatTime('09:05', language)).toBe('09:05');
      expect(formatTime('21:30', language)).toBe('21:30');
    }
  });

  it('keeps 24:00 (closing at midnight) and midnight as an opening time apart', () => {
    expect(formatTime('24:00', 'en')).toBe('24:00');
    expect(formatTime('00:00', 'en')).toBe('00:00');
    expect(formatWeeklyHours([{ days: ['sat'], open: '22:00', close: '06:00' }], 'Europe/Paris', 'fr')).toBe(
      'samedi 22:00–06:00 (heure d’Europe centrale)',
    );
  });
});

describe('time zones', () => {
  it('names a zone by its place, in the reader’s language', () => {
    expect(timeZoneName('Europe/London', 'en')).toBe('United Kingdom Time');
    expect(timeZoneName('Europe/London', 'es')).toBe('hora de Reino Unido');
    expect(timeZoneName('America/New_York', 'fr')).toBe('heure de l’Est nord-américain');
    expect(timeZoneName('Asia/Kathmandu', 'ar')).toBe('توقيت نيبال');
  });

  it('shows a zone it does not know as written, and UTC as an offset', () => {
    expect(timeZoneName('Nowhere/Land', 'en')).toBe('Nowhere/Land');
    expect(timeZoneName('Etc/UTC', 'en')).toBe('GMT+00:00');
  });
});
