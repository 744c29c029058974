/** Opening hours: exactly one of entry.ts's three shapes, with real time zones and times. */
import { type Hours, WEEKDAYS } from '../../../src/data/entry.ts';
import { quote } from '../message-text.ts';
import { child, isObject, typeName } from './checker.ts';
import { type Check, type ShapeOf, arrayOf, checkObject, localized, LIMITS, oneOf, optional, required } from './fields.ts';

const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

type AlwaysHours = Extract<Hours, { always: true }>;
type WeeklyHours = Extract<Hours, { weekly: unknown }>;
type NoteHours = Exclude<Hours, AlwaysHours | WeeklyHours>;

/** Accepts zone names Intl knows, spelt exactly (links such as Europe/Kiev resolve to themselves). */
function isTimeZone(zone: string): boolean {
  // Newer engines accept offsets such as "+01:00"; those are not IANA zones and ignore DST.
  if (!/^[A-Za-z]/.test(zone)) return false;
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    return resolved === zone || Intl.supportedValuesOf('timeZone').includes(zone);
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

const checkTimeZone: Check = (value, path, c) => {
  if (typeof value !== 'string') {
    c.error(path, `must be a string, not ${typeName(value)}`);
    return;
  }
  if (!isTimeZone(value)) c.error(path, `${quote(value)} is not a valid IANA time zone (e.g. "Europe/London")`);
};

const checkTime: Check = (value, path, c) => {
  if (typeof value !== 'string') {
    c.error(path, `must be a string, not ${typeName(value)}`);
    return;
  }
  if (!TIME_PATTERN.test(value)) c.error(path, `${quote(value)} is not a time HH:MM between 00:00 and 24:00`);
};

const WEEKLY_ROW_SHAPE: ShapeOf<WeeklyHours['weekly'][number]> = {
  days: required(arrayOf(oneOf(WEEKDAYS, 'weekday'), { nonEmpty: true })),
  open: required(checkTime),
  close: required(checkTime),
};

const checkWeeklyRow: Check = (value, path, c) => {
  if (!checkObject(value, path, WEEKLY_ROW_SHAPE, c)) return;
  // Equal times are ambiguous (closed all day, or open all day?); overnight rows are allowed.
  if (typeof value.open === 'string' && value.open === value.close) {
    c.error(child(path, 'close'), `opens and closes at ${value.open}; use { "always": true } for round the clock`);
  }
};

const checkAlways: Check = (value, path, c) => {
  if (value !== true) c.error(path, `must be true (leave "hours" out when they are not known), not ${typeName(value)}`);
};

const HOURS_SHAPES: { always: ShapeOf<AlwaysHours>; weekly: ShapeOf<WeeklyHours>; note: ShapeOf<NoteHours> } = {
  always: { always: required(checkAlways), note: optional(localized(LIMITS.textChars)) },
  weekly: {
    timeZone: required(checkTimeZone),
    weekly: required(arrayOf(checkWeeklyRow, { nonEmpty: true })),
    note: optional(localized(LIMITS.textChars)),
  },
  note: { note: required(localized(LIMITS.textChars)) },
};

/** Hours are exactly one of entry.ts's three shapes: always, weekly in a zone, or a note. */
export const checkHours: Check = (value, path, c) => {
  if (!isObject(value)) {
    c.error(path, `must be an object, not ${typeName(value)}`);
    return;
  }
  const isAlways = Object.hasOwn(value, 'always');
  const isWeekly = Object.hasOwn(value, 'timeZone') || Object.hasOwn(value, 'weekly');
  if (isAlways && isWeekly) {
    c.error(
      path,
      'must be exactly one shape: { always: true }, { timeZone, weekly } or { note }, not "always" with "timeZone"/"weekly"',
    );
    return;
  }
  checkObject(value, path, isAlways ? HOURS_SHAPES.always : isWeekly ? HOURS_SHAPES.weekly : HOURS_SHAPES.note, c);
};
