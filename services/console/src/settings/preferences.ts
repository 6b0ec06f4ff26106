import { z } from 'zod';
import { v1Get, v1Path, v1Send } from '../app/v1-client';
import type { Session } from '../session/session';

// The notifications service's settings (services/notifications, preferences.ts), as answered.
const clock = z.string();
const preferences = z.object({
  email: z.string().nullable(),
  displayName: z.string().nullable(),
  timeZone: z.string(),
  channels: z.object({ email: z.boolean(), inApp: z.boolean() }),
  digest: z.object({ enabled: z.boolean(), localTime: clock }),
  quietHours: z.object({ start: clock, end: clock }).nullable(),
  version: z.number(),
});
export type Preferences = z.infer<typeof preferences>;
export type PreferencesChange = Omit<Preferences, 'version'>;

export function fetchPreferences(memberId: string): Promise<Preferences> {
  return v1Get(v1Path`/members/${memberId}/notification-preferences`, preferences);
}

/**
 * Saves every setting at once, over the version read: someone who changed them in another tab
 * meanwhile gets a 412 and the page reloads theirs, instead of one silently undoing the other.
 */
export async function savePreferences(
  session: Session,
  read: Preferences,
  change: PreferencesChange,
): Promise<Preferences> {
  const path = v1Path`/members/${session.personId}/notification-preferences`;
  const saved = await v1Send(session, 'PUT', path, change, preferences, `"${read.version}"`);
  return saved.value;
}

/** Where the browser downloads the member's contacts, in either format the service writes. */
export function contactsExportHref(memberId: string, format: 'csv' | 'vcard'): string {
  return `${v1Path`/members/${memberId}/contacts/export`}?format=${format}`;
}
