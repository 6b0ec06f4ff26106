import { randomUUID } from 'node:crypto';
import { timestampNow } from '@bufbuild/protobuf/wkt';
import type { Producer } from 'kafkajs';
import {
  DEAD_LETTER_TOPIC,
  decodeEnvelope,
  encodeEnvelope,
  encodePayload,
  type EventInit,
  ResponseOutcome,
} from '@rapport/contracts';
import {
  consumerFrom,
  DeadLetterQueue,
  ensureTopics,
  type EventConsumer,
} from '@rapport/messaging';
import { createLogger } from '@rapport/platform';
import { isolateSuite, pollUntil } from '@rapport/testing';
import { ContactAdder } from '../add-contact/contact-adder';
import { addContact, type ContactsTestApp, startContactsApp } from '../testing/contacts-test-app';
import { referredContactId } from './add-contact-when-response-referred';
import { referredContacts } from './referred-contacts.consumer';

const ada = { id: 'member-ada', role: 'member' as const };

describe('a referral answered in outreach becomes a contact', () => {
  const suite = isolateSuite('contacts-referred');
  const topic = suite.topic('outreach');
  const groupId = `${suite.id}-referred`;
  let service: ContactsTestApp;
  let consumer: EventConsumer;
  let producer: Producer;
  let referrer: string;

  const publish = async (
    eventId: string,
    payload: EventInit<'rapport.outreach.v1.ResponseReceived'>,
  ) => {
    const value = encodeEnvelope({
      eventId,
      type: 'rapport.outreach.v1.ResponseReceived',
      schemaVersion: 1,
      streamId: `outreach:member-ada:${payload.contactId ?? ''}`,
      streamVersion: 3n,
      tenantId: 'uni-a',
      actor: { id: 'member-ada', role: 'member' },
      occurredAt: timestampNow(),
      correlationId: `corr-${eventId}`,
      causationId: `corr-${eventId}`,
      payload: encodePayload('rapport.outreach.v1.ResponseReceived', payload),
    });
    await producer.send({
      topic,
      acks: -1,
      messages: [{ key: 'outreach:member-ada', value: Buffer.from(value) }],
    });
  };

  beforeAll(async () => {
    service = await startContactsApp(suite);
    await ensureTopics(suite.kafka(), [topic, DEAD_LETTER_TOPIC], 1);
    producer = suite.kafka().producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    consumer = consumerFrom(referredContacts, {
      kafka: suite.kafka(),
      db: service.db,
      dependency: service.app.get(ContactAdder),
      logger: createLogger('referred-test', 'warn'),
      topics: [topic],
      groupId,
    });
    await consumer.start();
    ({ contactId: referrer } = await addContact(service, ada, {
      givenName: 'Lin',
      familyName: 'Ho',
    }));
  });
  afterAll(async () => {
    await consumer.stop();
    await producer.disconnect();
    await service.close();
    await suite.cleanup();
  });

  it('adds the referred person with the referral recorded, once even when the event comes twice', async () => {
    const eventId = randomUUID();
    const response = {
      memberId: 'member-ada',
      contactId: referrer,
      relationshipId: `member-ada:${referrer}`,
      outcome: ResponseOutcome.REFERRED,
      referredTo: {
        givenName: 'Sam',
        familyName: 'Ng',
        email: 'sam@rivers.example',
        organisation: 'Rivers Ltd',
      },
    };
    await publish(eventId, response);
    await publish(eventId, response);
    const newId = referredContactId(eventId);
    const found = await pollUntil('the referred contact', async () => {
      const reply = await service.as(ada).send('GET', `/members/member-ada/contacts/${newId}`);
      // The stream is the truth at once; the read models follow a moment later.
      const contact = reply.status === 200 ? reply.json<{ referralChain: unknown[] }>() : undefined;
      return contact?.referralChain.length ? contact : undefined;
    });
    expect(found).toMatchObject({
      givenName: 'Sam',
      familyName: 'Ng',
      organisation: 'Rivers Ltd',
      source: 'referral',
      warmth: 'warm',
      referredBy: { contactId: referrer, mayUseReferrerName: false },
      referralChain: [{ contactId: referrer, name: 'Lin Ho' }],
    });
    // A declined answer adds nobody; once the consumer has passed it, Sam is still the only new one.
    await publish(randomUUID(), { ...response, outcome: ResponseOutcome.DECLINED });
    const marker = randomUUID();
    await publish(marker, { ...response, referredTo: { givenName: 'Kim', familyName: 'Lee' } });
    await pollUntil('the marker contact', async () => {
      const reply = await service
        .as(ada)
        .send('GET', `/members/member-ada/contacts/${referredContactId(marker)}`);
      return reply.status === 200 ? true : undefined;
    });
    const list = await service.as(ada).send('GET', '/members/member-ada/contacts');
    expect(list.json<{ items: { familyName: string }[] }>().items.map((i) => i.familyName)).toEqual(
      ['Ho', 'Lee', 'Ng'],
    );
  });

  it('parks a referral without a usable name in the dead-letter topic', async () => {
    const eventId = randomUUID();
    await publish(eventId, {
      memberId: 'member-ada',
      contactId: referrer,
      outcome: ResponseOutcome.REFERRED,
      referredTo: { givenName: '', familyName: '', email: 'not-an-email' },
    });
    const dlq = new DeadLetterQueue(suite.kafka(), service.db);
    const letter = await pollUntil(
      'the dead letter',
      async () => {
        const letters = await dlq.list({ group: groupId });
        return letters.find((l) => decodeEnvelope(l.letter.value).eventId === eventId);
      },
      { timeoutMs: 30_000 },
    );
    expect(letter.letter.reason).toBe('handler_failed');
    expect(letter.letter.errorDetail).toContain('not a valid contact');
  });
});
