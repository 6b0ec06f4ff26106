import { randomUUID } from 'node:crypto';
import { type CommandStartedEvent, type Document, MongoClient } from 'mongodb';
import { isolateSuite, testServers } from '@rapport/testing';
import { appendOnce } from './append-once';
import { handleCommand, loadStream, type StreamFold } from './decider';
import { toDocuments } from './event-document';
import { type Counted, counter, counterContext } from './counter-fold.test-fixture';
import { EventStore } from './event-store';
import type { NewEvent } from './events';

const context = counterContext;
const count = (by: number): Counted => ({ type: 'Counted', data: { by } });
const outboxMessage = {
  topic: 'rapport.eventstore.v1',
  type: 'rapport.eventstore.v1.CounterIncremented',
  schemaVersion: 1,
  payload: new Uint8Array([8, 1]),
};
const options = { nextEventId: randomUUID };

/** The filters of every read, update and delete the driver sent, and any other command it sent. */
function filtersOf(command: Document): { filters: Document[]; other?: string } {
  if (command['find']) return { filters: [command['filter'] as Document] };
  if (command['update'])
    return { filters: (command['updates'] as { q: Document }[]).map((u) => u.q) };
  if (command['delete'])
    return { filters: (command['deletes'] as { q: Document }[]).map((d) => d.q) };
  if (command['insert']) return { filters: [] };
  return { filters: [], other: Object.keys(command)[0] };
}

describe('the write path reads and writes by key only', () => {
  const suite = isolateSuite('eventstore-keyed');
  let client: MongoClient;
  let store: EventStore;
  const sent: CommandStartedEvent[] = [];

  beforeAll(async () => {
    // A client of our own that reports every command, on the suite's database.
    client = await new MongoClient(testServers().mongoUrl, { monitorCommands: true }).connect();
    client.on('commandStarted', (event) => sent.push(event));
    store = new EventStore(client.db(suite.dbName));
    await store.ensureIndexes();
  });
  afterAll(async () => {
    await client.close();
    await suite.cleanup();
  });
  beforeEach(() => sent.splice(0));

  it('appends, loads, conflicts and deduplicates with single-key `_id` filters and nothing else', async () => {
    const stream = { tenantId: 'uni-a', streamId: `keyed-${randomUUID()}` };
    await store.append(stream, 0, [{ eventId: randomUUID(), event: count(1) }], context);
    await handleCommand(store, counter, stream, () => [count(2), count(3)], context, options);
    await expect(
      store.append(stream, 1, [{ eventId: randomUUID(), event: count(9) }], context),
    ).rejects.toThrow('no longer at version 1');
    const once = { eventId: randomUUID(), event: count(4), outbox: outboxMessage };
    expect(await appendOnce(store, stream, once, context)).toBe(true);
    expect(await appendOnce(store, stream, once, context)).toBe(false);
    expect(await loadStream(store, counter, stream)).toEqual({ state: { total: 10 }, version: 4 });
    expect((await store.readStream(stream)).map((e) => e.version)).toEqual([1, 2, 3, 4]);

    const ours = sent.filter((e) => e.databaseName === suite.dbName);
    expect(ours.length).toBeGreaterThan(10);
    const others = ours.flatMap((e) => filtersOf(e.command).other ?? []);
    expect(others).toEqual([]);
    const notByKey = ours
      .flatMap((e) => filtersOf(e.command).filters)
      .filter(
        (filter) => Object.keys(filter).join() !== '_id' || typeof filter['_id'] !== 'string',
      );
    expect(notByKey).toEqual([]);
    expect(ours.some((e) => 'sort' in e.command)).toBe(false);
  });

  it('loads from the snapshot in the head, and ignores one written by another fold', async () => {
    const stream = { tenantId: 'uni-a', streamId: `snap-${randomUUID()}` };
    for (const by of [1, 2, 3]) {
      await handleCommand(store, counter, stream, () => [count(by)], context, options);
    }
    // Heads are written now and then (`CoalescedHeads`); flushed, the stored one is current.
    await store.flushHeads();
    const head = await store.heads.get(stream);
    expect(head).toMatchObject({ version: 3, snapshot: { version: 3, state: '{"total":6}' } });

    // A load that folded the events would not see this: the snapshot is what it starts from. The
    // loads go through a store of another process: this one starts from the head it remembers.
    await store.heads.collection.updateOne(
      { _id: head!._id },
      { $set: { 'snapshot.state': '{"total":100}' } },
    );
    const elsewhere = new EventStore(client.db(suite.dbName));
    expect((await loadStream(elsewhere, counter, stream)).state).toEqual({ total: 100 });
    const changed = { ...counter, snapshotVersion: 'counter-2' };
    expect(await loadStream(elsewhere, changed, stream)).toEqual({
      state: { total: 6 },
      version: 3,
    });
    const unsnapshotted: StreamFold<Counted, { total: number }> = {
      initialState: counter.initialState,
      evolve: (state, event) => counter.evolve(state, event),
    };
    expect((await loadStream(elsewhere, unsnapshotted, stream)).state).toEqual({ total: 6 });
  });

  it('finds events a writer stored before it crashed, short of moving the head', async () => {
    const stream = { tenantId: 'uni-a', streamId: `behind-${randomUUID()}` };
    await handleCommand(store, counter, stream, () => [count(1)], context, options);
    const crashed: NewEvent[] = [2, 3, 4].map((by) => ({
      eventId: randomUUID(),
      event: count(by),
    }));
    await store.events.insertMany(toDocuments(stream, 1, crashed, context, new Date()).events);
    await store.flushHeads();
    expect((await store.heads.get(stream))?.version).toBe(1);

    expect(await loadStream(store, counter, stream)).toEqual({ state: { total: 10 }, version: 4 });
    expect(await store.currentVersion(stream)).toBe(4);
    const result = await handleCommand(store, counter, stream, () => [count(5)], context, options);
    expect(result).toMatchObject({ version: 5, state: { total: 15 } });
    await store.flushHeads();
    expect((await store.heads.get(stream))?.version).toBe(5);
  });

  it('never moves the head over a half-written batch', async () => {
    const stream = { tenantId: 'uni-a', streamId: `half-${randomUUID()}` };
    await handleCommand(store, counter, stream, () => [count(1)], context, options);
    const [first] = toDocuments(
      stream,
      1,
      [2, 3].map((by) => ({ eventId: randomUUID(), event: count(by) })),
      context,
      new Date(),
    ).events;
    await store.events.insertOne(first!);
    expect(await loadStream(store, counter, stream)).toEqual({ state: { total: 1 }, version: 1 });
    await expect(
      handleCommand(store, counter, stream, () => [count(7)], context, {
        ...options,
        maxAttempts: 2,
      }),
    ).rejects.toThrow('no longer at version 1');
    await store.flushHeads();
    expect((await store.heads.get(stream))?.version).toBe(1);
  });
});

