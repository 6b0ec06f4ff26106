// Pure policy and time maths, shared by the workflow (inside the deterministic sandbox) and its
// tests. Times are epoch milliseconds in UTC; local wall-clock questions (quiet hours, weekends)
// are answered in the institution's IANA time zone through Intl, which the sandbox provides.

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export type CadenceMode = 'standard' | '3b7';

export interface RelationshipPolicy {
  followUpIntervalDays: number;
  maxFollowUps: number;
  businessDays: boolean;
  timeZone: string;
  /** Local "HH:MM"; nothing fires from start up to end. start === end means no quiet hours. */
  quietHours: { start: string; end: string };
  mode: CadenceMode;
  /** Hours before the interview at which a reminder to prepare is raised. */
  interviewReminderHours: number[];
  thankYouDeadlineHours: number;
  thankYouReminderHours: number;
  keepInTouchWeeks: number;
}

export const DEFAULT_POLICY: RelationshipPolicy = {
  followUpIntervalDays: 14,
  maxFollowUps: 3,
  businessDays: false,
  timeZone: 'UTC',
  quietHours: { start: '21:00', end: '08:00' },
  mode: 'standard',
  interviewReminderHours: [48, 2],
  thankYouDeadlineHours: 48,
  thankYouReminderHours: 24,
  keepInTouchWeeks: 8,
};

export type PolicyOverride = Partial<RelationshipPolicy>;

