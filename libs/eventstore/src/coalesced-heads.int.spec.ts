import { randomUUID } from 'node:crypto';
import { type CommandStartedEvent, type Db, MongoClient } from 'mongodb';
import { isolateSuite, pollUntil, testServers } from '@rapport/testing';
import { handleCommand, loadStream } from './decider';
import { counter, counterContext } from './counter-fold.test-fixture';
import { EventStore } from './event-store';
import type { RecordedEvent, StreamRef } from './events';

const context = counterContext;
const options = { nextEventId: randomUUID };
const newStream = (): StreamRef => ({ tenantId: 'uni-a', streamId: `lag-${randomUUID()}` });

/** Adds 1, 2, 3… up to `n` to `stream`, one command (one event) at a time. */
async function countTo(store: EventStore, stream: StreamRef, n: number): Promise<void> {
  for (let by = 1; by <= n; by++) {
    await handleCommand(
      store,
      counter,
      stream,
      () => [{ type: 'Counted', data: { by } }],
      context,
      options,
    );
  }
}

/** No timed flush within a test: heads move only by the lag rule or an explicit flush. */
const NO_TIMER = 600_000;

describe('stream heads written now and then (CoalescedHeads)', () => {
  const suite = isolateSuite('eventstore-heads');
  let client: MongoClient;
  let db: Db;
  /** Heads' update commands this suite's database received. */
  const headWrites: CommandStartedEvent[] = [];

  beforeAll(async () => {
    client = await new MongoClient(testServers().mongoUrl, { monitorCommands: true }).connect();
    client.on('commandStarted', (event) => {
      if (
        event.databaseName === suite.dbName &&
        event.commandName === 'update' &&
        event.command['update'] === 'events_heads'
      )
        headWrites.push(event);
    });
    db = client.db(suite.dbName);
    await new EventStore(db).ensureIndexes();
  });
  afterAll(async () => {
    await client.close();
    await suite.cleanup();
  });

  it('writes the head every N versions; a store of another process still loads every event, state and version', async () => {
    const store = new EventStore(db, 'events', () => new Date(), undefined, undefined, {
      versions: 4,
      flushMs: NO_TIMER,
    });
    const stream = newStream();
    await countTo(store, stream, 6);

    // Written when it lagged 4 versions behind, with the snapshot of that version; not since.
    const stored = await store.heads.get(stream);
    expect(stored).toMatchObject({ version: 4, snapshot: { version: 4, state: '{"total":10}' } });
    // The writer itself starts from what it remembers.
    expect(await loadStream(store, counter, stream)).toEqual({ state: { total: 21 }, version: 6 });

    // Another process (its own client and store, nothing remembered) probes past the stored head.
    const otherClient = await new MongoClient(testServers().mongoUrl).connect();
    try {
      const elsewhere = new EventStore(otherClient.db(suite.dbName));
      expect(await loadStream(elsewhere, counter, stream)).toEqual({
        state: { total: 21 },
        version: 6,
      });
      expect((await elsewhere.readStream(stream)).map((e) => e.version)).toEqual([
        1, 2, 3, 4, 5, 6,
      ]);
      // And appends on top: its expected version is the stream's, not the stored head's.
      await countTo(elsewhere, stream, 1);
      expect(await elsewhere.currentVersion(stream)).toBe(7);
    } finally {
      await otherClient.close();
    }
    // The first writer learns of the other's event by the probe past what it remembers.
    expect(await loadStream(store, counter, stream)).toEqual({ state: { total: 22 }, version: 7 });
  });

  it('after a crash between the events and the head, the next writer elsewhere loads the right state and repairs the read models', async () => {
    const crashed = new EventStore(db, 'events', () => new Date(), undefined, undefined, {
      flushMs: NO_TIMER,
    });
    const stream = newStream();
    await countTo(crashed, stream, 3);
    // The process dies here: its heads are never flushed.
    expect(await crashed.heads.get(stream)).toBeNull();

    const applied: RecordedEvent[] = [];
    const next = new EventStore(db, 'events', () => new Date(), {
      applyRecorded: (events) => {
        applied.push(...events);
        return Promise.resolve();
      },
    });
    const result = await handleCommand(
      next,
      counter,
      stream,
      () => [{ type: 'Counted', data: { by: 10 } }],
      context,
      options,
    );
    expect(result).toMatchObject({ version: 4, state: { total: 16 } });
    // The events past the stored head may have missed the read models: applied first, in order.
    expect(applied.map((e) => e.version)).toEqual([1, 2, 3, 4]);
  });

  it('flushes the heads left behind on a timer, every stream in one bulk write', async () => {
    const store = new EventStore(db, 'events', () => new Date(), undefined, undefined, {
      flushMs: 1_000,
    });
    const streams = Array.from({ length: 5 }, newStream);
    headWrites.splice(0);
    await Promise.all(streams.map((stream) => countTo(store, stream, 1)));
    // Nothing written by the appends themselves: one version lags less than the default 16.
    expect(
      headWrites.filter((event) =>
        (event.command['updates'] as { q: { _id: string } }[]).some((update) =>
          streams.some((stream) => update.q._id === `${stream.tenantId}|${stream.streamId}`),
        ),
      ),
    ).toEqual([]);

    await pollUntil('the flushed heads', async () => {
      const heads = await Promise.all(streams.map((stream) => store.heads.get(stream)));
      return heads.every((head) => head?.version === 1) ? true : undefined;
    });
    // Each head once; the five appends end within one flush interval but for a stalled machine.
    // (Stores of the other tests flush their own streams' heads meanwhile: those are left out.)
    const ours = new Set(streams.map((stream) => `${stream.tenantId}|${stream.streamId}`));
    const isOurs = (update: { q: { _id: string } }) => ours.has(update.q._id);
    const writes = headWrites.map((event) =>
      (event.command['updates'] as { q: { _id: string } }[]).filter(isOurs),
    );
    expect(writes.flat()).toHaveLength(5);
    expect(writes.filter((updates) => updates.length > 0).length).toBeLessThanOrEqual(2);
  });

  it('writes every head left behind when the application closes (onModuleDestroy)', async () => {
    const store = new EventStore(db, 'events', () => new Date(), undefined, undefined, {
      flushMs: NO_TIMER,
    });
    const streams = Array.from({ length: 3 }, newStream);
    for (const [i, stream] of streams.entries()) await countTo(store, stream, i + 1);
    expect(await store.heads.get(streams[0]!)).toBeNull();

    await store.onModuleDestroy();
    const heads = await Promise.all(streams.map((stream) => store.heads.get(stream)));
    expect(heads.map((head) => head?.version)).toEqual([1, 2, 3]);
    expect(heads[2]?.snapshot).toMatchObject({ version: 3, state: '{"total":6}' });
  });
});
