import { isolateSuite } from '@rapport/testing';
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
