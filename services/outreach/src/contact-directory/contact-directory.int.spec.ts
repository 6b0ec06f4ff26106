import { randomUUID } from 'node:crypto';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import type { Producer } from 'kafkajs';
import {
  DEAD_LETTER_TOPIC,
  encodeEnvelope,
  encodePayload,
  type EventInit,
  type EventTypeName,
  topicFor,
} from '@rapport/contracts';
import type { EventConsumer } from '@rapport/messaging';
import { consumerFrom, ensureTopics } from '@rapport/messaging';
import { createLogger } from '@rapport/platform';
import { isolateSuite, pollUntil } from '@rapport/testing';
import { type OutreachTestApp, startOutreachApp } from '../testing/outreach-test-app';
import { contactDirectory } from './contact-directory.consumer';
import type { ContactDirectoryDocument } from './contact-directory.projection';

describe('the contact directory, kept from the contacts context', () => {
  const suite = isolateSuite('outreach-directory');
  let service: OutreachTestApp;
  let consumer: EventConsumer;
  let producer: Producer;
  // Its own institution: the contacts topic is shared with every other suite and run.
  const tenantId = `uni-${randomUUID().slice(0, 8)}`;
  const streamId = 'contact:member-ada:c-grace';
  const ids = { memberId: 'member-ada', contactId: 'c-grace' };

  async function publish<T extends EventTypeName>(
    type: T,
    version: number,
    payload: EventInit<T>,
    eventId = randomUUID(),
  ): Promise<void> {
    const value = encodeEnvelope({
      eventId,
      type,
      schemaVersion: 1,
      streamId,
      streamVersion: BigInt(version),
      tenantId,
      actor: { id: 'member-ada', role: 'member' },
      occurredAt: timestampFromDate(new Date()),
      correlationId: randomUUID(),
      causationId: randomUUID(),
      payload: encodePayload(type, payload),
    });
    await producer.send({
      topic: topicFor('contacts'),
      messages: [{ key: streamId, value: Buffer.from(value) }],
    });
  }
  const entry = () => service.directory.find(tenantId, 'member-ada', 'c-grace');
  const until = (what: string, test: (doc: ContactDirectoryDocument) => boolean) =>
    pollUntil(
      what,
      async () => {
        const doc = await entry();
        return doc && test(doc) ? doc : undefined;
      },
      { timeoutMs: 30_000 },
    );

  beforeAll(async () => {
    service = await startOutreachApp(suite);
    await ensureTopics(suite.kafka(), [topicFor('contacts'), DEAD_LETTER_TOPIC]);
    producer = suite.kafka().producer();
    await producer.connect();
    consumer = consumerFrom(contactDirectory, {
      kafka: suite.kafka(),
      db: service.db,
      logger: createLogger('outreach-directory-test', 'warn'),
      dependency: service.directory,
      groupId: `outreach-contact-directory-${suite.id}`,
    });
    await consumer.start();
  });
  afterAll(async () => {
    await consumer.stop();
    await producer.disconnect();
    await service.close();
    await suite.cleanup();
  });

  it('follows added, changed, archived and restored contacts through Kafka, and ignores a redelivery', async () => {
    const addedId = randomUUID();
    const added = {
      ...ids,
      givenName: 'Grace',
      familyName: 'Hopper',
      email: 'grace@navy.example',
      organisation: 'US Navy',
      role: '',
    };
    await publish('rapport.contacts.v1.ContactAdded', 1, added, addedId);
    expect(await until('the contact listed', (doc) => doc.status === 'active')).toMatchObject({
      tenantId,
      ...ids,
      givenName: 'Grace',
      familyName: 'Hopper',
      email: 'grace@navy.example',
      organisation: 'US Navy',
      organisationKey: 'us navy',
      role: null,
    });

    await publish('rapport.contacts.v1.ContactDetailsChanged', 2, {
      ...ids,
      givenName: 'Grace',
      familyName: 'Hopper',
      email: 'grace@computing.example',
      organisation: 'Remington Rand',
      role: 'Engineer',
    });
    await publish('rapport.contacts.v1.ContactClassified', 3, ids);
    await publish('rapport.contacts.v1.ContactArchived', 4, { ...ids, reason: 'retired' });
    await until('the contact archived', (doc) => doc.status === 'archived');
    // The first event again (a relay retry): the version guard keeps the newer details.
    await publish('rapport.contacts.v1.ContactAdded', 1, added, addedId);
    await publish('rapport.contacts.v1.ContactRestored', 5, ids);
    expect(await until('the contact restored', (doc) => doc.status === 'active')).toMatchObject({
      email: 'grace@computing.example',
      organisation: 'Remington Rand',
      role: 'Engineer',
    });
  });

  it('forgets the personal data of an erased contact', async () => {
    await publish('rapport.contacts.v1.ContactErased', 6, ids);
    const erased = await until('the contact erased', (doc) => doc.status === 'erased');
    expect(Object.keys(erased).sort()).toEqual(
      ['_applied', '_id', 'contactId', 'memberId', 'status', 'tenantId'].sort(),
    );
    // The member's directory entry is written right after the contact's own document.
    const entry = await pollUntil(
      'the directory entry erased',
      async () => {
        const names = await service.directory.ofMember(tenantId, 'member-ada', ['c-grace']);
        const found = names.get('c-grace');
        return found?.status === 'erased' ? found : undefined;
      },
      { timeoutMs: 30_000 },
    );
    expect(entry).toEqual({ contactId: 'c-grace', status: 'erased' });
  });

  it('changes a document once when the projection is applied twice', async () => {
    const change = {
      tenantId,
      streamId: 'contact:member-ada:c-twice',
      version: 1,
      change: {
        kind: 'listed' as const,
        memberId: 'member-ada',
        contactId: 'c-twice',
        details: { givenName: 'Twice', familyName: 'Told' },
      },
    };
    // Two documents: the contact's own and its entry in the member's directory bucket.
    expect(await service.directory.apply(change)).toBe(2);
    expect(await service.directory.apply(change)).toBe(0);
    const names = await service.directory.ofMember(tenantId, 'member-ada', ['c-twice', 'c-none']);
    expect([...names.values()]).toEqual([
      {
        contactId: 'c-twice',
        status: 'active',
        givenName: 'Twice',
        familyName: 'Told',
        organisation: null,
        organisationKey: null,
      },
    ]);
  });
});
