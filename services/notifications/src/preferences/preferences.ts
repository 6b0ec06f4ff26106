import { singleLine } from '@rapport/platform';
import { z } from 'zod';
import {
  CLOCK_TIME,
  inQuietHours as inLocalQuietHours,
  isTimeZone,
  localClockAt,
} from '@rapport/platform/zoned-time';

const localTime = z.string().regex(CLOCK_TIME, 'a local time as HH:MM (24-hour clock)');

/** How and when a member hears from Rapport. */
export const preferencesSchema = z
  .object({
    /** Where member-facing mail goes; without it only the inbox is used. */
    email: singleLine().trim().email().max(254).nullable(),
    displayName: singleLine().trim().min(1).max(120).nullable(),
    timeZone: z.string().refine(isTimeZone, 'an IANA time zone such as Europe/London'),
    channels: z.object({ email: z.boolean(), inApp: z.boolean() }).strict(),
    digest: z.object({ enabled: z.boolean(), localTime }).strict(),
    /** Nothing is mailed between start and end (local time); the digest carries it instead. */
    quietHours: z.object({ start: localTime, end: localTime }).strict().nullable(),
  })
  .strict();

export type Preferences = z.infer<typeof preferencesSchema>;

/** A change: any subset of the fields, each replacing what was there. */
export const preferencesPatchSchema = preferencesSchema.partial().strict();
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  email: null,
  displayName: null,
  timeZone: 'UTC',
  channels: { email: true, inApp: true },
  digest: { enabled: true, localTime: '07:30' },
  quietHours: { start: '21:00', end: '08:00' },
};

export interface LocalClock {
  readonly date: string; // YYYY-MM-DD
  readonly minutes: number; // since local midnight
}

/** The local calendar date and minute of an instant in a time zone. */
export function localClock(at: Date, timeZone: string): LocalClock {
  return localClockAt(at.getTime(), timeZone);
}

/** True when `at` falls in the member's quiet hours (a window may span midnight). */
export function inQuietHours(at: Date, preferences: Preferences): boolean {
  return inLocalQuietHours(at.getTime(), preferences.timeZone, preferences.quietHours);
}
