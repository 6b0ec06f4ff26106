import { hostname } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { backOff } from 'exponential-backoff';
import type { Kafka, Message, Producer } from 'kafkajs';
import type { Db } from 'mongodb';
import { counter, gauge, type Logger } from '@rapport/platform';
import type { CommittedEntry } from '../commit-marks';
import { type OutboxDocument, SHARD_COUNT, toRecorded } from '../event-document';
import type { OwnReadModels } from '../own-read-models';
import { deleteByKey } from '../delete-by-key';
import type { BulkOutboxDocument } from '../start-streams';
import { ABANDONED_BATCH_MS, type EventStore } from '../event-store';
import { type AppendLookup, AppendStates } from './append-states';
import { entryEvents } from './entry-events';
import { toKafkaMessage } from './kafka-message';
import { roundsCommitted } from './round-markers';
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
  /**
   * The longest wait: each round that finds nothing doubles the wait from `idleMs` up to this,
   * and a round with work or a commit of this process's store sets it back. 1 s by default, or
   * `idleMs` when that is given (a fixed poll).
   */
  readonly maxIdleMs?: number;
  readonly maxShards?: number;
  /**
   * How long this relay must itself see an old entry's events missing before it drops the entry
   * as abandoned (default ABANDONED_BATCH_MS). Measured on the relay's clock, so a writer whose
   * clock runs behind, or that stalls, is not taken for a crashed one.
   */
  readonly missingForMs?: number;
  /**
   * How long an entry its writer has not marked committed waits before the relay checks its events
   * itself (see `AppendStates`). With read models 1 s by default, timed from when this relay first
   * saw the entry: entries of a crashed writer are published that much later; a live writer marks
   * its entries as its append settles. Without read models 250 ms by default, and an entry older
   * than the grace by its writer's clock is looked up at once: such a store does not mark the
   * entries no relay of its process takes (see `CommitMarks`), and a lookup repeats none of its work.
   */
  readonly markGraceMs?: number;
  /**
   * The service's own read models, applied to every entry's events before it is published and
   * removed (the guaranteed path; the writer's inline apply is the fast one). The store's unless
   * given; a relay of a store without them only publishes.
   */
  readonly readModels?: OwnReadModels;
  /** Told once these entries' messages are acknowledged by Kafka (lag and benchmarks). */
  readonly onPublished?: (entries: readonly OutboxDocument[]) => void;
}

/** The default longest wait between empty rounds (see `maxIdleMs`). */
const MAX_IDLE_MS = 1_000;

/**
 * The wait after an empty round: double the last, within [base, max]. An idle relay then reads the
 * outbox about once a second instead of ten times (a production instance paid about 13 database
 * commands a second for nothing); this process's commits wake it at once whatever the wait, so
 * only entries written by other processes can wait longer, by up to `max`.
 */
export function nextIdleWait(last: number, base: number, max: number): number {
  return Math.min(max, Math.max(base, last * 2));
}

/** The relay's default wait for a commit mark before it looks an entry's events up itself. */
const MARK_GRACE_MS = 1_000;
/**
 * The same without read models: there is no writer's apply to wait for, only its hand-over to a
 * relay of its own process (a few milliseconds after the entry is written), which spares the lookup.
 */
const MARK_GRACE_WITHOUT_MODELS_MS = 250;

const published = counter('rapport_relay_published_total', 'Events the relay published to Kafka', [
  'topic',
]);
const relayLag = gauge(
  'rapport_relay_lag_seconds',
  'Age of the oldest outbox entry the relay found still unpublished in its last round',
);
const publishFailures = counter(
  'rapport_relay_publish_failures_total',
  'Relay rounds that failed (Kafka or MongoDB unavailable); retried with backoff',
);

/**
 * Publishes the outbox to Kafka: key = stream id, per-stream order kept, idempotent producer with
 * acks=all, then removes the published entries. At-least-once: a crash between publish and removal
 * publishes again, and consumers drop what they already saw by event id and stream version.
 */
