import { backOff } from 'exponential-backoff';
import type { Consumer, EachBatchPayload, Kafka, Producer } from 'kafkajs';
import type { Db } from 'mongodb';
import type { Envelope } from '@rapport/contracts';
import { counter, gauge, type Logger, withCorrelation } from '@rapport/platform';
import {
  type ConsumedEvent,
  headersOf,
  PermanentError,
  REPLAY_FOR_GROUP_HEADER,
} from './consumed-event';
import { type DeadLetterReason, type FailedMessage, publishDeadLetter } from './dead-letters';
import { type DecodedMessage, decodeMessage, describe } from './decode-message';
import { forgetGuards } from './guarded-write';
import { type EventPosition, type Projection, ProjectionStore } from './projection';
import { type Admission, type StreamName, StreamPositions } from './stream-positions';

type Handler = (event: ConsumedEvent, logger: Logger) => Promise<void>;

/** Batches of different partitions a projecting consumer handles at once. */
const PARTITIONS_AT_ONCE = 3;

export interface EventConsumerOptions {
  readonly kafka: Kafka;
  readonly db: Db;
  readonly groupId: string;
  readonly topics: readonly string[];
  readonly logger: Logger;
  /** Side effects per event (a command, a signal, an email): run in order, one at a time. */
  readonly handle?: Handler;
  /**
   * Read models kept from these events, instead of `handle`. Projections are pure, so a whole
   * Kafka batch is applied at once: one guarded bulk write per read model, one of positions.
   */
  readonly projections?: readonly Projection<ConsumedEvent>[];
  /** Told once the projections' write of these events is acknowledged (lag and benchmarks). */
  readonly onApplied?: (events: readonly ConsumedEvent[]) => void;
  /** Attempts for a failing handler before the message is dead-lettered (transient errors). */
  readonly maxAttempts?: number;
  readonly retryDelayMs?: number;
  readonly fromBeginning?: boolean;
  /**
   * kafkajs timings, left at its defaults in the services. Specs shorten them: an idle fetch
   * waits up to 5 s (so does a stop) and a rebalance is noticed at the next heartbeat (3 s).
   */
  readonly timings?: { readonly maxWaitTimeInMs?: number; readonly heartbeatInterval?: number };
}

interface BatchItem {
  readonly failed: FailedMessage;
  readonly decoded: DecodedMessage;
}

/** What the batch path decided for one message, carried out once the batch is written. */
type Step =
  | { kind: 'duplicate' }
  | { kind: 'project'; event: ConsumedEvent }
  | { kind: 'deadLetter'; reason: DeadLetterReason; detail: string; attempts: number };

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
 * Runs a handler, or a set of projections, over integration events: decodes and validates the
 * envelope and payload against the contracts, drops redeliveries, retries transient failures with
 * exponential backoff, and parks anything it cannot process in the dead-letter topic with the
 * reason. It never crash-loops on a bad message and never drops one silently.
 */
export class EventConsumer {
  private readonly consumer: Consumer;
  private readonly producer: Producer;
  private readonly positions: StreamPositions;
  private readonly store: ProjectionStore;

  constructor(private readonly options: EventConsumerOptions) {
    if (!options.handle === !options.projections)
      throw new Error(`consumer ${options.groupId}: give either handle or projections`);
    this.consumer = options.kafka.consumer({
      groupId: options.groupId,
      allowAutoTopicCreation: false,
      ...options.timings,
    });
    this.producer = options.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    this.positions = new StreamPositions(options.db, options.groupId);
    this.store = new ProjectionStore(options.db);
  }

  async start(): Promise<void> {
    await this.producer.connect();
    await this.consumer.connect();
    // A join may hand this instance partitions another one wrote meanwhile: what it remembers of
    // their positions and of the read models' guards is read again.
    this.consumer.on(this.consumer.events.GROUP_JOIN, () => {
      this.positions.forget();
      forgetGuards(this.options.db.databaseName);
    });
    await this.consumer.subscribe({
      topics: [...this.options.topics],
      fromBeginning: this.options.fromBeginning ?? true,
    });
    await this.consumer.run({
      eachBatchAutoResolve: false,
      // Projections write each batch's documents under their per-document lock and save only
      // their batch's positions, so partitions' batches go at once; handlers keep one at a time.
      partitionsConsumedConcurrently: this.options.projections ? PARTITIONS_AT_ONCE : 1,
      eachBatch: (batch) => this.onBatch(batch),
    });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
    await this.producer.disconnect();
  }

