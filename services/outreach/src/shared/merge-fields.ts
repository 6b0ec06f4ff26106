import type { ContactDirectoryDocument } from '../contact-directory/contact-directory.projection';
import type { MemberProfile } from '../member-profile/member-profiles';
import type { MergeFields } from '../templates';

/**
 * The template merge fields from what outreach knows: the member's profile and the contact's
 * directory entry. Unknown values go in blank; the template lists them as missing for the member.
 */
export function mergeFieldsOf(
  profile: MemberProfile | undefined,
  contact: ContactDirectoryDocument | undefined,
  extra: Omit<MergeFields, 'member' | 'contact'> = {},
): MergeFields {
  return {
    member: {
      givenName: profile?.givenName ?? '',
      familyName: profile?.familyName ?? '',
      ...(profile?.programme ? { programme: profile.programme } : {}),
      ...(profile?.institution ? { institution: profile.institution } : {}),
      ...(profile ? { email: profile.email } : {}),
    },
    contact: {
      givenName: contact?.givenName ?? '',
      familyName: contact?.familyName ?? '',
      ...(contact?.organisation ? { organisation: contact.organisation } : {}),
      ...(contact?.role ? { role: contact.role } : {}),
    },
    ...extra,
  };
}

/** The calendar date of an instant where the member lives (UTC when they did not say). */
export function localDate(instant: string, timeZone = 'UTC'): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
