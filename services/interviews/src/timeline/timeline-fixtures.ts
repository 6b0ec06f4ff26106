import { create } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  EnvelopeSchema,
  eventSchemaFor,
  type EventInit,
  type EventOf,
  type EventTypeName,
} from '@rapport/contracts';
import type { ConsumedEvent } from '@rapport/messaging';

export const RELATIONSHIP = {
  memberId: 'member-ada',
  contactId: 'c-grace',
  relationshipId: 'member-ada:c-grace',
};

/** An integration event as a consumer receives it, for the timeline's pure specs. */
export function consumed<T extends EventTypeName>(
  type: T,
  payload: EventInit<T>,
  options: {
    eventId: string;
    streamId: string;
    version: number;
    occurredAt: Date;
    tenantId?: string;
  },
): ConsumedEvent {
  const message: EventOf<T> = create(eventSchemaFor(type), payload);
  return {
    envelope: create(EnvelopeSchema, {
      eventId: options.eventId,
      type,
      schemaVersion: 1,
      streamId: options.streamId,
      streamVersion: BigInt(options.version),
      tenantId: options.tenantId ?? 'uni-a',
      occurredAt: timestampFromDate(options.occurredAt),
      correlationId: `corr-${options.eventId}`,
    }),
    payload: message,
    topic: 'test',
    partition: 0,
    offset: '0',
    headers: {},
  };
}
