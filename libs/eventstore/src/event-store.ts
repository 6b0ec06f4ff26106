import type { Collection, Db } from 'mongodb';
import { counter } from '@rapport/platform';
import { type GroupedAppend, insertAppendGroup, type PendingAppend } from './append-group';
import { CoalescedHeads, HEAD_FLUSH_MS, HEAD_MAX_LAG } from './coalesced-heads';
import { CommitMarks, type CommittedListener, MARK_FALLBACK_MS } from './commit-marks';
import { ConcurrencyError } from './concurrency-error';
import { deleteByKey } from './delete-by-key';
import { ensureIndexes } from './ensure-indexes';
import { GroupCommit } from './group-commit';
import { KnownWhole } from './known-whole';
import { type AppliedAppend, applyGroupReadModels, finishAppendGroup } from './settle-appends';
import { readByKey } from './read-by-key';
import {
  type EventDocument,
  eventKey,
  type OutboxDocument,
  toDocuments,
  toRecorded,
  wholeBatchesOnly,
} from './event-document';
import type { AppendContext, DomainEvent, NewEvent, RecordedEvent, StreamRef } from './events';
import type { OwnReadModels } from './own-read-models';
import {
  type NewStream,
  type RoundMarker,
  startStreams,
  type StartStreamsResult,
} from './start-streams';
import { headKey, type StreamHeadDocument, StreamHeads, type StreamSnapshot } from './stream-heads';

/** A decision may emit several events; they are written as one batch, whole or not at all. */
export const MAX_EVENTS_PER_APPEND = 100;

/**
 * A group of appends is bounded by FerretDB 1.24: it inserts up to 100 documents in one SQLite
 * transaction (its `--batch-size`), and past that an ordered insert can go on after a refusal; and
 * it may never answer an update command of 100 statements or more (the heads' bulk write).
 */
const GROUP_LIMITS = { maxItems: 50, maxUnits: MAX_EVENTS_PER_APPEND };

/**
 * Insert groups written at once. Concurrent groups never hold two appends of one stream that
 * depend on each other (an append needs its predecessor whole, so it comes after that group), and
 * two at the same position settle as any race does: one wins.
 */
const GROUPS_IN_FLIGHT = 3;

/** A half-written batch older than this was abandoned by a crashed writer and may be removed. */
export const ABANDONED_BATCH_MS = 30_000;

const appended = counter('rapport_events_appended_total', 'Events appended to the event store', [
  'type',
]);
const conflicts = counter(
  'rapport_event_append_conflicts_total',
  'Appends rejected because the stream had moved on',
);

export interface AppendResult {
  /** The stream's version after the append: expectedVersion + number of events. */
  readonly nextVersion: number;
  /** What was written, with positions and event ids, in version order. */
  readonly events: readonly RecordedEvent[];
}

export interface AppendOptions {
  /**
   * The caller read the stream and found `expectedVersion` whole (handleCommand, appendOnce), so
   * the store need not look again before writing.
   */
  readonly headJustRead?: boolean;
  /** The state folded up to the new version, kept in the stream head for the next load. */
  readonly snapshot?: Omit<StreamSnapshot, 'version'>;
  /**
   * Events of this stream past its head that the caller read on its way here: their writer may
   * have died before applying the read models, so they are applied again, first (see `Tail`).
   */
  readonly unsettled?: readonly RecordedEvent[];
}

/**
 * A stream's version and the events past its head. With read models, the head moves only after
 * they were applied, so events past it may still be missing from them (their writer died in
 * between, or the head was not written yet: see `CoalescedHeads`); the next writer applies them
 * again before its own (guarded, so events applied already change nothing), so a later change can never get
 * into a read model ahead of an earlier one the guard would then refuse. The relay relies on the
 * same rule to skip entries at or below the head, so every store writing to a collection must
 * carry the same read models.
 */
export interface Tail {
  readonly version: number;
  readonly unsettled: readonly RecordedEvent[];
}

/**
 * Event streams in one MongoDB collection, with optimistic concurrency from uniqueness of
 * (tenantId, streamId, version): the primary key is that position, and a unique compound index
 * states it for MongoDB's planner too. Uses only what FerretDB and MongoDB both support:
 * single-document atomic writes, ordered inserts, unique indexes. No transactions, no change streams.
 */
