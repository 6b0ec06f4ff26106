import { addLocalDays } from '@rapport/platform/zoned-time';
import type { MemberActivityDocument } from './member-activity.projection';

/** Business days a request waits for an answer before a second person there is suggested (3B7). */
export const WAIT_BUSINESS_DAYS = 3;

/** Organisation names as people type them: case, punctuation and spacing do not matter. */
export const organisationKey = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export interface OrganisationActivity {
  readonly contacts: number;
  readonly requests: number;
  readonly replies: number;
  readonly conversations: number;
  /** After a request unanswered for 3 business days: someone else there not yet asked. */
  readonly nextPerson: {
    readonly contactId: string;
    readonly name: string;
    readonly becauseNoReplyFrom: string;
    readonly askedAt: string;
  } | null;
}

/**
 * Counts one organisation's contacts and what happened with them, and suggests the next person to
 * approach: when nobody there has answered and the latest request has waited 3 business days in
 * the member's time zone, or the relationship workflow raised 3B7's second contact for it (its
 * durable timers know the institution's policy and are the clock of record), the first contact
 * there (by name) who was never asked.
 */
export function organisationActivity(
  organisation: string,
  activity: MemberActivityDocument | null,
  now: Date,
  timeZone: string,
): OrganisationActivity {
  const key = organisationKey(organisation);
  const here = Object.entries(activity?.contacts ?? {})
    .filter(([, contact]) => organisationKey(contact.organisation) === key)
    .sort(([, a], [, b]) => a.name.localeCompare(b.name));
  const ids = here.map(([id]) => id);
  const requests = activity?.requests ?? {};
  const replies = activity?.replies ?? {};
  const conversations = activity?.conversations ?? {};
  const asked = ids.filter((id) => requests[id]);
  const answered = ids.filter((id) => replies[id] || conversations[id]);
  const counts = {
    contacts: ids.length,
    requests: asked.length,
    replies: ids.filter((id) => replies[id]).length,
    conversations: ids.filter((id) => conversations[id]).length,
  };
  if (answered.length > 0 || asked.length === 0) return { ...counts, nextPerson: null };
  const latest = asked
    .map((id) => ({ id, at: requests[id]!.at }))
    .sort((a, b) => b.at.localeCompare(a.at))[0]!;
  const dueAt = addLocalDays(Date.parse(latest.at), WAIT_BUSINESS_DAYS, {
    timeZone,
    quietHours: null,
    businessDays: true,
  });
  const candidate = here.find(([id]) => !requests[id]);
  // Only for the latest request: once someone else there was asked, their own wait starts.
  const raised = activity?.secondContactDue?.[latest.id];
  const waited = now.getTime() >= dueAt || (raised !== undefined && raised >= latest.at);
  if (!waited || !candidate) return { ...counts, nextPerson: null };
  const [contactId, { name }] = candidate;
  return {
    ...counts,
    nextPerson: { contactId, name, becauseNoReplyFrom: latest.id, askedAt: latest.at },
  };
}
