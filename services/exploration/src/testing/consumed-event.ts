import { create } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  EnvelopeSchema,
  eventSchemaFor,
  type EventInit,
  type EventTypeName,
} from '@rapport/contracts';
import type { ConsumedEvent } from '@rapport/messaging';

/** Another context's event as the consumer hands it over: its envelope, payload and position. */
export function consumedEvent<T extends EventTypeName>(
  type: T,
  payload: EventInit<T>,
  at: { streamId: string; version: number; occurredAt: Date; tenantId?: string },
): ConsumedEvent {
  const eventId = `${at.streamId}@${at.version}`;
  return {
    envelope: create(EnvelopeSchema, {
      eventId,
      type,
      schemaVersion: 1,
      streamId: at.streamId,
      streamVersion: BigInt(at.version),
      tenantId: at.tenantId ?? 'uni-a',
      occurredAt: timestampFromDate(at.occurredAt),
      correlationId: `corr-${eventId}`,
    }),
    payload: create(eventSchemaFor(type), payload),
    topic: 'test',
    partition: 0,
    offset: '0',
    headers: {},
  };
}
