import { createHash } from 'node:crypto';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import { encodePayload, ThankYouKind, topicFor } from '@rapport/contracts';
import {
  ConcurrencyError,
  type EventStore,
  type NewEvent,
  type OutboxMessage,
  type StreamRef,
} from '@rapport/eventstore';
import type { DueNotification } from './relationship-activities.factory';

/** The worker's own database: due items it raised, and their outbox. */
export const RELATIONSHIP_DATABASE = 'rapport_relationship';

/** A few tries when another append to the same relationship got in between; then Temporal retries. */
const APPEND_ATTEMPTS = 5;

/** The event id follows from the idempotency key, so a retried activity appends nothing twice. */
export function dueEventId(idempotencyKey: string): string {
  const hex = createHash('sha256').update(`relationship-due:${idempotencyKey}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-b${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
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

async function headVersion(store: EventStore, stream: StreamRef): Promise<number> {
  const [last] = await store.events
    .find({ tenantId: stream.tenantId, streamId: stream.streamId })
    .sort({ version: -1 })
    .limit(1)
    .project<{ version: number }>({ version: 1 })
    .toArray();
  return last?.version ?? 0;
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
    const alreadyThere = async () => (await store.events.countDocuments({ eventId })) > 0;
    for (let attempt = 1; ; attempt += 1) {
      if (await alreadyThere()) return;
      try {
        await store.append(stream, await headVersion(store, stream), [event], context);
        return;
      } catch (error) {
        // The duplicate event id (a retry that raced its first try) or another append in between.
        if (!(error instanceof ConcurrencyError)) throw error;
        if (await alreadyThere()) return;
        if (attempt >= APPEND_ATTEMPTS) throw error;
      }
    }
  };
}
