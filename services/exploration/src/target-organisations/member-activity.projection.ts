import type { Projection, ProjectionChange } from '@rapport/messaging';
import type { ActivityFact, ActivityFactAt } from './activity-facts';

export const MEMBER_ACTIVITY = 'member_activity';

export const memberActivityKey = (tenantId: string, memberId: string) => `${tenantId}|${memberId}`;

/** What the member's contacts and relationships look like from here, keyed by contact id. */
export interface MemberActivityDocument {
  readonly _id: string;
  readonly contacts?: Record<string, { readonly name: string; readonly organisation: string }>;
  readonly requests?: Record<string, { readonly at: string; readonly channel: string }>;
  readonly replies?: Record<string, string>;
  readonly conversations?: Record<string, string>;
  /** When the relationship workflow raised 3B7's second contact for a request to this contact. */
  readonly secondContactDue?: Record<string, string>;
}

/** Contact ids become field names: anything that is not a plain id is left out, never nested. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

function changeOf(fact: ActivityFact, at: string): Record<string, unknown> {
  const { contactId } = fact;
  switch (fact.kind) {
    case 'contact-known':
      return {
        $set: { [`contacts.${contactId}`]: { name: fact.name, organisation: fact.organisation } },
      };
    case 'contact-forgotten':
      // An erased contact leaves nothing here: no name, and no counts that would point at them.
      return {
        $unset: {
          [`contacts.${contactId}`]: '',
          [`requests.${contactId}`]: '',
          [`replies.${contactId}`]: '',
          [`conversations.${contactId}`]: '',
          [`secondContactDue.${contactId}`]: '',
        },
      };
    case 'request-sent':
      return { $set: { [`requests.${contactId}`]: { at, channel: fact.channel } } };
    case 'reply-received':
      return { $set: { [`replies.${contactId}`]: at } };
    case 'conversation-held':
      return { $set: { [`conversations.${contactId}`]: at } };
    case 'second-contact-due':
      return { $set: { [`secondContactDue.${contactId}`]: at } };
    default: {
      const unexpected: never = fact;
      return unexpected;
    }
  }
}

/** One document per member (`tenant|member`), every change guarded by its stream's version. */
export const memberActivityProjection: Projection<ActivityFactAt> = {
  name: MEMBER_ACTIVITY,
  project({ tenantId, memberId, fact, at }): ProjectionChange[] {
    if (!SAFE_ID.test(fact.contactId) || !SAFE_ID.test(memberId)) return [];
    return [{ id: memberActivityKey(tenantId, memberId), update: changeOf(fact, at) }];
  },
};
