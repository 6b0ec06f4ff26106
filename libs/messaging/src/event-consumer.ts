import { backOff } from 'exponential-backoff';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { Db } from 'mongodb';
import {
  decodeEnvelope,
  decodePayload,
  type Envelope,
  InvalidPayloadError,
  UnknownEventTypeError,
} from '@rapport/contracts';
import { counter, gauge, type Logger, withCorrelation } from '@rapport/platform';
import {
  type ConsumedEvent,
  envelopeRules,
  headersOf,
  PermanentError,
  REPLAY_FOR_GROUP_HEADER,
} from './consumed-event';
import { type DeadLetterReason, type FailedMessage, publishDeadLetter } from './dead-letters';
import { StreamPositions } from './stream-positions';

export interface EventConsumerOptions {
  readonly kafka: Kafka;
  readonly db: Db;
  readonly groupId: string;
  readonly topics: readonly string[];
  readonly logger: Logger;
  readonly handle: (event: ConsumedEvent, logger: Logger) => Promise<void>;
  /** Attempts for a failing handler before the message is dead-lettered (transient errors). */
  readonly maxAttempts?: number;
  readonly retryDelayMs?: number;
  readonly fromBeginning?: boolean;
}

const consumed = counter('rapport_consumer_events_total', 'Events handled by consumers', [
  'group',
  'outcome',
]);
const consumerLag = gauge('rapport_consumer_lag_messages', 'Messages behind the partition end', [
  'group',
  'topic',
  'partition',
]);

/**
 * Runs a handler over integration events: decodes and validates the envelope and payload against
 * the contracts, drops redeliveries, retries transient failures with exponential backoff, and parks
 * anything it cannot process in the dead-letter topic with the reason. It never crash-loops on a
 * bad message and never drops one silently.
 */
export class EventConsumer {
  private readonly consumer: Consumer;
  private readonly producer: Producer;
  private readonly positions: StreamPositions;

  constructor(private readonly options: EventConsumerOptions) {
    this.consumer = options.kafka.consumer({
      groupId: options.groupId,
      allowAutoTopicCreation: false,
    });
    this.producer = options.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    this.positions = new StreamPositions(options.db, options.groupId);
  }

  async start(): Promise<void> {
    await this.producer.connect();
    await this.consumer.connect();
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => this.positions.forget());
    await this.consumer.subscribe({
      topics: [...this.options.topics],
      fromBeginning: this.options.fromBeginning ?? true,
    });
    await this.consumer.run({
      eachBatchAutoResolve: false,
      eachBatch: (batch) => this.onBatch(batch),
    });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
    await this.producer.disconnect();
  }

  private async onBatch(payload: EachBatchPayload) {
    const { batch } = payload;
    for (const message of batch.messages) {
      if (!payload.isRunning() || payload.isStale()) return;
      await this.onMessage({
        topic: batch.topic,
        partition: batch.partition,
        message,
        headers: headersOf(message.headers),
      });
      payload.resolveOffset(message.offset);
      consumerLag.set(
        { group: this.options.groupId, topic: batch.topic, partition: String(batch.partition) },
        Number(BigInt(batch.highWatermark) - BigInt(message.offset) - 1n),
      );
      await payload.heartbeat();
    }
  }

  private async onMessage(failed: FailedMessage): Promise<void> {
    const decoded = this.decode(failed.message);
    if ('reason' in decoded) {
      if (decoded.envelope) await this.park(decoded.envelope);
      return this.deadLetter(failed, decoded.reason, decoded.detail, 0);
    }
    const { envelope } = decoded;
    const version = Number(envelope.streamVersion);
    const logger = withCorrelation(this.options.logger, {
      correlationId: envelope.correlationId,
      causationId: envelope.causationId,
      tenantId: envelope.tenantId,
      eventId: envelope.eventId,
    });
    const replayForUs = failed.headers[REPLAY_FOR_GROUP_HEADER] === this.options.groupId;
    const admission = await this.positions.admit(
      envelope.tenantId,
      envelope.streamId,
      version,
      envelope.eventId,
      replayForUs,
    );
    if (admission === 'duplicate') {
      consumed.inc({ group: this.options.groupId, outcome: 'duplicate' });
      return;
    }
    if (admission === 'parked') {
      await this.park(envelope);
      return this.deadLetter(
        failed,
        'stream_parked',
        'an earlier event of this stream is dead-lettered',
        0,
      );
    }
    const event: ConsumedEvent = {
      ...decoded,
      topic: failed.topic,
      partition: failed.partition,
      offset: failed.message.offset,
      headers: failed.headers,
    };
    let attempts = 0;
    try {
      await backOff(
        () => {
          attempts += 1;
          return this.options.handle(event, logger);
        },
        {
          numOfAttempts: this.options.maxAttempts ?? 5,
          startingDelay: this.options.retryDelayMs ?? 200,
          maxDelay: 10_000,
          jitter: 'full',
          retry: (error: unknown) => {
            logger.warn({ err: error, attempts }, 'handler failed; retrying');
            return !(error instanceof PermanentError);
          },
        },
      );
    } catch (error) {
      logger.error({ err: error, attempts }, 'handler gave up; dead-lettering');
      await this.park(envelope);
      return this.deadLetter(failed, 'handler_failed', describe(error), attempts);
    }
    await this.positions.processed(envelope.tenantId, envelope.streamId, version, envelope.eventId);
    consumed.inc({ group: this.options.groupId, outcome: 'processed' });
  }

  private decode(
    message: KafkaMessage,
  ):
    | Pick<ConsumedEvent, 'envelope' | 'payload'>
    | { reason: DeadLetterReason; detail: string; envelope?: Envelope } {
    let envelope: Envelope;
    try {
      envelope = decodeEnvelope(message.value ?? new Uint8Array());
    } catch (error) {
      return { reason: 'undecodable_envelope', detail: describe(error) };
    }
    const checked = envelopeRules.safeParse(envelope);
    if (!checked.success) {
      const where = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      return { reason: 'invalid_envelope', detail: where };
    }
    try {
      return { envelope, payload: decodePayload(envelope.type, envelope.payload) };
    } catch (error) {
      if (error instanceof UnknownEventTypeError)
        return { reason: 'unknown_event_type', detail: error.message, envelope };
      if (error instanceof InvalidPayloadError)
        return { reason: 'invalid_payload', detail: error.message, envelope };
      throw error;
    }
  }

  private park(envelope: Envelope): Promise<void> {
    return this.positions.park(
      envelope.tenantId,
      envelope.streamId,
      Number(envelope.streamVersion),
    );
  }

  private async deadLetter(
    failed: FailedMessage,
    reason: DeadLetterReason,
    detail: string,
    attempts: number,
  ) {
    consumed.inc({ group: this.options.groupId, outcome: 'dead_lettered' });
    this.options.logger.warn(
      {
        topic: failed.topic,
        partition: failed.partition,
        offset: failed.message.offset,
        reason,
        detail,
      },
      'dead-lettered',
    );
    await publishDeadLetter(this.producer, this.options.groupId, failed, reason, detail, attempts);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
