import { fromLocal, minutesOfDay, toLocal } from './zoned-time';

/** Local "HH:MM" times; nothing fires from start up to end. A window may span midnight. */
export interface QuietHours {
  readonly start: string;
  readonly end: string;
}

/** When something aimed at a person may happen, on their own clock. */
export interface LocalSchedule {
  readonly timeZone: string;
  /** null, or start === end: no quiet hours. */
  readonly quietHours: QuietHours | null;
  /** Saturdays and Sundays do not count and nothing fires on them. */
  readonly businessDays: boolean;
  /**
   * How a local time becomes an instant. Always `fromLocal` (the one DST rule), except for a
   * workflow replaying a history recorded under an older rule, which must compute what it did then.
   */
  readonly fromLocal?: typeof fromLocal;
}

interface Window {
  start: number;
  end: number;
}

function windowOf(quietHours: QuietHours | null): Window | undefined {
  if (!quietHours) return undefined;
  const start = minutesOfDay(quietHours.start);
  const end = minutesOfDay(quietHours.end);
  return start === end ? undefined : { start, end };
}

function inWindow(minute: number, window: Window): boolean {
  return window.start < window.end
    ? minute >= window.start && minute < window.end
    : minute >= window.start || minute < window.end;
}

/** True when the zone's clock at `at` shows a time inside the quiet hours. */
export function inQuietHours(at: number, timeZone: string, quietHours: QuietHours | null): boolean {
  const window = windowOf(quietHours);
  if (!window) return false;
  const local = toLocal(at, timeZone);
  return inWindow(local.hour * 60 + local.minute, window);
}

const isWeekend = (weekday: number) => weekday === 0 || weekday === 6;

/** Local midnight `days` after the local date of `at`, plus `minutes`. */
function localMidnightPlus(at: number, schedule: LocalSchedule, days: number, minutes: number) {
  const local = toLocal(at, schedule.timeZone);
  const resolve = schedule.fromLocal ?? fromLocal;
  return resolve(schedule.timeZone, { ...local, day: local.day + days }, minutes);
}

/**
 * `days` calendar days later at the same local time of day (a week across a DST change is not
 * 168 hours), or with business days that many weekdays later (Friday + 1 is Monday).
 */
export function addLocalDays(at: number, days: number, schedule: LocalSchedule): number {
  const local = toLocal(at, schedule.timeZone);
  const minutes = local.hour * 60 + local.minute;
  // Seconds and milliseconds ride along so "14 days later" is exactly 14 local days later.
  const rest = local.second * 1000 + (((at % 1000) + 1000) % 1000);
  let offset = days;
  if (schedule.businessDays) {
    offset = 0;
    for (let counted = 0; counted < days;) {
      offset += 1;
      if (!isWeekend((local.weekday + offset) % 7)) counted += 1;
    }
  }
  return localMidnightPlus(at, schedule, offset, minutes) + rest;
}

/**
 * The first moment at or after `at` outside quiet hours and, with business days, not on a
 * weekend (a Friday-night time lands on Monday when the quiet hours end).
 */
export function nextAllowedTime(at: number, schedule: LocalSchedule): number {
  const window = windowOf(schedule.quietHours);
  let next = at;
  // Each step moves to a later boundary; a handful settles any combination of night and weekend.
  for (let step = 0; step < 8; step += 1) {
    const local = toLocal(next, schedule.timeZone);
    const minute = local.hour * 60 + local.minute;
    if (window && inWindow(minute, window)) {
      const dayShift = window.start < window.end || minute < window.end ? 0 : 1;
      next = localMidnightPlus(next, schedule, dayShift, window.end);
      continue;
    }
    if (schedule.businessDays && isWeekend(local.weekday)) {
      const toMonday = local.weekday === 6 ? 2 : 1;
      next = localMidnightPlus(next, schedule, toMonday, window ? window.end : 0);
      continue;
    }
    return next;
  }
  return next;
}

/**
 * The last moment at or before `at` outside quiet hours: a reminder ahead of an appointment must
 * not slide past it, so it moves to the evening before instead.
 */
export function latestAllowedTime(at: number, schedule: LocalSchedule): number {
  const window = windowOf(schedule.quietHours);
  if (!window) return at;
  const local = toLocal(at, schedule.timeZone);
  const minute = local.hour * 60 + local.minute;
  if (!inWindow(minute, window)) return at;
  const dayShift = window.start < window.end || minute >= window.start ? 0 : -1;
  // One minute before the quiet hours start is the last allowed minute.
  return localMidnightPlus(at, schedule, dayShift, window.start) - 60_000;
}
