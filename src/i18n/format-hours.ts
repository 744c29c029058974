/**
 * Weekly opening hours as a reader says them: weekday names and 24-hour times in her language,
 * consecutive days as a range, and the time zone by the name of its place ("Central European
 * Time", "hora de Reino Unido"), all from Intl. Pure: the same input gives the same text.
 */
import { WEEKDAYS, type Weekday } from '../data/entry';

/** One row of weekly hours, as entries hold it: days, and times HH:MM (24:00 allowed as a close). */
export interface WeeklyRow {
  days: readonly Weekday[];
  open: string;
  close: string;
}

interface Formatters {
  weekday: Intl.DateTimeFormat;
  time: Intl.DateTimeFormat;
  list: Intl.ListFormat;
  twoDigits: Intl.NumberFormat;
}

// Building Intl formatters is slow next to using them, and every card on the screen needs the
// same few: one set per language.
const formattersByLanguage = new Map<string, Formatters>();

function formattersFor(language: string): Formatters {
  let formatters = formattersByLanguage.get(language);
  if (!formatters) {
    formatters = {
      // UTC throughout: these format fixed reference dates, never "now" or the reader's zone.
      weekday: new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }),
      time: new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }),
      list: new Intl.ListFormat(language, { type: 'conjunction' }),
      twoDigits: new Intl.NumberFormat(language, { minimumIntegerDigits: 2, useGrouping: false }),
    };
    formattersByLanguage.set(language, formatters);
  }
  return formatters;
}

/** 1 January 2024 was a Monday: day `index` of WEEKDAYS (0 = Monday) falls on 1 + index January. */
function weekdayDate(index: number): number {
  return Date.UTC(2024, 0, 1 + index);
}

/** Runs of consecutive weekdays (Monday first), as indexes into WEEKDAYS. */
function runsOf(days: readonly Weekday[]): number[][] {
  const indexes = [...new Set(days.map((day) => WEEKDAYS.indexOf(day)))].filter((index) => index >= 0).sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const index of indexes) {
    const run = runs.at(-1);
    if (run && run.at(-1) === index - 1) run.push(index);
    else runs.push([index]);
  }
  return runs;
}

/** "Monday – Thursday and Saturday": three or more days in a row as a range, the rest by name. */
export function formatDays(days: readonly Weekday[], language: string): string {
  const { weekday, list } = formattersFor(language);
  const parts = runsOf(days).flatMap((run) =>
    run.length >= 3
      ? [weekday.formatRange(weekdayDate(run[0]!), weekdayDate(run.at(-1)!))]
      : run.map((index) => weekday.format(weekdayDate(index))),
  );
  return list.format(parts);
}

/** "09:00", "24:00": a time of day HH:MM on the 24-hour clock, in the language's digits. */
export function formatTime(time: string, language: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const { time: format, twoDigits } = formattersFor(language);
  // 24:00 (closing at midnight) is a time no Date has: drawn as 00:00 with the hour put back.
  return format
    .formatToParts(Date.UTC(2024, 0, 1, hours % 24, minutes))
    .map((part) => (part.type === 'hour' && hours === 24 ? twoDigits.format(24) : part.value))
    .join('');
}

/** The reference date for time-zone names: generic names ("Central European Time") do not change with the season. */
const ZONE_NAME_DATE = Date.UTC(2024, 0, 1);

function zoneNamePart(language: string, timeZone: string, style: 'longGeneric' | 'longOffset'): string | undefined {
  return new Intl.DateTimeFormat(language, { timeZone, timeZoneName: style })
    .formatToParts(ZONE_NAME_DATE)
    .find((part) => part.type === 'timeZoneName')?.value;
}

/**
 * An IANA time zone by its place, in the reader's language ("United Kingdom Time"). Where the
 * language has no name for it (Intl then gives an offset), the city of the IANA name; an unknown
 * zone stays as written.
 */
export function timeZoneName(timeZone: string, language: string): string {
  const key = `${language} ${timeZone}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    name = placeOfZone(timeZone, language);
    zoneNames.set(key, name);
  }
  return name;
}

const zoneNames = new Map<string, string>();

function placeOfZone(timeZone: string, language: string): string {
  try {
    const generic = zoneNamePart(language, timeZone, 'longGeneric');
    if (generic && generic !== zoneNamePart(language, timeZone, 'longOffset')) return generic;
    const city = timeZone.includes('/') && !timeZone.startsWith('Etc/') ? timeZone.split('/').at(-1)!.replaceAll('_', ' ') : '';
    return city || generic || timeZone;
  } catch {
    // Not a zone this browser knows (the build validates zones, but browsers' lists differ).
    return timeZone;
  }
}

// Arabic separates list items that contain commas with its own semicolon.
const ROW_SEPARATORS: Record<string, string> = { ar: '؛ ' };

/** "Monday – Thursday 09:00–19:00; Friday 09:00–17:00 (Central European Time)". */
export function formatWeeklyHours(weekly: readonly WeeklyRow[], timeZone: string, language: string): string {
  const rows = weekly.map(
    (row) => `${formatDays(row.days, language)} ${formatTime(row.open, language)}–${formatTime(row.close, language)}`,
  );
  return `${rows.join(ROW_SEPARATORS[language.split('-')[0]!] ?? '; ')} (${timeZoneName(timeZone, language)})`;
}
