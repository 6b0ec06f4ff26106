import {
  addCalendarDays,
  fromLocal,
  isoDate,
  minutesOfDay,
  toLocal,
} from '@rapport/platform/zoned-time';

// Local dates and times (and the DST rule for a digest time that a night skips or repeats) come
// from the one zoned-time module; what is left here is the digest's own question.

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
  const today = toLocal(afterMs, timeZone);
  // Yesterday first: just after midnight, yesterday's time in a zone that jumped may still lie ahead.
  for (let offset = -1; offset <= 3; offset += 1) {
    const date = addCalendarDays(today, offset);
    const localDate = isoDate(date);
    if (notOnOrBefore !== undefined && localDate <= notOnOrBefore) continue;
    const at = fromLocal(timeZone, date, minutes);
    if (at > afterMs) return { at, localDate };
  }
  throw new Error(`no ${localTime} in ${timeZone} within three days of ${afterMs}`);
}
