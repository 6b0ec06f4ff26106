import { hostname } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { backOff } from 'exponential-backoff';
import type { Kafka, Message, Producer } from 'kafkajs';
import type { Db } from 'mongodb';
import { encodeEnvelope } from '@rapport/contracts';
import { counter, gauge, type Logger } from '@rapport/platform';
import { type EventDocument, wholeBatchesOnly } from '../event-document';
import type { EventStore } from '../event-store';
import { ShardLeases } from './shard-leases';

export interface OutboxRelayOptions {
  readonly store: EventStore;
  readonly db: Db;
  readonly kafka: Kafka;
  readonly logger: Logger;
  /** Stable per deployment slot, so a restarted relay takes its own shards back at once. */
  readonly instanceId?: string;
  readonly batchSize?: number;
  readonly leaseMs?: number;
  /** How long to wait before looking again when nothing was pending. */
  readonly idleMs?: number;
  readonly maxShards?: number;
}

const published = counter('rapport_relay_published_total', 'Events the relay published to Kafka', [
  'topic',
]);
const relayLag = gauge(
  'rapport_relay_lag_seconds',
  'Age of the oldest event the relay found still unpublished in its last round',
);
const publishFailures = counter(
  'rapport_relay_publish_failures_total',
  'Relay rounds that failed (Kafka or MongoDB unavailable); retried with backoff',
);

/**
 * Publishes the outbox (unpublished event documents) to Kafka: key = stream id, per-stream order
 * kept, idempotent producer with acks=all, then marks the events published. At-least-once: a crash
 * between publish and mark re-publishes, and consumers drop what they already saw by stream version.
 */
export class OutboxRelay {
  private readonly leases: ShardLeases;
  private readonly producer: Producer;
  private readonly batchSize: number;
  private readonly idleMs: number;
  private readonly leaseMs: number;
  private running = false;
  private leasesRefreshedAt = 0;
  private loop: Promise<void> | undefined;
  private readonly stopping = new AbortController();

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = Math.max(options.batchSize ?? 500, 100);
    this.idleMs = options.idleMs ?? 100;
    this.leaseMs = options.leaseMs ?? 15_000;
    this.leases = new ShardLeases(
      options.db,
      options.instanceId ?? `${hostname()}-${process.pid}`,
      this.leaseMs,
      options.maxShards,
    );
    this.producer = options.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  }

  async start(): Promise<void> {
    await this.producer.connect();
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopping.abort();
    await this.loop;
    await this.leases.release();
    await this.producer.disconnect();
  }

  /** One pass over the shards this instance holds; returns how many events it published. */
  async publishRound(): Promise<number> {
    // Leases are renewed a few times per lease period, not every round: each renewal is one
    // write per shard, and rounds come every few milliseconds under load.
    if (Date.now() - this.leasesRefreshedAt > this.leaseMs / 4) {
      await this.leases.refresh();
      this.leasesRefreshedAt = Date.now();
    }
    let total = 0;
    let more = true;
    while (more && this.running) {
      const shards = this.leases.usable(this.leaseMs / 3);
      if (shards.length === 0) break;
      const batch = await this.publishBatch(shards);
      total += batch.sent;
      more = batch.more && Date.now() - this.leasesRefreshedAt < this.leaseMs / 4;
    }
    return total;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        const sent = await backOff(() => this.publishRound(), {
          numOfAttempts: Number.MAX_SAFE_INTEGER,
          startingDelay: 200,
          maxDelay: 5_000,
          jitter: 'full',
          retry: (error: unknown, attempt) => {
            publishFailures.inc();
            this.options.logger.warn({ err: error, attempt }, 'relay round failed; backing off');
            return this.running;
          },
        });
        if (sent === 0 && this.running) await this.idle();
      } catch (error) {
        if (this.running) this.options.logger.error({ err: error }, 'relay stopped retrying');
      }
    }
  }

  private async idle(): Promise<void> {
    await delay(this.idleMs, undefined, { signal: this.stopping.signal }).catch(() => undefined);
  }

  /** `more`: the batch was full and wholly sent, so the shard likely has a backlog. */
  private async publishBatch(shards: number[]): Promise<{ sent: number; more: boolean }> {
    const pending = await this.options.store.events
      .find({ pending: true, shard: { $in: shards } })
      .sort({ tenantId: 1, streamId: 1, version: 1 })
      .limit(this.batchSize)
      .toArray();
    if (pending.length === 0) return { sent: 0, more: false };
    relayLag.set((Date.now() - pending[0]!.recordedAt.getTime()) / 1000);
    const ready = wholeStreams(pending);
    if (ready.length === 0) return { sent: 0, more: false };

    const byTopic = new Map<string, Message[]>();
    for (const doc of ready) {
      const topic = doc.outbox!.topic;
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), toKafkaMessage(doc)]);
    }
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
    });
    await this.options.store.events.updateMany(
      { _id: { $in: ready.map((d) => d._id) } },
      { $set: { pending: false, publishedAt: new Date() } },
    );
    for (const [topic, messages] of byTopic) published.inc({ topic }, messages.length);
    return {
      sent: ready.length,
      more: pending.length === this.batchSize && ready.length === pending.length,
    };
  }
}

/** Keeps, per stream, only whole batches (an append still being written waits for next round). */
function wholeStreams(docs: readonly EventDocument[]): EventDocument[] {
  const out: EventDocument[] = [];
  let start = 0;
  for (let i = 1; i <= docs.length; i++) {
    const a = docs[start]!;
    const b = docs[i];
    if (b && b.tenantId === a.tenantId && b.streamId === a.streamId) continue;
    out.push(...wholeBatchesOnly(docs.slice(start, i)));
    start = i;
  }
  return out;
}

function toKafkaMessage(doc: EventDocument): Message {
  const outbox = doc.outbox!;
  return {
    key: doc.streamId,
    value: Buffer.from(
      encodeEnvelope({
        eventId: doc._id,
        type: outbox.type,
        schemaVersion: outbox.schemaVersion,
        streamId: doc.streamId,
        streamVersion: BigInt(doc.version),
        tenantId: doc.tenantId,
        actor: { id: doc.actor.id, role: doc.actor.role },
        occurredAt: timestampFromDate(doc.occurredAt),
        correlationId: doc.correlationId,
        causationId: doc.causationId,
        payload: outbox.payload.buffer.subarray(0, outbox.payload.position),
      }),
    ),
    headers: { 'rapport-event-type': outbox.type, 'rapport-event-id': doc._id },
  };
}
