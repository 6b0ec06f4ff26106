import { timestampDate } from '@bufbuild/protobuf/wkt';
import type { ConsumedEvent } from '@rapport/messaging';

/**
 * What the exploration context keeps of other contexts' events: only who works where and what
 * happened with each contact, per member, and when the relationship workflow says a second person
 * should be asked. Everything else on those topics is ignored.
 */
export type ActivityFact =
  | {
      readonly kind: 'contact-known';
      readonly contactId: string;
      readonly name: string;
      readonly organisation: string;
    }
  | { readonly kind: 'contact-forgotten'; readonly contactId: string }
  | { readonly kind: 'request-sent'; readonly contactId: string; readonly channel: string }
  | { readonly kind: 'reply-received'; readonly contactId: string }
  | { readonly kind: 'conversation-held'; readonly contactId: string }
  /** The relationship workflow's 3B7 item: nobody answered this request in 3 business days. */
  | { readonly kind: 'second-contact-due'; readonly contactId: string };

/** A fact with the member it concerns and where its event sits in its stream. */
export interface ActivityFactAt {
  readonly tenantId: string;
  readonly streamId: string;
  readonly version: number;
  readonly memberId: string;
  readonly at: string;
  readonly fact: ActivityFact;
}

const CHANNELS = ['unspecified', 'email', 'phone', 'linkedin', 'text', 'in-person'];

function factOf({ payload }: ConsumedEvent): { memberId: string; fact: ActivityFact } | undefined {
  switch (payload.$typeName) {
    case 'rapport.contacts.v1.ContactAdded':
    case 'rapport.contacts.v1.ContactDetailsChanged': {
      const { memberId, contactId, givenName, familyName, organisation } = payload;
      const name = `${givenName} ${familyName}`.trim();
      return { memberId, fact: { kind: 'contact-known', contactId, name, organisation } };
    }
    case 'rapport.contacts.v1.ContactErased':
      return {
        memberId: payload.memberId,
        fact: { kind: 'contact-forgotten', contactId: payload.contactId },
      };
    case 'rapport.outreach.v1.OutreachSent': {
      const channel = CHANNELS[payload.channel] ?? 'unspecified';
      return {
        memberId: payload.memberId,
        fact: { kind: 'request-sent', contactId: payload.contactId, channel },
      };
    }
    case 'rapport.outreach.v1.ResponseReceived':
      return {
        memberId: payload.memberId,
        fact: { kind: 'reply-received', contactId: payload.contactId },
      };
    case 'rapport.interviews.v1.InterviewCompleted':
      return {
        memberId: payload.memberId,
        fact: { kind: 'conversation-held', contactId: payload.contactId },
      };
    case 'rapport.relationship.v1.SecondContactSuggested':
      return {
        memberId: payload.memberId,
        fact: { kind: 'second-contact-due', contactId: payload.contactId },
      };
    default:
      return undefined;
  }
}

/** The fact an integration event carries for the organisation counts, if any. */
export function activityFactOf(event: ConsumedEvent): ActivityFactAt | undefined {
  const found = factOf(event);
  if (!found) return undefined;
  const { envelope } = event;
  return {
    tenantId: envelope.tenantId,
    streamId: envelope.streamId,
    version: Number(envelope.streamVersion),
    memberId: found.memberId,
    // Validated envelopes carry their time; the epoch only stands in for a producer that left it out.
    at: (envelope.occurredAt ? timestampDate(envelope.occurredAt) : new Date(0)).toISOString(),
    fact: found.fact,
  };
}