export class OutboxRelay {
  private readonly leases: ShardLeases;
  private readonly appends: AppendStates;
  private readonly producer: Producer;
  private readonly batchSize: number;
  private readonly idleMs: number;
  private readonly maxIdleMs: number;
  /** The wait before the next look when this round finds nothing (see `nextIdleWait`). */
  private idleWait: number;
  private readonly leaseMs: number;
  private readonly readModels: OwnReadModels | undefined;
  private running = false;
  private leasesRefreshedAt = 0;
  private loop: Promise<void> | undefined;
  private readonly stopping = new AbortController();
  /** Ends the current idle wait early: this process's store committed entries (see `wake`). */
  private idling: AbortController | undefined;
  /** Entries were committed while a round ran: look again before idling. */
  private woken = false;
  private unsubscribe: (() => void) | undefined;
  /**
   * Entries this process's store wrote whole and handed over (see `take`), by id: whether its
   * read models have them. The relay treats them as marked; the store marks none of them unless
   * they are still unpublished a few seconds later.
   */
  private readonly committedHere = new Map<string, boolean>();

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = Math.max(options.batchSize ?? 500, 100);
    this.idleMs = options.idleMs ?? 100;
    this.maxIdleMs = Math.max(
      this.idleMs,
      options.maxIdleMs ?? (options.idleMs === undefined ? MAX_IDLE_MS : this.idleMs),
    );
    this.idleWait = this.idleMs;
    this.leaseMs = options.leaseMs ?? 15_000;
    this.leases = new ShardLeases(
      options.db,
      options.instanceId ?? `${hostname()}-${process.pid}`,
      this.leaseMs,
      options.maxShards,
    );
    this.readModels = options.readModels ?? options.store.readModels;
    this.appends = new AppendStates(
      options.store,
      options.missingForMs ?? ABANDONED_BATCH_MS,
      this.readModels !== undefined,
      options.markGraceMs ?? (this.readModels ? MARK_GRACE_MS : MARK_GRACE_WITHOUT_MODELS_MS),
    );
    this.producer = options.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  }

  private lastSweep = 0;

  async start(): Promise<void> {
    await this.producer.connect();
    this.running = true;
    // Appends of this process wake the relay as their entries are committed, so their latency does
    // not include a poll interval; entries of other processes are found by polling, as before.
    this.unsubscribe = this.options.store.onCommitted((entries) => this.take(entries));
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.stopping.abort();
    await this.loop;
    await this.leases.release();
    await this.producer.disconnect();
  }

  /**
   * One pass over the shards this instance holds; returns how many events it published plus how
   * many entries it settled that had nothing to publish (so a backlog of those is not idled on).
   */
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
      total += batch.sent + batch.silent;
      more = batch.more && Date.now() - this.leasesRefreshedAt < this.leaseMs / 4;
    }
    return total;
  }

  private async run(): Promise<void> {
    while (this.running) {
      // A wake before this round is answered by it.
      this.woken = false;
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
        if (sent > 0) this.idleWait = this.idleMs;
        else if (this.running) await this.idle();
      } catch (error) {
        if (this.running) this.options.logger.error({ err: error }, 'relay stopped retrying');
      }
    }
  }

  /**
   * Markers outlive their intents by a day, then go: an intent still unpublished by then is
   * checked against the events instead, which stays correct.
   */
  private async sweepRoundMarkers(): Promise<void> {
    const now = Date.now();
    if (now - this.lastSweep < 3_600_000) return;
    this.lastSweep = now;
    await this.options.store.outboxRounds
      .deleteMany({ createdAt: { $lt: new Date(now - 86_400_000) } })
      .catch((error: unknown) =>
        this.options.logger.warn({ err: error }, 'round marker sweep failed'),
      );
  }

  private async idle(): Promise<void> {
    await this.sweepRoundMarkers();
    if (this.woken) {
      this.woken = false;
      return;
    }
    this.idling = new AbortController();
    const signal = AbortSignal.any([this.stopping.signal, this.idling.signal]);
    const wait = this.idleWait;
    this.idleWait = nextIdleWait(wait, this.idleMs, this.maxIdleMs);
    await delay(wait, undefined, { signal }).catch(() => undefined);
    this.idling = undefined;
  }

  /** The wait the relay will take after its next empty round (tests watch it back off). */
  get nextIdleMs(): number {
    return this.idleWait;
  }

  private wake(): void {
    this.idleWait = this.idleMs;
    if (this.idling) this.idling.abort();
    else this.woken = true;
  }

  /**
   * Takes the committed entries of this process's store whose shards this relay holds (others are
   * left to be marked for their relays), and wakes up to publish them. Taken entries still go
   * through the outbox read, so a stream's entries keep their order with those of other writers.
   */
  private take(entries: readonly CommittedEntry[]): string[] {
    const shards = new Set(this.leases.usable(this.leaseMs / 3));
    const mine = entries.filter(({ entry }) => shards.has(entry.shard));
    // Bounded as the relay's other memories: forgetting only costs a lookup per entry.
    if (this.committedHere.size > 10_000) this.committedHere.clear();
    for (const { entry, applied } of mine) this.committedHere.set(entry._id, applied);
    this.wake();
    return mine.map(({ entry }) => entry._id);
  }

  /** The entry as its commit mark would have left it, when this process's store wrote it. */
  private asKnown(entry: OutboxDocument): OutboxDocument {
    const applied = this.committedHere.get(entry._id);
    if (applied === undefined || entry.committed) return entry;
    return { ...entry, committed: true, ...(applied ? { applied: true } : {}) };
  }

  /**
   * Messages per outbox entry in the last fetch: appends of 20 events carry 20. It starts at 10 so
   * that a relay's first fetch reads 50 entries, not 500 entries of 20 messages it cannot send in
   * one round; entries of one message each are 500 per fetch from the second round on.
   */
  private messagesPerEntry = 10;

  /**
   * Entries to fetch for one round of at most `batchSize` messages. Fetching `batchSize` entries of
   * 20 messages each would read twenty rounds' worth and send one, every round.
   */
  private fetchLimit(): number {
    return Math.min(this.batchSize, Math.ceil(this.batchSize / Math.max(1, this.messagesPerEntry)));
  }

  /**
   * The entries to look at this round, a stream's in version order. Holding every shard (one relay,
   * the usual case), it reads the first entries in the order they were written: an unfiltered,
   * unsorted find with a limit, which the embedded database answers from the first rows of its
   * table instead of decoding and sorting the whole outbox in Go every round (about 10x on an
   * outbox of 200 twenty-event entries). A stream's entries are written in version order (the next
   * append waits for the previous one), so with one entry of a stream its earlier entries come
   * too, and sorting them here keeps the order. Holding some shards, it asks for those, sorted:
   * the first rows written may all belong to other relays.
   */
  private async oldestEntries(shards: readonly number[], limit: number): Promise<OutboxDocument[]> {
    const { outbox } = this.options.store;
    if (shards.length < SHARD_COUNT)
      return outbox
        .find({ shard: { $in: [...shards] } })
        .sort({ tenantId: 1, streamId: 1, fromVersion: 1 })
        .limit(limit)
        .toArray();
    const oldest = await outbox.find({}).limit(limit).toArray();
    return oldest.sort(
      (a, b) =>
        compareText(a.tenantId, b.tenantId) ||
        compareText(a.streamId, b.streamId) ||
        a.fromVersion - b.fromVersion,
    );
  }

  /**
   * `more`: the batch was full and wholly sent, so the shards likely have a backlog. `silent`:
   * entries settled that had no messages (they exist for the read models).
   */
  private async publishBatch(
    shards: number[],
  ): Promise<{ sent: number; silent: number; more: boolean }> {
    const { store } = this.options;
    const limit = this.fetchLimit();
    const fetched = await this.oldestEntries(shards, limit);
    if (fetched.length === 0) return { sent: 0, silent: 0, more: false };
    const entries = withinOneRequest(fetched, this.batchSize).map((entry) => this.asKnown(entry));
    this.messagesPerEntry =
      fetched.reduce((n, entry) => n + entry.messages.length, 0) / fetched.length;
    relayLag.set((Date.now() - Math.min(...fetched.map((e) => e.createdAt.getTime()))) / 1000);

    const committedRounds = await roundsCommitted(store, entries);
    const pending = entries.filter((entry) => {
      const round = (entry as BulkOutboxDocument).bulkRound;
      return !entry.committed && !(round !== undefined && committedRounds.has(round));
    });
    // One key lookup per entry an append left, all at once: did its last event land, and is it ours?
    const lookups = new Map(
      await Promise.all(
        pending.map(async (entry) => [entry._id, await this.appends.stateOf(entry)] as const),
      ),
    );
    const ready: OutboxDocument[] = [];
    const abandoned: string[] = [];
    const blocked = new Set<string>();
    let messageCount = 0;
    for (const entry of entries) {
      // One Kafka request per round: keep it well under the broker's 1 MiB record-batch limit.
      if (messageCount >= this.batchSize) break;
      const stream = `${entry.tenantId}|${entry.streamId}`;
      // A stream's entries go out in order: once one waits, the later ones wait too.
      if (blocked.has(stream)) continue;
      const state = lookups.get(entry._id)?.state ?? 'whole';
      if (state === 'whole') {
        ready.push(entry);
        messageCount += entry.messages.length;
      } else if (state === 'abandoned') {
        abandoned.push(entry._id);
      } else {
        blocked.add(stream);
      }
    }
    await deleteByKey(store.outbox, abandoned);
    if (ready.length === 0) return { sent: 0, silent: 0, more: false };
    // Before publishing: an entry is removed only once its events are in the read models.
    await this.applyReadModels(ready, lookups);

    const byTopic = new Map<string, Message[]>();
    for (const entry of ready) {
      for (const message of entry.messages) {
        byTopic.set(message.topic, [
          ...(byTopic.get(message.topic) ?? []),
          toKafkaMessage(entry, message),
        ]);
      }
    }
    if (byTopic.size > 0) {
      await this.producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
      });
    }
    this.options.onPublished?.(ready);
    const done = ready.map((e) => e._id);
    await deleteByKey(store.outbox, done);
    for (const id of done) this.committedHere.delete(id);
    store.published(done);
    let sent = 0;
    for (const [topic, messages] of byTopic) {
      published.inc({ topic }, messages.length);
      sent += messages.length;
    }
    const silent = ready.filter((entry) => entry.messages.length === 0).length;
    // More is likely waiting when the fetch was full or the round stopped at the message cap.
    return {
      sent,
      silent,
      more: fetched.length === limit || entries.length < fetched.length,
    };
  }

  /**
   * The ready entries' events, in the entries' order (a stream's in version order), applied in one
   * call: the read models batch their guarded writes per document. An entry at or below its
   * stream's head is skipped: with read models the head moves only after they were applied (see
   * `Tail`), so one key lookup per stream spares reading its events and the guards in the usual
   * case, where the writer's own apply went through.
   */
  private async applyReadModels(
    ready: readonly OutboxDocument[],
    lookups: ReadonlyMap<string, AppendLookup>,
  ): Promise<void> {
    if (!this.readModels) return;
    const { store } = this.options;
    // Entries the writer marked applied need nothing here, not even a look at their head.
    const open = ready.filter((entry) => entry.applied !== true);
    if (open.length === 0) return;
    const streams = new Map(open.map((entry) => [`${entry.tenantId}|${entry.streamId}`, entry]));
    const heads = new Map(
      await Promise.all(
        [...streams].map(
          async ([key, entry]) => [key, (await store.heads.get(entry))?.version ?? 0] as const,
        ),
      ),
    );
    const unapplied = open.filter(
      (entry) => entry.toVersion > (heads.get(`${entry.tenantId}|${entry.streamId}`) ?? 0),
    );
    if (unapplied.length === 0) return;
    const events = await Promise.all(
      unapplied.map((entry) => entryEvents(store, entry, lookups.get(entry._id)?.last)),
    );
    await this.readModels.applyRecorded(events.flat().map((doc) => toRecorded(doc)));
  }
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The first entries whose messages fit one Kafka request (at least one entry): only these are
 * checked and sent this round, so the key lookups go to entries that can go out now.
 */
function withinOneRequest(
  entries: readonly OutboxDocument[],
  maxMessages: number,
): OutboxDocument[] {
  let messages = 0;
  let count = 0;
  while (count < entries.length && messages < maxMessages) {
    messages += entries[count]!.messages.length;
    count += 1;
  }
  return entries.slice(0, count);
}
