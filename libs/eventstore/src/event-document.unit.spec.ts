import { SHARD_COUNT, shardOf, toDocuments, wholeBatchesOnly } from './event-document';

const context = {
  actor: { id: 'member-1', role: 'member' as const },
  occurredAt: new Date('2026-11-01T09:00:00Z'),
  correlationId: 'corr-1',
};

describe('toDocuments', () => {
  it('numbers a batch after the expected version and ties its members together', () => {
    const { events: docs, outbox } = toDocuments(
      { tenantId: 'uni-a', streamId: 'contact-1' },
      4,
      [
        { eventId: 'e5', event: { type: 'ContactAdded', data: { name: 'Ada' } } },
        { eventId: 'e6', event: { type: 'ContactTagged', data: { tag: 'alumni' } } },
      ],
      context,
      new Date('2026-11-01T09:00:01Z'),
    );
    expect(docs.map((d) => [d._id, d.eventId, d.version, d.batch.index, d.batch.size])).toEqual([
      ['uni-a|contact-1|000000000005', 'e5', 5, 0, 2],
      ['uni-a|contact-1|000000000006', 'e6', 6, 1, 2],
    ]);
    expect(new Set(docs.map((d) => d.batch.token)).size).toBe(1);
    expect(docs[0]!.batch.id).toBe('e5');
    // Without an integration message there is nothing to publish.
    expect(outbox).toBeNull();
    expect(docs[0]!.causationId).toBe('corr-1');
  });

  it('puts the integration messages of a batch in one outbox entry that names its last event', () => {
    const { events: docs, outbox } = toDocuments(
      { tenantId: 'uni-a', streamId: 'contact-1' },
      0,
      [
        {
          eventId: 'e1',
          event: { type: 'ContactAdded', data: {} },
          outbox: {
            topic: 'rapport.contacts.v1',
            type: 'rapport.contacts.v1.ContactAdded',
            schemaVersion: 1,
            payload: new Uint8Array([8, 1]),
          },
        },
      ],
      context,
      new Date(),
    );
    expect(outbox).toMatchObject({
      _id: docs[0]!.batch.token,
      fromVersion: 1,
      toVersion: 1,
      lastEventKey: docs[0]!._id,
      correlationId: 'corr-1',
    });
    expect(outbox!.messages.map((m) => [m.eventId, m.version, m.payload.length()])).toEqual([
      ['e1', 1, 2],
    ]);
  });
  it('gives the further messages of one event their own ids at the event’s version', () => {
    const message = (type: string) => ({
      topic: 'rapport.outreach.v1',
      type,
      schemaVersion: 1,
      payload: new Uint8Array([8, 1]),
    });
    const { outbox } = toDocuments(
      { tenantId: 'uni-a', streamId: 'outreach-1' },
      2,
      [
        {
          eventId: 'e3',
          event: { type: 'OutreachSent', data: {} },
          outbox: [
            message('rapport.outreach.v1.OutreachSent'),
            message('rapport.outreach.v1.OutreachEmailRequested'),
          ],
        },
        { eventId: 'e4', event: { type: 'AutoSendChanged', data: {} }, outbox: [] },
      ],
      context,
      new Date(),
    );
    expect(outbox!.messages.map((m) => [m.eventId, m.version, m.type])).toEqual([
      ['e3', 3, 'rapport.outreach.v1.OutreachSent'],
      ['e3:1', 3, 'rapport.outreach.v1.OutreachEmailRequested'],
    ]);
    expect(outbox).toMatchObject({ fromVersion: 3, toVersion: 4 });
  });
});

describe('wholeBatchesOnly', () => {
  const batch = (id: string, index: number, size: number) => ({
    batch: { id, token: id, index, size },
  });

  it('keeps a stream whose last batch is whole', () => {
    const docs = [batch('a', 0, 1), batch('b', 0, 2), batch('b', 1, 2)];
    expect(wholeBatchesOnly(docs)).toEqual(docs);
  });

  it('drops a trailing batch whose last member is missing', () => {
    expect(wholeBatchesOnly([batch('a', 0, 1), batch('b', 0, 3), batch('b', 1, 3)])).toEqual([
      batch('a', 0, 1),
    ]);
  });

  it('keeps a whole batch read from its middle', () => {
    expect(wholeBatchesOnly([batch('b', 1, 2)])).toEqual([batch('b', 1, 2)]);
  });

  it('returns nothing for nothing', () => {
    expect(wholeBatchesOnly([])).toEqual([]);
  });
});

describe('shardOf', () => {
  it('is stable and within range', () => {
    const stream = { tenantId: 'uni-a', streamId: 'contact-42' };
    expect(shardOf(stream)).toBe(shardOf({ ...stream }));
    const shards = new Set(
      Array.from({ length: 500 }, (_, i) => shardOf({ tenantId: 'uni-a', streamId: `s-${i}` })),
    );
    expect([...shards].every((s) => s >= 0 && s < SHARD_COUNT)).toBe(true);
    // 500 streams spread over every shard.
    expect(shards.size).toBe(SHARD_COUNT);
  });

  it('tells tenants apart', () => {
    const differ = Array.from({ length: 50 }, (_, i) => `s-${i}`).some(
      (streamId) =>
        shardOf({ tenantId: 'uni-a', streamId }) !== shardOf({ tenantId: 'uni-b', streamId }),
    );
    expect(differ).toBe(true);
  });
});
