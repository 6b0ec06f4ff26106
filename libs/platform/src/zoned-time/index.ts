// The sandbox-safe entry point (`@rapport/platform/zoned-time`): Temporal workflow bundles import
// this file alone, never `@rapport/platform`, whose logging and metrics pull in Node modules.
export {
  CLOCK_TIME,
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  addCalendarDays,
  fromLocal,
  isClockTime,
  isTimeZone,
  isoDate,
  localClockAt,
  minutesOfDay,
  toLocal,
  type CalendarDate,
  type LocalTime,
} from './zoned-time';
export {
  addLocalDays,
  inQuietHours,
  latestAllowedTime,
  nextAllowedTime,
  type LocalSchedule,
  type QuietHours,
} from './local-schedule';
