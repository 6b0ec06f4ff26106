/**
 * Wall-clock arithmetic in a member's time zone, on epoch milliseconds and Intl only, so the digest
 * workflow can plan with it deterministically. (The zone rules come from the worker's ICU data: a
 * rules update changes a timer's length, which replay does not check, never its order.)
 */

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
}

interface WallClock extends CalendarDate {
  readonly minutes: number; // since local midnight
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
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

function wallClockAt(at: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatFor(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year'] ?? 0,
    month: parts['month'] ?? 0,
    day: parts['day'] ?? 0,
    minutes: (parts['hour'] ?? 0) * 60 + (parts['minute'] ?? 0),
  };
}

/** The wall clock read as if it were UTC: subtracting the instant gives the zone's offset. */
const asUtc = (wall: WallClock) =>
  Date.UTC(wall.year, wall.month - 1, wall.day) + wall.minutes * MINUTE_MS;

/** The zone's offset from UTC at an instant, to the minute (zones' second offsets are long gone). */
function offsetAt(at: number, timeZone: string): number {
  return asUtc(wallClockAt(at, timeZone)) - (at - (at % MINUTE_MS));
}

export const minutesOfDay = (hhmm: string): number => {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!match) throw new Error(`not a local time (HH:MM): ${hhmm}`);
  return Number(match[1]) * 60 + Number(match[2]);
};

export const isoDate = (date: CalendarDate): string =>
  `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;

function addDays(date: CalendarDate, days: number): CalendarDate {
  return wallClockAt(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS, 'UTC');
}

/** The local calendar date of an instant in a zone, as YYYY-MM-DD. */
export function localDateOf(at: number, timeZone: string): string {
  return isoDate(wallClockAt(at, timeZone));
}

/**
 * The instant a local date and time names in a zone. Where the clocks go back and the time
 * happens twice, the first; where they go forward and it never happens, as far after the jump as
 * it was meant to be after the last minute before it (01:30 on a night that skips 01:00–02:00 is
 * 02:30) — what RFC 5545 and Temporal's `compatible` disambiguation do.
 */
export function instantOf(date: CalendarDate, minutes: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE_MS;
  // A day either side brackets any single transition near this wall time.
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const matching = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((at) => asUtc(wallClockAt(at, timeZone)) === wall);
  if (matching.length > 0) return Math.min(...matching);
  return wall - before;
}

export interface DigestTime {
  /** When it is due, epoch ms. */
  readonly at: number;
  /** The member's calendar date then, YYYY-MM-DD: the digest's name and idempotency key. */
  readonly localDate: string;
}

/**
 * The first time after `afterMs` at which the member's clock reads `localTime`, on a local date
 * later than `notOnOrBefore` when given (so moving the digest from 07:30 to 18:00 after the
 * morning's digest waits for tomorrow evening instead of sending a second one today).
 */
export function nextDigestTime(
  afterMs: number,
  timeZone: string,
  localTime: string,
  notOnOrBefore?: string,
): DigestTime {
  const minutes = minutesOfDay(localTime);
  const today = wallClockAt(afterMs, timeZone);
  // Yesterday first: just after midnight, yesterday's time in a zone that jumped may still lie ahead.
  for (let offset = -1; offset <= 3; offset += 1) {
    const date = addDays(today, offset);
    const localDate = isoDate(date);
    if (notOnOrBefore !== undefined && localDate <= notOnOrBefore) continue;
    const at = instantOf(date, minutes, timeZone);
    if (at > afterMs) return { at, localDate };
  }
  throw new Error(`no ${localTime} in ${timeZone} within three days of ${afterMs}`);
}

/** The local calendar date (YYYY-MM-DD) and minute of the day of an instant in a zone. */
export function localClockAt(at: number, timeZone: string): { date: string; minutes: number } {
  const clock = wallClockAt(at, timeZone);
  return { date: isoDate(clock), minutes: clock.minutes };
}
