import { type Document, MongoClient } from 'mongodb';
import { isolateSuite, testServers } from '@rapport/testing';
import {
  type EventPosition,
  type Projection,
  type ProjectionChange,
  ProjectionStore,
} from './projection';

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
  /** Every update statement sent, one per document update in a bulk write. */
  const updates: Document[] = [];

  beforeAll(async () => {
    // Our own client with command monitoring: the test reads the filters the store sends.
    client = await new MongoClient(testServers().mongoUrl, { monitorCommands: true }).connect();
    client.on('commandStarted', (event) => {
      const command = event.command;
      if (event.commandName === 'update')
        for (const u of command['updates'] as Document[]) {
          filters.push(u['q'] as Document);
          updates.push(u);
        }
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

  it('folds a batch’s changes per document and ends where event by event does', async () => {
    type RowEvent =
      | { type: 'Added'; row: string; name: string }
      | { type: 'Tagged'; row: string; tag: string }
      | { type: 'Noted'; row: string; at: string }
      | { type: 'Erased'; row: string };
    // One member's bucket: every change names paths under its row, as the services' lists do.
    const rows: Projection<RowEvent> = {
      name: 'rows',
      project: (event) => {
        const path = `rows.${event.row}`;
        switch (event.type) {
          case 'Added':
            return [{ id: 'bucket', update: { $set: { [path]: { name: event.name, tags: [] } } } }];
          case 'Tagged':
            return [
              {
                id: 'bucket',
                update: { $push: { [`${path}.tags`]: event.tag } } as ProjectionChange['update'],
              },
            ];
          case 'Noted':
            return [
              {
                id: 'bucket',
                update: { $inc: { [`${path}.notes`]: 1, total: 1 }, $set: { at: event.at } },
              },
            ];
          case 'Erased':
            return [{ id: 'bucket', update: { $unset: { [`${path}.name`]: '' } } }];
        }
      },
    };
    const item = (event: RowEvent, version: number) => ({
      event,
      position: at(`row-${event.row}`, version),
    });
    const batch = [
      item({ type: 'Added', row: 'a', name: 'Ada' }, 1),
      item({ type: 'Added', row: 'b', name: 'Grace' }, 1),
      item({ type: 'Noted', row: 'a', at: 't1' }, 2),
      item({ type: 'Noted', row: 'b', at: 't2' }, 2),
      item({ type: 'Tagged', row: 'a', tag: 'x' }, 3),
      item({ type: 'Tagged', row: 'a', tag: 'y' }, 4),
      item({ type: 'Noted', row: 'a', at: 't3' }, 5),
      item({ type: 'Erased', row: 'b' }, 3),
    ];
    const db = client.db(suite.dbName);
    const oneByOne = db.collection<{ _id: string }>('rows_one_by_one');
    for (const { event, position } of batch)
      await store.applyAll(rows, [{ event, position }], oneByOne);
    const statements = updates.length;
    const folded = db.collection<{ _id: string }>('rows_folded');

    expect(await store.applyAll(rows, batch, folded)).toBe(batch.length);

    expect(updates.length - statements).toBeLessThan(batch.length);
    const bucketIn = (c: typeof folded) => c.findOne({ _id: 'bucket' }, { projection: { _id: 0 } });
    const expected = await bucketIn(oneByOne);
    const actual = await bucketIn(folded);
    expect(actual).toEqual(expected);
    expect(actual).toMatchObject({
      total: 3,
      at: 't3',
      rows: { a: { notes: 2, tags: ['x', 'y'] } },
    });
    expect(await store.applyAll(rows, batch, folded)).toBe(0);
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

  it('writes into the collection a rebuild swapped in since its last write, once, guarded', async () => {
    const db = client.db(suite.dbName);
    const counted = (v: number) => ({
      event: { type: 'Counted', id: 'swap' } as Event,
      position: at('swap', v),
    });
    // A first write, so the store writes the next one alongside its look at the active collection.
    expect(await store.applyAll(projection, [counted(1)])).toBe(1);
    const before = (await store.active('things')).collectionName;
    // A rebuild elsewhere filled a fresh collection (version 1 in) and swapped it in.
    const fresh = db.collection<{ _id: string; count?: number }>('things__swapped');
    await store.applyAll(projection, [counted(1)], fresh);
    await db
      .collection<{ _id: string; collection: string }>('projection_meta')
      .updateOne(
        { _id: 'things' },
        { $set: { collection: fresh.collectionName } },
        { upsert: true },
      );

    expect(await store.applyAll(projection, [counted(2)])).toBe(1);
    expect(await store.applyAll(projection, [counted(2)])).toBe(0);
    expect((await fresh.findOne({ _id: 'swap' }))?.count).toBe(2);
    // The old collection may have taken the write too; nobody reads it any more.
    expect(before).not.toBe(fresh.collectionName);
    expect((await store.active('things')).collectionName).toBe(fresh.collectionName);
  });
});
