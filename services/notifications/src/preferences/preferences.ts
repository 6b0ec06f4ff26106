import { z } from 'zod';

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const localTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a local time as HH:MM (24-hour clock)');

/** How and when a member hears from Rapport. */
export const preferencesSchema = z
  .object({
    /** Where member-facing mail goes; without it only the inbox is used. */
    email: z.string().trim().email().max(254).nullable(),
    displayName: z.string().trim().min(1).max(120).nullable(),
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

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The local calendar date and minute of an instant in a time zone. */
export function localClock(at: Date, timeZone: string): LocalClock {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    minutes: Number(parts['hour']) * 60 + Number(parts['minute']),
  };
}

const minutesOf = (hhmm: string): number => {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

/** True when `at` falls in the member's quiet hours (a window may span midnight). */
export function inQuietHours(at: Date, preferences: Preferences): boolean {
  const quiet = preferences.quietHours;
  if (!quiet) return false;
  const now = localClock(at, preferences.timeZone).minutes;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  return start < end ? now >= start && now < end : now >= start || now < end;
}