export class EventStore {
  readonly events: Collection<EventDocument>;
  readonly outbox: Collection<OutboxDocument>;
  /** Commit markers of bulk rounds (`startStreams`). */
  readonly outboxRounds: Collection<RoundMarker>;
  /** Per-stream heads as stored: where a load starts (see `StreamHeads`). */
  readonly heads: StreamHeads;
  /** The heads this process moves, written now and then rather than after every append. */
  private readonly coalescedHeads: CoalescedHeads;
  /**
   * Appends in flight together are written together (group commit), in three stages so that one
   * group's inserts overlap the previous group's settling: `insertAppendGroup`, then for those
   * whose events are in `applyGroupReadModels` and `finishAppendGroup` (heads and commit marks;
   * most heads are only remembered there, see `CoalescedHeads`).
   */
  private readonly inserting: GroupCommit<PendingAppend, GroupedAppend>;
  private readonly applying: GroupCommit<PendingAppend, boolean>;
  private readonly finishing: GroupCommit<AppliedAppend, void>;
  /** Versions this process has seen whole, so that the expected-version check need not read. */
  private readonly knownWhole = new KnownWhole();
  /** Commit marks of the outbox entries, or their hand-over to a relay here (see `onCommitted`). */
  private readonly commitMarks: CommitMarks;

  /**
   * `readModels`: the service's own read models. Given, every append applies them before moving
   * the stream head, and writes an outbox entry even when it has nothing to publish, so that the
   * relay applies them too (see `OwnReadModels`).
   */
  constructor(
    db: Db,
    collectionName = 'events',
    private readonly clock: () => Date = () => new Date(),
    readonly readModels?: OwnReadModels,
    /** How long an entry a relay here took may stay unpublished before it is marked after all. */
    markFallbackMs = MARK_FALLBACK_MS,
    /** How far and how long a stored head may lag behind this process's appends. */
    headLag: { readonly versions?: number; readonly flushMs?: number } = {},
  ) {
    this.events = db.collection<EventDocument>(collectionName);
    this.outbox = db.collection<OutboxDocument>(`${collectionName}_outbox`);
    this.outboxRounds = db.collection<RoundMarker>(`${collectionName}_outbox_rounds`);
    this.heads = new StreamHeads(db.collection<StreamHeadDocument>(`${collectionName}_heads`));
    this.commitMarks = new CommitMarks(this.outbox, markFallbackMs, readModels !== undefined);
    this.coalescedHeads = new CoalescedHeads(
      this.heads,
      headLag.versions ?? HEAD_MAX_LAG,
      headLag.flushMs ?? HEAD_FLUSH_MS,
    );
    const target = {
      events: this.events,
      outbox: this.outbox,
      heads: this.coalescedHeads,
      readModels,
      commitMarks: this.commitMarks,
    };
    this.inserting = new GroupCommit((appends) => insertAppendGroup(target, appends), {
      ...GROUP_LIMITS,
      maxInFlight: GROUPS_IN_FLIGHT,
    });
    // A stream's later append must never reach the read models before its earlier one, which the
    // guard would then refuse: appends are keyed by stream, so groups in flight at once hold
    // different streams and a stream's appends go one group after the other, in order. (One group
    // at a time made every writer queue behind the slowest group.) A document that several
    // streams change takes their writes in turn (the projections' per-document lock). Heads
    // ($max) and commit marks do not care about order.
    this.applying = new GroupCommit((appends) => applyGroupReadModels(target, appends), {
      ...GROUP_LIMITS,
      maxInFlight: GROUPS_IN_FLIGHT,
    });
    this.finishing = new GroupCommit((items) => finishAppendGroup(target, items), {
      ...GROUP_LIMITS,
      maxInFlight: GROUPS_IN_FLIGHT,
    });
  }

  /**
   * Calls `listener` with each group of outbox entries whose events this store has written, so
   * that a relay in the same process publishes them at once instead of at its next poll, knowing
   * them committed without a mark or a lookup. The ids it answers are the entries it takes: they
   * are marked only if it has not reported them published (`published`) a few seconds later; the
   * others are marked at once. Answers the function that stops the calls.
   */
  onCommitted(listener: CommittedListener): () => void {
    return this.commitMarks.listen(listener);
  }

