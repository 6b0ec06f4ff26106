import { fromLocal } from '@rapport/platform/zoned-time';

/**
 * The instant a date and time of day name in the interview's time zone, as the ISO string the
 * interviews service takes: the member picks the wall-clock time both sides will see.
 */
export function startsAtOf(date: string, time: string, timeZone: string): string | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{2}):(\d{2})$/.exec(time);
  if (!day || !clock) return undefined;
  const [, year, month, dayOfMonth] = day.map(Number);
  const [, hours, minutes] = clock.map(Number);
  if (!year || !month || !dayOfMonth || hours === undefined || minutes === undefined) {
    return undefined;
  }
  return new Date(
    fromLocal(timeZone, { year, month, day: dayOfMonth }, hours * 60 + minutes),
  ).toISOString();
}
