import { randomUUID } from 'node:crypto';
import {
  type ContactAdded,
  ContactSource,
  decodeEnvelope,
  decodePayload,
  DEAD_LETTER_TOPIC,
  topicFor,
  Warmth,
} from '@rapport/contracts';
import { EventStore, OutboxRelay } from '@rapport/eventstore';
import { ensureTopics } from '@rapport/messaging';
import { createLogger } from '@rapport/platform';
import { isolateSuite, pollUntil } from '@rapport/testing';
import { addContact, type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';

describe('integration events other contexts hear', () => {
  const suite = isolateSuite('contacts-events');
  let service: ContactsTestApp;
  let relay: OutboxRelay;
  // Its own institution, so this test reads only its own events from the shared topic.
  const tenantId = `uni-${randomUUID().slice(0, 8)}`;
  const ada = { id: 'member-ada', role: 'member' as const, tenantId };

  beforeAll(async () => {
    service = await startContactsApp(suite);
    await ensureTopics(suite.kafka(), [topicFor('contacts'), DEAD_LETTER_TOPIC]);
    relay = new OutboxRelay({
      store: new EventStore(service.db),
      db: service.db,
      kafka: suite.kafka(),
      logger: createLogger('contacts-events-test', 'warn'),
      idleMs: 50,
    });
    await relay.start();
  });
  afterAll(async () => {
    await relay.stop();
    await service.close();
    await suite.cleanup();
  });

  it('publishes added, classified, referral, archived, restored and erased through the outbox, in stream order', async () => {
    const referrer = await addContact(service, ada, { givenName: 'Ref', familyName: 'Errer' });
    const { contactId } = await addContact(service, ada, {
      givenName: 'Grace',
      familyName: 'Hopper',
      email: 'grace@navy.example',
      linkedinUrl: 'https://www.linkedin.com/in/grace-hopper',
      source: 'alumnus',
      tags: ['mentor'],
    });
    const base = `/members/member-ada/contacts/${contactId}`;
    await service.as(ada).send('PUT', `${base}/classification`, { json: { source: 'linkedin' } });
    await service.as(ada).send('PUT', `${base}/tags/free/internal-only`);
    await service
      .as(ada)
      .send('PUT', `${base}/referral`, { json: { referredByContactId: referrer.contactId } });
    await service.as(ada).send('POST', `${base}/archive`, { json: { reason: 'moved on' } });
    await service.as(ada).send('POST', `${base}/restore`);
    await service.as(ada).send('DELETE', base);

    // First the relay's side (the outbox drained), then the consumer's: a failure says which.
    await pollUntil(
      'the outbox drained by the relay',
      async () =>
        (await service.db.collection('events_outbox').countDocuments()) === 0 ? true : undefined,
      { timeoutMs: 30_000 },
    );
    const seen: { type: string; version: number; streamId: string; payload: Uint8Array }[] = [];
    const consumer = suite.kafka().consumer({ groupId: `contacts-events-${randomUUID()}` });
    await consumer.connect();
    await consumer.subscribe({ topic: topicFor('contacts'), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const envelope = decodeEnvelope(message.value ?? new Uint8Array());
        if (envelope.tenantId !== tenantId || !envelope.streamId.endsWith(contactId)) return;
        seen.push({
          type: envelope.type,
          version: Number(envelope.streamVersion),
          streamId: envelope.streamId,
          payload: envelope.payload,
        });
        await Promise.resolve();
      },
    });
    try {
      await pollUntil('six contact events on Kafka', () => (seen.length >= 6 ? true : undefined), {
        timeoutMs: 60_000,
      });
    } finally {
      await consumer.disconnect();
    }
    expect(seen.map((e) => e.type)).toEqual([
      'rapport.contacts.v1.ContactAdded',
      'rapport.contacts.v1.ContactClassified',
      'rapport.contacts.v1.ReferralRecorded',
      'rapport.contacts.v1.ContactArchived',
      'rapport.contacts.v1.ContactRestored',
      'rapport.contacts.v1.ContactErased',
    ]);
    // The tag (version 3) is internal to the contacts context: a gap in versions, not an event.
    expect(seen.map((e) => e.version)).toEqual([1, 2, 4, 5, 6, 7]);
    const added: ContactAdded = decodePayload('rapport.contacts.v1.ContactAdded', seen[0]!.payload);
    expect(added).toMatchObject({
      memberId: 'member-ada',
      contactId,
      givenName: 'Grace',
      email: 'grace@navy.example',
      linkedinUrl: 'https://www.linkedin.com/in/grace-hopper',
      warmth: Warmth.WARM,
      source: ContactSource.ALUMNI,
      tags: ['mentor'],
      addedVia: 'manual',
    });
  }, 120_000);
});