  private async onBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    if (batch.messages.length === 0 || !payload.isRunning() || payload.isStale()) return;
    const items: BatchItem[] = batch.messages.map((message) => ({
      failed: {
        topic: batch.topic,
        partition: batch.partition,
        message,
        headers: headersOf(message.headers),
      },
      decoded: decodeMessage(message),
    }));
    // The batch's streams: with partitions handled at once, a batch saves and forgets only its
    // own streams' positions (a stream's events all go to one partition).
    const streams = items.flatMap(({ decoded }) => (decoded.envelope ? [decoded.envelope] : []));
    try {
      await this.positions.preload(streams);
      const done =
        this.options.projections && (await this.projectBatch(items, streams))
          ? items.length
          : await this.handleEach(payload, items, this.options.handle ?? this.applyOne, streams);
      // Offsets move only once the positions of what was done are saved.
      await this.positions.flush(streams);
      if (done === 0) return;
      const last = batch.messages[done - 1]!.offset;
      payload.resolveOffset(last);
      consumerLag.set(
        { group: this.options.groupId, topic: batch.topic, partition: String(batch.partition) },
        Number(BigInt(batch.highWatermark) - BigInt(last) - 1n),
      );
      await payload.heartbeat();
    } catch (error) {
      // Positions changed in memory may not be saved: read them again when Kafka redelivers.
      this.positions.forget(streams);
      throw error;
    }
  }

  /**
   * The batch path: decide every message in memory, write all projection changes, save the
   * positions, then publish the dead letters. Returns false, having changed nothing but the
   * projections (whose guard makes a second pass harmless), when the write keeps failing: the
   * batch then goes event by event, so one bad event is dead-lettered instead of blocking all.
   */
  private async projectBatch(
    items: readonly BatchItem[],
    streams: readonly StreamName[],
  ): Promise<boolean> {
    const steps: Step[] = [];
    for (const item of items) steps.push(await this.plan(item));
    const events = steps.flatMap((step) => (step.kind === 'project' ? [step.event] : []));
    try {
      await this.retrying(() => this.applyAll(events), this.options.logger);
    } catch (error) {
      this.options.logger.warn({ err: error }, 'batch write failed; applying event by event');
      this.positions.forget(streams);
      return false;
    }
    await this.positions.flush(streams);
    for (const [index, step] of steps.entries()) {
      if (step.kind === 'deadLetter')
        await this.deadLetter(items[index]!.failed, step.reason, step.detail, step.attempts);
      else
        consumed.inc({
          group: this.options.groupId,
          outcome: step.kind === 'project' ? 'processed' : 'duplicate',
        });
    }
    return true;
  }

  private async plan({ failed, decoded }: BatchItem): Promise<Step> {
    if ('reason' in decoded) {
      if (decoded.envelope) await this.park(decoded.envelope);
      return { kind: 'deadLetter', reason: decoded.reason, detail: decoded.detail, attempts: 0 };
    }
    const { envelope } = decoded;
    const admission = await this.admit(envelope, failed);
    if (admission === 'duplicate') return { kind: 'duplicate' };
    if (admission === 'parked') {
      await this.park(envelope);
      return { kind: 'deadLetter', reason: 'stream_parked', detail: PARKED, attempts: 0 };
    }
    const event = consumedEvent(decoded, failed);
    try {
      for (const projection of this.options.projections ?? []) projection.project(event);
    } catch (error) {
      // A pure function that throws will throw again: no retry.
      await this.park(envelope);
      return { kind: 'deadLetter', reason: 'handler_failed', detail: describe(error), attempts: 1 };
    }
    await this.positions.processed(
      envelope.tenantId,
      envelope.streamId,
      Number(envelope.streamVersion),
      envelope.eventId,
    );
    return { kind: 'project', event };
  }

  /** The event-by-event path; returns how many messages it got through before a rebalance. */
  private async handleEach(
    payload: EachBatchPayload,
    items: readonly BatchItem[],
    handle: Handler,
    streams: readonly StreamName[],
  ): Promise<number> {
    let done = 0;
    for (const item of items) {
      if (!payload.isRunning() || payload.isStale()) break;
      await this.onMessage(item, handle, streams);
      done += 1;
      await payload.heartbeat();
    }
    return done;
  }

  private async onMessage(
    { failed, decoded }: BatchItem,
    handle: Handler,
    streams: readonly StreamName[],
  ): Promise<void> {
    if ('reason' in decoded) {
      if (decoded.envelope) await this.park(decoded.envelope);
      return this.parkedDeadLetter(failed, decoded.reason, decoded.detail, 0, streams);
    }
    const { envelope } = decoded;
    const logger = withCorrelation(this.options.logger, {
      correlationId: envelope.correlationId,
      causationId: envelope.causationId,
      tenantId: envelope.tenantId,
      eventId: envelope.eventId,
    });
    const admission = await this.admit(envelope, failed);
    if (admission === 'duplicate') {
      consumed.inc({ group: this.options.groupId, outcome: 'duplicate' });
      return;
    }
    if (admission === 'parked') {
      await this.park(envelope);
      return this.parkedDeadLetter(failed, 'stream_parked', PARKED, 0, streams);
    }
    const event = consumedEvent(decoded, failed);
    let attempts = 0;
    try {
      await this.retrying(() => {
        attempts += 1;
        return handle(event, logger);
      }, logger);
    } catch (error) {
      logger.error({ err: error, attempts }, 'handler gave up; dead-lettering');
      await this.park(envelope);
      return this.parkedDeadLetter(failed, 'handler_failed', describe(error), attempts, streams);
    }
    await this.positions.processed(
      envelope.tenantId,
      envelope.streamId,
      Number(envelope.streamVersion),
      envelope.eventId,
    );
    consumed.inc({ group: this.options.groupId, outcome: 'processed' });
  }

  private readonly applyOne: Handler = (event) => this.applyAll([event]);

  private async applyAll(events: readonly ConsumedEvent[]): Promise<void> {
    const items = events.map((event) => ({ event, position: positionOf(event.envelope) }));
    // One consumer at a time holds a partition, so between joins no other process applies these
    // streams' versions: the guards this process remembers are exact, as the positions are.
    for (const projection of this.options.projections ?? [])
      await this.store.applyAll(projection, items, undefined, { rememberedGuards: true });
    this.options.onApplied?.(events);
  }

  private retrying(work: () => Promise<void>, logger: Logger): Promise<void> {
    return backOff(work, {
      numOfAttempts: this.options.maxAttempts ?? 5,
      startingDelay: this.options.retryDelayMs ?? 200,
      maxDelay: 10_000,
      jitter: 'full',
      retry: (error: unknown) => {
        logger.warn({ err: error }, 'handler failed; retrying');
        return !(error instanceof PermanentError);
      },
    });
  }

  private admit(envelope: Envelope, failed: FailedMessage): Promise<Admission> {
    return this.positions.admit(
      envelope.tenantId,
      envelope.streamId,
      Number(envelope.streamVersion),
      envelope.eventId,
      failed.headers[REPLAY_FOR_GROUP_HEADER] === this.options.groupId,
    );
  }

  private park(envelope: Envelope): Promise<void> {
    return this.positions.park(
      envelope.tenantId,
      envelope.streamId,
      Number(envelope.streamVersion),
    );
  }

  /** The park is saved before the letter goes out, so a crash in between cannot lose the order. */
  private async parkedDeadLetter(
    failed: FailedMessage,
    reason: DeadLetterReason,
    detail: string,
    attempts: number,
    streams: readonly StreamName[],
  ): Promise<void> {
    await this.positions.flush(streams);
    await this.deadLetter(failed, reason, detail, attempts);
  }

  private async deadLetter(
    failed: FailedMessage,
    reason: DeadLetterReason,
    detail: string,
    attempts: number,
  ): Promise<void> {
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

const PARKED = 'an earlier event of this stream is dead-lettered';

function consumedEvent(
  decoded: Pick<ConsumedEvent, 'envelope' | 'payload'>,
  failed: FailedMessage,
): ConsumedEvent {
  return {
    ...decoded,
    topic: failed.topic,
    partition: failed.partition,
    offset: failed.message.offset,
    headers: failed.headers,
  };
}

function positionOf(envelope: Envelope): EventPosition {
  return {
    tenantId: envelope.tenantId,
    streamId: envelope.streamId,
    version: Number(envelope.streamVersion),
  };
}