describe('handleCommand with a function of the loaded state', () => {
  const suite = isolateSuite('eventstore-handle');
  let store: EventStore;

  beforeAll(async () => {
    store = new EventStore(await suite.db());
    await store.ensureIndexes();
  });
  afterAll(() => suite.cleanup());

  it('returns the recorded events with their positions and ids, and the new state', async () => {
    const stream = { tenantId: 'uni-a', streamId: `fn-${randomUUID()}` };
    await handleCommand(store, counter, stream, () => [count(1)], context, options);
    const ids = ['id-2', 'id-3'];
    const result = await handleCommand(
      store,
      counter,
      stream,
      (state, version) => [count(state.total + version), count(1)],
      context,
      { nextEventId: () => ids.shift()! },
    );
    expect(result).toEqual({
      state: { total: 4 },
      version: 3,
      events: [
        { ...stream, version: 2, eventId: 'id-2', occurredAt: context.occurredAt, event: count(2) },
        { ...stream, version: 3, eventId: 'id-3', occurredAt: context.occurredAt, event: count(1) },
      ],
    });
  });

  it('writes nothing when the function decides nothing', async () => {
    const stream = { tenantId: 'uni-a', streamId: `none-${randomUUID()}` };
    await handleCommand(store, counter, stream, () => [count(2)], context, options);
    const result = await handleCommand(store, counter, stream, () => [], context, options);
    expect(result).toEqual({ events: [], state: { total: 2 }, version: 1 });
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('publishes through the outbox the decision names, and runs again on a conflict', async () => {
    const stream = { tenantId: 'uni-a', streamId: `plan-${randomUUID()}` };
    let runs = 0;
    const result = await handleCommand(
      store,
      counter,
      stream,
      async (state) => {
        runs += 1;
        // Another writer gets in while the first run is looking things up.
        if (runs === 1)
          await store.append(stream, 0, [{ eventId: randomUUID(), event: count(5) }], context);
        return { events: [count(state.total)], toOutbox: () => outboxMessage };
      },
      context,
      options,
    );
    expect(runs).toBe(2);
    expect(result).toMatchObject({ version: 2, state: { total: 10 } });
    const entries = await store.outbox.find({ streamId: stream.streamId }).toArray();
    expect(entries.map((e) => [e.fromVersion, e.messages.length])).toEqual([[2, 1]]);
  });

  it('lets one of two racing deliveries of the same fact append it', async () => {
    const stream = { tenantId: 'uni-a', streamId: `once-${randomUUID()}` };
    await store.append(stream, 0, [{ eventId: randomUUID(), event: count(1) }], context);
    const fact = { eventId: randomUUID(), event: count(2) };
    const outcomes = await Promise.all(
      Array.from({ length: 4 }, () => appendOnce(store, stream, fact, context)),
    );
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect((await store.readStream(stream)).map((e) => e.eventId)).toEqual([
      expect.any(String),
      fact.eventId,
    ]);
  });
});
