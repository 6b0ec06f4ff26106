import { decodePayload, ThankYouKind, topicFor } from '@rapport/contracts';
import { EventStore } from '@rapport/eventstore';
import { isolateSuite } from '@rapport/testing';
import { dueEventId, outboxPublisher } from './publish-due';

const item = {
  tenantId: 'uni-a',
  relationshipId: 'member-1:contact-1',
  memberId: 'member-1',
  contactId: 'contact-1',
  dueAt: Date.parse('2025-03-04T09:00:00Z'),
};

describe('due items go out through the worker outbox', () => {
  const suite = isolateSuite('relationship-due');
  let store: EventStore;

  beforeAll(async () => {
    store = new EventStore(await suite.db());
    await store.ensureIndexes();
  });
  afterAll(() => suite.cleanup());

  it('appends a due item once however often the activity runs', async () => {
    const publishDue = outboxPublisher(store);
    const notification = {
      type: 'ThankYouDue' as const,
      item: {
        ...item,
        idempotencyKey: 'rel:uni-a:member-1:contact-1:7',
        interviewCompletedAt: Date.parse('2025-03-03T15:00:00Z'),
        kind: 'deadline' as const,
      },
    };
    await publishDue(notification);
    await publishDue(notification);
    // A retry racing its first try.
    await Promise.all([publishDue(notification), publishDue(notification)]);

    const entries = await store.outbox.find({}).toArray();
    expect(entries).toHaveLength(1);
    const [message] = entries[0]?.messages ?? [];
    expect(message).toMatchObject({
      eventId: dueEventId('rel:uni-a:member-1:contact-1:7'),
      topic: topicFor('relationship'),
      type: 'rapport.relationship.v1.ThankYouDue',
    });
    const payload = decodePayload(
      'rapport.relationship.v1.ThankYouDue',
      new Uint8Array(message?.payload.buffer ?? []),
    );
    expect(payload).toMatchObject({
      memberId: 'member-1',
      relationshipId: 'member-1:contact-1',
      idempotencyKey: 'rel:uni-a:member-1:contact-1:7',
      kind: ThankYouKind.DEADLINE,
    });
    expect(Number(payload.dueAt?.seconds) * 1000).toBe(item.dueAt);
  });

  it('keeps every due item of a relationship on its one stream, in order', async () => {
    const publishDue = outboxPublisher(store);
    const stream = { tenantId: 'uni-a', streamId: 'relationship:member-2:contact-2' };
    const ids = { ...item, relationshipId: 'member-2:contact-2' };
    await Promise.all([
      publishDue({ type: 'SecondContactDue', item: { ...ids, idempotencyKey: 'k-1' } }),
      publishDue({
        type: 'KeepInTouchDue',
        item: { ...ids, idempotencyKey: 'k-2', lastTouchAt: null, cycle: 1 },
      }),
    ]);
    const events = await store.readStream(stream);
    expect(events.map((e) => e.type).sort()).toEqual(['KeepInTouchDue', 'SecondContactDue']);
    expect(events.map((e) => e.version)).toEqual([1, 2]);
  });
});