  /** A relay here published and removed these entries it took (see `onCommitted`). */
  published(ids: readonly string[]): void {
    this.commitMarks.published(ids);
  }

  /**
   * Writes the stream heads this process has left behind (see `CoalescedHeads`). Call it before
   * closing the database client: heads never written only cost later loads a few key probes.
   */
  flushHeads(): Promise<void> {
    return this.coalescedHeads.flush();
  }

  /** Nest calls this as the application closes, before the process closes its database client. */
  onModuleDestroy(): Promise<void> {
    return this.flushHeads();
  }

  /**
   * Where a load of `stream` starts: the head this process last moved when it appended to the
   * stream (whole and applied up to there, written to the store or not yet), else the stored one.
   * Appends of other processes past it are found by the probe that follows every head.
   */
  async head(stream: StreamRef): Promise<StreamHeadDocument | null> {
    return this.coalescedHeads.remembered(stream) ?? (await this.heads.get(stream));
  }

  async ensureIndexes(): Promise<void> {
    await ensureIndexes(this.events, [
      { key: { tenantId: 1, streamId: 1, version: 1 }, name: 'stream_version', unique: true },
      { key: { eventId: 1 }, name: 'event_id', unique: true },
    ]);
    await ensureIndexes(this.outbox, [
      { key: { shard: 1, tenantId: 1, streamId: 1, fromVersion: 1 }, name: 'relay' },
    ]);
  }

  /**
   * Appends `events` after `expectedVersion` (0 for a new stream). Throws ConcurrencyError when the
   * stream is not at that version: another writer got there first, or the caller's view is stale.
   */
  async append(
    stream: StreamRef,
    expectedVersion: number,
    events: readonly NewEvent[],
    context: AppendContext,
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    if (events.length === 0) return { nextVersion: expectedVersion, events: [] };
    if (events.length > MAX_EVENTS_PER_APPEND) {
      throw new RangeError(
        `at most ${MAX_EVENTS_PER_APPEND} events per append, got ${events.length}`,
      );
    }
    if (!Number.isInteger(expectedVersion) || expectedVersion < 0) {
      throw new RangeError(`expectedVersion must be a whole number ≥ 0, got ${expectedVersion}`);
    }
    // The unique index stops two writers at the same version; this check stops a writer whose
    // expected version is ahead of the stream (which would leave a gap) or sits on a batch that
    // is not whole yet.
    // Two key lookups at most; `headJustRead` skips them when the caller has just seen it, and
    // so does a version this process has already seen whole (`KnownWhole`).
    if (
      expectedVersion > 0 &&
      !options.headJustRead &&
      !this.knownWhole.covers(stream, expectedVersion)
    ) {
      if (!(await this.isWholeAt(stream, expectedVersion))) {
        conflicts.inc();
        throw new ConcurrencyError(stream, expectedVersion);
      }
      this.knownWhole.saw(stream, expectedVersion);
    }
    const { events: docs, outbox } = toDocuments(
      stream,
      expectedVersion,
      events,
      context,
      this.clock(),
      this.readModels !== undefined,
    );
    const nextVersion = expectedVersion + events.length;
    const pending: PendingAppend = {
      stream,
      docs,
      outbox,
      unsettled: options.unsettled ?? [],
      ...(options.snapshot ? { snapshot: { ...options.snapshot, version: nextVersion } } : {}),
    };
    // Written together with the appends in flight on other streams: the outbox entry first, so an
    // event is never stored without its way out, then the events.
    const written = await this.inserting.submit(pending, docs.length);
    if (written.kind === 'refused') {
      // Whatever part of our batch got in is invisible (not whole); remove it right away, by key.
      await deleteByKey(this.events, written.wrote);
      if (outbox) await this.outbox.deleteOne({ _id: outbox._id });
      conflicts.inc();
      throw new ConcurrencyError(stream, expectedVersion);
    }
    this.knownWhole.saw(stream, nextVersion);
    // Then the read models, the head and the entry's commit mark; the caller reads its own writes.
    const inserted: PendingAppend = { ...pending, insertedAt: written.insertedAt };
    const applied = await this.applying.submit(inserted, docs.length, headKey(stream));
    await this.finishing.submit({ append: inserted, applied }, docs.length);
    for (const doc of docs) appended.inc({ type: doc.type });
    return { nextVersion, events: written.events };
  }

