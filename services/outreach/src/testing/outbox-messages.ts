import { decodePayload, type EventMessage } from '@rapport/contracts';
import type { OutboxDocument } from '@rapport/eventstore';
import type { Db } from 'mongodb';

export interface PendingMessage {
  readonly eventId: string;
  readonly version: number;
  readonly type: string;
  readonly payload: EventMessage;
}

/** The integration messages waiting in the outbox for one stream, in stream order, decoded. */
export async function outboxMessages(db: Db, streamId: string): Promise<PendingMessage[]> {
  const entries = await db
    .collection<OutboxDocument>('events_outbox')
    .find({ streamId })
    .sort({ fromVersion: 1 })
    .toArray();
  return entries.flatMap((entry) =>
    entry.messages.map((message) => ({
      eventId: message.eventId,
      version: message.version,
      type: message.type,
      payload: decodePayload(
        message.type,
        message.payload.buffer.subarray(0, message.payload.position),
      ),
    })),
  );
}
