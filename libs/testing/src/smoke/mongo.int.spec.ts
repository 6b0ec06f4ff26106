import { MongoServerError } from 'mongodb';
import { isolateSuite } from '../isolation';

// Proves the MongoDB-wire server (FerretDB locally, MongoDB in production) supports what the event
// store relies on, through the official driver: unique compound indexes, upserts, simple aggregations.
describe('MongoDB wire protocol (real server) from the official driver', () => {
  const suite = isolateSuite('mongo-smoke');
  afterAll(() => suite.cleanup());

  it('rejects a duplicate on a unique compound index with code 11000', async () => {
    const events = (await suite.db()).collection('events');
    await events.createIndex({ streamId: 1, version: 1 }, { unique: true });
    await events.insertOne({ streamId: 's-1', version: 1, type: 'ContactAdded' });
    await events.insertOne({ streamId: 's-2', version: 1, type: 'ContactAdded' });

    const duplicate = events.insertOne({ streamId: 's-1', version: 1, type: 'ContactTagged' });
    await expect(duplicate).rejects.toBeInstanceOf(MongoServerError);
    await expect(duplicate).rejects.toMatchObject({ code: 11000 });
    expect(await events.countDocuments({ streamId: 's-1' })).toBe(1);
  });

  it('upserts with findOneAndUpdate and then updates the same document', async () => {
    const checkpoints = (await suite.db()).collection<{ _id: string; position: number }>(
      'checkpoints',
    );
    const created = await checkpoints.findOneAndUpdate(
      { _id: 'contacts-list' },
      { $set: { position: 7 } },
      { upsert: true, returnDocument: 'after' },
    );
    expect(created).toEqual({ _id: 'contacts-list', position: 7 });

    const updated = await checkpoints.findOneAndUpdate(
      { _id: 'contacts-list' },
      { $inc: { position: 3 } },
      { upsert: true, returnDocument: 'after' },
    );
    expect(updated?.position).toBe(10);
    expect(await checkpoints.countDocuments()).toBe(1);
  });

  it('runs a $match/$group/$sort aggregation', async () => {
    const outreach = (await suite.db()).collection('outreach');
    await outreach.insertMany([
      { tenant: 'uni-a', member: 'm1', status: 'sent' },
      { tenant: 'uni-a', member: 'm1', status: 'replied' },
      { tenant: 'uni-a', member: 'm2', status: 'sent' },
      { tenant: 'uni-b', member: 'm3', status: 'sent' },
    ]);
    const perMember = await outreach
      .aggregate<{ _id: string; requests: number }>([
        { $match: { tenant: 'uni-a' } },
        { $group: { _id: '$member', requests: { $sum: 1 } } },
        { $sort: { _id: 1 } },
      ])
      .toArray();
    expect(perMember).toEqual([
      { _id: 'm1', requests: 2 },
      { _id: 'm2', requests: 1 },
    ]);
  });
});