  /**
   * Creates many new streams in a few bulk writes (imports). Streams that exist already are left
   * alone and reported in `existing`; see `startStreams`.
   */
  async startStreams(
    items: readonly NewStream[],
    context: AppendContext,
  ): Promise<StartStreamsResult> {
    return startStreams(
      { events: this.events, outbox: this.outbox, rounds: this.outboxRounds },
      items,
      context,
      this.clock(),
      this.readModels !== undefined,
    );
  }

  /** The stream's events from `fromVersion` on, in order; whole batches only. */
  async readStream<E extends DomainEvent = DomainEvent>(
    stream: StreamRef,
    fromVersion = 1,
  ): Promise<RecordedEvent<E>[]> {
    const head = await this.head(stream);
    return this.readFrom<E>(stream, fromVersion, head?.version ?? 0);
  }

  /**
   * The stream's whole events from `fromVersion` on, given a version the caller knows to be whole
   * (the head's): that range is read at once, and keys past it are probed (see `readByKey`).
   */
  async readFrom<E extends DomainEvent = DomainEvent>(
    stream: StreamRef,
    fromVersion: number,
    knownUpTo: number,
  ): Promise<RecordedEvent<E>[]> {
    const docs = await readByKey(this.events, stream, fromVersion, knownUpTo);
    const whole = wholeBatchesOnly(docs);
    if (whole.length < docs.length) await this.removeIfAbandoned(docs.slice(whole.length));
    return whole.map((doc) => toRecorded<E>(doc));
  }

  /** The version of the stream's last whole event (0 when it has none): a head and a probe. */
  async currentVersion(stream: StreamRef): Promise<number> {
    return (await this.tail(stream)).version;
  }

  /** The stream's version and the whole events past its head (see `Tail`). */
  async tail(stream: StreamRef): Promise<Tail> {
    const known = (await this.head(stream))?.version ?? 0;
    const unsettled = await this.readFrom(stream, known + 1, known);
    return { version: unsettled.at(-1)?.version ?? known, unsettled };
  }

  /** Every event of the store, stream by stream in version order (projection rebuilds). */
  async *readAll<E extends DomainEvent = DomainEvent>(
    filter: { tenantId?: string } = {},
  ): AsyncGenerator<RecordedEvent<E>> {
    const cursor = this.events
      .find(filter.tenantId ? { tenantId: filter.tenantId } : {})
      .sort({ tenantId: 1, streamId: 1, version: 1 });
    let stream: EventDocument[] = [];
    for await (const doc of cursor) {
      if (
        stream.length > 0 &&
        (doc.streamId !== stream[0]!.streamId || doc.tenantId !== stream[0]!.tenantId)
      ) {
        for (const whole of wholeBatchesOnly(stream)) yield toRecorded<E>(whole);
        stream = [];
      }
      stream.push(doc);
    }
    for (const whole of wholeBatchesOnly(stream)) yield toRecorded<E>(whole);
  }

  /** The event at `version` exists and its batch is whole. Lookups by key only. */
  async isWholeAt(stream: StreamRef, version: number): Promise<boolean> {
    const doc = await this.events.findOne(
      { _id: eventKey(stream, version) },
      { projection: { batch: 1 } },
    );
    if (!doc) return false;
    if (doc.batch.index === doc.batch.size - 1) return true;
    // Mid-batch: whole if the batch's last member exists.
    const last = await this.events.findOne(
      { _id: eventKey(stream, version + (doc.batch.size - 1 - doc.batch.index)) },
      { projection: { batch: 1 } },
    );
    return last?.batch.token === doc.batch.token;
  }

  private async removeIfAbandoned(partial: readonly EventDocument[]): Promise<void> {
    const first = partial[0];
    if (!first || this.clock().getTime() - first.recordedAt.getTime() < ABANDONED_BATCH_MS) return;
    // Guarded by the batch's token, not by key alone: another reader may have removed it already
    // and a new writer taken the position since. Two-key filters scan on FerretDB, but this runs
    // only for a writer that crashed mid-batch.
    for (const doc of partial) {
      await this.events.deleteOne({ _id: doc._id, 'batch.token': doc.batch.token });
    }
  }
}
