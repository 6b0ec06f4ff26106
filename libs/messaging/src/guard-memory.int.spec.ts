import { type CommandStartedEvent, type Db, MongoClient } from 'mongodb';
import { isolateSuite, testServers } from '@rapport/testing';
import { forgetGuards, GUARD, streamKey } from './guarded-write';
import { type EventPosition, type Projection, ProjectionStore } from './projection';

interface Counted {
  readonly id: string;
}

const counts: Projection<Counted> = {
  name: 'remembered_counts',
  project: ({ id }) => [{ id, update: { $inc: { count: 1 } } }],
};

const at = (streamId: string, version: number): EventPosition => ({
  tenantId: 'uni-a',
  streamId,
  version,
});

describe('guards this process remembers (GuardMemory)', () => {
  const suite = isolateSuite('guard-memory');
  let client: MongoClient;
  let db: Db;
  let store: ProjectionStore;
  const finds: CommandStartedEvent[] = [];

  beforeAll(async () => {
    client = await new MongoClient(testServers().mongoUrl, { monitorCommands: true }).connect();
    client.on('commandStarted', (event) => {
      if (event.commandName === 'find' && event.command['find'] === counts.name) finds.push(event);
    });
    db = client.db(suite.dbName);
    store = new ProjectionStore(db);
  });
  afterAll(async () => {
    await client.close();
    await suite.cleanup();
  });

  const apply = (version: number, rememberedGuards: boolean, streamId = 'stream-a') =>
    store.applyAll(
      counts,
      [{ event: { id: 'doc-1' }, position: at(streamId, version) }],
      undefined,
      {
        rememberedGuards,
      },
    );
  const count = async () =>
    (await db.collection<{ _id: string; count: number }>(counts.name).findOne({ _id: 'doc-1' }))
      ?.count;

  it('reads a document’s guard once, then takes it from memory, still applying each version once', async () => {
    finds.splice(0);
    expect(await apply(1, true)).toBe(1);
    expect(finds).toHaveLength(1);
    expect(await apply(2, true)).toBe(1);
    expect(await apply(3, true)).toBe(1);
    // A redelivery and an older version change nothing, without a read either.
    expect(await apply(3, true)).toBe(0);
    expect(await apply(2, true)).toBe(0);
    expect(finds).toHaveLength(1);
    expect(await count()).toBe(3);
  });

  it('reads again where asked to (the relay, a rebuild), and after a consumer forgot its partitions', async () => {
    // Another process applies version 4 of the stream: this process's memory cannot know.
    await db.collection(counts.name).updateOne({ _id: 'doc-1' } as never, {
      $inc: { count: 1 },
      $set: { [`${GUARD}.${streamKey(at('stream-a', 4))}`]: 4 },
    });
    finds.splice(0);
    // A caller that may have been overtaken reads the guard, and sees version 4 applied.
    expect(await apply(4, false)).toBe(0);
    expect(finds).toHaveLength(1);
    await db.collection(counts.name).updateOne({ _id: 'doc-1' } as never, {
      $inc: { count: 1 },
      $set: { [`${GUARD}.${streamKey(at('stream-a', 5))}`]: 5 },
    });
    // A consumer whose group rebalanced forgets what it remembered of its database.
    forgetGuards(db.databaseName);
    expect(await apply(5, true)).toBe(0);
    expect(finds).toHaveLength(2);
    expect(await count()).toBe(5);
    // Another stream's events on the same document are guarded on their own.
    expect(await apply(1, true, 'stream-b')).toBe(1);
    expect(await count()).toBe(6);
  });
});
