import { type Document, MongoClient } from 'mongodb';
import { isolateSuite, testServers } from '@rapport/testing';
import { type EventPosition, type Projection, ProjectionStore } from './projection';

type Event =
  | { type: 'Opened'; id: string; name: string }
  | { type: 'Renamed'; id: string; name: string }
  | { type: 'Counted'; id: string };

const projection: Projection<Event> = {
  name: 'things',
  project: (event) => {
    switch (event.type) {
      case 'Opened':
      case 'Renamed':
        return [{ id: event.id, update: { $set: { name: event.name } } }];
      case 'Counted':
        return [{ id: event.id, update: { $inc: { count: 1 } } }];
    }
  },
};

const at = (id: string, version: number): EventPosition => ({
  tenantId: 'uni-a',
  streamId: id,
  version,
});

describe('ProjectionStore.applyToNewDocuments (bulk path for new streams)', () => {
  const suite = isolateSuite('projection-bulk');
  let store: ProjectionStore;

  beforeAll(async () => {
    store = new ProjectionStore(await suite.db());
  });

  it('inserts new documents, falls back to guarded updates, and is idempotent when run twice', async () => {
    const existing = {
      event: { type: 'Opened', id: 'x-1', name: 'Ada' } as Event,
      position: at('x-1', 1),
    };
    await store.apply(projection, existing.event, existing.position);
    const items = [
      existing,
      { event: { type: 'Opened', id: 'x-2', name: 'Grace' } as Event, position: at('x-2', 1) },
      { event: { type: 'Opened', id: 'x-3', name: 'Edsger' } as Event, position: at('x-3', 1) },
      { event: { type: 'Counted', id: 'x-3' } as Event, position: at('x-3', 2) },
    ];

    expect(await store.applyToNewDocuments(projection, items)).toBe(3);
    expect(await store.applyToNewDocuments(projection, items)).toBe(0);

    const docs = await (await store.active('things')).find({}, { sort: { _id: 1 } }).toArray();
    expect(
      docs.map((doc) => ({ _id: doc._id, name: doc.name as unknown, count: doc.count as unknown })),
    ).toEqual([
      { _id: 'x-1', name: 'Ada', count: undefined },
      { _id: 'x-2', name: 'Grace', count: undefined },
      { _id: 'x-3', name: 'Edsger', count: 1 },
    ]);
    // A later event on a bulk-inserted document is still guarded by its stream version.
    await store.apply(projection, { type: 'Renamed', id: 'x-2', name: 'Grace H.' }, at('x-2', 2));
    await store.apply(projection, { type: 'Renamed', id: 'x-2', name: 'stale' }, at('x-2', 1));
    expect((await (await store.active('things')).findOne({ _id: 'x-2' }))?.name).toBe('Grace H.');
  });
});

describe('ProjectionStore.applyAll (guarded batch on the fast path)', () => {
  const suite = isolateSuite('projection-batch');
  let client: MongoClient;
  let store: ProjectionStore;
  const filters: Document[] = [];

  beforeAll(async () => {
    // Our own client with command monitoring: the test reads the filters the store sends.
    client = await new MongoClient(testServers().mongoUrl, { monitorCommands: true }).connect();
    client.on('commandStarted', (event) => {
      const command = event.command;
      if (event.commandName === 'update')
        for (const u of command['updates'] as Document[]) filters.push(u['q'] as Document);
      if (event.commandName === 'find') filters.push(command['filter'] as Document);
    });
    store = new ProjectionStore(client.db(suite.dbName));
  });

  afterAll(async () => {
    await client.close();
    await suite.cleanup();
  });

  const total = async (id: string) =>
    (await (await store.active<{ _id: string; count?: number }>('things')).findOne({ _id: id }))
      ?.count;

  it('applies a batch with redeliveries once, in order, reading and writing by _id alone', async () => {
    filters.length = 0;
    const counted = (id: string, v: number) => ({
      event: { type: 'Counted', id } as Event,
      position: at(id, v),
    });
    const batch = [counted('c-1', 1), counted('c-1', 2), counted('c-1', 2), counted('c-2', 1)];
    batch.push(counted('c-1', 1), counted('c-1', 3));

    expect(await store.applyAll(projection, batch)).toBe(4);
    expect(await store.applyAll(projection, batch)).toBe(0);
    expect(await total('c-1')).toBe(3);
    expect(await total('c-2')).toBe(1);

    const dataFilters = filters.filter((f) => !('_id' in f && f['_id'] === 'things'));
    expect(dataFilters.length).toBeGreaterThan(0);
    for (const filter of dataFilters) {
      expect(Object.keys(filter)).toEqual(['_id']);
      expect(typeof filter['_id']).toBe('string');
    }
  });

  it('applies the same event once when two writers in one process race', async () => {
    const item = { event: { type: 'Counted', id: 'race' } as Event, position: at('race', 1) };
    const results = await Promise.all([
      store.applyAll(projection, [item]),
      store.applyAll(projection, [item]),
      store.apply(projection, item.event, item.position),
    ]);
    expect(results.sort()).toEqual([0, 0, 1]);
    expect(await total('race')).toBe(1);
  });
});
