/**
 * Whether a line is open at an instant, from its opening hours and their time zone: the one home
 * of the "open now" rule, pure and offline (Intl knows the zones and their summer time).
 *
 * Unknown hours are never open: a line with no hours, hours given only as the source's words, an
 * unknown time zone, or a row whose times do not parse is not "open now", so the filter never
 * sends her to a line that may be closed. A row whose close is at or before its open runs over
 * midnight into the next day (Friday 22:00–06:00 is open early on Saturday); a row that opens
 * and closes at the same time says nothing clear, so it counts as closed.
 */
import { WEEKDAYS, type Hours, type Weekday } from '../data/entry';

const MINUTES_PER_DAY = 24 * 60;

/** Minutes since midnight for "HH:MM" (24:00 allowed), or null when it is not a time of day. */
function minutesOf(time: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minutes <= MINUTES_PER_DAY ? minutes : null;
}

// Building a formatter is slow next to using one: one per zone.
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      // A zone this browser does not know.
      formatter = null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const SHORT_DAYS: Record<string, Weekday> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

/** The weekday and minutes since midnight at `instant` in `timeZone`, or null for an unknown zone. */
export function localTime(instant: number, timeZone: string): { day: Weekday; minutes: number } | null {
  const formatter = formatterFor(timeZone);
  if (!formatter) return null;
  let day: Weekday | undefined;
  let hour = Number.NaN;
  let minute = Number.NaN;
  for (const part of formatter.formatToParts(instant)) {
    if (part.type === 'weekday') day = SHORT_DAYS[part.value];
    else if (part.type === 'hour') hour = Number(part.value) % 24;
    else if (part.type === 'minute') minute = Number(part.value);
  }
  return day && Number.isFinite(hour) && Number.isFinite(minute) ? { day, minutes: hour * 60 + minute } : null;
}

function dayBefore(day: Weekday): Weekday {
  return WEEKDAYS[(WEEKDAYS.indexOf(day) + WEEKDAYS.length - 1) % WEEKDAYS.length]!;
}

/** True when a line with these hours is open at `instant` (milliseconds since the epoch). */
export function isOpenAt(hours: Hours | undefined, instant: number): boolean {
  if (!hours) return false;
  if ('always' in hours) return hours.always === true;
  if (!('weekly' in hours)) return false;
  const now = localTime(instant, hours.timeZone);
  if (!now) return false;
  const yesterday = dayBefore(now.day);
  return hours.weekly.some((row) => {
    const open = minutesOf(row.open);
    const close = minutesOf(row.close);
    if (open === null || close === null || open === close || open === MINUTES_PER_DAY) return false;
    if (open < close) return row.days.includes(now.day) && now.minutes >= open && now.minutes < close;
    // Over midnight: the evening of a listed day, or the small hours after one.
    return (row.days.includes(now.day) && now.minutes >= open) || (row.days.includes(yesterday) && now.minutes < close);
  });
}

/** True when the hours say round the clock. */
export function isAlwaysOpen(hours: Hours | undefined): boolean {
  return hours !== undefined && 'always' in hours && hours.always === true;
}