export function resolvePolicy(base: RelationshipPolicy, override?: PolicyOverride) {
  return { ...base, ...(override ?? {}) };
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOfDay(clock: string): number {
  const match = CLOCK.exec(clock);
  if (!match) throw new Error(`not a HH:MM time: ${clock}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function isIntIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Every reason the policy is unusable; empty when it is valid. */
export function policyProblems(policy: RelationshipPolicy): string[] {
  const problems: string[] = [];
  if (!isIntIn(policy.followUpIntervalDays, 1, 90))
    problems.push('followUpIntervalDays must be a whole number from 1 to 90');
  if (!isIntIn(policy.maxFollowUps, 0, 10))
    problems.push('maxFollowUps must be a whole number from 0 to 10');
  if (typeof policy.businessDays !== 'boolean') problems.push('businessDays must be true or false');
  if (typeof policy.timeZone !== 'string' || !isTimeZone(policy.timeZone))
    problems.push('timeZone must be an IANA time zone');
  if (
    typeof policy.quietHours !== 'object' ||
    policy.quietHours === null ||
    !CLOCK.test(String(policy.quietHours.start)) ||
    !CLOCK.test(String(policy.quietHours.end))
  )
    problems.push('quietHours must be { start, end } in HH:MM');
  if (policy.mode !== 'standard' && policy.mode !== '3b7')
    problems.push("mode must be 'standard' or '3b7'");
  if (
    !Array.isArray(policy.interviewReminderHours) ||
    policy.interviewReminderHours.length > 5 ||
    !policy.interviewReminderHours.every((hours) => isIntIn(hours, 1, 24 * 14))
  )
    problems.push('interviewReminderHours must be up to 5 whole hours from 1 to 336');
  if (!isIntIn(policy.thankYouDeadlineHours, 1, 24 * 14))
    problems.push('thankYouDeadlineHours must be a whole number from 1 to 336');
  if (
    !isIntIn(policy.thankYouReminderHours, 1, 24 * 14) ||
    policy.thankYouReminderHours >= policy.thankYouDeadlineHours
  )
    problems.push('thankYouReminderHours must be whole hours before the deadline');
  if (!isIntIn(policy.keepInTouchWeeks, 1, 104))
    problems.push('keepInTouchWeeks must be a whole number from 1 to 104');
  return problems;
}

// Formatters are costly to build and the zone set is tiny, so they are kept per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(zone, format);
  }
  return format;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

export function toLocal(utcMs: number, zone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatter(zone).formatToParts(utcMs)) parts[part.type] = part.value;
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

function offsetMs(utcMs: number, zone: string): number {
  const local = toLocal(utcMs, zone);
  const asUtc = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
  );
  return asUtc - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

/** The UTC instant of a local wall-clock time (month from 1; day may overflow, Date.UTC normalises). */
export function fromLocal(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset except inside a DST gap, where the later offset wins.
  const first = wall - offsetMs(wall, zone);
  return wall - offsetMs(first, zone);
}

function localMidnightPlus(utcMs: number, zone: string, days: number, minutes: number): number {
  const local = toLocal(utcMs, zone);
  return fromLocal(zone, local.year, local.month, local.day + days, 0, minutes);
}

function isWeekend(weekday: number): boolean {
  return weekday === 0 || weekday === 6;
}

/** Adds calendar days (keeping the local time of day) or business days (skipping Sat/Sun). */
export function addDays(fromMs: number, days: number, policy: RelationshipPolicy): number {
  const local = toLocal(fromMs, policy.timeZone);
  const minutes = local.hour * 60 + local.minute;
  // Seconds and milliseconds ride along so "14 days later" is exactly 14 local days later.
  const rest = local.second * 1000 + (((fromMs % 1000) + 1000) % 1000);
  if (!policy.businessDays) return localMidnightPlus(fromMs, policy.timeZone, days, minutes) + rest;
  let offset = 0;
  let counted = 0;
  while (counted < days) {
    offset += 1;
    const weekday = (local.weekday + offset) % 7;
    if (!isWeekend(weekday)) counted += 1;
  }
  return localMidnightPlus(fromMs, policy.timeZone, offset, minutes) + rest;
}

function quiet(policy: RelationshipPolicy): { start: number; end: number } | undefined {
  const start = minutesOfDay(policy.quietHours.start);
  const end = minutesOfDay(policy.quietHours.end);
  return start === end ? undefined : { start, end };
}

function inQuietHours(minute: number, window: { start: number; end: number }): boolean {
  return window.start < window.end
    ? minute >= window.start && minute < window.end
    : minute >= window.start || minute < window.end;
}

/**
 * The first moment at or after `utcMs` when a nudge may fire: outside quiet hours and, with
 * business days, not on a weekend (a Friday-night timer lands on Monday morning).
 */
export function nextAllowedTime(utcMs: number, policy: RelationshipPolicy): number {
  const window = quiet(policy);
  let at = utcMs;
  for (let guard = 0; guard < 8; guard += 1) {
    const local = toLocal(at, policy.timeZone);
    const minute = local.hour * 60 + local.minute;
    if (window && inQuietHours(minute, window)) {
      const dayShift = window.start < window.end || minute < window.end ? 0 : 1;
      at = localMidnightPlus(at, policy.timeZone, dayShift, window.end);
      continue;
    }
    if (policy.businessDays && isWeekend(local.weekday)) {
      const toMonday = local.weekday === 6 ? 2 : 1;
      at = localMidnightPlus(at, policy.timeZone, toMonday, window ? window.end : 0);
      continue;
    }
    return at;
  }
  return at;
}

/**
 * The last moment at or before `utcMs` outside quiet hours: a reminder to prepare for an
 * interview must not slide past the interview, so it moves to the evening before instead.
 */
export function latestAllowedTime(utcMs: number, policy: RelationshipPolicy): number {
  const window = quiet(policy);
  if (!window) return utcMs;
  const local = toLocal(utcMs, policy.timeZone);
  const minute = local.hour * 60 + local.minute;
  if (!inQuietHours(minute, window)) return utcMs;
  const dayShift = window.start < window.end || minute >= window.start ? 0 : -1;
  // One minute before quiet hours start is the last allowed minute.
  return localMidnightPlus(utcMs, policy.timeZone, dayShift, window.start) - 60_000;
}

/** When a nudge `days` after `fromMs` may fire under the policy. */
export function dueAfterDays(fromMs: number, days: number, policy: RelationshipPolicy): number {
  return nextAllowedTime(addDays(fromMs, days, policy), policy);
}
