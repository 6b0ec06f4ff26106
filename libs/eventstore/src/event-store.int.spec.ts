import { randomUUID } from 'node:crypto';
import { isolateSuite } from '@rapport/testing';
import { ConcurrencyError } from './concurrency-error';
import { toDocuments } from './event-document';
import { handleCommand, type Decider } from './decider';
import { EventStore } from './event-store';
import type { BulkOutboxDocument } from './start-streams';
import type { AppendContext, DomainEvent, NewEvent } from './events';

const context: AppendContext = {
  actor: { id: 'member-1', role: 'member' },
  occurredAt: new Date('2026-11-01T09:00:00Z'),
  correlationId: 'corr-1',
};

function events(...types: string[]): NewEvent[] {
  return types.map((type) => ({ eventId: randomUUID(), event: { type, data: { at: type } } }));
}

/** Events that other contexts hear of: each carries an integration message for the outbox. */
function published(...types: string[]): NewEvent[] {
  return events(...types).map((e) => ({
    ...e,
    outbox: {
      topic: 'rapport.eventstore.v1',
      type: 'rapport.eventstore.v1.CounterIncremented',
      schemaVersion: 1,
      payload: new Uint8Array([8, 1]),
    },
  }));
}

describe('EventStore on the real MongoDB-wire server', () => {
  const suite = isolateSuite('eventstore');
  let store: EventStore;
  let now = new Date('2026-11-01T09:00:00Z');

  beforeAll(async () => {
    store = new EventStore(await suite.db(), 'events', () => now);
    await store.ensureIndexes();
  });
  afterAll(() => suite.cleanup());

  it('lets exactly one of 50 concurrent appends at the same version win, leaving no gaps', async () => {
    const stream = { tenantId: 'uni-a', streamId: `race-${randomUUID()}` };
    await store.append(stream, 0, events('Opened'), context);

    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        store.append(stream, 1, published(`Raced${i}`, `Followed${i}`), context),
      ),
    );
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o) => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    expect(lost.every((o) => o.reason instanceof ConcurrencyError)).toBe(true);

    const stored = await store.readStream(stream);
    expect(stored.map((e) => e.version)).toEqual([1, 2, 3]);
    // The winner's two events stay together: no loser's event slipped in between.
    expect(stored[1]!.type.replace('Raced', '')).toBe(stored[2]!.type.replace('Followed', ''));
    // The losers left nothing behind, not even invisible half-batches; one outbox entry, the winner's.
    expect(await store.events.countDocuments({ streamId: stream.streamId })).toBe(3);
    expect(await store.outbox.countDocuments({ streamId: stream.streamId })).toBe(1);
  });

  it('rejects an expected version ahead of the stream instead of leaving a gap', async () => {
    const stream = { tenantId: 'uni-a', streamId: `gap-${randomUUID()}` };
    await store.append(stream, 0, events('Opened'), context);
    await expect(store.append(stream, 5, events('Skipped'), context)).rejects.toBeInstanceOf(
      ConcurrencyError,
    );
    expect((await store.readStream(stream)).map((e) => e.version)).toEqual([1]);
  });

  it('keeps tenants apart: the same stream id in another tenant is another stream', async () => {
    const streamId = `shared-${randomUUID()}`;
    await store.append({ tenantId: 'uni-a', streamId }, 0, events('InA'), context);
    await store.append({ tenantId: 'uni-b', streamId }, 0, events('InB'), context);
    expect((await store.readStream({ tenantId: 'uni-a', streamId })).map((e) => e.type)).toEqual([
      'InA',
    ]);
    expect((await store.readStream({ tenantId: 'uni-b', streamId })).map((e) => e.type)).toEqual([
      'InB',
    ]);
  });

  it('hides a half-written batch, refuses to build on it, and clears it once abandoned', async () => {
    const stream = { tenantId: 'uni-a', streamId: `half-${randomUUID()}` };
    await store.append(stream, 0, events('Opened'), context);
    // A writer that crashed after the first of its two events.
    const {
      events: [orphan],
    } = toDocuments(stream, 1, events('HalfA', 'HalfB'), context, now);
    await store.events.insertOne(orphan!);

    expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['Opened']);
    await expect(store.append(stream, 1, events('Next'), context)).rejects.toBeInstanceOf(
      ConcurrencyError,
    );

    now = new Date(now.getTime() + 31_000);
    expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['Opened']);
    await store.append(stream, 1, events('Next'), context);
    expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['Opened', 'Next']);
  });

  it('can ensure its indexes again once it holds events (every start-up does)', async () => {
    await store.append(
      { tenantId: 'uni-a', streamId: `restart-${randomUUID()}` },
      0,
      published('Opened'),
      context,
    );
    await expect(store.ensureIndexes()).resolves.toBeUndefined();
    await expect(store.ensureIndexes()).resolves.toBeUndefined();
    const names = (await store.events.indexes()).map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(['stream_version', 'event_id']));
  });

  it('reads from a version on, and reads everything stream by stream', async () => {
    const stream = { tenantId: 'uni-c', streamId: `read-${randomUUID()}` };
    await store.append(stream, 0, events('One', 'Two', 'Three'), context);
    expect((await store.readStream(stream, 2)).map((e) => e.type)).toEqual(['Two', 'Three']);
    const all = [];
    for await (const e of store.readAll({ tenantId: 'uni-c' }))
      all.push(`${e.streamId}:${e.version}`);
    expect(all).toEqual([`${stream.streamId}:1`, `${stream.streamId}:2`, `${stream.streamId}:3`]);
  });
});

