import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { BounceKind, encodePayload, topicFor } from '@rapport/contracts';
import {
  type AppendContext,
  appendOnce,
  type EventStore,
  eventIdFromKey,
} from '@rapport/eventstore';
import type { RelationshipRef } from '../domain/notification';

/** A contact's answer to an outreach thread, matched by the token of the address it reached. */
export interface EmailReply extends RelationshipRef {
  readonly threadToken: string;
  /** The reply's Message-ID without angle brackets: also what makes it one event. */
  readonly messageId: string;
  readonly inReplyTo?: string;
  readonly receivedAt: Date;
}

/** Mail to a contact that could not be delivered, as the provider classified it. */
export interface ContactBounce {
  readonly memberId: string;
  readonly contactId: string;
  readonly email: string;
  readonly kind: 'hard' | 'blocked';
  readonly reason: string;
  readonly bouncedAt: Date;
  /** The provider's event id: a redelivered webhook event publishes nothing more. */
  readonly providerEventId: string;
}

const SENDGRID = { id: 'sendgrid-webhook', role: 'system' } as const;

/**
 * What the webhooks tell other contexts, through this service's outbox: one event per reply
 * Message-ID on the thread's stream, one per provider event on the contact address's stream.
 * Each event id is derived from that key, so a redelivery appends (and publishes) nothing.
 */
export class WebhookEventsPublisher {
  constructor(private readonly store: EventStore) {}

  async replyReceived(tenantId: string, reply: EmailReply): Promise<boolean> {
    const key = `notifications-reply:${tenantId}:${reply.messageId}`;
    const data = {
      memberId: reply.memberId,
      contactId: reply.contactId,
      relationshipId: reply.relationshipId,
      threadToken: reply.threadToken,
      messageId: reply.messageId,
      inReplyTo: reply.inReplyTo ?? '',
    };
    const type = 'rapport.notifications.v1.EmailReplyReceived';
    return appendOnce(
      this.store,
      { tenantId, streamId: `thread:${reply.threadToken}` },
      {
        eventId: eventIdFromKey(key),
        event: { type: 'EmailReplyReceived', data: { ...data, receivedAt: reply.receivedAt } },
        outbox: {
          topic: topicFor('notifications'),
          type,
          schemaVersion: 1,
          payload: encodePayload(type, {
            ...data,
            receivedAt: timestampFromDate(reply.receivedAt),
          }),
        },
      },
      this.context(reply.receivedAt, key),
    );
  }

  async contactEmailBounced(tenantId: string, bounce: ContactBounce): Promise<boolean> {
    const key = `notifications-bounce:${tenantId}:${bounce.providerEventId}`;
    const data = {
      memberId: bounce.memberId,
      contactId: bounce.contactId,
      email: bounce.email,
      reason: bounce.reason,
    };
    const type = 'rapport.notifications.v1.ContactEmailBounced';
    return appendOnce(
      this.store,
      { tenantId, streamId: `contact-email:${bounce.contactId}` },
      {
        eventId: eventIdFromKey(key),
        event: {
          type: 'ContactEmailBounced',
          data: { ...data, kind: bounce.kind, bouncedAt: bounce.bouncedAt },
        },
        outbox: {
          topic: topicFor('notifications'),
          type,
          schemaVersion: 1,
          payload: encodePayload(type, {
            ...data,
            kind: bounce.kind === 'hard' ? BounceKind.HARD : BounceKind.BLOCKED,
            bouncedAt: timestampFromDate(bounce.bouncedAt),
          }),
        },
      },
      this.context(bounce.bouncedAt, key),
    );
  }

  private context(occurredAt: Date, correlationId: string): AppendContext {
    return { actor: SENDGRID, occurredAt, correlationId };
  }
}
