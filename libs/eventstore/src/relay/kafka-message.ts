import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import type { Message } from 'kafkajs';
import { encodeEnvelope } from '@rapport/contracts';
import type { OutboxDocument } from '../event-document';

/** One outbox message as the Kafka record the relay sends: key = stream id, envelope as value. */
export function toKafkaMessage(
  entry: OutboxDocument,
  message: OutboxDocument['messages'][number],
): Message {
  return {
    key: entry.streamId,
    value: Buffer.from(
      encodeEnvelope({
        eventId: message.eventId,
        type: message.type,
        schemaVersion: message.schemaVersion,
        streamId: entry.streamId,
        streamVersion: BigInt(message.version),
        tenantId: entry.tenantId,
        actor: { id: entry.actor.id, role: entry.actor.role },
        occurredAt: timestampFromDate(entry.occurredAt),
        correlationId: entry.correlationId,
        causationId: entry.causationId,
        payload: message.payload.buffer.subarray(0, message.payload.position),
      }),
    ),
    headers: { 'rapport-event-type': message.type, 'rapport-event-id': message.eventId },
  };
}