describe('EventStore.startStreams (bulk creation for imports)', () => {
  const suite = isolateSuite('eventstore-bulk');
  let store: EventStore;

  beforeAll(async () => {
    store = new EventStore(await suite.db(), 'events', () => new Date('2026-11-01T09:00:00Z'));
    await store.ensureIndexes();
  });

  it('creates 1,200 streams over several rounds and leaves an existing one untouched', async () => {
    const tenantId = 'uni-bulk';
    const taken = { tenantId, streamId: 'bulk-0007' };
    await store.append(taken, 0, published('Opened'), context);
    const items = Array.from({ length: 1200 }, (_, i) => ({
      stream: { tenantId, streamId: `bulk-${String(i).padStart(4, '0')}` },
      events: i % 2 === 0 ? published('Opened', 'Named') : events('Opened'),
    }));

    const result = await store.startStreams(items, context);

    expect(result.existing).toEqual([taken]);
    expect(result.started).toHaveLength(1199);
    expect((await store.readStream(taken)).map((e) => e.eventId)).toHaveLength(1);
    expect(
      (await store.readStream({ tenantId, streamId: 'bulk-0010' })).map((e) => e.type),
    ).toEqual(['Opened', 'Named']);
    expect(await store.events.countDocuments({ tenantId })).toBe(1 + 600 * 2 + 599);
    // One outbox entry per started stream that publishes, each committed by its round's marker;
    // none for the taken one beyond its own append.
    const entries = await store.outbox.find({ tenantId }).toArray();
    expect(entries).toHaveLength(600 + 1);
    const rounds = new Set((await store.outboxRounds.find({}).toArray()).map((r) => r._id));
    // A plain append commits by its events (the last one carries the entry's token).
    const appended = async (entry: (typeof entries)[number]) =>
      (await store.events.findOne({ _id: entry.lastEventKey }))?.batch.token === entry._id;
    const committed = [];
    for (const entry of entries) {
      const round = (entry as BulkOutboxDocument).bulkRound;
      if (round ? rounds.has(round) : await appended(entry)) committed.push(entry);
    }
    expect(committed).toHaveLength(601);
  });

  it('reports every stream as existing when run twice, writing nothing the second time', async () => {
    const tenantId = 'uni-bulk-twice';
    const items = Array.from({ length: 30 }, (_, i) => ({
      stream: { tenantId, streamId: `twice-${i}` },
      events: published('Opened'),
    }));
    await store.startStreams(items, context);
    const second = await store.startStreams(
      items.map((item) => ({ ...item, events: published('Opened') })),
      context,
    );
    expect(second.started).toHaveLength(0);
    expect(second.existing).toHaveLength(30);
    expect(await store.events.countDocuments({ tenantId })).toBe(30);
    expect(await store.outbox.countDocuments({ tenantId })).toBe(30);
  });
});

type CounterEvent = DomainEvent<'Incremented', { by: number }>;
interface IncrementCommand {
  by: number;
  limit: number;
}
const counterDecider: Decider<IncrementCommand, CounterEvent, { total: number }> = {
  initialState: { total: 0 },
  decide: (command, state) => {
    if (state.total + command.by > command.limit) throw new RangeError('over the limit');
    return [{ type: 'Incremented', data: { by: command.by } }];
  },
  evolve: (state, event) => ({ total: state.total + event.data.by }),
};

describe('handleCommand (load → decide → append)', () => {
  const suite = isolateSuite('decider');
  let store: EventStore;

  beforeAll(async () => {
    store = new EventStore(await suite.db());
    await store.ensureIndexes();
  });
  afterAll(() => suite.cleanup());

  it('retries on a version conflict, so concurrent commands all land in order', async () => {
    const stream = { tenantId: 'uni-a', streamId: `counter-${randomUUID()}` };
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        handleCommand(store, counterDecider, stream, { by: 1, limit: 100 }, context, {
          nextEventId: randomUUID,
          maxAttempts: 10,
        }),
      ),
    );
    expect(results.map((r) => r.version).sort()).toEqual([1, 2, 3, 4, 5]);
    const history = await store.readStream<CounterEvent>(stream);
    expect(
      history.reduce((s, e) => counterDecider.evolve(s, e), counterDecider.initialState),
    ).toEqual({ total: 5 });
  });

  it('decides on the current state: a rule the state breaks stops the command and writes nothing', async () => {
    const stream = { tenantId: 'uni-a', streamId: `limit-${randomUUID()}` };
    const run = (by: number) =>
      handleCommand(store, counterDecider, stream, { by, limit: 3 }, context, {
        nextEventId: randomUUID,
      });
    await run(2);
    await expect(run(2)).rejects.toThrow('over the limit');
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('fails a stale If-Match version at once, without retrying', async () => {
    const stream = { tenantId: 'uni-a', streamId: `ifmatch-${randomUUID()}` };
    const run = (expectedVersion: number) =>
      handleCommand(store, counterDecider, stream, { by: 1, limit: 10 }, context, {
        nextEventId: randomUUID,
        expectedVersion,
      });
    await expect(run(0)).resolves.toMatchObject({ version: 1 });
    await expect(run(0)).rejects.toBeInstanceOf(ConcurrencyError);
    await expect(run(1)).resolves.toMatchObject({ version: 2, state: { total: 2 } });
  });
});
