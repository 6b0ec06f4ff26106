import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import { encodePayload, ThankYouKind, topicFor } from '@rapport/contracts';
import {
  appendOnce,
  type EventStore,
  eventIdFromKey,
  type NewEvent,
  type OutboxMessage,
  type StreamRef,
} from '@rapport/eventstore';
import type { DueNotification } from './relationship-activities.factory';

/** The worker's own database: due items it raised, and their outbox. */
export const RELATIONSHIP_DATABASE = 'rapport_relationship';

/** The event id follows from the idempotency key, so a retried activity appends nothing twice. */
export function dueEventId(idempotencyKey: string): string {
  return eventIdFromKey(`relationship-due:${idempotencyKey}`);
}

/** One stream per relationship, within its tenant. */
export function relationshipStream(tenantId: string, relationshipId: string): StreamRef {
  return { tenantId, streamId: `relationship:${relationshipId}` };
}

function outboxMessage(notification: DueNotification): OutboxMessage {
  const { item } = notification;
  const common = {
    memberId: item.memberId,
    contactId: item.contactId,
    relationshipId: item.relationshipId,
    idempotencyKey: item.idempotencyKey,
    dueAt: timestampFromMs(item.dueAt),
  };
  const message = (type: string, payload: Uint8Array): OutboxMessage => ({
    topic: topicFor('relationship'),
    type,
    schemaVersion: 1,
    payload,
  });
  switch (notification.type) {
    case 'SecondContactDue':
      return message(
        'rapport.relationship.v1.SecondContactSuggested',
        encodePayload('rapport.relationship.v1.SecondContactSuggested', common),
      );
    case 'InterviewReminderDue':
      return message(
        'rapport.relationship.v1.InterviewReminderDue',
        encodePayload('rapport.relationship.v1.InterviewReminderDue', {
          ...common,
          hoursBefore: notification.item.hoursBefore,
          interviewAt: timestampFromMs(notification.item.interviewAt),
        }),
      );
    case 'ThankYouDue':
      return message(
        'rapport.relationship.v1.ThankYouDue',
        encodePayload('rapport.relationship.v1.ThankYouDue', {
          ...common,
          kind:
            notification.item.kind === 'reminder' ? ThankYouKind.REMINDER : ThankYouKind.DEADLINE,
          interviewCompletedAt: timestampFromMs(notification.item.interviewCompletedAt),
        }),
      );
    case 'KeepInTouchDue': {
      const { lastTouchAt, cycle } = notification.item;
      return message(
        'rapport.relationship.v1.KeepInTouchDue',
        encodePayload('rapport.relationship.v1.KeepInTouchDue', {
          ...common,
          cycle,
          ...(lastTouchAt === null ? {} : { lastTouchAt: timestampFromMs(lastTouchAt) }),
        }),
      );
    }
    default: {
      const unknown: never = notification;
      throw new Error(`unknown due notification ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * Records a notifications-bound due item on the relationship's stream, with its integration event
 * for the outbox relay to publish on the relationship topic. Idempotent by the item's key: the
 * event id is derived from it and unique in the store, so a retry finds it there and stops.
 */
export function outboxPublisher(
  store: EventStore,
): (notification: DueNotification) => Promise<void> {
  return async (notification) => {
    const { item } = notification;
    const eventId = dueEventId(item.idempotencyKey);
    const stream = relationshipStream(item.tenantId, item.relationshipId);
    const event: NewEvent = {
      eventId,
      event: { type: notification.type, data: item },
      outbox: outboxMessage(notification),
    };
    const context = {
      actor: { id: 'relationship-workflow', role: 'system' as const },
      occurredAt: new Date(item.dueAt),
      correlationId: item.idempotencyKey,
    };
    // A few tries when another append got in between; then Temporal retries the activity.
    await appendOnce(store, stream, event, context);
  };
}
