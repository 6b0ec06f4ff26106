/**
 * Wall-clock time in IANA time zones, on epoch milliseconds and `Intl.DateTimeFormat` only: no
 * Node built-ins, no clock, no Date objects, so Temporal workflows can plan with it
 * deterministically. (Zone rules come from the host's ICU data: a rules update changes how long a
 * timer is, which replay does not check, never the order of a workflow's commands.)
 *
 * THE DST RULE, the one every caller gets: a local time that happens twice (clocks go back) names
 * its first occurrence; a local time that never happens (clocks go forward) is moved forward by
 * the length of the gap, so 01:30 on a night that jumps from 01:00 to 02:00 is 02:30. This is
 * RFC 5545's rule and TC39 Temporal's `disambiguation: 'compatible'`.
 *
 * Why not a library: Luxon (3.7.2) resolves a repeated hour by the zone's offset *now* (the same
 * call gives 00:30Z in July and 01:30Z in December for 01:30 London on 25 October 2026), which is
 * no single rule; temporal-polyfill (1.0.8) has the rule but ships only ES modules, which the
 * CommonJS Jest and service runtimes here cannot load without a transform of node_modules.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

export interface CalendarDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

export interface LocalTime extends CalendarDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
}

// Formatters are costly to build and a deployment sees few zones, so one is kept per zone.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** True when Intl knows the zone (an IANA name such as Europe/London). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** What a clock in the zone shows at the instant. */
export function toLocal(at: number, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatFor(timeZone).formatToParts(at)) parts[part.type] = part.value;
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
    weekday: WEEKDAYS.indexOf(parts['weekday'] ?? ''),
  };
}

/** The wall clock to the minute, read as if it were UTC. */
function wallMinuteAsUtc(at: number, timeZone: string): number {
  const local = toLocal(at, timeZone);
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
}

/** The zone's offset from UTC at an instant, to the minute (second offsets are long gone). */
function offsetAt(at: number, timeZone: string): number {
  return wallMinuteAsUtc(at, timeZone) - (at - (((at % MINUTE_MS) + MINUTE_MS) % MINUTE_MS));
}

/**
 * The instant a local date and time of day names in the zone, under THE DST RULE above. The day
 * may overflow the month (the 32nd of January is the 1st of February), as with Date.UTC.
 */
export function fromLocal(timeZone: string, date: CalendarDate, minutes: number): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE_MS;
  // A day either side brackets any single transition near this wall time.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const matching = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((at) => wallMinuteAsUtc(at, timeZone) === wall);
  // Happens once or twice: the first. Never happens: as far past the jump as it was meant to be.
  return matching.length > 0 ? Math.min(...matching) : wall - before;
}

/** A local time of day written "HH:MM" on the 24-hour clock (a pattern, so schemas can show it). */
export const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const isClockTime = (hhmm: string): boolean => CLOCK_TIME.test(hhmm);

/** Minutes since local midnight of a "HH:MM" time. */
export function minutesOfDay(hhmm: string): number {
  const match = CLOCK_TIME.exec(hhmm);
  if (!match) throw new Error(`not a local time (HH:MM): ${hhmm}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** YYYY-MM-DD. */
export const isoDate = (date: CalendarDate): string =>
  `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

/** The calendar date `days` after `date` (no zone: dates have no DST). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return toLocal(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS, 'UTC');
}

/** The local calendar date (YYYY-MM-DD) and minute of the day of an instant in a zone. */
export function localClockAt(at: number, timeZone: string): { date: string; minutes: number } {
  const local = toLocal(at, timeZone);
  return { date: isoDate(local), minutes: local.hour * 60 + local.minute };
}
