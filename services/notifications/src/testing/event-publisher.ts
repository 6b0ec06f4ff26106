import { randomUUID } from 'node:crypto';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import type { Kafka, Producer } from 'kafkajs';
import {
  encodeEnvelope,
  encodePayload,
  type EventInit,
  type EventTypeName,
} from '@rapport/contracts';

export interface PublishOptions {
  readonly eventId?: string;
  readonly tenantId?: string;
  readonly streamId?: string;
  readonly version?: bigint;
  readonly occurredAt?: number;
}

/** Publishes integration events as the other contexts would: one Envelope per message. */
export class EventPublisher {
  private producer: Producer | undefined;

  constructor(private readonly kafka: Kafka) {}

  async publish<T extends EventTypeName>(
    topic: string,
    type: T,
    payload: EventInit<T>,
    options: PublishOptions = {},
  ): Promise<string> {
    if (!this.producer) {
      this.producer = this.kafka.producer({ idempotent: true });
      await this.producer.connect();
    }
    const eventId = options.eventId ?? randomUUID();
    const streamId = options.streamId ?? 'test-stream';
    const value = encodeEnvelope({
      eventId,
      type,
      schemaVersion: 1,
      streamId,
      streamVersion: options.version ?? 1n,
      tenantId: options.tenantId ?? 'uni-a',
      actor: { id: 'system', role: 'system' },
      occurredAt: timestampFromMs(options.occurredAt ?? Date.now()),
      correlationId: `corr-${eventId}`,
      causationId: `corr-${eventId}`,
      payload: encodePayload(type, payload),
    });
    await this.producer.send({
      topic,
      acks: -1,
      messages: [{ key: streamId, value: Buffer.from(value) }],
    });
    return eventId;
  }

  async close(): Promise<void> {
    await this.producer?.disconnect();
  }
}
