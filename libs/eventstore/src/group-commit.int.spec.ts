import { randomUUID } from 'node:crypto';
import { type CommandStartedEvent, MongoClient } from 'mongodb';
import { isolateSuite, testServers } from '@rapport/testing';
import { ConcurrencyError } from './concurrency-error';
import { EventStore } from './event-store';
import type { AppendContext, NewEvent, RecordedEvent } from './events';

const context: AppendContext = {
  actor: { id: 'member-1', role: 'member' },
  occurredAt: new Date('2026-11-01T09:00:00Z'),
  correlationId: 'corr-1',
};

function published(...types: string[]): NewEvent[] {
  return types.map((type) => ({
    eventId: randomUUID(),
    event: { type, data: {} },
    outbox: {
      topic: 'rapport.eventstore.v1',
      type: 'rapport.eventstore.v1.CounterIncremented',
      schemaVersion: 1,
      payload: new Uint8Array([8, 1]),
    },
  }));
}

describe('concurrent appends are written together (group commit)', () => {
  const suite = isolateSuite('eventstore-group');
  let client: MongoClient;
  let store: EventStore;
  const applied: RecordedEvent[][] = [];
  const inserts: CommandStartedEvent[] = [];

  beforeAll(async () => {
    client = await new MongoClient(testServers().mongoUrl, { monitorCommands: true }).connect();
    client.on('commandStarted', (event) => {
      if (event.commandName === 'insert' && event.databaseName === suite.dbName)
        inserts.push(event);
    });
    store = new EventStore(client.db(suite.dbName), 'events', () => new Date(), {
      applyRecorded: (events) => {
        applied.push([...events]);
        return Promise.resolve();
      },
    });
    await store.ensureIndexes();
  });
  afterAll(async () => {
    await client.close();
    await suite.cleanup();
  });

  it('answers each caller its own outcome: a stale one conflicts alone, the others land whole', async () => {
    const stale = { tenantId: 'uni-a', streamId: `stale-${randomUUID()}` };
    await store.append(stale, 0, published('Opened'), context);
    const racer = await store.append(stale, 1, published('Moved'), context);
    expect(racer.nextVersion).toBe(2);
    inserts.splice(0);
    applied.splice(0);

    const fresh = Array.from({ length: 12 }, (_, i) => ({
      tenantId: 'uni-a',
      streamId: `fresh-${i}-${randomUUID()}`,
    }));
    // The stale writer sits in the middle of the group with two events, at a taken position.
    const calls = [
      ...fresh.slice(0, 6).map((s) => store.append(s, 0, published('A', 'B'), context)),
      store.append(stale, 1, published('Late1', 'Late2'), context, { headJustRead: true }),
      ...fresh.slice(6).map((s) => store.append(s, 0, published('A', 'B'), context)),
    ];
    const outcomes = await Promise.allSettled(calls);

    expect(outcomes.map((o) => o.status)).toEqual([
      ...Array<string>(6).fill('fulfilled'),
      'rejected',
      ...Array<string>(6).fill('fulfilled'),
    ]);
    expect((outcomes[6] as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    // Heads are written now and then (`CoalescedHeads`); flushed, the stored ones are current.
    await store.flushHeads();
    for (const [i, stream] of fresh.entries()) {
      const result = outcomes[i < 6 ? i : i + 1] as PromiseFulfilledResult<{ nextVersion: number }>;
      expect(result.value.nextVersion).toBe(2);
      expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['A', 'B']);
      expect((await store.heads.get(stream))?.version).toBe(2);
    }
    expect((await store.readStream(stale)).map((e) => e.type)).toEqual(['Opened', 'Moved']);
    // The loser left neither events nor an outbox entry behind: 12 entries, the winners'.
    expect(await store.events.countDocuments({ streamId: stale.streamId })).toBe(2);
    expect(await store.outbox.countDocuments({ streamId: { $regex: '^fresh-' } })).toBe(12);
    // Marked committed once their events were in, so the relay need not look them up.
    expect(
      await store.outbox.countDocuments({ streamId: { $regex: '^fresh-' }, committed: true }),
    ).toBe(12);
    expect(await store.outbox.countDocuments({ streamId: stale.streamId })).toBe(2);

    // Thirteen appends in far fewer round trips: the first three go alone (three groups may be
    // written at once), the others wait for them and go together; the refusal costs one more
    // insert of those after it.
    const eventInserts = inserts.filter((e) => e.command['insert'] === 'events');
    expect(eventInserts.length).toBeLessThanOrEqual(5);
    // The read models saw each written append once, whole and in version order per stream.
    const seen = applied.flat().map((e) => `${e.streamId}:${e.version}`);
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);
    for (const stream of fresh)
      expect(seen.filter((s) => s.startsWith(stream.streamId))).toEqual([
        `${stream.streamId}:1`,
        `${stream.streamId}:2`,
      ]);
  });
});
