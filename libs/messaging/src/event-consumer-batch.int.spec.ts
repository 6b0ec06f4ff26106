import { randomUUID } from 'node:crypto';
import { type Document, MongoClient } from 'mongodb';
import type { CounterIncremented } from '@rapport/contracts';
import { createLogger } from '@rapport/platform';
import {
  type ConsumerSpec,
  isolateSuite,
  pollUntil,
  startConsumerSpec,
  testServers,
} from '@rapport/testing';
import type { ConsumedEvent } from './consumed-event';
import { DeadLetterQueue } from './dead-letters';
import { EventConsumer } from './event-consumer';
import type { Projection } from './projection';

const logger = createLogger('consumer-batch-test', 'fatal');
const TYPE = 'rapport.eventstore.v1.CounterIncremented';

interface TotalDocument {
  _id: string;
  total?: unknown;
}

/** Per-counter totals; an amount of 13 is a bug in the projection (it throws). */
const totals: Projection<ConsumedEvent> = {
  name: 'batch_totals',
  project: (event) => {
    const { counterId, amount } = event.payload as CounterIncremented;
    if (amount === 13n) throw new Error('unlucky amount');
    return [{ id: counterId, update: { $inc: { total: Number(amount) } } }];
  },
};

describe('EventConsumer with projections: a Kafka batch in one guarded bulk write', () => {
  const suite = isolateSuite('consumer-batch');
  const topics = {
    once: suite.topic('once'),
    poison: suite.topic('poison'),
    slow: suite.topic('slow'),
  };
  let spec: ConsumerSpec;
  let client: MongoClient;
  const filters: Document[] = [];

  const total = async (counterId: string) =>
    (
      await client
        .db(suite.dbName)
        .collection<TotalDocument>('batch_totals')
        .findOne({ _id: counterId })
    )?.total as number | undefined;
  const increment = (
    topic: string,
    counterId: string,
    version: number,
    amount: number,
    eventId?: string,
  ) =>
    spec.publish(
      topic,
      TYPE,
      { counterId, amount: BigInt(amount), sequence: BigInt(version) },
      { streamId: counterId, version: BigInt(version), ...(eventId ? { eventId } : {}) },
    );
  const consume = (topic: string, group: string) =>
    spec.start(
      new EventConsumer({
        kafka: suite.kafka(),
        db: client.db(suite.dbName),
        groupId: spec.groupId(group),
        topics: [topic],
        logger,
        projections: [totals],
        maxAttempts: 2,
        retryDelayMs: 10,
      }),
    );
  const lettersOf = async (group: string, stream: string) =>
    (
      await new DeadLetterQueue(suite.kafka(), client.db(suite.dbName)).list({
        group: spec.groupId(group),
      })
    ).filter((l) => Buffer.from(l.letter.key).toString() === stream);

  beforeAll(async () => {
    // The consumer's own client with command monitoring: the spec reads the filters it sends.
    client = await new MongoClient(testServers().mongoUrl, { monitorCommands: true }).connect();
    client.on('commandStarted', ({ commandName, command }) => {
      if (commandName === 'update')
        for (const u of command['updates'] as Document[]) filters.push(u['q'] as Document);
      if (commandName === 'find') filters.push(command['filter'] as Document);
    });
    spec = await startConsumerSpec(suite, Object.values(topics));
  });

  afterAll(async () => {
    await spec.close();
    await client.close();
    await suite.cleanup();
  });

  it('applies each event once, drops redeliveries, and reads and writes by _id alone', async () => {
    const [a, b, marker] = [randomUUID(), randomUUID(), randomUUID()];
    const first = randomUUID();
    // Published before the consumer starts, so they arrive together in one batch.
    await increment(topics.once, a, 1, 5, first);
    await increment(topics.once, a, 1, 5, first);
    await increment(topics.once, b, 1, 2);
    await increment(topics.once, a, 2, 1);
    await increment(topics.once, a, 1, 5, first);
    await increment(topics.once, marker, 1, 1);
    filters.length = 0;
    await consume(topics.once, 'once');
    await pollUntil('the marker applied', async () => ((await total(marker)) ? true : undefined));

    expect(await total(a)).toBe(6);
    expect(await total(b)).toBe(2);
    const positions = await client
      .db(suite.dbName)
      .collection<{ _id: string; version: number }>('consumer_stream_positions')
      .findOne({ _id: `${spec.groupId('once')}|uni-a|${a}` });
    expect(positions?.version).toBe(2);
    const ours = filters.filter((f) => f['_id'] !== 'batch_totals');
    expect(ours.length).toBeGreaterThan(0);
    for (const filter of ours) {
      expect(Object.keys(filter)).toEqual(['_id']);
      expect(typeof filter['_id']).toBe('string');
    }
  });

  it('dead-letters an event its projection cannot take, parks the stream and goes on', async () => {
    const [bad, good] = [randomUUID(), randomUUID()];
    await increment(topics.poison, bad, 1, 13);
    await increment(topics.poison, bad, 2, 1);
    await increment(topics.poison, good, 1, 7);
    await consume(topics.poison, 'poison');
    await pollUntil('the good stream applied', async () =>
      (await total(good)) ? true : undefined,
    );

    const letters = await pollUntil('both events of the bad stream in the DLQ', async () => {
      const mine = await lettersOf('poison', bad);
      return mine.length === 2 ? mine : undefined;
    });
    expect(letters.map((l) => l.letter.reason)).toEqual(['handler_failed', 'stream_parked']);
    expect(letters[0]!.letter.errorDetail).toContain('unlucky amount');
    expect(await total(bad)).toBeUndefined();
  });

  it('goes event by event when the batch write fails, so only the bad event is dead-lettered', async () => {
    const [broken, fine] = [randomUUID(), randomUUID()];
    // A total that is not a number: $inc on it fails every time, for this document only.
    await client
      .db(suite.dbName)
      .collection<TotalDocument>('batch_totals')
      .insertOne({ _id: broken, total: 'not a number' });
    await increment(topics.slow, broken, 1, 1);
    await increment(topics.slow, fine, 1, 4);
    await consume(topics.slow, 'slow');
    await pollUntil('the fine stream applied', async () =>
      (await total(fine)) ? true : undefined,
    );

    const letters = await pollUntil('the broken event in the DLQ', async () => {
      const mine = await lettersOf('slow', broken);
      return mine.length === 1 ? mine : undefined;
    });
    expect(letters[0]!.letter.reason).toBe('handler_failed');
    expect(letters[0]!.letter.attempts).toBe(2);
    expect(await total(fine)).toBe(4);
  });
});
