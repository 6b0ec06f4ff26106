import { randomUUID } from 'node:crypto';
import type { Db } from 'mongodb';
import { encodePayload } from '@rapport/contracts';
import {
  type AppendContext,
  EventStore,
  type NewEvent,
  type OutboxDocument,
  OutboxRelay,
  type OwnReadModels,
  type RecordedEvent,
  type StreamRef,
} from '@rapport/eventstore';
import { createLogger } from '@rapport/platform';
import { isolateSuite, pollUntil } from '@rapport/testing';
import type { Projection, ReadModelDocument } from './projection';
import { ProjectionSet } from './projection-set';
import { ensureTopics } from './topics-admin';

interface Tallied {
  readonly streamId: string;
  readonly version: number;
  readonly tenantId: string;
  readonly type: string;
}

/** Not idempotent by itself (`$inc`): only the set's version guard keeps a replay from counting. */
const tally: Projection<Tallied> = {
  name: 'tally',
  project: ({ streamId, version, type }) => [
    {
      id: streamId,
      update: { $inc: { events: 1 }, $set: { lastVersion: version, lastType: type } },
    },
  ],
};

const readModelsOf = (db: Db) =>
  new ProjectionSet<Tallied>(db, {
    projections: [tally],
    positionOf: (event) => event,
    fromRecorded: (recorded: RecordedEvent) => recorded,
  });

const context: AppendContext = {
  actor: { id: 'system', role: 'system' },
  occurredAt: new Date('2026-11-01T09:00:00Z'),
  correlationId: 'corr-read-models',
};

function events(topic: string | undefined, count: number, type = 'Counted'): NewEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    eventId: randomUUID(),
    event: { type, data: {} },
    ...(topic
      ? {
          outbox: {
            topic,
            type: 'rapport.eventstore.v1.CounterIncremented',
            schemaVersion: 1,
            payload: encodePayload('rapport.eventstore.v1.CounterIncremented', {
              counterId: 'c',
              amount: 1n,
              sequence: BigInt(i + 1),
            }),
          },
        }
      : {}),
  }));
}

describe('the relay applies the store’s own read models before it publishes', () => {
  const suite = isolateSuite('relay-read-models');
  const topic = suite.topic('tally');
  let db: Db;
  let readModels: ProjectionSet<Tallied>;
  let store: EventStore;

  beforeAll(async () => {
    db = await suite.db();
    readModels = readModelsOf(db);
    store = new EventStore(db, 'events', () => new Date(), readModels);
    await store.ensureIndexes();
    await ensureTopics(suite.kafka(), [topic]);
  });
  afterAll(() => suite.cleanup());

  const stream = (): StreamRef => ({ tenantId: 'uni-a', streamId: `s-${randomUUID()}` });
  const doc = async (ref: StreamRef) =>
    (await readModels.active<ReadModelDocument>('tally')).findOne({ _id: ref.streamId });

  /** Runs a relay until the outbox is empty. */
  async function drain(): Promise<void> {
    const relay = new OutboxRelay({
      store,
      db,
      kafka: suite.kafka(),
      logger: createLogger('relay-read-models-test', 'warn'),
      idleMs: 20,
    });
    await relay.start();
    try {
      await pollUntil(
        'the outbox to empty',
        async () => ((await store.outbox.findOne({})) === null ? true : undefined),
        { timeoutMs: 30_000 },
      );
    } finally {
      await relay.stop();
    }
  }

  it('applies appends whose inline apply failed, internal events (nothing to publish) included', async () => {
    const failing: OwnReadModels = {
      applyRecorded: () => Promise.reject(new Error('read models unavailable')),
    };
    const writer = new EventStore(db, 'events', () => new Date(), failing);
    const published = stream();
    const internal = stream();
    await writer.append(published, 0, events(topic, 2), context);
    await writer.append(internal, 0, events(undefined, 3, 'Noted'), context);
    expect(await doc(published)).toBeNull();
    expect(await doc(internal)).toBeNull();
    // The head stays below what the read models have not seen, so the next writer applies it too.
    expect(await store.heads.get(internal)).toBeNull();

    await drain();
    expect(await doc(published)).toMatchObject({ events: 2, lastVersion: 2 });
    expect(await doc(internal)).toMatchObject({ events: 3, lastVersion: 3, lastType: 'Noted' });
  }, 60_000);

  it('applies a redelivered entry once, and never lets an older version overwrite a newer one', async () => {
    const ref = stream();
    await store.append(ref, 0, events(topic, 1, 'First'), context);
    const first = (await store.outbox.findOne({ streamId: ref.streamId })) as OutboxDocument;
    await drain();
    await store.append(ref, 1, events(topic, 2, 'Later'), context);
    const later = (await store.outbox.findOne({ streamId: ref.streamId })) as OutboxDocument;
    await drain();
    expect(await doc(ref)).toMatchObject({ events: 3, lastVersion: 3, lastType: 'Later' });

    // A relay that died after applying and publishing, before removing: both entries come again,
    // the newer one first as it would after its apply, then the older one. The head is gone too
    // (its move after the writer's apply may fail and is then left), so the relay cannot tell
    // they were applied and only the version guard stands between them and a second count.
    await store.heads.collection.deleteOne({ _id: `${ref.tenantId}|${ref.streamId}` });
    await store.outbox.insertOne(later);
    await drain();
    await store.outbox.insertOne(first);
    await drain();
    expect(await doc(ref)).toMatchObject({ events: 3, lastVersion: 3, lastType: 'Later' });
  }, 60_000);
});
